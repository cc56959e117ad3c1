from ..types import OpenStrEnum


class CustomReportSeriesType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    DATE = "date"
    NUMERIC = "numeric"
