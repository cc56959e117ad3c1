from ..types import OpenStrEnum


class SmsTemplateStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE = "active"
    ARCHIVED = "archived"
