"""Reports: computed from the simulator's objects, in the shapes openapi.yaml declares.

The clock is fake (2026-03-10 15:00 UTC, a Tuesday), so every range below is exact.
"""

from __future__ import annotations

import httpx
import pytest

from custom.simulator import CloseSimulator

from .conftest import FakeClock
from .test_spec_conformance import check

DAY = 86400.0


async def calls_and_deals(sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock) -> str:
    """Two outbound calls (60 s, 120 s) and an inbound one today; a call and a won deal of
    $1,000/month tomorrow; a lost deal. Returns the user they belong to."""
    lead = (await http.post("lead/", json={"name": "Report Co"})).json()["id"]
    user = sim.me["id"]
    for direction, duration in (("outbound", 60), ("outbound", 120), ("inbound", 30)):
        body = {"lead_id": lead, "direction": direction, "duration": duration}
        assert (await http.post("activity/call/", json=body)).status_code == 200
    clock.advance(DAY)  # 2026-03-11
    await http.post("activity/call/", json={"lead_id": lead, "duration": 10})
    won = {"status_id": sim.opportunity_status_id("Won"), "value_period": "monthly"}
    body = {"lead_id": lead, "value": 100_000, "user_id": user, **won}
    assert (await http.post("opportunity/", json=body)).status_code == 200
    lost = {"lead_id": lead, "value": 5_000, "status_id": sim.opportunity_status_id("Lost")}
    assert (await http.post("opportunity/", json={**lost, "user_id": user})).status_code == 200
    return user


async def test_the_metrics_list_names_every_computed_metric(http: httpx.AsyncClient) -> None:
    response = await http.get("report/activity/metrics/")
    check(response)
    keys = {metric["key"] for metric in response.json()["metrics"]}
    assert {"calls.outbound.all.count", "emails.sent.all.count", "leads.created.all.count"} <= keys


async def test_an_overview_has_one_row_per_day_and_totals(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    await calls_and_deals(sim, http, clock)
    metrics = ["calls.outbound.all.count", "calls.outbound.all.avg_duration", "calls.all.all.count"]
    body = {"type": "overview", "metrics": metrics, "relative_range": "this-week"}
    response = await http.post("report/activity/", json=body)
    check(response)
    report = response.json()
    assert [row["datetime"][:10] for row in report["data"]][:3] == [
        "2026-03-09",
        "2026-03-10",
        "2026-03-11",
    ]
    assert len(report["data"]) == 7  # Monday to Sunday
    tuesday, wednesday = report["data"][1], report["data"][2]
    assert (tuesday["calls.outbound.all.count"], tuesday["calls.all.all.count"]) == (2, 3)
    assert tuesday["calls.outbound.all.avg_duration"] == 90
    assert wednesday["calls.outbound.all.count"] == 1  # outbound is the default direction
    totals = report["aggregations"]["totals"]
    assert totals == {
        "calls.outbound.all.count": 3,
        "calls.outbound.all.avg_duration": pytest.approx(190 / 3, abs=0.01),
        "calls.all.all.count": 4,
    }


async def test_ranges_follow_the_callers_time_zone(
    http: httpx.AsyncClient, clock: FakeClock
) -> None:
    lead = (await http.post("lead/", json={"name": "Zone Co"})).json()["id"]
    await http.post("activity/call/", json={"lead_id": lead})  # 2026-03-10 15:00 UTC
    clock.advance(DAY / 2)  # 2026-03-11 03:00 UTC, but 2026-03-10 15:00 at UTC-12
    body = {"type": "overview", "metrics": ["calls.all.all.count"], "relative_range": "yesterday"}
    utc = (await http.post("report/activity/", json=body)).json()
    west = await http.post("report/activity/", json=body, headers={"x-tz-offset": "-12"})
    check(west)
    assert utc["aggregations"]["totals"]["calls.all.all.count"] == 1
    assert west.json()["aggregations"]["totals"]["calls.all.all.count"] == 0  # its yesterday: 9th
    assert west.json()["data"] == [
        {"calls.all.all.count": 0, "datetime": "2026-03-09T00:00:00-12:00"}
    ]


async def test_a_comparison_has_one_row_per_user(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    user = await calls_and_deals(sim, http, clock)
    body = {
        "type": "comparison",
        "metrics": ["opportunities.won.all.count", "opportunities.won.all.sum_annualized_value"],
        "datetime_range": {"start": "2026-03-01T00:00:00Z", "end": "2026-04-01T00:00:00Z"},
    }
    response = await http.post("report/activity/", json=body)
    check(response)
    rows = {row["user_id"]: row for row in response.json()["data"]}
    assert set(rows) == set(sim.store.users)
    assert rows[user]["opportunities.won.all.count"] == 1
    assert rows[user]["opportunities.won.all.sum_annualized_value"] == 1_200_000  # 12 months


async def test_all_time_agrees_with_the_lists(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    sim.seed_leads(20, activities_per_lead=4)
    body = {
        "type": "overview",
        "metrics": ["calls.all.all.count", "leads.created.all.count"],
        "relative_range": "all-time",
    }
    response = await http.post("report/activity/", json=body)
    check(response)
    totals = response.json()["aggregations"]["totals"]
    calls = (await http.get("activity/call/", params={"_limit": 100})).json()["data"]
    assert totals == {"calls.all.all.count": len(calls), "leads.created.all.count": 20}
    assert len(response.json()["data"]) == 4  # 90 days back: December to March, by month


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"type": "overview", "metrics": ["no.such.metric"], "relative_range": "today"}, "metrics"),
        ({"type": "daily", "metrics": ["calls.all.all.count"], "relative_range": "today"}, "type"),
        ({"type": "overview", "metrics": ["calls.all.all.count"], "relative_range": "soon"}, None),
        ({"type": "overview", "metrics": ["calls.all.all.count"]}, None),
    ],
)
async def test_bad_report_requests_get_400(
    http: httpx.AsyncClient, body: dict[str, object], field: str | None
) -> None:
    response = await http.post("report/activity/", json=body)
    check(response)
    assert response.status_code == 400
    if field is not None:
        assert field in response.json()["field-errors"]


async def test_funnel_totals_count_the_cohort(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    user = await calls_and_deals(sim, http, clock)
    body = {"type": "created-cohort", "cohort_relative_range": "this-month"}
    response = await http.post("report/funnel/opportunity/totals/", json=body)
    check(response)
    totals = response.json()["aggregations"]
    assert (totals["count"], totals["count_total_complete"], totals["count_total_won"]) == (2, 2, 1)
    assert totals["count_win_rate"] == 0.5
    assert (totals["value_total_won"], totals["value_total_complete"]) == (1_200_000, 1_205_000)
    assert [row["user_id"] for row in response.json()["data"]] == [user]
    last_year = {"type": "created-cohort", "cohort_relative_range": "last-year"}
    empty = (await http.post("report/funnel/opportunity/totals/", json=last_year)).json()
    assert empty["aggregations"]["count"] == 0 and empty["data"] == []
    unknown = await http.post("report/funnel/opportunity/totals/", json={"pipeline": "pipe_x"})
    check(unknown)
    assert unknown.status_code == 400
