from ..types import OpenStrEnum


class ThreadEmailsMode(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ONLY = "only"
    TRUE = "true"
