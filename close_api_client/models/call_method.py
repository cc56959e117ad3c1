from ..types import OpenStrEnum


class CallMethod(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    EXTERNAL = "external"
    POWER = "power"
    PREDICTIVE = "predictive"
    REGULAR = "regular"
