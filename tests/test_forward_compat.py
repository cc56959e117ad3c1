"""Values Close adds after this SDK was generated must parse and survive a round trip."""

from __future__ import annotations

import copy
import datetime
import pickle

from close_api_client.models import Lead
from close_api_client.types import JsonDateTime, OpenStrEnum


class Stage(OpenStrEnum):
    ACTIVE = "active"
    WON = "won"


def test_unknown_fields_and_custom_fields_round_trip() -> None:
    payload = {
        "id": "lead_1",
        "custom.cf_abc": ["a", "b"],
        "custom.lcf_def": None,
        "brand_new_field": {"nested": [1, 2.5, None]},
    }
    lead = Lead.from_dict(payload)
    assert lead["custom.cf_abc"] == ["a", "b"]
    assert lead.to_dict() == payload


def test_missing_optional_fields_are_unset_not_errors() -> None:
    lead = Lead.from_dict({})
    assert lead.to_dict() == {}


def test_unknown_enum_value_parses_and_keeps_its_value() -> None:
    value = Stage("paused")
    assert value == "paused" and str(value) == "paused"
    assert value.is_known is False
    assert Stage("won") is Stage.WON and Stage.WON.is_known


def test_timestamps_keep_their_spelling_through_a_round_trip() -> None:
    spellings = [
        "2013-02-06T20:53:01.954000+00:00",
        "2021-03-04T05:06:07.123Z",
        "2021-03-04T05:06:07Z",
        "2019-01-15T12:48:23.395000",
        "2021-03-04T05:06:07-05:00",
    ]
    for spelling in spellings:
        lead = Lead.from_dict({"date_created": spelling})
        assert isinstance(lead.date_created, datetime.datetime)
        assert lead.to_dict() == {"date_created": spelling}
        assert copy.deepcopy(lead).to_dict() == {"date_created": spelling}
        assert pickle.loads(pickle.dumps(lead)).to_dict() == {"date_created": spelling}


def test_a_changed_timestamp_is_written_from_its_value() -> None:
    lead = Lead.from_dict({"date_created": "2021-03-04T05:06:07Z"})
    assert isinstance(lead.date_created, JsonDateTime)
    lead.date_created = lead.date_created + datetime.timedelta(hours=1)
    assert lead.to_dict() == {"date_created": "2021-03-04T06:06:07+00:00"}
