"""Many concurrent requests on one loop, and in-process plus uvicorn-thread traffic at once."""

import asyncio

import httpx

from custom.simulator import CloseSimulator, WebhookDelivery


async def test_fifty_concurrent_creates_are_each_applied_once(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    responses = await asyncio.gather(
        *(http.post("lead/", json={"name": f"L{i}"}) for i in range(50))
    )
    assert all(r.status_code == 200 for r in responses)
    assert len({r.json()["id"] for r in responses}) == 50
    assert len([e for e in sim.event_log if e["object_type"] == "lead"]) == 50


async def test_in_process_and_loopback_clients_share_one_state_and_webhooks_drain() -> None:
    sim = CloseSimulator(seed=2)
    received: list[WebhookDelivery] = []

    async def handler(delivery: WebhookDelivery) -> None:
        received.append(delivery)

    sim.deliver_to(handler)
    with sim.serve() as url:
        async with (
            sim.client() as local,
            httpx.AsyncClient(base_url=url + "/api/v1/", auth=("test_key", "")) as remote,
        ):
            await local.post(
                "webhook/",
                json={
                    "url": "https://x.example",
                    "events": [{"object_type": "lead", "action": "created"}],
                },
            )
            await asyncio.gather(
                *(client.post("lead/", json={"name": "n"}) for client in [local, remote] * 10)
            )
            total = (await remote.get("lead/")).json()["total_results"]
            await sim.drain_webhooks()  # includes deliveries queued on uvicorn's loop
    assert total == 20
    assert len(received) == 20 and all(d.done for d in sim.webhook_deliveries)


async def test_webhook_delivery_over_real_http_to_a_loopback_receiver() -> None:
    receiver = CloseSimulator(seed=3)  # any loopback HTTP server will do; log shows the POST
    sim = CloseSimulator(seed=4)
    with receiver.serve() as receiver_url:
        sim.deliver_to(receiver_url + "/api/v1/hooks/")
        async with sim.client() as http:
            await http.post(
                "webhook/",
                json={
                    "url": "https://x.example",
                    "events": [{"object_type": "lead", "action": "created"}],
                },
            )
            await http.post("lead/", json={"name": "n"})
            await sim.drain_webhooks()
    (delivery,) = sim.webhook_deliveries
    assert delivery.status_code == 401  # the receiver wants auth; the POST did arrive
    assert receiver.requests[-1].path == "/api/v1/hooks/"
    assert "close-sig-hash" in receiver.requests[-1].headers
