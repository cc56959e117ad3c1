from ..types import OpenStrEnum


class EventAction(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVATED = "activated"
    ANSWERED = "answered"
    CANCELED = "canceled"
    COMPLETED = "completed"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DELETED = "deleted"
    MERGED = "merged"
    PAUSED = "paused"
    REVERTED = "reverted"
    REVERTING = "reverting"
    SCHEDULED = "scheduled"
    SENT = "sent"
    STARTED = "started"
    UPDATED = "updated"
