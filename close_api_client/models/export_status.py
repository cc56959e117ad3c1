from ..types import OpenStrEnum


class ExportStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CREATED = "created"
    DONE = "done"
    ERROR = "error"
    IN_PROGRESS = "in_progress"
    STARTED = "started"
