from ..types import OpenStrEnum


class ActivityOutcomeReason(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    AUTOFILLED = "autofilled"
    USER_SELECTED = "user-selected"
    VOICEMAIL_DROPPED = "voicemail-dropped"
