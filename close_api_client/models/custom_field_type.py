from ..types import OpenStrEnum


class CustomFieldType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CHOICES = "choices"
    CONTACT = "contact"
    CUSTOM_OBJECT = "custom_object"
    DATE = "date"
    DATETIME = "datetime"
    HIDDEN = "hidden"
    NUMBER = "number"
    TEXT = "text"
    TEXTAREA = "textarea"
    USER = "user"
