from ..types import OpenStrEnum


class BulkEditType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CLEAR_CUSTOM_FIELD = "clear_custom_field"
    SET_CUSTOM_FIELD = "set_custom_field"
    SET_LEAD_STATUS = "set_lead_status"
