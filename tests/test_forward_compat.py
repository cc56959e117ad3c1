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
_ENVELOPE_KEY = re.compile(r'raise not_a_page\("[^"]+", "([^"]+)"')
"""The required fields of a list envelope (``data``, ``has_more``): strict, see below."""
_VALID = {"data": [], "has_more": False}
_REQUIRED_CONST = re.compile(r'cast\(Literal\["([^"]+)"\][^\n]*, d\.pop\("([^"]+)"\)\)')
SURPRISES = [None, 12345, 1.5, "text", True, [1, "a"], {"k": {"nested": None}}]


@pytest.mark.parametrize("model", _generated_models(), ids=lambda m: m.__name__)
def test_a_surprising_value_in_any_field_parses_and_round_trips(model: type[Any]) -> None:
    """A null or a value of another JSON type in any field: never an error, never lost.

    The JSON keys are read from the generated ``from_dict`` itself, so every field of every
    model is covered, including those added to the spec later.
    """
    source = inspect.getsource(model.from_dict)
    strict = set(_ENVELOPE_KEY.findall(source))
    keys = [key for key in _TOLERANT_KEY.findall(source) if key not in strict]
    constants = {key: value for value, key in _REQUIRED_CONST.findall(source)}
    page = {key: _VALID[key] for key in strict}
    for surprise in SURPRISES:
        payload = {**{key: surprise for key in keys}, **constants, **page}
        assert model.from_dict(payload).to_dict() == payload, surprise


_ENVELOPES = [m for m in _generated_models() if _ENVELOPE_KEY.search(inspect.getsource(m))]


def test_every_list_model_is_a_strict_envelope() -> None:
    names = {m.__name__ for m in _ENVELOPES}
    assert {"LeadList", "EventList", "SearchResponse", "ListEnvelope"} <= names
    assert "CustomReportSeries" not in names  # it has a data list too, but it is an item


@pytest.mark.parametrize("model", _ENVELOPES, ids=lambda m: m.__name__)
def test_a_list_envelope_without_its_required_fields_is_not_a_page(model: type[Any]) -> None:
    """A page whose ``data`` were UNSET would fail in the caller's ``for item in page.data``,
    far from the cause: a list envelope raises instead (``ResponseParseError`` upstream)."""
    strict = _ENVELOPE_KEY.findall(inspect.getsource(model.from_dict))
    valid = {key: _VALID[key] for key in strict}
    for key in strict:
        for broken in [{k: v for k, v in valid.items() if k != key}, {**valid, key: "text"}]:
            with pytest.raises(TypeError, match=f"{model.__name__}: the required field '{key}'"):
                model.from_dict(broken)
    with pytest.raises(TypeError, match="expected a JSON object, got an array"):
        model.from_dict([])


def test_a_null_call_disposition_parses() -> None:
    call = CallActivity.from_dict({"_type": "Call", "id": "acti_1", "disposition": None})
    assert call.to_dict() == {"_type": "Call", "id": "acti_1", "disposition": None}
    assert call.disposition is None or call["disposition"] is None
