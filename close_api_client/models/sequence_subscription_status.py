from ..types import OpenStrEnum


class SequenceSubscriptionStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE = "active"
    FINISHED = "finished"
    PAUSED = "paused"
