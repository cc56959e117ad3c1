from ..types import OpenStrEnum


class MeetingSpeakerSide(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CLOSE_USER = "close-user"
    CONTACT = "contact"
    VOICE_AGENT = "voice-agent"
