"""POST /data/search/: Close's query objects, body cursors that expire after 30 s."""

import httpx

from custom.simulator import CloseSimulator

from .conftest import FakeClock

LEADS = {"type": "object_type", "object_type": "lead"}


def name_contains(word: str) -> dict[str, object]:
    return {
        "type": "field_condition",
        "field": {"type": "regular_field", "object_type": "lead", "field_name": "name"},
        "condition": {"type": "text", "mode": "full_words", "value": word},
    }


async def test_search_pages_with_body_cursor_until_null(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = sim.seed_leads(25)
    body: dict[str, object] = {"query": {"type": "and", "queries": [LEADS]}, "_limit": 10}
    seen: list[str] = []
    while True:
        page = (await http.post("data/search/", json=body)).json()
        assert all(item["__object_type"] == "lead" for item in page["data"])
        seen += [item["id"] for item in page["data"]]
        if page["cursor"] is None:
            break
        body = {"query": body["query"], "_limit": 10, "cursor": page["cursor"]}
    assert seen == ids


async def test_search_filters_sorts_trims_and_counts(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    for name in ("Acme Corp", "Acme Labs", "Zeta"):
        await http.post("lead/", json={"name": name})
    body = {
        "query": {"type": "and", "queries": [LEADS, name_contains("acme")]},
        "sort": [{"direction": "desc", "field": {"type": "regular_field", "field_name": "name"}}],
        "_fields": {"lead": ["id", "display_name"]},
        "include_counts": True,
        "results_limit": 1,
    }
    page = (await http.post("data/search/", json=body)).json()
    assert page["data"] == [
        {"__object_type": "lead", "id": page["data"][0]["id"], "display_name": "Acme Labs"}
    ]
    assert page["count"] == {"limited": 1, "total": 2}
    assert page["cursor"] is None


async def test_search_contacts_has_related_and_query_string(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    await http.post("lead/", json={"name": "A", "contacts": [{"name": "Jane", "title": "CEO"}]})
    await http.post("lead/", json={"name": "B", "contacts": [{"name": "Joe", "title": "CTO"}]})
    ceo = {
        "type": "field_condition",
        "field": {"type": "regular_field", "object_type": "contact", "field_name": "title"},
        "condition": {"type": "text", "mode": "full_words", "value": "CEO"},
    }
    contacts = {"type": "object_type", "object_type": "contact"}
    found = (
        await http.post(
            "data/search/",
            json={
                "query": {"type": "and", "queries": [contacts, ceo]},
                "_fields": {"contact": ["name"]},
            },
        )
    ).json()
    assert [c["name"] for c in found["data"]] == ["Jane"]
    related = {
        "type": "has_related",
        "this_object_type": "lead",
        "related_object_type": "contact",
        "related_query": ceo,
    }
    leads = (
        await http.post(
            "data/search/",
            json={"query": {"type": "and", "queries": [LEADS, related]}, "_fields": ["name"]},
        )
    ).json()
    assert [lead["name"] for lead in leads["data"]] == ["A"]
    negated = {**name_contains("a"), "negate": True}
    others = (
        await http.post(
            "data/search/",
            json={"query": {"type": "and", "queries": [LEADS, negated]}, "_fields": ["name"]},
        )
    ).json()
    assert [lead["name"] for lead in others["data"]] == ["B"]
    text = (
        await http.post(
            "data/search/",
            json={"query": {"type": "query_string", "value": "name:b"}, "_fields": ["name"]},
        )
    ).json()
    assert [lead["name"] for lead in text["data"]] == ["B"]
    bad = await http.post("data/search/", json={"query": {"type": "saved_search"}})
    assert bad.status_code == 400 and "saved_search" in bad.json()["error"]


async def test_cursor_expires_after_30_seconds_and_can_be_replayed_before(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    sim.seed_leads(5)
    first = (await http.post("data/search/", json={"query": LEADS, "_limit": 2})).json()
    clock.advance(29)
    again = [
        (
            await http.post(
                "data/search/", json={"query": LEADS, "_limit": 2, "cursor": first["cursor"]}
            )
        ).json()
        for _ in range(2)
    ]
    assert again[0] == again[1]  # a retried page is the same page
    clock.advance(31)
    expired = await http.post(
        "data/search/", json={"query": LEADS, "_limit": 2, "cursor": again[0]["cursor"]}
    )
    assert expired.status_code == 400 and "expired" in expired.json()["error"]


async def test_snapshot_means_no_duplicates_when_data_changes_during_the_walk(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = sim.seed_leads(6)
    first = (await http.post("data/search/", json={"query": LEADS, "_limit": 3})).json()
    await http.post("lead/", json={"name": "New"})
    rest = (
        await http.post(
            "data/search/", json={"query": LEADS, "_limit": 3, "cursor": first["cursor"]}
        )
    ).json()
    assert [i["id"] for i in first["data"] + rest["data"]] == ids
    assert rest["cursor"] is None
