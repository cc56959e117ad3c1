from ..types import OpenStrEnum


class PhoneDirection(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"
