from ..types import OpenStrEnum


class BulkActionContactPreference(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ALL = "all"
    CONTACT = "contact"
    LEAD = "lead"
