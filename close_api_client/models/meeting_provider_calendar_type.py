from ..types import OpenStrEnum


class MeetingProviderCalendarType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    GOOGLE = "google"
    MICROSOFT = "microsoft"
