from ..types import OpenStrEnum


class PhoneNumberType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    EXTERNAL = "external"
    INTERNAL = "internal"
    VIRTUAL = "virtual"
