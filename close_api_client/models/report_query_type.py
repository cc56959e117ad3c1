from ..types import OpenStrEnum


class ReportQueryType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    SAVED_SEARCH = "saved_search"
