from ..types import OpenStrEnum


class WebhookFilterType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    AND = "and"
    ANY_ARRAY_VALUE = "any_array_value"
    CONTAINS = "contains"
    EQUALS = "equals"
    FIELD_ACCESSOR = "field_accessor"
    IS_NULL = "is_null"
    NON_NULL = "non_null"
    NOT = "not"
    NOT_EQUALS = "not_equals"
    OR = "or"
