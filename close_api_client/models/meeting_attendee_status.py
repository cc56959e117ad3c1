from ..types import OpenStrEnum


class MeetingAttendeeStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    MAYBE = "maybe"
    NO = "no"
    NOREPLY = "noreply"
    YES = "yes"
