from ..types import OpenStrEnum


class MeetingSource(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CALENDAR = "calendar"
    MANUAL = "manual"
