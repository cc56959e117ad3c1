"""Webhook subscriptions and signed, non-blocking deliveries."""

import hashlib
import hmac
import json

import httpx

from custom.simulator import CloseSimulator, WebhookDelivery


def verify(key: str, headers: dict[str, str], body: bytes) -> bool:
    """Close's documented verification recipe."""
    data = headers["close-sig-timestamp"] + body.decode()
    expected = hmac.new(bytearray.fromhex(key), data.encode("utf-8"), hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers["close-sig-hash"], expected)


async def subscribe(http: httpx.AsyncClient, events: list[dict[str, object]]) -> dict[str, object]:
    response = await http.post(
        "webhook/", json={"url": "https://hooks.example.com/close", "events": events}
    )
    assert response.status_code == 201
    return dict(response.json())


async def test_subscription_crud_with_hex_signature_key(http: httpx.AsyncClient) -> None:
    created = await subscribe(http, [{"object_type": "lead", "action": "created"}])
    assert str(created["id"]).startswith("whsub_") and created["status"] == "active"
    assert len(bytes.fromhex(str(created["signature_key"]))) == 32
    assert created["verify_ssl"] is True
    paused = (await http.put(f"webhook/{created['id']}/", json={"status": "paused"})).json()
    assert paused["status"] == "paused" and paused["pause_reason"] == "api"
    assert [w["id"] for w in (await http.get("webhook/")).json()["data"]] == [created["id"]]
    assert (await http.delete(f"webhook/{created['id']}/")).json() == {}
    assert (await http.get(f"webhook/{created['id']}/")).status_code == 404
    assert (await http.post("webhook/", json={"url": "https://x", "events": []})).status_code == 400


async def test_matching_events_are_delivered_signed_to_a_callable(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    received: list[WebhookDelivery] = []

    async def handler(delivery: WebhookDelivery) -> int:
        received.append(delivery)
        return 200

    sim.deliver_to(handler)
    sub = await subscribe(http, [{"object_type": "lead", "action": "created"}])
    lead = (await http.post("lead/", json={"name": "Hooked"})).json()
    await http.put(f"lead/{lead['id']}/", json={"name": "Not subscribed"})
    await sim.drain_webhooks()
    (delivery,) = received
    payload = json.loads(delivery.body)
    assert payload["subscription_id"] == sub["id"]
    assert payload["event"]["object_id"] == lead["id"] and payload["event"]["action"] == "created"
    assert verify(str(sub["signature_key"]), delivery.headers, delivery.body)
    assert delivery.headers["close-sig-timestamp"] == str(int(sim.store.now().timestamp()))
    assert sim.webhook_deliveries[0].status_code == 200


async def test_extra_filter_and_paused_subscriptions(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    received: list[WebhookDelivery] = []

    async def handler(delivery: WebhookDelivery) -> None:
        received.append(delivery)

    sim.deliver_to(handler)
    only_big = {
        "object_type": "opportunity",
        "action": "created",
        "extra_filter": {
            "type": "field_accessor",
            "field": "data",
            "filter": {
                "type": "field_accessor",
                "field": "note",
                "filter": {"type": "contains", "value": "big"},
            },
        },
    }
    await subscribe(http, [only_big])
    paused = await subscribe(http, [{"object_type": "opportunity", "action": "created"}])
    await http.put(f"webhook/{paused['id']}/", json={"status": "paused"})
    lead = (await http.post("lead/", json={"name": "L"})).json()
    await http.post("opportunity/", json={"lead_id": lead["id"], "note": "a big one"})
    await http.post("opportunity/", json={"lead_id": lead["id"], "note": "small"})
    await sim.drain_webhooks()
    assert [d.json()["event"]["data"]["note"] for d in received] == ["a big one"]


async def test_delivery_through_an_asgi_transport_reaches_your_app(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    seen: list[tuple[str, bytes]] = []

    async def receiver(scope, receive, send):  # type: ignore[no-untyped-def]
        message = await receive()
        seen.append((scope["path"], message["body"]))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    sim.deliver_to(httpx.ASGITransport(app=receiver))
    await subscribe(http, [{"object_type": "contact", "action": "created"}])
    lead = (await http.post("lead/", json={"name": "L", "contacts": [{"name": "C"}]})).json()
    await sim.drain_webhooks()
    assert [path for path, _ in seen] == ["/close"]
    assert json.loads(seen[0][1])["event"]["object_id"] == lead["contacts"][0]["id"]
    assert sim.webhook_deliveries[0].status_code == 204


async def test_failed_delivery_is_recorded_and_never_breaks_the_api(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    async def broken(delivery: WebhookDelivery) -> None:
        raise ConnectionError("receiver down")

    sim.deliver_to(broken)
    await subscribe(http, [{"object_type": "lead", "action": "created"}])
    assert (await http.post("lead/", json={"name": "L"})).status_code == 200
    await sim.drain_webhooks()
    assert sim.webhook_deliveries[0].error == "ConnectionError: receiver down"
