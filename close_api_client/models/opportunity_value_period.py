from ..types import OpenStrEnum


class OpportunityValuePeriod(OpenStrEnum):
    """Known values; a value Close adds later still parses (see ``OpenStrEnum``)."""

    ANNUAL = "annual"
    MONTHLY = "monthly"
    ONE_TIME = "one_time"
