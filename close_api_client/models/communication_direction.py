from ..types import OpenStrEnum


class CommunicationDirection(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
