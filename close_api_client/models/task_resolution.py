from ..types import OpenStrEnum


class TaskResolution(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ABANDONED = "abandoned"
    SKIPPED = "skipped"
