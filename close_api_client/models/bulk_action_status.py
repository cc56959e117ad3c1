from ..types import OpenStrEnum


class BulkActionStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CREATED = "created"
    DONE = "done"
    ERROR = "error"
    LOADING = "loading"
    PAUSED = "paused"
    PROCESSING = "processing"
    RESUMING = "resuming"
