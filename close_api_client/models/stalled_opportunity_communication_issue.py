from ..types import OpenStrEnum


class StalledOpportunityCommunicationIssue(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CANT_GET_IN_TOUCH = "cant_get_in_touch"
    NO_COMMUNICATION_ATTEMPTS = "no_communication_attempts"
    NO_ISSUE = "no_issue"
