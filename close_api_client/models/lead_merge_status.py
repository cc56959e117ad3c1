from ..types import OpenStrEnum


class LeadMergeStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    COMPLETED = "completed"
    ERRORED = "errored"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"
