from ..types import OpenStrEnum


class SavedSearchType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CALL = "call"
    CONTACT = "contact"
    CUSTOM_ACTIVITY = "custom_activity"
    EMAIL = "email"
    FORM_SUBMISSION = "form_submission"
    LEAD = "lead"
    MEETING = "meeting"
    NOTE = "note"
    OPPORTUNITY = "opportunity"
    SMS = "sms"
    WHATSAPP_MESSAGE = "whatsapp_message"
