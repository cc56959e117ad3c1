"""Shapes seen in real Close responses that the documentation does not show, parsed for real.

A capture of a real account's data (issue 11) had nulls where the docs only show values, a
list where the docs show one object, a date-time where the docs show a date, and keys the docs
never mention. Each case starts from the documented example of its operation (so the rest of
the object is realistic), applies what was observed, and goes through the generated endpoint
parser, as a caller's response would: it must parse into the operation's model, keep each
observed value in its typed attribute (not as an unknown extra key), and round-trip exactly.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from spec_helpers import ROOT, endpoint_module, operations, to_json, with_placeholders

from close_api_client import Client

EXAMPLES = {e["id"]: e for e in json.loads((ROOT / "tests/fixtures/examples.json").read_text())}
OPERATIONS = {(m.upper(), with_placeholders(p)): op for p, m, op in operations()}

# (case id, method, path, documented example it starts from, observed changes)
CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    (
        "call-null-disposition-and-undeclared-keys",
        "GET",
        "/activity/call/{}/",
        "seed003-get-activity-call-id-response",
        {
            "disposition": None,
            "note": None,
            "local_phone": None,
            "local_phone_formatted": None,
            "cost": None,
            "has_recording": False,
            "date_answered": "2024-03-01T10:00:05.123000+00:00",
            "is_to_group_number": False,
        },
    ),
    (
        "email-nulls-and-list-body-html-quoted",
        "GET",
        "/activity/email/{}/",
        "seed003-get-activity-email-id-response",
        {
            "direction": None,
            "attachments": None,
            "opens": None,
            "send_attempts": None,
            "body_html_quoted": [
                {"expand": True, "html": "<p>Thanks!</p>"},
                {"expand": False, "html": "<blockquote>Earlier message</blockquote>"},
            ],
        },
    ),
    (
        "opportunity-status-change-date-won-as-date-time",
        "GET",
        "/activity/status_change/opportunity/{}/",
        "seed003-get-activity-status-change-opportunity-id-response",
        {"opportunity_date_won": "2021-07-15T00:00:00+00:00"},
    ),
    (
        "meeting-null-location",
        "GET",
        "/activity/meeting/{}/",
        "seed003-get-activity-meeting-id-response",
        {"location": None},
    ),
    (
        "sms-null-cost",
        "GET",
        "/activity/sms/{}/",
        "seed003-get-activity-sms-id-response",
        {"cost": None},
    ),
    (
        "task-null-is-dateless",
        "GET",
        "/task/{}/",
        "seed003-get-task-id-response",
        {"is_dateless": None},
    ),
    (
        "smart-view-null-query",
        "GET",
        "/saved_search/{}/",
        "seed003-get-saved-search-id-response",
        {"query": None},
    ),
    (
        "bulk-edit-null-lead-status-and-undeclared-keys",
        "GET",
        "/bulk_action/edit/{}/",
        "seed003-get-bulk-action-edit-id-response",
        {"lead_status_id": None, "n_objects": 12, "s_query": {"type": "and", "queries": []}},
    ),
    (
        "role-with-date-created",
        "GET",
        "/role/{}/",
        "seed003-get-role-id-response",
        {"date_created": "2023-05-04T08:09:10.000000+00:00"},
    ),
    (
        "custom-field-shared-keys",
        "GET",
        "/custom_field/lead/{}/",
        "seed003-get-custom-field-lead-id-response",
        {"is_shared": False, "referenced_custom_type_id": None},
    ),
]


def _parse(method: str, path: str, body: Any, status: int = 200) -> Any:
    module = endpoint_module(OPERATIONS[(method, path)])
    response = httpx.Response(status, json=body)
    return module._parse_response(client=Client(base_url="http://close.test"), response=response)


def _observed(example_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    body = copy.deepcopy(EXAMPLES[example_id]["body"])
    assert isinstance(body, dict)
    body.update(changes)
    return body


@pytest.mark.parametrize(
    ("method", "path", "example_id", "changes"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_observed_shape_parses_into_typed_fields_and_round_trips(
    method: str, path: str, example_id: str, changes: dict[str, Any]
) -> None:
    body = _observed(example_id, changes)
    parsed = _parse(method, path, body)
    assert parsed is not None
    for key, value in changes.items():
        assert key not in parsed.additional_properties, f"{key} is not declared in the spec"
        if value is None:  # the declared type admits the null, so it does not lie
            assert "None" in str(type(parsed).__annotations__[key]), key
    assert to_json(parsed) == body


def test_a_null_disposition_is_none_not_an_error() -> None:
    body = _observed("seed003-get-activity-call-id-response", {"disposition": None})
    assert _parse("GET", "/activity/call/{}/", body).disposition is None


def test_body_html_quoted_is_a_list_of_parts() -> None:
    changes = CASES[1][4]
    parsed = _parse("GET", "/activity/email/{}/", _observed(CASES[1][3], changes))
    parts = parsed.body_html_quoted
    assert [(p.expand, p.html) for p in parts] == [
        (True, "<p>Thanks!</p>"),
        (False, changes["body_html_quoted"][1]["html"]),
    ]


def test_opportunity_date_won_keeps_both_spellings() -> None:
    """The docs show a date, real data a date-time: both are kept as sent."""
    example = "seed003-get-activity-status-change-opportunity-id-response"
    for value in ("2013-08-23", "2021-07-15T00:00:00+00:00"):
        body = _observed(example, {"opportunity_date_won": value})
        parsed = _parse("GET", "/activity/status_change/opportunity/{}/", body)
        assert parsed.opportunity_date_won == value


def test_sequence_steps_with_null_template_and_threading() -> None:
    body = copy.deepcopy(EXAMPLES["seed003-get-sequence-id-response"]["body"])
    body["steps"][0].update({"email_template_id": None, "threading": None})
    parsed = _parse("GET", "/sequence/{}/", body)
    step_type = type(parsed.steps[0]).__annotations__
    assert "None" in str(step_type["email_template_id"]) and "None" in str(step_type["threading"])
    assert parsed.steps[0].email_template_id is None
    assert parsed.steps[0].threading is None
    assert to_json(parsed) == body


def test_a_call_with_nulls_in_the_activity_feed_is_a_call() -> None:
    """In `GET /activity/` the same call must land in the Call variant, not the catch-all."""
    call = _observed("seed003-get-activity-call-id-response", CASES[0][4])
    body = {"data": [call], "has_more": False}
    parsed = _parse("GET", "/activity/", body)
    assert type(parsed.data[0]).__name__.startswith("CallActivity")
    assert to_json(parsed) == body


@pytest.mark.parametrize("path", ["/group/", "/role/", "/pipeline/"])
def test_a_create_answered_201_returns_its_model(path: str) -> None:
    example = next(
        e
        for e in EXAMPLES.values()
        if e["method"] == "POST" and e["path"] == path and e["kind"] == "response"
    )
    parsed = _parse("POST", path, example["body"], status=201)
    assert parsed is not None
    assert to_json(parsed) == example["body"]


def test_email_envelope_message_id_and_date_sent_as_null() -> None:
    """A second held-out set of real data (issue 22): both headers can be missing."""
    body = copy.deepcopy(EXAMPLES["seed003-get-activity-email-id-response"]["body"])
    envelope = body["envelope"]
    envelope.update({"message_id": None, "date": None})
    parsed = _parse("GET", "/activity/email/{}/", body)
    assert parsed.envelope.message_id is None and parsed.envelope.date is None
    assert "message_id" not in parsed.envelope.additional_properties
    annotations = type(parsed.envelope).__annotations__
    assert "None" in str(annotations["message_id"]) and "None" in str(annotations["date"])
    assert to_json(parsed) == body


@pytest.mark.parametrize("date_won", ["2013-02-20", "2021-07-15T00:00:00+00:00", None])
def test_opportunity_date_won_in_an_update_response_keeps_its_spelling(
    date_won: str | None,
) -> None:
    """The docs show a date, an update response of real data a date-time (issue 22)."""
    body = copy.deepcopy(EXAMPLES["seed003-put-opportunity-id-response"]["body"])
    body["date_won"] = date_won
    parsed = _parse("PUT", "/opportunity/{}/", body)
    assert parsed.date_won == date_won
    assert "date_won" not in parsed.additional_properties
    assert to_json(parsed) == body
