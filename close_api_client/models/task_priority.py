from ..types import OpenStrEnum


class TaskPriority(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    HIGH = "high"
    MEDIUM = "medium"
