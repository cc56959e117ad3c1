from ..types import OpenStrEnum


class BulkSequenceSubscriptionActionType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    PAUSE = "pause"
    REASSIGN = "reassign"
    RESUME = "resume"
    RESUME_FINISHED = "resume_finished"
    SUBSCRIBE = "subscribe"
