from ..types import OpenStrEnum


class BulkEditType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CLEAR_ACTIVITY_CUSTOM_FIELD = "clear_activity_custom_field"
    CLEAR_CONTACT_CUSTOM_FIELD = "clear_contact_custom_field"
    CLEAR_CUSTOM_FIELD = "clear_custom_field"
    CLEAR_CUSTOM_OBJECT_CUSTOM_FIELD = "clear_custom_object_custom_field"
    CLEAR_GLOBAL_CUSTOM_FIELD = "clear_global_custom_field"
    CLEAR_OPPORTUNITY_CUSTOM_FIELD = "clear_opportunity_custom_field"
    SET_ACTIVITY_CUSTOM_FIELD = "set_activity_custom_field"
    SET_CONTACT_CUSTOM_FIELD = "set_contact_custom_field"
    SET_CUSTOM_FIELD = "set_custom_field"
    SET_CUSTOM_OBJECT_CUSTOM_FIELD = "set_custom_object_custom_field"
    SET_GLOBAL_CUSTOM_FIELD = "set_global_custom_field"
    SET_LEAD_STATUS = "set_lead_status"
    SET_OPPORTUNITY_CUSTOM_FIELD = "set_opportunity_custom_field"
