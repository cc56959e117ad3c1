"""The event log: every mutation appends an event; latest first with cursors."""

import httpx

from custom.simulator import CloseSimulator


async def test_mutations_append_events_with_close_fields(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    lead = (await http.post("lead/", json={"name": "A"})).json()
    await http.put(f"lead/{lead['id']}/", json={"name": "B"})
    await http.delete(f"lead/{lead['id']}/")
    events = (await http.get("event/", params={"lead_id": lead["id"]})).json()["data"]
    lead_events = [e["action"] for e in events if e["object_type"] == "lead"]
    assert lead_events == ["deleted", "updated", "created"]  # latest first
    deleted, updated, created = [e for e in events if e["object_type"] == "lead"]
    assert created["data"]["name"] == "A" and created["id"].startswith("ev_")
    assert created["meta"] == {"request_method": "POST", "request_path": "/api/v1/lead/"}
    assert created["request_id"].startswith("req_") and created["user_id"] == sim.me["id"]
    assert created["organization_id"] == sim.store.organization_id
    assert updated["changed_fields"] == ["display_name", "name"]
    assert updated["previous_data"]["name"] == "A" and updated["data"]["name"] == "B"
    assert deleted["data"] is None and deleted["previous_data"]["name"] == "B"
    single = (await http.get(f"event/{created['id']}/")).json()
    assert single == created
    assert (await http.get("event/ev_missing0000000000000/")).status_code == 404


async def test_cursor_pagination_latest_first_limit_capped_at_50(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.seed_leads(30, events=True)  # 30 leads x (lead + 2 contacts + opp + 2 activities)
    total = len(sim.event_log)
    first = (await http.get("event/", params={"_limit": 500})).json()
    assert len(first["data"]) == 50
    assert first["cursor_previous"] is None  # nothing newer yet
    seen = [e["id"] for e in first["data"]]
    cursor = first["cursor_next"]
    while cursor:
        page = (await http.get("event/", params={"_cursor": cursor, "_limit": 50})).json()
        seen += [e["id"] for e in page["data"]]
        cursor = page["cursor_next"]
    assert seen == [e["id"] for e in reversed(sim.event_log)]
    assert len(seen) == total
    # cursor_previous walks back towards newer events.
    second = (await http.get("event/", params={"_cursor": first["cursor_next"]})).json()
    back = (await http.get("event/", params={"_cursor": second["cursor_previous"]})).json()
    assert [e["id"] for e in back["data"]] == [e["id"] for e in first["data"]]
    assert (await http.get("event/", params={"_cursor": "garbage!"})).status_code == 400


async def test_event_filters(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    lead = (await http.post("lead/", json={"name": "A"})).json()
    await http.post("opportunity/", json={"lead_id": lead["id"]})
    await http.post("lead/", json={"name": "Other"})
    params = {"object_type": "opportunity", "action": "created"}
    only = (await http.get("event/", params=params)).json()["data"]
    assert len(only) == 1 and only[0]["lead_id"] == lead["id"]
    stamp = only[0]["date_updated"]
    newer = (await http.get("event/", params={"date_updated__gt": stamp})).json()["data"]
    assert all(e["date_updated"] >= stamp for e in newer)
    older = (await http.get("event/", params={"date_updated__lt": "2000-01-01"})).json()["data"]
    assert older == []


async def test_strict_event_filters_reject_unsupported_combinations() -> None:
    strict = CloseSimulator(strict_event_filters=True)
    async with strict.client() as http:
        assert (await http.get("event/", params={"action": "created"})).status_code == 400
        ok = await http.get("event/", params={"object_type": "lead", "action": "created"})
        assert ok.status_code == 200
