from ..types import OpenStrEnum


class CreatePhoneNumberRequestCarrierType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    LOCAL = "local"
    MOBILE = "mobile"
    NATIONAL = "national"
    TOLLFREE = "tollfree"
