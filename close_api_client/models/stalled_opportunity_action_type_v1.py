from ..types import OpenStrEnum


class StalledOpportunityActionTypeV1(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ADJUST_CLOSE_DATE = "adjust_close_date"
    ASK_SOMEONE_ELSE_TO_REACH_OUT = "ask_someone_else_to_reach_out"
    CHANGE_COMMUNICATION_METHOD = "change_communication_method"
    CHANGE_STATUS = "change_status"
    FOLLOW_UP = "follow_up"
    MARK_AS_LOST = "mark_as_lost"
