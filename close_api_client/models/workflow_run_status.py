from ..types import OpenStrEnum


class WorkflowRunStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE = "active"
    ERROR = "error"
    FINISHED = "finished"
    GOAL = "goal"
    PAUSED = "paused"
