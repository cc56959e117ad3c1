from ..types import OpenStrEnum


class NotificationResolution(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ABANDONED = "abandoned"
    SKIPPED = "skipped"
