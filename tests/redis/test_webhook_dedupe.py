"""Webhook dedupe on a real Redis: two receivers (two workers of one service) share it, so a
redelivery landing on the other worker is not handled again; with Redis gone, each
receiver still answers and dedupes on its own."""

from __future__ import annotations

import json
from typing import Any

import httpx
from fastapi import FastAPI
from redis_server import RedisServer

from close_api_client.models import WebhookDelivery
from custom._store import RedisStore
from custom.fastapi import webhook_router
from custom.webhooks import REDELIVERY_WINDOW, sign_payload

KEY = "5c" * 32
START = 1_700_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def body(event_id: str) -> bytes:
    event = {"id": event_id, "object_type": "lead", "action": "updated"}
    event["date_updated"] = "2026-03-10T15:00:00+00:00"
    return json.dumps({"event": event, "subscription_id": "whsub_1"}).encode()


class Worker:
    """One receiver process's app, with its own store object on the shared Redis."""

    def __init__(self, name: str, url: str, clock: Clock, handled: list[tuple[str, Any]]) -> None:
        self.name = name
        self.store = RedisStore(url, clock=clock, local_clock=clock)
        self.clock, self.handled = clock, handled

        async def handler(delivery: WebhookDelivery) -> None:
            handled.append((self.name, delivery.event.id))  # type: ignore[union-attr]

        app = FastAPI()
        app.include_router(
            webhook_router(handler, signature_key=KEY, path="/hook", store=self.store, clock=clock)
        )
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://w")

    async def deliver(self, payload: bytes) -> int:
        timestamp = str(int(self.clock.now))
        headers = {
            "close-sig-timestamp": timestamp,
            "close-sig-hash": sign_payload(payload, timestamp=timestamp, key=KEY),
        }
        return (await self.http.post("/hook", content=payload, headers=headers)).status_code


async def test_a_redelivery_on_another_worker_runs_the_handler_once(redis_url: str) -> None:
    clock, handled = Clock(), []
    first = Worker("worker0", redis_url, clock, handled)
    second = Worker("worker1", redis_url, clock, handled)
    assert await first.deliver(body("ev_1")) == 202
    clock.now += 3600  # Close retries later; the load balancer picks the other worker
    assert await second.deliver(body("ev_1")) == 202
    clock.now += REDELIVERY_WINDOW - 3600 - 1
    assert await second.deliver(body("ev_1")) == 202
    assert await second.deliver(body("ev_2")) == 202
    assert handled == [("worker0", "ev_1"), ("worker1", "ev_2")]
    clock.now += 1  # 72 h after the first delivery: remembered no longer
    assert await first.deliver(body("ev_1")) == 202
    assert handled[-1] == ("worker0", "ev_1")
    for worker in (first, second):
        assert worker.store.fallbacks == 0
        await worker.store.aclose()


async def test_with_redis_down_each_receiver_still_answers_and_dedupes_locally(
    own_redis: RedisServer,
) -> None:
    clock, handled = Clock(), []
    worker = Worker("worker0", own_redis.url, clock, handled)
    assert await worker.deliver(body("ev_1")) == 202
    own_redis.kill()
    assert await worker.deliver(body("ev_2")) == 202
    assert await worker.deliver(body("ev_2")) == 202  # the local store saw it
    assert [event for _, event in handled] == ["ev_1", "ev_2"]
    assert worker.store.fallbacks >= 2
    await worker.store.aclose()
