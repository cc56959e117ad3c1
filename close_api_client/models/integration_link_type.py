from ..types import OpenStrEnum


class IntegrationLinkType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CONTACT = "contact"
    LEAD = "lead"
    OPPORTUNITY = "opportunity"
