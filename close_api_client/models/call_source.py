from ..types import OpenStrEnum


class CallSource(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CLOSE_IO = "Close.io"
    EXTERNAL = "External"
