"""Activities (notes, calls, emails, the mixed list), tasks, statuses, custom fields, users."""

import httpx

from custom.simulator import CloseSimulator


async def test_note_call_and_email_crud_with_close_shapes(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    lead = (await http.post("lead/", json={"name": "L"})).json()
    note = (await http.post("activity/note/", json={"lead_id": lead["id"], "note": "hi"})).json()
    assert note["_type"] == "Note" and note["id"].startswith("acti_")
    assert note["user_name"] == "Ada Lovelace" and note["lead_id"] == lead["id"]
    updated = (await http.put(f"activity/note/{note['id']}/", json={"note": "bye"})).json()
    assert updated["note"] == "bye" and updated["date_created"] == note["date_created"]
    call = (
        await http.post(
            "activity/call/", json={"lead_id": lead["id"], "phone": "6505551234", "duration": 153}
        )
    ).json()
    assert call["_type"] == "Call" and call["remote_phone_formatted"] == "+1 650-555-1234"
    assert call["status"] == "completed" and call["direction"] == "outbound"
    email = (
        await http.post(
            "activity/email/",
            json={
                "lead_id": lead["id"],
                "status": "outbox",
                "to": ["a@example.com"],
                "subject": "S",
            },
        )
    ).json()
    assert email["_type"] == "Email" and email["status"] == "sent" and email["date_sent"]
    assert (await http.get(f"activity/call/{note['id']}/")).status_code == 404  # wrong type
    assert (await http.delete(f"activity/note/{note['id']}/")).json() == {}
    assert (await http.get(f"activity/note/{note['id']}/")).status_code == 404
    assert (await http.post("activity/note/", json={"note": "x"})).status_code == 400


async def test_generic_activity_list_mixes_types_and_filters_by_type(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    (lead_id,) = sim.seed_leads(1, activities_per_lead=2)
    types = {
        a["_type"]
        for a in (await http.get("activity/", params={"lead_id": lead_id})).json()["data"]
    }
    assert types == {"Created", "Note", "Call"}
    only = (
        await http.get("activity/", params={"lead_id": lead_id, "_type__in": "note,call"})
    ).json()
    assert {a["_type"] for a in only["data"]} == {"Note", "Call"}


async def test_lead_status_change_is_recorded_as_an_activity(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    lead = (await http.post("lead/", json={"name": "L"})).json()
    await http.put(f"lead/{lead['id']}/", json={"status": "Customer"})
    (change,) = (await http.get("activity/status_change/lead/")).json()["data"]
    assert change["old_status_label"] == "Potential" and change["new_status_label"] == "Customer"


async def test_tasks_default_to_lead_type_and_views(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    lead = (await http.post("lead/", json={"name": "L"})).json()
    today = (
        await http.post("task/", json={"lead_id": lead["id"], "text": "call", "date": "2026-03-10"})
    ).json()
    later = (
        await http.post(
            "task/", json={"lead_id": lead["id"], "text": "later", "date": "2026-04-01"}
        )
    ).json()
    assert today["_type"] == "lead" and today["id"].startswith("task_")
    assert today["assigned_to_name"] == "Ada Lovelace" and today["lead_name"] == "L"
    inbox = (await http.get("task/", params={"view": "inbox"})).json()["data"]
    assert [t["id"] for t in inbox] == [today["id"]]
    future = (await http.get("task/", params={"view": "future"})).json()["data"]
    assert [t["id"] for t in future] == [later["id"]]
    done = (await http.put(f"task/{today['id']}/", json={"is_complete": True})).json()
    assert done["is_complete"] is True
    assert [
        t["id"] for t in (await http.get("task/", params={"is_complete": "true"})).json()["data"]
    ] == [today["id"]]
    actions = [e["action"] for e in sim.event_log if e["object_id"] == today["id"]]
    assert actions == ["created", "updated", "completed"]
    assert (
        await http.post("task/", json={"lead_id": lead["id"], "_type": "voicemail", "text": "x"})
    ).status_code == 400


async def test_statuses_crud(http: httpx.AsyncClient) -> None:
    labels = [s["label"] for s in (await http.get("status/lead/")).json()["data"]]
    assert labels == ["Potential", "Bad Fit", "Qualified", "Customer"]
    created = (await http.post("status/lead/", json={"label": "Trial"})).json()
    assert created["id"].startswith("stat_")
    renamed = (await http.put(f"status/lead/{created['id']}/", json={"label": "Trialing"})).json()
    assert renamed["label"] == "Trialing"
    assert (await http.delete(f"status/lead/{created['id']}/")).json() == {}
    opp_statuses = (await http.get("status/opportunity/")).json()["data"]
    assert [(s["label"], s["type"]) for s in opp_statuses] == [
        ("Active", "active"),
        ("Won", "won"),
        ("Lost", "lost"),
    ]
    bad = await http.post("status/opportunity/", json={"label": "X", "type": "maybe"})
    assert bad.status_code == 400


async def test_custom_field_definitions_and_values(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    field = (await http.post("custom_field/lead/", json={"name": "Plan", "type": "text"})).json()
    assert field["id"].startswith("cf_") and field["type"] == "text"
    lead = (await http.post("lead/", json={"name": "L", f"custom.{field['id']}": "Pro"})).json()
    assert lead[f"custom.{field['id']}"] == "Pro"
    listed = (await http.get("custom_field/lead/")).json()["data"]
    assert "Plan" in [f["name"] for f in listed]
    await http.delete(f"custom_field/lead/{field['id']}/")
    assert f"custom.{field['id']}" not in (await http.get(f"lead/{lead['id']}/")).json()
    contact_field = sim.add_custom_field("contact", "Role", "text")
    contact = (
        await http.post("contact/", json={"lead_id": lead["id"], f"custom.{contact_field}": "x"})
    ).json()
    assert contact[f"custom.{contact_field}"] == "x"


async def test_users_and_me(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    me = (await http.get("me/")).json()
    assert me["first_name"] == "Ada" and me["email"] == "ada@example.com"
    assert me["organizations"][0]["id"] == sim.store.organization_id
    assert me["memberships"][0]["user_id"] == me["id"]
    users = (await http.get("user/")).json()
    assert len(users["data"]) == 3 and users["has_more"] is False
    one = (await http.get(f"user/{users['data'][1]['id']}/")).json()
    assert one["first_name"] == "Bruce"
    assert (await http.get("user/user_nope0000000000/")).status_code == 404
