from ..types import OpenStrEnum


class UnderlyingCarrier(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    PLIVO = "plivo"
    TWILIO = "twilio"
