"""The simulator answers in the shapes openapi.yaml describes, so the two cannot drift.

A scenario touches every resource the simulator serves; each JSON response is validated
(jsonschema, draft 2020-12, the spec's own `$ref`s) against the schema the spec declares
for that operation and status: 2xx bodies against their models, errors against `Error`,
429s against `RateLimitError`. Enum values are checked strictly here: a value the
simulator invents that the spec does not list fails.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from spec_helpers import SPEC

from custom.simulator import CloseSimulator

REGISTRY = Registry().with_resource(
    "urn:close-openapi", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)
TEMPLATES = [
    (re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"), path)
    for path in sorted(SPEC["paths"], key=lambda p: p.count("{"))
]


def _operation(method: str, path: str) -> dict[str, Any]:
    relative = path.removeprefix("/api/v1")
    for pattern, template in TEMPLATES:
        if pattern.match(relative) and method.lower() in SPEC["paths"][template]:
            return dict(SPEC["paths"][template][method.lower()])
    raise AssertionError(f"{method} {relative} is not in openapi.yaml")


def _schema_for(operation: dict[str, Any], status: int) -> dict[str, Any]:
    response = operation["responses"].get(str(status))
    assert response is not None, f"status {status} is not documented for this operation"
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response["content"]["application/json"]["schema"]
    return {"$ref": "urn:close-openapi#" + schema["$ref"][1:]} if "$ref" in schema else schema


TRIMMING_PARAMS = {"_fields", "_group_by"}


def check(response: httpx.Response) -> None:
    request = response.request
    operation = _operation(request.method, request.url.path)
    schema = _schema_for(operation, response.status_code)
    validator = Draft202012Validator(schema, registry=REGISTRY)
    errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
    if TRIMMING_PARAMS & set(request.url.params):
        # `_fields` drops fields the schema marks as always sent, and `_group_by` answers
        # groups where the schema has objects: everything else must still conform.
        errors = [e for e in errors if e.validator != "required"]
    problems = [f"{'/'.join(map(str, e.path))}: {e.message[:200]}" for e in errors[:5]]
    assert problems == [], f"{request.method} {request.url.path} {response.status_code}"


@pytest.fixture
async def seeded(sim: CloseSimulator) -> CloseSimulator:
    sim.seed_leads(
        6,
        contacts_per_lead=2,
        opportunities_per_lead=2,
        activities_per_lead=3,
        tasks_per_lead=1,
        events=True,
    )
    return sim


async def test_reads_match_the_spec(seeded: CloseSimulator, http: httpx.AsyncClient) -> None:
    lead = (await http.get("lead/")).json()["data"][0]
    reads = [
        "me/",
        "lead/",
        f"lead/{lead['id']}/",
        "contact/",
        "opportunity/",
        "task/",
        "activity/",
        "activity/note/",
        "activity/call/",
        "activity/email/",
        "activity/created/",
        "status/lead/",
        "status/opportunity/",
        "custom_field/lead/",
        "custom_field/contact/",
        "custom_field/opportunity/",
        "user/",
        "event/",
        "webhook/",
    ]
    for url in reads:
        response = await http.get(url)
        assert response.status_code == 200, url
        check(response)
        first = (response.json().get("data") or [None])[0]
        if isinstance(first, dict) and "id" in first and url.count("/") == 1:
            item = await http.get(f"{url}{first['id']}/")
            if item.status_code == 200:
                check(item)


async def test_writes_match_the_spec(seeded: CloseSimulator, http: httpx.AsyncClient) -> None:
    created = await http.post("lead/", json={"name": "Spec Co", "contacts": [{"name": "Ann"}]})
    check(created)
    lead_id = created.json()["id"]
    for response in [
        await http.put(f"lead/{lead_id}/", json={"description": "checked"}),
        await http.post("contact/", json={"lead_id": lead_id, "name": "Bob"}),
        await http.post("opportunity/", json={"lead_id": lead_id, "value": 500}),
        await http.post("task/", json={"lead_id": lead_id, "text": "Call back"}),
        await http.post("activity/note/", json={"lead_id": lead_id, "note": "Hello"}),
        await http.post(
            "data/search/",
            json={"query": {"type": "object_type", "object_type": "lead"}, "_limit": 2},
        ),
        await http.post(
            "webhook/",
            json={
                "url": "https://example.com/hook",
                "events": [{"object_type": "lead", "action": "created"}],
            },
        ),
        await http.delete(f"lead/{lead_id}/"),
    ]:
        assert response.status_code < 300, (response.request.url, response.text)
        check(response)


async def test_errors_match_the_spec(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    check(await http.get("lead/lead_missing/"))
    check(await http.get("lead/", params={"_skip": sim.max_skip + 1}))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sim.app), base_url="https://api.close.com/api/v1/"
    ) as anonymous:
        check(await anonymous.get("lead/"))
    sim.set_rate_limit("GET", "/contact/", limit=1, window=10.0)
    await http.get("contact/")
    limited = await http.get("contact/")
    assert limited.status_code == 429
    check(limited)
