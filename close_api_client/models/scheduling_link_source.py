from ..types import OpenStrEnum


class SchedulingLinkSource(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CALENDLY = "CALENDLY"
    MANUAL = "MANUAL"
    THIRD_PARTY = "THIRD_PARTY"
