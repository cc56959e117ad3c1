from ..types import OpenStrEnum


class StalledOpportunityActionTypeV2(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ADJUST_CLOSE_DATE = "adjust_close_date"
    CHANGE_STATUS = "change_status"
    FOLLOW_UP_CALL = "follow_up_call"
    FOLLOW_UP_EMAIL = "follow_up_email"
    FOLLOW_UP_SMS = "follow_up_sms"
