from ..types import OpenStrEnum


class ActivityPlaybookReason(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    AUTODETECTED = "autodetected"
    USER_SELECTED = "user-selected"
