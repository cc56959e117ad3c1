from ..types import OpenStrEnum


class SearchTextMode(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    EXACT_VALUE = "exact_value"
    FULL_WORDS = "full_words"
