from ..types import OpenStrEnum


class ExportType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CONTACTS = "contacts"
    LEADS = "leads"
    LEAD_OPPS = "lead_opps"
    OPPS = "opps"
