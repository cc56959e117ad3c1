from ..types import OpenStrEnum


class EmailTemplateRenderMode(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CONTACT = "contact"
    LEAD = "lead"
