from ..types import OpenStrEnum


class MeetingStatus(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    CANCELED = "canceled"
    COMPLETED = "completed"
    DECLINED_BY_LEAD = "declined-by-lead"
    DECLINED_BY_ORG = "declined-by-org"
    IN_PROGRESS = "in-progress"
    UPCOMING = "upcoming"
