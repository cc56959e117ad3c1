from ..types import OpenStrEnum


class FunnelComparedRange(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    SAME_DAYS_LAST_MONTH = "same-days-last-month"
    SAME_DAYS_LAST_QUARTER = "same-days-last-quarter"
    SAME_DAYS_LAST_WEEK = "same-days-last-week"
    SAME_DAYS_LAST_YEAR = "same-days-last-year"
