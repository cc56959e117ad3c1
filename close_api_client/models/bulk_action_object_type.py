from ..types import OpenStrEnum


class BulkActionObjectType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CALL = "call"
    CONTACT = "contact"
    CUSTOM_ACTIVITY = "custom_activity"
    FORM_SUBMISSION = "form_submission"
    LEAD = "lead"
