from ..types import OpenStrEnum


class ExportFormat(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CSV = "csv"
    JSON = "json"
