"""What a forger or a broken proxy might send to the example's webhook endpoint, under real
uvicorn: all rejected with a clear message, and none of it reaches the handler."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from conftest import WEBHOOK_PATH, AppServer, Listener
from fastapi import FastAPI

from close_api_client.models import WebhookDelivery
from custom.fastapi import webhook_router
from custom.webhooks import sign_payload

KEY = "6a" * 32
NOW = 1_767_225_600  # the receiver's injected clock (unix seconds): no wall-clock luck
OTHER_KEY = "b7" * 32
BODY = json.dumps(
    {
        "event": {"id": "ev_forged", "object_type": "lead", "action": "created"},
        "subscription_id": "whsub_1",
    }
).encode()


@dataclass
class Attempt:
    body: bytes = BODY
    headers: dict[str, str] = field(default_factory=dict)


def signed(body: bytes = BODY, *, key: str = KEY, skew: int = 0) -> Attempt:
    timestamp = str(NOW + skew)
    return Attempt(
        body,
        {
            "close-sig-timestamp": timestamp,
            "close-sig-hash": sign_payload(body, timestamp=timestamp, key=key),
        },
    )


def with_headers(attempt: Attempt, **changes: str) -> Attempt:
    headers = dict(attempt.headers)
    for name, value in changes.items():
        headers[name.replace("_", "-")] = value
    return Attempt(attempt.body, headers)


def without(attempt: Attempt, *names: str) -> Attempt:
    return Attempt(attempt.body, {k: v for k, v in attempt.headers.items() if k not in names})


def forged_hash() -> Attempt:
    return with_headers(signed(), close_sig_hash="0f" * 32)


def tampered_body() -> Attempt:
    attempt = signed()
    return Attempt(attempt.body.replace(b"created", b"deleted"), attempt.headers)


def truncated_body() -> Attempt:
    attempt = signed()
    return Attempt(attempt.body[:-7], attempt.headers)


def timestamp_swapped() -> Attempt:
    """A valid signature replayed under a fresh timestamp header."""
    old = signed(skew=-3600)
    return with_headers(old, close_sig_timestamp=str(NOW))


REJECTED: dict[str, tuple[Callable[[], Attempt], str]] = {
    "forged hash": (forged_hash, "does not match"),
    "wrong key": (lambda: signed(key=OTHER_KEY), "does not match"),
    "tampered body": (tampered_body, "does not match"),
    "truncated body": (truncated_body, "does not match"),
    "timestamp swapped": (timestamp_swapped, "does not match"),
    "stale timestamp": (lambda: signed(skew=-301), "too old"),
    "future timestamp": (lambda: signed(skew=301), "future"),
    "non-hex hash": (lambda: with_headers(signed(), close_sig_hash="zz" * 32), "hex"),
    "short hash": (lambda: with_headers(signed(), close_sig_hash="abc123"), "hex"),
    "empty hash": (lambda: with_headers(signed(), close_sig_hash=""), "hex"),
    "empty timestamp": (lambda: with_headers(signed(), close_sig_timestamp=""), "unix seconds"),
    "decimal timestamp": (
        lambda: with_headers(signed(), close_sig_timestamp="1700000000.5"),
        "unix seconds",
    ),
    "huge timestamp": (
        lambda: with_headers(signed(), close_sig_timestamp="9" * 5000),
        "unix seconds",
    ),
    "no headers": (
        lambda: without(signed(), "close-sig-hash", "close-sig-timestamp"),
        "missing close-sig-hash and close-sig-timestamp headers",
    ),
    "no hash": (lambda: without(signed(), "close-sig-hash"), "missing close-sig-hash header"),
    "no timestamp": (
        lambda: without(signed(), "close-sig-timestamp"),
        "missing close-sig-timestamp header",
    ),
}

MALFORMED: dict[str, bytes] = {
    "not json": b"{not json",
    "not utf-8": b"\xff\xfe{}",
    "a list": b"[]",
    "no event": b'{"subscription_id": "whsub_1"}',
    "event not an object": b'{"event": "ev_1"}',
    "bad event date": b'{"event": {"id": "ev_1", "date_created": "yesterday"}}',
    "deeply nested": b'{"event": {"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
}


def receiver_app() -> FastAPI:
    """The receiver as an application mounts it (webhook key ``KEY``), on a fixed clock so
    the timestamp-tolerance cases are exact."""
    app = FastAPI()
    app.state.webhook_events = []

    async def record_event(delivery: WebhookDelivery) -> None:
        app.state.webhook_events.append(delivery)

    router = webhook_router(
        record_event, signature_key=KEY, path=WEBHOOK_PATH, clock=lambda: float(NOW)
    )
    app.include_router(router)
    return app


@pytest.fixture(scope="module")
def receiver() -> Iterator[AppServer]:
    """One receiver shared by the tests of this module."""
    with AppServer(receiver_app(), Listener()) as server:
        yield server


async def post(server: AppServer, attempt: Attempt) -> tuple[httpx.Response, list[Any]]:
    """Send ``attempt``; the response, and what the handler received because of it."""
    events = server.app.state.webhook_events
    before = len(events)
    async with httpx.AsyncClient(base_url=server.url) as http:
        response = await http.post(WEBHOOK_PATH, content=attempt.body, headers=attempt.headers)
    await asyncio.to_thread(server.settle)  # the handler would have run by now
    return response, events[before:]


@pytest.mark.parametrize("case", list(REJECTED))
async def test_unauthentic_deliveries_are_refused_with_401(case: str, receiver: AppServer) -> None:
    make, reason = REJECTED[case]
    response, handled = await post(receiver, make())
    assert response.status_code == 401, response.text
    detail = response.json()["detail"]
    assert detail.startswith("invalid Close webhook: ") and reason in detail
    assert len(detail) < 200  # a 5000-digit header is not echoed back
    assert handled == []


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_malformed_bodies_with_a_valid_signature_are_refused_with_400(
    case: str, receiver: AppServer
) -> None:
    response, handled = await post(receiver, signed(MALFORMED[case]))
    assert response.status_code == 400, response.text
    assert "webhook body" in response.json()["detail"]
    assert handled == []


async def test_the_same_delivery_signed_correctly_is_accepted(receiver: AppServer) -> None:
    """The control for the cases above: only the change made each of them fail."""
    response, handled = await post(receiver, signed())
    assert response.status_code == 202 and response.content == b""
    assert [d.event.id for d in handled] == ["ev_forged"]


@pytest.mark.parametrize("skew", [-300, 300])
async def test_a_timestamp_exactly_at_the_tolerance_is_accepted(
    skew: int, receiver: AppServer
) -> None:
    """The boundary, exact because the clock is injected: 300 s passes where 301 s fails."""
    body = BODY.replace(b"ev_forged", f"ev_skew{skew}".encode())  # not a duplicate
    response, handled = await post(receiver, signed(body, skew=skew))
    assert response.status_code == 202, response.text
    assert [d.event.id for d in handled] == [f"ev_skew{skew}"]
