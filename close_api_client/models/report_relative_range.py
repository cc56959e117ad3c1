from ..types import OpenStrEnum


class ReportRelativeRange(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ALL_TIME = "all-time"
    LAST_MONTH = "last-month"
    LAST_QUARTER = "last-quarter"
    LAST_WEEK = "last-week"
    LAST_YEAR = "last-year"
    THIS_MONTH = "this-month"
    THIS_QUARTER = "this-quarter"
    THIS_WEEK = "this-week"
    THIS_YEAR = "this-year"
    TODAY = "today"
    YESTERDAY = "yesterday"
