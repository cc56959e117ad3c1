from ..types import OpenStrEnum


class OpportunityStatusType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE = "active"
    LOST = "lost"
    WON = "won"
