from ..types import OpenStrEnum


class SearchSortDirection(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ASC = "asc"
    DESC = "desc"
