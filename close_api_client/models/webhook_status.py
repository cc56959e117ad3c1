from ..types import OpenStrEnum


class WebhookStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE = "active"
    PAUSED = "paused"
