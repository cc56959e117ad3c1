from ..types import OpenStrEnum


class CallDisposition(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ABANDONED = "abandoned"
    ANSWERED = "answered"
    BLOCKED = "blocked"
    BUSY = "busy"
    ERROR = "error"
    NO_ANSWER = "no-answer"
    VM_ANSWER = "vm-answer"
    VM_LEFT = "vm-left"
