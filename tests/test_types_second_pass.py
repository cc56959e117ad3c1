"""Issue 22 at run time: what the types promise holds for real bodies and the simulator.

``test_typing_snippets.py`` checks what mypy sees; here the same shapes are parsed for real:
events land in the model of their ``object_type`` (and any other in ``Event``), typed search
queries serialise to what the simulator answers and an unknown node still parses, nested
fields made required stay ``UNSET`` (not an error) when a body lacks them, and
``close_lifespan`` refuses a misspelt option when it is made.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from spec_helpers import ROOT, to_json

from close_api_client import Client
from close_api_client.api.advanced_filtering import search
from close_api_client.api.events import get_event, list_events
from close_api_client.api.leads import get_lead
from close_api_client.models import (
    CallActivity,
    CallActivityEvent,
    Contact,
    Event,
    EventList,
    Lead,
    LeadEvent,
    NoteActivityEvent,
    OpportunityEvent,
    SearchAndQuery,
    SearchFieldConditionQuery,
    SearchHasRelatedQuery,
    SearchObjectTypeQuery,
    SearchOrQuery,
    SearchQuery,
    SearchReferenceCondition,
    SearchRegularField,
    SearchRequest,
    SearchTextCondition,
    SearchTextMode,
    UnknownSearchCondition,
    WebhookDelivery,
)
from close_api_client.types import UNSET
from custom import create_client, paginate
from custom.simulator import CloseSimulator

EXAMPLES = {e["id"]: e for e in json.loads((ROOT / "tests/fixtures/examples.json").read_text())}
KEY = "test_key"


def _body(example_id: str) -> Any:
    return copy.deepcopy(EXAMPLES[example_id]["body"])


def _event(object_type: str | None, data: Any) -> dict[str, Any]:
    event = {
        "id": "ev_1",
        "date_created": "2026-01-15T18:00:00.000000+00:00",
        "date_updated": "2026-01-15T18:00:00.000000+00:00",
        "organization_id": "orga_1",
        "action": "updated",
        "object_id": "x_1",
        "lead_id": "lead_1",
        "data": data,
        "previous_data": {"name": "Before"},
        "changed_fields": ["name"],
    }
    if object_type is not None:
        event["object_type"] = object_type
    return event


# -- events typed by object_type ---------------------------------------------------------


def test_each_known_object_type_lands_in_its_event_model_and_round_trips() -> None:
    lead = _body("seed003-get-lead-id-response")
    call = _body("seed003-get-activity-call-id-response")
    note = _body("seed003-get-event-id-response")["data"]
    items = [
        _event("lead", lead),
        _event("activity.call", call),
        _event("activity.note", note),
        _event("lead", None),  # a delete
        _event("status.lead", {"id": "stat_1", "label": "New"}),  # not typed: Event
        _event(None, {"id": "x"}),
        _event("lead", "not an object"),  # a surprising value is kept, never an error
    ]
    body = {"data": items, "cursor_next": None, "cursor_previous": None}
    parsed = EventList.from_dict(body)
    kinds = [type(item).__name__ for item in parsed.data]
    assert kinds == [
        "LeadEvent",
        "CallActivityEvent",
        "NoteActivityEvent",
        "LeadEvent",
        "Event",
        "Event",
        "LeadEvent",
    ]
    first, second = parsed.data[0], parsed.data[1]
    assert isinstance(first, LeadEvent) and isinstance(first.data, Lead)
    assert first.data.display_name == lead["display_name"]
    assert isinstance(second, CallActivityEvent) and isinstance(second.data, CallActivity)
    assert second.data.duration == call["duration"]
    assert parsed.data[3].data is None
    odd = parsed.data[6]
    assert odd.data is UNSET and odd["data"] == "not an object"
    assert to_json(parsed) == body


def test_get_event_returns_the_typed_event() -> None:
    body = _event("opportunity", _body("seed003-get-opportunity-id-response"))
    response = httpx.Response(200, json=body)
    parsed = get_event._parse_response(client=Client(base_url="http://x"), response=response)
    assert isinstance(parsed, OpportunityEvent)
    assert to_json(parsed) == body


def test_the_documented_event_with_object_type_note_is_an_event() -> None:
    """The docs' example says ``note`` where the event list says ``activity.note``."""
    body = _body("seed003-get-event-id-response")
    response = httpx.Response(200, json=body)
    parsed = get_event._parse_response(client=Client(base_url="http://x"), response=response)
    assert type(parsed) is Event
    assert to_json(parsed) == body
    retyped = dict(body, object_type="activity.note")
    assert isinstance(NoteActivityEvent.from_dict(retyped), NoteActivityEvent)


def test_a_webhook_delivery_carries_the_typed_event() -> None:
    delivery = {
        "event": _event("lead", _body("seed003-get-lead-id-response")),
        "subscription_id": "s",
    }
    parsed = WebhookDelivery.from_dict(delivery)
    assert isinstance(parsed.event, LeadEvent)
    assert to_json(parsed) == delivery


async def test_the_simulator_event_log_parses_into_typed_events() -> None:
    sim = CloseSimulator(seed=3, api_keys=(KEY,))
    sim.seed_leads(3, contacts_per_lead=1, opportunities_per_lead=1, events=True)
    client = create_client(KEY, transport=httpx.ASGITransport(app=sim.app))
    async with client:
        events = [event async for event in paginate(list_events, client=client)]
    by_type = {event.object_type: type(event).__name__ for event in events}
    assert by_type.get("lead") == "LeadEvent", by_type
    for event in events:
        if isinstance(event, LeadEvent) and isinstance(event.data, Lead):
            assert isinstance(event.data.display_name, str)


# -- nested response fields --------------------------------------------------------------


def test_a_nested_required_field_that_is_missing_is_unset_not_an_error() -> None:
    body = _body("seed003-get-lead-id-response")
    phone = body["contacts"][0]["phones"][0]
    del phone["phone_formatted"]
    response = httpx.Response(200, json=body)
    parsed = get_lead._parse_response(client=Client(base_url="http://x"), response=response)
    assert isinstance(parsed.contacts[0], Contact)
    assert parsed.contacts[0].phones[0].phone_formatted is UNSET
    assert to_json(parsed) == body


# -- typed Advanced Filtering queries ----------------------------------------------------


def _ceo_leads() -> SearchAndQuery:
    return SearchAndQuery(
        queries=[
            SearchObjectTypeQuery(object_type="lead"),
            SearchHasRelatedQuery(
                this_object_type="lead",
                related_object_type="contact",
                related_query=SearchFieldConditionQuery(
                    field=SearchRegularField(object_type="contact", field_name="title"),
                    condition=SearchTextCondition(mode=SearchTextMode.FULL_WORDS, value="CEO"),
                ),
            ),
        ]
    )


def test_a_typed_query_serialises_to_the_documented_tree() -> None:
    assert _ceo_leads().to_dict() == {
        "type": "and",
        "queries": [
            {"type": "object_type", "object_type": "lead"},
            {
                "type": "has_related",
                "this_object_type": "lead",
                "related_object_type": "contact",
                "related_query": {
                    "type": "field_condition",
                    "field": {
                        "type": "regular_field",
                        "object_type": "contact",
                        "field_name": "title",
                    },
                    "condition": {"type": "text", "mode": "full_words", "value": "CEO"},
                },
            },
        ],
    }


def test_a_query_tree_parses_into_typed_nodes_and_unknown_nodes_survive() -> None:
    raw = {
        "query": {
            "type": "and",
            "queries": [
                {"type": "object_type", "object_type": "contact"},
                {"type": "saved_search", "saved_search_id": "save_1", "negate": True},
                {
                    "type": "or",
                    "queries": [
                        {
                            "type": "field_condition",
                            "field": {"type": "custom_field", "custom_field_id": "cf_1"},
                            "condition": {"type": "term", "values": ["a"]},
                        },
                        {"type": "not_yet_documented", "anything": [1, {"x": None}]},
                    ],
                },
            ],
        },
        "_limit": 10,
    }
    parsed = SearchRequest.from_dict(raw)
    top = parsed.query
    assert isinstance(top, SearchAndQuery)
    kinds = [type(node).__name__ for node in top.queries]
    assert kinds == ["SearchObjectTypeQuery", "SearchSavedSearchQuery", "SearchOrQuery"]
    either = top.queries[2]
    assert isinstance(either, SearchOrQuery)
    condition_node, unknown = either.queries
    assert isinstance(condition_node, SearchFieldConditionQuery)
    assert isinstance(condition_node.condition, UnknownSearchCondition)
    assert type(unknown) is SearchQuery and unknown["anything"] == [1, {"x": None}]
    assert parsed.to_dict() == raw


async def test_a_typed_query_runs_against_the_simulator_like_its_raw_dict() -> None:
    sim = CloseSimulator(seed=5, api_keys=(KEY,))
    sim.seed_leads(30, contacts_per_lead=2, opportunities_per_lead=0)
    status_ids = sorted({lead["status_id"] for lead in sim.store.leads})
    typed = SearchAndQuery(
        queries=[
            SearchObjectTypeQuery(object_type="lead"),
            SearchOrQuery(
                queries=[
                    SearchFieldConditionQuery(
                        field=SearchRegularField(object_type="lead", field_name="status_id"),
                        condition=SearchReferenceCondition(
                            reference_type="status", object_ids=status_ids[:1]
                        ),
                    ),
                    _ceo_leads(),
                ]
            ),
        ]
    )
    client = create_client(KEY, transport=httpx.ASGITransport(app=sim.app))
    async with client:
        body = SearchRequest(query=typed, limit=7)
        typed_ids = [hit.id async for hit in paginate(search, client=client, body=body)]
        raw = SearchRequest.from_dict({"query": typed.to_dict(), "_limit": 7})
        raw_ids = [hit.id async for hit in paginate(search, client=client, body=raw)]
    assert typed_ids == raw_ids and len(typed_ids) > 0
    assert all(request.status == 200 for request in sim.requests)


# -- close_lifespan options --------------------------------------------------------------


def test_close_lifespan_refuses_a_misspelt_option_when_it_is_made() -> None:
    pytest.importorskip("fastapi")
    from custom.fastapi import close_lifespan

    with pytest.raises(TypeError, match="redis_ur"):
        close_lifespan(redis_ur="redis://localhost:6379/0")  # type: ignore[call-arg]
    assert callable(close_lifespan(api_key="k", tz="UTC", max_retries=2))


def test_redis_store_is_exported_from_custom() -> None:
    pytest.importorskip("redis")
    import custom
    from custom._store._redis import RedisStore

    assert custom.RedisStore is RedisStore
