from ..types import OpenStrEnum


class ActivityOutcomeAutofillConfidence(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
