"""``GET /opportunity/?_group_by=``: groups with their aggregates, paged by opportunity."""

from __future__ import annotations

import httpx

from custom.simulator import CloseSimulator

from .test_spec_conformance import check


async def won_deals(sim: CloseSimulator, http: httpx.AsyncClient) -> list[str]:
    """Five won deals: two in January, one in February, two in March 2026; one active deal."""
    lead = (await http.post("lead/", json={"name": "Groups Co"})).json()["id"]
    won = sim.opportunity_status_id("Won")
    dates = ["2026-01-05", "2026-01-20", "2026-02-02", "2026-03-01", "2026-03-09"]
    made = []
    for n, day in enumerate(dates):
        body = {"lead_id": lead, "status_id": won, "date_won": day, "value": 100 * (n + 1)}
        made.append((await http.post("opportunity/", json=body)).json()["id"])
    await http.post("opportunity/", json={"lead_id": lead, "value": 7})
    return made


async def test_groups_by_month_with_aggregates(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = await won_deals(sim, http)
    response = await http.get(
        "opportunity/", params={"_group_by": "date_won__month", "_order_by": "-value"}
    )
    check(response)
    body = response.json()
    assert [g["key"] for g in body["data"]] == ["2026-01", "2026-02", "2026-03", None]
    january = body["data"][0]
    assert (january["year"], january["month"], january["total_results"]) == (2026, 1, 2)
    assert [o["id"] for o in january["objects"]] == [ids[1], ids[0]]  # -value inside the group
    assert january["total_value_one_time"] == 300
    assert body["total_results"] == 6 and body["total_value_one_time"] == 1507


async def test_reversed_groups_and_paging_by_opportunity(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    await won_deals(sim, http)
    params = {"_group_by": "-date_won__month", "status_type": "won", "_limit": 4}
    first = (await http.get("opportunity/", params=params)).json()
    second = (await http.get("opportunity/", params={**params, "_skip": 4})).json()
    sizes = [(g["key"], len(g["objects"]), g["total_results"]) for g in first["data"]]
    assert sizes == [("2026-03", 2, 2), ("2026-02", 1, 1), ("2026-01", 1, 2)]  # January is cut
    assert first["has_more"] is True
    assert [(g["key"], len(g["objects"])) for g in second["data"]] == [("2026-01", 1)]
    assert second["has_more"] is False
    quarters = (await http.get("opportunity/", params={"_group_by": "date_won__quarter"})).json()
    assert [(g["key"], g.get("quarter")) for g in quarters["data"]] == [
        ("2026-Q1", 1),
        (None, None),
    ]


async def test_groups_by_user_and_week(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    await won_deals(sim, http)
    by_user = await http.get("opportunity/", params={"_group_by": "user_id"})
    by_week = await http.get("opportunity/", params={"_group_by": "date_won__week"})
    check(by_user)
    check(by_week)
    assert [g["user_id"] for g in by_user.json()["data"]] == [sim.me["id"]]
    assert by_user.json()["data"][0]["user_name"]
    weeks = [(g["weekyear"], g["week"]) for g in by_week.json()["data"] if g["key"]]
    assert weeks == [(2026, 2), (2026, 4), (2026, 6), (2026, 9), (2026, 11)]


async def test_an_unknown_grouping_is_a_400(http: httpx.AsyncClient) -> None:
    response = await http.get("opportunity/", params={"_group_by": "value"})
    check(response)
    assert response.status_code == 400 and "_group_by" in response.json()["error"]


async def test_get_lead_honours_fields(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    lead_id = sim.seed_leads(1)[0]
    response = await http.get(f"lead/{lead_id}/", params={"_fields": "id,display_name,custom"})
    check(response)
    assert set(response.json()) >= {"id", "display_name"}
    assert not set(response.json()) & {"contacts", "opportunities", "status_id"}
    everything = (await http.get(f"lead/{lead_id}/", params={"_fields": "_all"})).json()
    assert {"contacts", "opportunities"} <= set(everything)
