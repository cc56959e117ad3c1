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

import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

try:
    from fastapi import APIRouter, BackgroundTasks, FastAPI, HTTPException, Request, Response
except ImportError as exc:  # the base install has no FastAPI: say which extra brings it
    raise ImportError(
        "custom.fastapi needs FastAPI, which the base install leaves out: "
        "pip install 'close-api-client[fastapi]'",
        name=exc.name,
    ) from exc

from close_api_client import AuthenticatedClient
from close_api_client.models import Event, WebhookDelivery
from close_api_client.types import Unset

from ._client import create_client
from ._jsonable import CloseModel, jsonable
from .webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_webhook,
    verify_signature,
)

__all__ = ["CloseModel", "close_lifespan", "get_close_client", "jsonable", "webhook_router"]

_STATE_KEY = "close_client"
WebhookHandler = Callable[[WebhookDelivery], Awaitable[None]]
_logger = logging.getLogger(__name__)


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


_EventKey = tuple[str, str]


def _event_key(event: Event) -> _EventKey | None:
    """What makes a delivery a duplicate: the event id and its ``date_updated``.

    Close consolidates quick updates of one object into one event (same id, later
    ``date_updated``); such a newer version is not a duplicate and reaches the handler.
    """
    if not isinstance(event.id, str):
        return None
    updated = event.date_updated
    return event.id, "" if isinstance(updated, Unset) else updated.isoformat()


class _SeenEvents:
    """Event keys delivered within the last ``window`` seconds (bounded, oldest first)."""

    def __init__(self, window: float, clock: Callable[[], float], max_size: int = 100_000):
        self._window, self._clock, self._max_size = window, clock, max_size
        self._seen: OrderedDict[_EventKey, float] = OrderedDict()

    def first_time(self, key: _EventKey) -> bool:
        now = self._clock()
        while self._seen and (
            next(iter(self._seen.values())) <= now - self._window
            or len(self._seen) >= self._max_size
        ):
            self._seen.popitem(last=False)
        if key in self._seen:
            return False
        self._seen[key] = now
        return True

    def forget(self, key: _EventKey) -> None:
        self._seen.pop(key, None)


async def _handle(
    handler: WebhookHandler, delivery: WebhookDelivery, seen: _SeenEvents, key: _EventKey | None
) -> None:
    """Run the handler after the response; the answer is sent, so a failure can only be
    logged. The event is forgotten, so a redelivery of it is handled again."""
    try:
        await handler(delivery)
    except Exception:
        if key is not None:
            seen.forget(key)
        event_id = key[0] if key is not None else "without id"
        _logger.exception("Close webhook handler failed for event %s", event_id)


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
    the signature is always checked before the body is parsed). Answers 401
    for a missing, forged or stale signature, 400 for a body that is not a delivery, and
    202 otherwise; ``handler`` then runs in the background, once per event id within
    ``dedupe_window`` seconds (Close retries deliveries and may send an event twice). A
    consolidated event (same id, later ``date_updated``) is a new version and is handled
    again. ``clock`` (unix seconds) is used both for the timestamp check and the window.
    A handler that raises is logged, and its event may then be handled on redelivery.
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
        assert isinstance(delivery.event, Event)  # parse_webhook requires an event object
        key = _event_key(delivery.event)
        if key is None or seen.first_time(key):
            background.add_task(_handle, handler, delivery, seen, key)
        return Response(status_code=202)

    return router


def _authentic_delivery(
    request: Request,
    payload: bytes,
    keys: list[str],
    tolerance: float,
    now: float,
) -> WebhookDelivery:
    missing = [name for name in (SIGNATURE_HEADER, TIMESTAMP_HEADER) if name not in request.headers]
    if missing:
        headers = " and ".join(missing) + (" headers" if len(missing) > 1 else " header")
        raise HTTPException(status_code=401, detail=f"invalid Close webhook: missing {headers}")
    failure = WebhookSignatureError("no signature key configured")
    for key in keys:
        try:
            verify_signature(
                payload,
                timestamp=request.headers[TIMESTAMP_HEADER],
                signature=request.headers[SIGNATURE_HEADER],
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
