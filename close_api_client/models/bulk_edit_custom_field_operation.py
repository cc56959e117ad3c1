from ..types import OpenStrEnum


class BulkEditCustomFieldOperation(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ADD = "add"
    REMOVE = "remove"
    REPLACE = "replace"
