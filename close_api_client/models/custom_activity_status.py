from ..types import OpenStrEnum


class CustomActivityStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    DRAFT = "draft"
    PUBLISHED = "published"
