"""``webhook_router`` and the lifespan helpers in-process, with an injected clock: the dedupe
window, handler failures, several keys, and configuration errors. (``httpx.ASGITransport``
returns only once the app, background tasks included, has finished.)"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any

import httpx
import pytest
from fastapi import Depends, FastAPI

from close_api_client import AuthenticatedClient
from close_api_client.models import WebhookDelivery
from custom.fastapi import close_lifespan, get_close_client, webhook_router
from custom.simulator import CloseSimulator
from custom.webhooks import DEFAULT_MAX_BODY_SIZE, REDELIVERY_WINDOW, sign_payload

Close = Annotated[AuthenticatedClient, Depends(get_close_client)]
KEY = "5c" * 32
SECOND_KEY = "e1" * 32
START = 1_700_000_000.0
WINDOW = 600.0


class FakeClock:
    """Unix seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def delivery_body(event_id: str | None, date_updated: str = "2026-03-10T15:00:00+00:00") -> bytes:
    event: dict[str, Any] = {"object_type": "lead", "action": "updated"}
    if event_id is not None:
        event |= {"id": event_id, "date_updated": date_updated}
    return json.dumps({"event": event, "subscription_id": "whsub_1"}).encode()


class Receiver:
    def __init__(
        self,
        *,
        keys: str | list[str] = KEY,
        handler: Callable[[WebhookDelivery], Awaitable[None]] | None = None,
        **options: Any,
    ) -> None:
        self.clock = FakeClock()
        self.handled: list[WebhookDelivery] = []
        app = FastAPI()
        options.setdefault("dedupe_window", WINDOW)
        app.include_router(
            webhook_router(
                handler or self.record,
                signature_key=keys,
                path="/hook",
                clock=self.clock,
                **options,
            )
        )
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://receiver"
        )

    async def record(self, delivery: WebhookDelivery) -> None:
        self.handled.append(delivery)

    async def send(self, body: bytes, *, key: str = KEY) -> int:
        """POST ``body`` signed at the current (fake) time; the status code."""
        timestamp = str(int(self.clock.now))
        headers = {
            "close-sig-timestamp": timestamp,
            "close-sig-hash": sign_payload(body, timestamp=timestamp, key=key),
        }
        return (await self.http.post("/hook", content=body, headers=headers)).status_code

    def signed_headers(self, body: bytes) -> dict[str, str]:
        timestamp = str(int(self.clock.now))
        return {
            "close-sig-timestamp": timestamp,
            "close-sig-hash": sign_payload(body, timestamp=timestamp, key=KEY),
        }

    def ids(self) -> list[Any]:
        return [d.event.id for d in self.handled]  # type: ignore[union-attr]


async def test_a_redelivery_within_the_window_is_handled_once_and_after_it_again() -> None:
    receiver = Receiver()
    assert await receiver.send(delivery_body("ev_1")) == 202
    receiver.clock.now += WINDOW - 1
    assert await receiver.send(delivery_body("ev_1")) == 202  # answered, not handled
    assert await receiver.send(delivery_body("ev_2")) == 202
    assert receiver.ids() == ["ev_1", "ev_2"]
    receiver.clock.now = START + WINDOW  # ev_1's window has passed; ev_2's has not
    assert await receiver.send(delivery_body("ev_1")) == 202
    assert await receiver.send(delivery_body("ev_2")) == 202
    assert receiver.ids() == ["ev_1", "ev_2", "ev_1"]


async def test_the_timestamp_check_uses_the_same_clock() -> None:
    receiver = Receiver()
    body = delivery_body("ev_1")
    timestamp = str(int(START))
    headers = {
        "close-sig-timestamp": timestamp,
        "close-sig-hash": sign_payload(body, timestamp=timestamp, key=KEY),
    }
    receiver.clock.now += 301
    response = await receiver.http.post("/hook", content=body, headers=headers)
    assert response.status_code == 401 and "too old" in response.json()["detail"]
    assert receiver.handled == []


async def test_a_consolidated_event_with_a_later_date_updated_is_a_new_version() -> None:
    receiver = Receiver()
    await receiver.send(delivery_body("ev_1", "2026-03-10T15:00:00+00:00"))
    await receiver.send(delivery_body("ev_1", "2026-03-10T15:00:02+00:00"))
    await receiver.send(delivery_body("ev_1", "2026-03-10T15:00:02+00:00"))
    assert receiver.ids() == ["ev_1", "ev_1"]
    assert [d.event.date_updated.second for d in receiver.handled] == [0, 2]  # type: ignore[union-attr]


async def test_events_without_an_id_cannot_be_deduplicated_and_are_all_handled() -> None:
    receiver = Receiver()
    await receiver.send(delivery_body(None))
    await receiver.send(delivery_body(None))
    assert len(receiver.handled) == 2


async def test_a_failing_handler_is_logged_and_its_event_can_be_redelivered(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[str] = []

    async def flaky(delivery: WebhookDelivery) -> None:
        calls.append(str(delivery.event.id))  # type: ignore[union-attr]
        if len(calls) == 1:
            raise RuntimeError("database is down")

    receiver = Receiver(handler=flaky)
    with caplog.at_level(logging.ERROR, logger="custom.fastapi"):
        assert await receiver.send(delivery_body("ev_1")) == 202  # already answered
    assert "failed for event ev_1" in caplog.text and "database is down" in caplog.text
    assert await receiver.send(delivery_body("ev_1")) == 202
    assert await receiver.send(delivery_body("ev_1")) == 202  # handled now: a duplicate
    assert calls == ["ev_1", "ev_1"]


async def test_with_several_keys_a_delivery_signed_with_any_of_them_is_accepted() -> None:
    receiver = Receiver(keys=[KEY, SECOND_KEY])
    assert await receiver.send(delivery_body("ev_1"), key=KEY) == 202
    assert await receiver.send(delivery_body("ev_2"), key=SECOND_KEY) == 202
    assert await receiver.send(delivery_body("ev_3"), key="00" * 32) == 401
    assert receiver.ids() == ["ev_1", "ev_2"]


@pytest.mark.parametrize("keys", ["not hex", [KEY, "abc"], []])
def test_a_bad_key_configuration_fails_when_the_router_is_built(keys: str | list[str]) -> None:
    async def handler(delivery: WebhookDelivery) -> None: ...

    with pytest.raises(ValueError, match="signature_key"):
        webhook_router(handler, signature_key=keys)


async def test_every_request_gets_the_one_client_of_the_application() -> None:
    sim = CloseSimulator(seed=1)
    transport = httpx.ASGITransport(app=sim.app)
    app = FastAPI(lifespan=close_lifespan(api_key="test_key", transport=transport))

    @app.get("/client")
    async def client_id(client: Close) -> int:
        return id(client)

    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://app"
        ) as http:
            ids = {(await http.get("/client")).json() for _ in range(3)}
        assert ids == {id(app.state.close_client)}
        client = app.state.close_client
    assert client.is_closed
    assert not hasattr(app.state, "close_client")


async def test_without_the_lifespan_the_dependency_explains_what_is_missing() -> None:
    app = FastAPI()

    @app.get("/client")
    async def client_id(client: Close) -> int:
        return id(client)

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
        with pytest.raises(RuntimeError, match="close_lifespan"):
            await http.get("/client")


class CountingBody:
    """A request body streamed in chunks, counting how many the server pulled."""

    def __init__(self, size: int, chunk: int = 64 * 1024) -> None:
        self.size, self.chunk, self.pulled = size, chunk, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        while sent < self.size:
            part = min(self.chunk, self.size - sent)
            self.pulled += 1
            sent += part
            yield b"x" * part


async def test_the_default_dedupe_window_is_closes_72_hour_redelivery_horizon() -> None:
    receiver = Receiver(dedupe_window=REDELIVERY_WINDOW)
    assert REDELIVERY_WINDOW == 72 * 3600
    await receiver.send(delivery_body("ev_1"))
    receiver.clock.now += 72 * 3600 - 1  # Close's last redelivery: still a duplicate
    await receiver.send(delivery_body("ev_1"))
    assert receiver.ids() == ["ev_1"]
    receiver.clock.now += 1
    await receiver.send(delivery_body("ev_1"))
    assert receiver.ids() == ["ev_1", "ev_1"]


def test_webhook_router_defaults_to_the_redelivery_window() -> None:
    defaults = inspect.signature(webhook_router).parameters
    assert defaults["dedupe_window"].default == REDELIVERY_WINDOW
    assert defaults["max_body_size"].default == DEFAULT_MAX_BODY_SIZE == 1024 * 1024


async def test_an_unsigned_upload_is_refused_before_its_body_is_read() -> None:
    receiver = Receiver()
    body = CountingBody(50 * 1024 * 1024)
    response = await receiver.http.post("/hook", content=body)
    assert response.status_code == 401 and "missing" in response.json()["detail"]
    assert body.pulled <= 1  # at most the chunk the transport hands over unasked


async def test_a_stale_or_malformed_signature_is_refused_before_the_body_is_read() -> None:
    receiver = Receiver()
    stale = {"close-sig-timestamp": str(int(START) - 301), "close-sig-hash": "ab" * 32}
    body = CountingBody(10 * 1024 * 1024)
    response = await receiver.http.post("/hook", content=body, headers=stale)
    assert response.status_code == 401 and "too old" in response.json()["detail"]
    fresh_bad_shape = {"close-sig-timestamp": str(int(START)), "close-sig-hash": "zz"}
    body = CountingBody(10 * 1024 * 1024)
    response = await receiver.http.post("/hook", content=body, headers=fresh_bad_shape)
    assert response.status_code == 401 and "64 hex digits" in response.json()["detail"]
    assert body.pulled <= 1


async def test_a_body_over_the_cap_is_answered_413_without_reading_the_rest() -> None:
    receiver = Receiver(max_body_size=256 * 1024)
    headers = receiver.signed_headers(b"irrelevant")  # the HMAC is checked after the cap
    declared = await receiver.http.post("/hook", content=b"x" * (256 * 1024 + 1), headers=headers)
    assert declared.status_code == 413 and "max_body_size" in declared.json()["detail"]
    streamed = CountingBody(50 * 1024 * 1024)  # chunked: no content-length to refuse early
    response = await receiver.http.post("/hook", content=streamed, headers=headers)
    assert response.status_code == 413
    assert streamed.pulled <= 256 // 64 + 2  # just past the cap, not 50 MB
    assert receiver.handled == []


async def test_a_body_at_the_cap_is_accepted() -> None:
    body = delivery_body("ev_1")
    receiver = Receiver(max_body_size=len(body))
    assert await receiver.send(body) == 202
    small = Receiver(max_body_size=len(body) - 1)
    assert await small.send(body) == 413
    assert receiver.ids() == ["ev_1"] and small.handled == []


@pytest.mark.parametrize("option", [{"max_body_size": 0}, {"dedupe_window": 0}])
def test_a_non_positive_cap_or_window_is_a_configuration_error(option: dict[str, int]) -> None:
    async def handler(delivery: WebhookDelivery) -> None: ...

    with pytest.raises(ValueError, match="positive"):
        webhook_router(handler, signature_key=KEY, **option)  # type: ignore[arg-type]
