from ..types import OpenStrEnum


class SchedulingLinkType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    SHARED = "SHARED"
    USER = "USER"
