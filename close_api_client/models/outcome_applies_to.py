from ..types import OpenStrEnum


class OutcomeAppliesTo(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CALLS = "calls"
    MEETINGS = "meetings"
