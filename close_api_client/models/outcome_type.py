from ..types import OpenStrEnum


class OutcomeType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CUSTOM = "custom"
    VM_DROPPED = "vm-dropped"
