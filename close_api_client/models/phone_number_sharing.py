from ..types import OpenStrEnum


class PhoneNumberSharing(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    GROUP = "group"
    PERSONAL = "personal"
