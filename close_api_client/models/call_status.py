from ..types import OpenStrEnum


class CallStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    BUSY = "busy"
    CANCEL = "cancel"
    COMPLETED = "completed"
    CREATED = "created"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    NO_ANSWER = "no-answer"
    TIMEOUT = "timeout"
