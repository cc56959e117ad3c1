from ..types import OpenStrEnum


class CustomReportInterval(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    AUTO = "auto"
    DAY = "day"
    HOUR = "hour"
    MONTH = "month"
    QUARTER = "quarter"
    WEEK = "week"
    YEAR = "year"
