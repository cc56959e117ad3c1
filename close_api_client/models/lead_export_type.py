from ..types import OpenStrEnum


class LeadExportType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CONTACTS = "contacts"
    LEADS = "leads"
    LEAD_OPPS = "lead_opps"
