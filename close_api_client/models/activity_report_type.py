from ..types import OpenStrEnum


class ActivityReportType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    COMPARISON = "comparison"
    OVERVIEW = "overview"
