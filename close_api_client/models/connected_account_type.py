from ..types import OpenStrEnum


class ConnectedAccountType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CUSTOM_EMAIL = "custom_email"
    GOOGLE = "google"
    MICROSOFT = "microsoft"
    ZOOM = "zoom"
