from ..types import OpenStrEnum


class SharedCustomFieldObjectType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CONTACT = "contact"
    CUSTOM_ACTIVITY_TYPE = "custom_activity_type"
    CUSTOM_OBJECT_TYPE = "custom_object_type"
    LEAD = "lead"
    OPPORTUNITY = "opportunity"
