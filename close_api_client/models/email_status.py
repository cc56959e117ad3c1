from ..types import OpenStrEnum


class EmailStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    DRAFT = "draft"
    ERROR = "error"
    INBOX = "inbox"
    OUTBOX = "outbox"
    SCHEDULED = "scheduled"
    SENT = "sent"
