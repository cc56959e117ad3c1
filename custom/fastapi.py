"""FastAPI integration: one shared client per application, and a safe webhook receiver.

One client per process matters: it owns the connection pool and the rate-limit gates, so
every request of the service shares one view of Close's limits. ``close_lifespan`` creates
it on startup and closes it on shutdown; ``get_close_client`` hands it to routes through
``Depends``. ``webhook_router`` verifies Close's signature on the raw body, answers at once
and runs the application's handler in the background, as Close recommends, so deliveries
never back up behind slow processing; a redelivered event id within a window reaches the
handler only once.

Requires the ``fastapi`` extra: ``pip install 'close-api-client[fastapi]'``.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from fastapi import APIRouter, BackgroundTasks, FastAPI, HTTPException, Request, Response

from close_api_client import AuthenticatedClient
from close_api_client.models import WebhookDelivery

from ._client import create_client
from .webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_webhook,
    verify_signature,
)

__all__ = ["close_lifespan", "get_close_client", "webhook_router"]

_STATE_KEY = "close_client"
WebhookHandler = Callable[[WebhookDelivery], Awaitable[None]]


def close_lifespan(
    **client_options: Any,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """A FastAPI ``lifespan`` that owns one Close client for the application's lifetime.

    ``client_options`` go to ``create_client`` (without an ``api_key`` it reads
    ``CLOSE_API_KEY``). Use it as ``FastAPI(lifespan=close_lifespan())``, or enter
    ``close_lifespan(...)(app)`` inside a lifespan of your own.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client = create_client(**client_options)
        setattr(app.state, _STATE_KEY, client)
        try:
            async with client:
                yield
        finally:
            delattr(app.state, _STATE_KEY)

    return lifespan


def get_close_client(request: Request) -> AuthenticatedClient:
    """``Depends`` provider: the application's shared client."""
    client = getattr(request.app.state, _STATE_KEY, None)
    if not isinstance(client, AuthenticatedClient):
        raise RuntimeError(
            "no Close client on this application: create it with FastAPI(lifespan=close_lifespan())"
        )
    return client


class _SeenEvents:
    """Event ids delivered within the last ``window`` seconds (bounded, oldest first)."""

    def __init__(self, window: float, clock: Callable[[], float], max_size: int = 100_000):
        self._window, self._clock, self._max_size = window, clock, max_size
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, event_id: str) -> bool:
        now = self._clock()
        while self._seen and (
            next(iter(self._seen.values())) < now - self._window or len(self._seen) > self._max_size
        ):
            self._seen.popitem(last=False)
        if event_id in self._seen:
            return False
        self._seen[event_id] = now
        return True


def webhook_router(
    handler: WebhookHandler,
    *,
    signature_key: str | Sequence[str],
    path: str = "/",
    tolerance: float = DEFAULT_TOLERANCE,
    dedupe_window: float = 3600.0,
    clock: Callable[[], float] = time.time,
) -> APIRouter:
    """A router with one POST route receiving Close webhook deliveries at ``path``.

    ``signature_key`` is the subscription's hex ``signature_key``, or several keys when
    several subscriptions deliver to this route (a delivery matching any is accepted;
    the signature is always checked before the body is read). Answers 401
    for a missing, forged or stale signature, 400 for a body that is not a delivery, and
    202 otherwise; ``handler`` then runs in the background, once per event id within
    ``dedupe_window`` seconds (Close retries deliveries and may send an event twice).
    """
    keys = [signature_key] if isinstance(signature_key, str) else list(signature_key)
    for key in keys:  # a malformed key is a configuration error: fail at startup, not per request
        try:
            bytes.fromhex(key)
        except ValueError:
            raise ValueError("signature_key must be the hex string Close returned") from None
    if not keys:
        raise ValueError("webhook_router needs at least one signature_key")
    seen = _SeenEvents(dedupe_window, clock)
    router = APIRouter()

    @router.post(path, status_code=202, include_in_schema=False)
    async def receive_close_webhook(request: Request, background: BackgroundTasks) -> Response:
        payload = await request.body()
        delivery = _authentic_delivery(request, payload, keys, tolerance, clock())
        event_id = delivery.event.id if isinstance(delivery.event.id, str) else None
        if event_id is None or seen.first_time(event_id):
            background.add_task(handler, delivery)
        return Response(status_code=202)

    return router


def _authentic_delivery(
    request: Request,
    payload: bytes,
    keys: list[str],
    tolerance: float,
    now: float,
) -> WebhookDelivery:
    failure = WebhookSignatureError("no signature key configured")
    for key in keys:
        try:
            verify_signature(
                payload,
                timestamp=request.headers.get(TIMESTAMP_HEADER, ""),
                signature=request.headers.get(SIGNATURE_HEADER, ""),
                key=key,
                tolerance=tolerance,
                now=now,
            )
            break
        except WebhookSignatureError as exc:
            failure = exc
    else:
        raise HTTPException(status_code=401, detail=f"invalid Close webhook: {failure.reason}")
    try:
        return parse_webhook(payload)
    except WebhookPayloadError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
