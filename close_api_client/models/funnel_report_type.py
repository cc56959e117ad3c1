from ..types import OpenStrEnum


class FunnelReportType(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ACTIVE_STAGE_COHORT = "active-stage-cohort"
    CREATED_COHORT = "created-cohort"
