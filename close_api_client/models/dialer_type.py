from ..types import OpenStrEnum


class DialerType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    POWER = "power"
    PREDICTIVE = "predictive"
