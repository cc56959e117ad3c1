"""``PUT /task/``: the list filters choose the tasks, each gets the change and its events."""

from __future__ import annotations

import httpx

from custom.simulator import CloseSimulator

from .test_spec_conformance import check


async def tasks(http: httpx.AsyncClient, count: int) -> list[str]:
    lead = (await http.post("lead/", json={"name": "Tasks Co"})).json()["id"]
    made = [
        (await http.post("task/", json={"lead_id": lead, "text": f"T{n}"})).json()["id"]
        for n in range(count)
    ]
    return made


async def test_tasks_chosen_by_id_in_body_params_are_updated(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = await tasks(http, 4)
    body = {"_params": {"id__in": ",".join(ids[:3])}, "is_complete": True}
    response = await http.put("task/", json=body)
    check(response)
    assert response.json() == {"ok": True}
    done = {t["id"]: t["is_complete"] for t in (await http.get("task/")).json()["data"]}
    assert done == {ids[0]: True, ids[1]: True, ids[2]: True, ids[3]: False}
    completed = [e for e in sim.event_log if e["action"] == "completed"]
    assert sorted(e["object_id"] for e in completed) == sorted(ids[:3])


async def test_query_string_filters_and_every_page(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.max_limit = 2  # three pages of matches
    ids = await tasks(http, 5)
    other = list(sim.store.users)[1]
    response = await http.put("task/", params={"is_complete": "false"}, json={"assigned_to": other})
    check(response)
    assigned = [sim.store.tasks.items[i]["assigned_to"] for i in ids]
    assert assigned == [other] * 5


async def test_bad_bulk_updates_get_400(http: httpx.AsyncClient) -> None:
    await tasks(http, 1)
    for body in ({}, {"text": "renamed"}, {"_params": "id__in=x", "is_complete": True}):
        response = await http.put("task/", json=body)
        check(response)
        assert response.status_code == 400, body
