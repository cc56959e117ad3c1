from ..types import OpenStrEnum


class CustomReportTransformY(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    AVG = "avg"
    MAX = "max"
    MIN = "min"
    SUM = "sum"
