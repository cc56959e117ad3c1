"""``examples/fastapi_app.py`` under real uvicorn, with the simulator (also on loopback) as
its Close backend: leads through the SDK, signed webhooks, and a clean shutdown."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest
from conftest import WEBHOOK_PATH, AppServer, Listener, load_example

from close_api_client import AuthenticatedClient
from close_api_client.api.leads import create_lead, delete_lead, update_lead
from close_api_client.api.webhooks import create_webhook
from close_api_client.models import (
    EventAction,
    LeadCreate,
    LeadEvent,
    LeadUpdate,
    WebhookCreate,
    WebhookDelivery,
    WebhookSubscriptionEventCreate,
)
from custom import create_client
from custom.simulator import CloseSimulator

LEAD_EVENTS = [("lead", "created"), ("lead", "updated"), ("lead", "deleted")]


async def subscribe(close: AuthenticatedClient, url: str) -> str:
    """A subscription to lead events posting to ``url``; returns its signature key."""
    events = [
        WebhookSubscriptionEventCreate(object_type=o, action=EventAction(a)) for o, a in LEAD_EVENTS
    ]
    webhook = await create_webhook.asyncio(
        client=close, body=WebhookCreate(url=url, events=events, verify_ssl=False)
    )
    assert webhook is not None and isinstance(webhook.signature_key, str)
    return webhook.signature_key


async def test_leads_route_pages_through_the_sdk_with_the_callers_tz_offset(
    sim: CloseSimulator, example_env: pytest.MonkeyPatch, listener: Listener
) -> None:
    sim.seed_leads(130, contacts_per_lead=0, opportunities_per_lead=0, activities_per_lead=0)
    example_env.setenv("CLOSE_WEBHOOK_KEY", "00" * 32)
    with AppServer(load_example(), listener) as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            response = await http.get(
                "/leads", params={"limit": 120}, headers={"x-tz-offset": "-4"}
            )
            by_query = await http.get("/leads", params={"limit": 3, "x-tz-offset": "5.5"})
            zone = await http.get("/leads", params={"limit": 1, "x-tz-offset": "Asia/Kolkata"})
            searched = await http.get("/leads", params={"query": "status:Potential"})
            bad = await http.get("/leads", headers={"x-tz-offset": "Mars/Olympus"})
            out_of_range = await http.get("/leads", headers={"x-tz-offset": "20"})
    assert response.status_code == 200, response.text
    leads = response.json()
    assert len(leads) == 120 and len({lead["id"] for lead in leads}) == 120
    assert set(leads[0]) == {"id", "display_name", "status_label"}
    assert [lead["id"] for lead in by_query.json()] == [lead["id"] for lead in leads[:3]]
    assert zone.status_code == 200 and len(zone.json()) == 1
    assert searched.status_code == 200
    assert {lead["status_label"] for lead in searched.json()} <= {"Potential"}
    assert bad.status_code == 400 and "Mars/Olympus" in bad.json()["detail"]
    assert out_of_range.status_code == 400
    assert "between -12 and +14" in out_of_range.json()["detail"]

    lists = [r for r in sim.requests if (r.method, r.path) == ("GET", "/api/v1/lead/")]
    offsets = [r.headers.get("x-tz-offset") for r in lists]
    pages = offsets.count("-4")
    assert pages >= 2  # 120 leads take more than one page (at most 100 a page)
    # header, query parameter, zone name (read as hours), none; the 400s never reached Close
    assert offsets == ["-4"] * pages + ["5.5", "5.5", None]
    assert lists[-1].query["query"] == "status:Potential"


async def test_signed_webhooks_reach_the_handler_once_per_event(
    sim: CloseSimulator, sim_url: str, example_env: pytest.MonkeyPatch, listener: Listener
) -> None:
    webhook_url = listener.url + WEBHOOK_PATH
    async with create_client(api_key="test_key", base_url=sim_url) as close:
        # Two subscriptions post to the same endpoint: every event arrives twice, under two
        # keys, like a retried delivery; the handler must still see it once.
        keys = [await subscribe(close, webhook_url), await subscribe(close, webhook_url)]
        example_env.setenv("CLOSE_WEBHOOK_KEY", ",".join(keys))
        with AppServer(load_example(), listener) as server:
            app = server.app
            created = []
            for name in ("Acme", "Globex", "Initech"):
                lead = await create_lead.asyncio(client=close, body=LeadCreate(name=name))
                assert lead is not None and isinstance(lead.id, str)
                created.append(lead.id)
            await update_lead.asyncio(created[0], client=close, body=LeadUpdate(name="Acme Inc"))
            await delete_lead.asyncio(created[2], client=close)
            await sim.drain_webhooks()

            deliveries = sim.webhook_deliveries
            # and one delivery replayed byte for byte, as a retry would be
            async with httpx.AsyncClient() as http:
                replay = await http.post(
                    webhook_url, content=deliveries[0].body, headers=deliveries[0].headers
                )
            assert replay.status_code == 202
    # stopped: uvicorn waited for the background handlers, so the record is complete

    events = [e for e in sim.event_log if (e["object_type"], e["action"]) in LEAD_EVENTS]
    assert [(e["object_type"], e["action"]) for e in events] == [
        ("lead", "created"),
        ("lead", "created"),
        ("lead", "created"),
        ("lead", "updated"),
        ("lead", "deleted"),
    ]
    assert len(deliveries) == 2 * len(events)
    assert [(d.status_code, d.error) for d in deliveries] == [(202, None)] * len(deliveries)
    assert {d.subscription_id for d in deliveries} == {d.subscription_id for d in deliveries[:2]}

    handled: list[WebhookDelivery] = app.state.webhook_events
    handled_ids = Counter(d.event.id for d in handled)
    assert handled_ids == Counter(e["id"] for e in events)  # every event, exactly once
    assert len(handled) == len(events)
    by_id = {d.event.id: d for d in handled}
    update = next(e for e in events if e["action"] == "updated")
    parsed = by_id[update["id"]].event
    assert isinstance(parsed, LeadEvent)  # typed by its object_type
    assert parsed.object_id == created[0] and parsed.changed_fields == update["changed_fields"]
    assert by_id[update["id"]].subscription_id in {d.subscription_id for d in deliveries}


async def test_shutdown_closes_the_shared_client_and_its_connections(
    sim: CloseSimulator, example_env: pytest.MonkeyPatch, listener: Listener
) -> None:
    sim.seed_leads(3, contacts_per_lead=0, opportunities_per_lead=0, activities_per_lead=0)
    example_env.setenv("CLOSE_WEBHOOK_KEY", "00" * 32)
    server = AppServer(load_example(), listener)
    with server:
        client = server.app.state.close_client
        assert isinstance(client, AuthenticatedClient)
        async with httpx.AsyncClient(base_url=server.url) as http:
            for _ in range(3):
                assert (await http.get("/leads")).status_code == 200
        http_client = client.get_async_httpx_client()
        pool = http_client._transport._shared.inner._pool  # type: ignore[attr-defined]
        assert pool.connections, "the app kept a pooled connection to Close"
        assert not http_client.is_closed
    assert http_client.is_closed
    assert pool.connections == []
    assert not hasattr(server.app.state, "close_client")
    # one client for the whole application: every request went through the same pool
    assert len({r.headers.get("user-agent") for r in sim.requests}) == 1
