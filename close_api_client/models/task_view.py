from ..types import OpenStrEnum


class TaskView(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ARCHIVE = "archive"
    FUTURE = "future"
    INBOX = "inbox"
