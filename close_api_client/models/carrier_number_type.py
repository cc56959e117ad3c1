from ..types import OpenStrEnum


class CarrierNumberType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    LOCAL = "local"
    MOBILE = "mobile"
    NATIONAL = "national"
    SHORTCODE = "shortcode"
    TOLLFREE = "tollfree"
