from ..types import OpenStrEnum


class MeetingConferenceLinkType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    GOOGLE_HANGOUTS = "GOOGLE_HANGOUTS"
    GOOGLE_MEET = "GOOGLE_MEET"
    GO_TO_MEETING = "GO_TO_MEETING"
    MICROSOFT_TEAMS = "MICROSOFT_TEAMS"
    SKYPE = "SKYPE"
    WEBEX = "WEBEX"
    ZOOM = "ZOOM"
