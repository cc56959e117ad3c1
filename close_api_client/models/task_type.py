from ..types import OpenStrEnum


class TaskType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ANSWERED_DETACHED_CALL = "answered_detached_call"
    EMAIL_FOLLOWUP = "email_followup"
    INCOMING_EMAIL = "incoming_email"
    INCOMING_SMS = "incoming_sms"
    LEAD = "lead"
    MISSED_CALL = "missed_call"
    OPPORTUNITY_DUE = "opportunity_due"
    VOICEMAIL = "voicemail"
