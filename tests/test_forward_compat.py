"""Values Close adds after this SDK was generated must parse and survive a round trip."""

from __future__ import annotations

import copy
import datetime
import inspect
import pickle
import re
from typing import Any

import attrs
import pytest

from close_api_client import models
from close_api_client.models import CallActivity, Lead
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


def _generated_models() -> list[type[Any]]:
    """Every generated model class (request and response bodies alike)."""
    found = []
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and attrs.has(value) and hasattr(value, "from_dict"):
            found.append(value)
    return found


_TOLERANT_KEY = re.compile(r'_raw_\w+ = d\.pop\("([^"]+)", UNSET\)')
_REQUIRED_CONST = re.compile(r'cast\(Literal\["([^"]+)"\][^\n]*, d\.pop\("([^"]+)"\)\)')
SURPRISES = [None, 12345, 1.5, "text", True, [1, "a"], {"k": {"nested": None}}]


@pytest.mark.parametrize("model", _generated_models(), ids=lambda m: m.__name__)
def test_a_surprising_value_in_any_field_parses_and_round_trips(model: type[Any]) -> None:
    """A null or a value of another JSON type in any field: never an error, never lost.

    The JSON keys are read from the generated ``from_dict`` itself, so every field of every
    model is covered, including those added to the spec later.
    """
    source = inspect.getsource(model.from_dict)
    keys = _TOLERANT_KEY.findall(source)
    constants = {key: value for value, key in _REQUIRED_CONST.findall(source)}
    for surprise in SURPRISES:
        payload = {**{key: surprise for key in keys}, **constants}
        assert model.from_dict(payload).to_dict() == payload, surprise


def test_a_null_call_disposition_parses() -> None:
    call = CallActivity.from_dict({"_type": "Call", "id": "acti_1", "disposition": None})
    assert call.to_dict() == {"_type": "Call", "id": "acti_1", "disposition": None}
    assert call.disposition is None or call["disposition"] is None
