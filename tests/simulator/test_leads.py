"""Leads: Close's shapes, nested contacts, custom fields, update, delete and merge."""

import re

import httpx

from custom.simulator import CloseSimulator

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}000\+00:00$")


async def test_created_lead_has_close_shape_with_nested_contacts_and_custom_fields(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    source = sim.custom_field_id("lead", "Lead Source")
    response = await http.post(
        "lead/",
        json={
            "name": "Bluth Company",
            "status": "Qualified",
            "contacts": [{"name": "Gob", "phones": [{"type": "office", "phone": "8004445555"}]}],
            f"custom.{source}": "Website",
            "addresses": [{"label": "business", "city": "San Francisco"}],
        },
    )
    assert response.status_code == 200
    lead = response.json()
    assert re.match(r"^lead_[A-Za-z0-9]{43}$", lead["id"])
    assert lead["display_name"] == "Bluth Company"
    assert lead["status_label"] == "Qualified"
    assert lead["status_id"] == sim.lead_status_id("Qualified")
    assert lead["organization_id"].startswith("orga_")
    assert TIMESTAMP.match(lead["date_created"])
    assert lead[f"custom.{source}"] == "Website"
    assert lead["custom"] == {"Lead Source": "Website"}
    assert lead["opportunities"] == [] and lead["tasks"] == []
    (contact,) = lead["contacts"]
    assert contact["id"].startswith("cont_") and contact["lead_id"] == lead["id"]
    assert contact["phones"][0] == {
        "phone": "+18004445555",
        "phone_formatted": "+1 800-444-5555",
        "type": "office",
        "country": "US",
    }
    fetched = (await http.get(f"lead/{lead['id']}/")).json()
    assert fetched == lead


async def test_put_is_a_patch_and_null_unsets_a_custom_field(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    source = sim.custom_field_id("lead", "Lead Source")
    lead = (await http.post("lead/", json={"name": "A", f"custom.{source}": "Event"})).json()
    updated = (await http.put(f"lead/{lead['id']}/", json={"description": "new"})).json()
    assert updated["name"] == "A" and updated["description"] == "new"
    assert updated[f"custom.{source}"] == "Event"
    cleared = (await http.put(f"lead/{lead['id']}/", json={f"custom.{source}": None})).json()
    assert f"custom.{source}" not in cleared and cleared["custom"] == {}


async def test_multi_value_custom_fields_support_add_and_remove(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    industry = sim.custom_field_id("lead", "Industry")
    lead = (await http.post("lead/", json={"name": "A", f"custom.{industry}": ["IT"]})).json()
    lead = (await http.put(f"lead/{lead['id']}/", json={f"custom.{industry}.add": "Cars"})).json()
    assert lead[f"custom.{industry}"] == ["IT", "Cars"]
    lead = (await http.put(f"lead/{lead['id']}/", json={f"custom.{industry}.remove": "IT"})).json()
    assert lead[f"custom.{industry}"] == ["Cars"]


async def test_invalid_input_gets_400_with_field_errors(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    unknown = await http.post("lead/", json={"name": "A", "custom.cf_nope": 1})
    assert unknown.status_code == 400 and "custom.cf_nope" in unknown.json()["field-errors"]
    employees = sim.custom_field_id("lead", "Employees")
    wrong = await http.post("lead/", json={"name": "A", f"custom.{employees}": "many"})
    assert wrong.status_code == 400
    assert (await http.post("lead/", json={"status_id": "stat_nope"})).status_code == 400
    assert (
        await http.post("lead/", content=b"{", headers={"content-type": "application/json"})
    ).status_code == 400
    assert (
        await http.post("lead/", content=b"a=b", headers={"content-type": "text/plain"})
    ).status_code == 415


async def test_missing_objects_and_methods_get_404_and_405(http: httpx.AsyncClient) -> None:
    missing = await http.get("lead/lead_doesnotexist0000000/")
    assert missing.status_code == 404 and "error" in missing.json()
    assert (await http.get("nothing/here/")).status_code == 404
    assert (await http.delete("lead/")).status_code == 405


async def test_deleting_a_lead_deletes_its_children(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    (lead_id,) = sim.seed_leads(1)
    contact_id = sim.store.contacts.of_lead(lead_id)[0]["id"]
    assert (await http.delete(f"lead/{lead_id}/")).json() == {}
    assert (await http.get(f"lead/{lead_id}/")).status_code == 404
    assert (await http.get(f"contact/{contact_id}/")).status_code == 404
    assert (await http.get("activity/", params={"lead_id": lead_id})).json()["data"] == []


async def test_merge_moves_children_to_the_destination_and_deletes_the_source(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    source, destination = sim.seed_leads(2)
    response = await http.post("lead/merge/", json={"source": source, "destination": destination})
    assert response.status_code == 200 and response.json() == {}
    assert (await http.get(f"lead/{source}/")).status_code == 404
    merged = (await http.get(f"lead/{destination}/")).json()
    assert len(merged["contacts"]) == 4 and len(merged["opportunities"]) == 2
    merge_events = [e for e in sim.event_log if e["action"] == "merged"]
    assert merge_events[0]["meta"]["merge_source_lead_id"] == source
    bad = await http.post("lead/merge/", json={"source": destination, "destination": destination})
    assert bad.status_code == 400


async def test_seeding_is_deterministic_for_a_seed() -> None:
    first, second = CloseSimulator(seed=3), CloseSimulator(seed=3)
    assert first.seed_leads(5) == second.seed_leads(5)
    names = [[r["name"] for r in sim.store.leads] for sim in (first, second)]
    assert names[0] == names[1]
    assert CloseSimulator(seed=4).seed_leads(5) != first.seed_leads(5)
