from ..types import OpenStrEnum


class AutoRecordCalls(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    DISABLED = "disabled"
    ENABLED = "enabled"
    UNSET = "unset"
