from ..types import OpenStrEnum


class PhoneNumberRentCarrierType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    LOCAL = "local"
    MOBILE = "mobile"
    NATIONAL = "national"
    TOLLFREE = "tollfree"
