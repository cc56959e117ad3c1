from ..types import OpenStrEnum


class WorkflowStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE = "active"
    DRAFT = "draft"
    PAUSED = "paused"
