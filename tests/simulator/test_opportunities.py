"""Opportunities: computed fields, list aggregates, and the date_won default."""

from datetime import timedelta

import httpx

from custom.simulator import CloseSimulator

from .conftest import FakeClock


async def test_list_has_close_aggregates_over_all_matches_not_just_the_page(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    lead = (await http.post("lead/", json={"name": "L"})).json()
    for value, period, confidence in (
        (300000, "one_time", 75),
        (5000, "monthly", 50),
        (50000, "annual", 75),
    ):
        body = {"lead_id": lead["id"], "value": value, "value_period": period}
        await http.post("opportunity/", json=body | {"confidence": confidence})
    page = (await http.get("opportunity/", params={"_limit": 1})).json()
    assert len(page["data"]) == 1 and page["has_more"] is True
    assert page["total_results"] == 3
    assert page["count_by_value_period"] == {"one_time": 1, "monthly": 1, "annual": 1}
    assert page["total_value_one_time"] == 300000
    assert page["total_value_one_time_formatted"] == "$3,000"
    assert page["total_value_annualized"] == 300000 + 50000 + 5000 * 12
    assert page["expected_value_annualized"] == 225000 + 37500 + 2500 * 12
    monthly = next(
        o for o in (await http.get("opportunity/")).json()["data"] if o["value_period"] == "monthly"
    )
    assert monthly["value_formatted"] == "$50 monthly"
    assert monthly["annualized_value"] == 60000 and monthly["expected_value"] == 2500
    assert monthly["lead_name"] == "L" and monthly["status_type"] == "active"


async def test_moving_to_a_won_status_sets_date_won_to_today_in_the_callers_offset(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    lead = (await http.post("lead/", json={"name": "L"})).json()
    opp = (await http.post("opportunity/", json={"lead_id": lead["id"], "value": 100})).json()
    assert opp["date_won"] is None
    clock.advance(timedelta(hours=10).total_seconds())  # 2026-03-11 01:00 UTC
    won = sim.opportunity_status_id("Won")
    response = await http.put(
        f"opportunity/{opp['id']}/", json={"status_id": won}, headers={"x-tz-offset": "-4"}
    )
    assert response.json()["date_won"] == "2026-03-10"  # still the 10th at UTC-4
    assert response.json()["status_type"] == "won"
    other = (await http.post("opportunity/", json={"lead_id": lead["id"]})).json()
    utc = (await http.put(f"opportunity/{other['id']}/", json={"status_id": won})).json()
    assert utc["date_won"] == "2026-03-11"
    explicit = (await http.post("opportunity/", json={"lead_id": lead["id"]})).json()
    body = {"status_id": won, "date_won": "2026-01-01"}
    assert (await http.put(f"opportunity/{explicit['id']}/", json=body)).json()[
        "date_won"
    ] == "2026-01-01"
    changes = (await http.get("activity/status_change/opportunity/")).json()["data"]
    assert len(changes) == 3 and changes[0]["new_status_label"] == "Won"


async def test_invalid_opportunity_input_gets_400(http: httpx.AsyncClient) -> None:
    lead = (await http.post("lead/", json={"name": "L"})).json()
    bad_period = {"lead_id": lead["id"], "value_period": "weekly"}
    assert (await http.post("opportunity/", json=bad_period)).status_code == 400
    assert (await http.post("opportunity/", json={"value": 1})).status_code == 400
