"""Offset lists: _skip/_limit/has_more, caps, _fields, filters, _order_by and `query`."""

from datetime import timedelta
from typing import Any

import httpx
import pytest

from custom.simulator import CloseSimulator

from .conftest import FakeClock


async def test_skip_and_limit_page_through_every_lead_once(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = sim.seed_leads(25)
    seen: list[str] = []
    skip = 0
    while True:
        page = (await http.get("lead/", params={"_skip": skip, "_limit": 10})).json()
        seen += [lead["id"] for lead in page["data"]]
        assert page["total_results"] == 25
        if not page["has_more"]:
            break
        skip += 10
    assert seen == ids


async def test_limit_and_skip_beyond_the_caps_get_400_with_close_messages(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.max_limit, sim.max_skip = 50, 100
    too_big = await http.get("lead/", params={"_limit": 51})
    assert too_big.status_code == 400
    assert too_big.json()["error"] == (
        "The limit you set is larger than the maximum limit for this resource (max_limit = 50)"
    )
    too_deep = await http.get("contact/", params={"_skip": 101})
    assert too_deep.json() == {
        "error": "The skip you set is larger than the maximum skip for this resource "
        "(max_skip = 100)"
    }
    assert (await http.get("lead/", params={"_skip": 100})).status_code == 200


async def test_fields_trims_objects_and_custom_brings_all_custom_fields(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.seed_leads(2)
    page = (await http.get("lead/", params={"_fields": "id,display_name"})).json()
    assert all(set(lead) == {"id", "display_name"} for lead in page["data"])
    page = (await http.get("lead/", params={"_fields": "id,custom"})).json()
    source = sim.custom_field_id("lead", "Lead Source")
    assert {"id", "custom", f"custom.{source}"} <= set(page["data"][0])


async def test_filters_by_lead_user_and_date_created(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = sim.seed_leads(10, days=10)
    contacts = (await http.get("contact/", params={"lead_id": ids[3]})).json()["data"]
    assert len(contacts) == 2 and {c["lead_id"] for c in contacts} == {ids[3]}
    user_id = sim.store.opportunities.of_lead(ids[0])[0]["user_id"]
    opps = (await http.get("opportunity/", params={"user_id": user_id})).json()["data"]
    assert opps and all(o["user_id"] == user_id for o in opps)
    middle = sim.store.leads.get(ids[5])
    assert middle is not None
    after = (await http.get("lead/", params={"date_created__gt": middle["date_created"]})).json()
    assert [lead["id"] for lead in after["data"]] == ids[6:]
    upto = (await http.get("lead/", params={"date_created__lte": middle["date_created"]})).json()
    assert [lead["id"] for lead in upto["data"]] == ids[:6]
    bad = await http.get("lead/", params={"date_created__gt": "yesterday-ish"})
    assert bad.status_code == 400


async def test_order_by_field_or_minus_field(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    sim.seed_leads(6)
    values = [
        o["value"]
        for o in (await http.get("opportunity/", params={"_order_by": "-value"})).json()["data"]
    ]
    assert values == sorted(values, reverse=True)
    names = [
        lead["display_name"]
        for lead in (await http.get("lead/", params={"_order_by": "name"})).json()["data"]
    ]
    assert names == sorted(names, key=str.lower)


async def test_query_subset_name_status_words_and_boolean_operators(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    for name, status in (
        ("Acme Corp", "Potential"),
        ("Acme Labs", "Qualified"),
        ("Zeta", "Potential"),
    ):
        await http.post("lead/", json={"name": name, "status": status})

    async def names(query: str) -> list[str]:
        response = await http.get("lead/", params={"query": query})
        assert response.status_code == 200, response.text
        return sorted(lead["name"] for lead in response.json()["data"])

    assert await names("name:acme") == ["Acme Corp", "Acme Labs"]
    assert await names('status:"Potential"') == ["Acme Corp", "Zeta"]
    assert await names("acme status:qualified") == ["Acme Labs"]
    assert await names("zeta or labs") == ["Acme Labs", "Zeta"]
    assert await names("acme not corp") == ["Acme Labs"]
    assert await names("-name:acme") == ["Zeta"]
    assert await names('"acme corp"') == ["Acme Corp"]
    ordered = (await http.get("lead/", params={"query": "sort:-name"})).json()["data"]
    assert [lead["name"] for lead in ordered] == ["Zeta", "Acme Labs", "Acme Corp"]
    assert (await http.get("lead/", params={"query": "colour:red"})).status_code == 400
    assert (await http.get("lead/", params={"query": "(acme"})).status_code == 400


async def test_created_today_uses_the_x_tz_offset_header(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    # 2026-03-10 15:00 UTC + 10h: 2026-03-11 01:00 UTC is still the 10th at UTC-4.
    clock.advance(timedelta(hours=10).total_seconds())
    await http.post("lead/", json={"name": "Late"})
    utc = (await http.get("lead/", params={"query": "created:today"})).json()["data"]
    new_york = (
        await http.get("lead/", params={"query": "created:today"}, headers={"x-tz-offset": "-4"})
    ).json()["data"]
    assert [lead["name"] for lead in utc] == ["Late"]
    assert [lead["name"] for lead in new_york] == ["Late"]
    clock.advance(timedelta(hours=4).total_seconds())  # 05:00 UTC on the 11th, 01:00 at UTC-4
    utc = (await http.get("lead/", params={"query": "created:today"})).json()["data"]
    new_york = (
        await http.get("lead/", params={"query": "created:today"}, headers={"x-tz-offset": "-4"})
    ).json()["data"]
    assert [lead["name"] for lead in utc] == ["Late"]
    assert new_york == []  # in New York the lead was created yesterday
    yesterday = await http.get(
        "lead/", params={"query": "created:yesterday"}, headers={"x-tz-offset": "-4"}
    )
    assert [lead["name"] for lead in yesterday.json()["data"]] == ["Late"]


async def test_custom_field_query_and_opportunity_query(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    source = sim.custom_field_id("lead", "Lead Source")
    await http.post("lead/", json={"name": "Web", f"custom.{source}": "Website"})
    await http.post("lead/", json={"name": "Ref", f"custom.{source}": "Referral"})
    found = (await http.get("lead/", params={"query": '"custom.Lead Source":website'})).json()
    assert [lead["name"] for lead in found["data"]] == ["Web"]
    lead_id = found["data"][0]["id"]
    await http.post("opportunity/", json={"lead_id": lead_id, "note": "important deal"})
    await http.post("opportunity/", json={"lead_id": lead_id, "note": "small"})
    notes = (await http.get("opportunity/", params={"query": "note:important"})).json()["data"]
    assert [o["note"] for o in notes] == ["important deal"]
    by_lead = (await http.get("opportunity/", params={"lead_query": "name:ref"})).json()
    assert by_lead["data"] == []


async def test_a_plain_page_serializes_only_its_own_leads(
    sim: CloseSimulator, http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without filters, query or order, a page costs its leads, not every lead's view: the
    throughput benchmark's walk over 5,000 leads was bound by the simulator otherwise."""
    ids = sim.seed_leads(60)
    shown: list[str] = []
    lead_view = sim.crm.lead_view

    def counting_view(record: dict[str, Any]) -> dict[str, Any]:
        shown.append(record["id"])
        return lead_view(record)

    monkeypatch.setattr(sim.crm, "lead_view", counting_view)
    page = (await http.get("lead/", params={"_skip": 20, "_limit": 10})).json()
    assert [lead["id"] for lead in page["data"]] == ids[20:30]
    assert page["total_results"] == 60 and page["has_more"] is True
    assert shown == ids[20:30]
    shown.clear()
    filtered = (await http.get("lead/", params={"_limit": 10, "query": "name:nobody"})).json()
    assert filtered["data"] == [] and len(shown) == 60  # a query reads every view, as before
