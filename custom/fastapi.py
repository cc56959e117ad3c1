"""FastAPI integration: one shared client per application, and a safe webhook receiver.

One client per process matters: it owns the connection pool and the rate-limit gates, so
every request of the service shares one view of Close's limits. ``close_lifespan`` creates
it on startup and closes it on shutdown; ``get_close_client`` hands it to routes through
``Depends``. ``webhook_router`` verifies Close's signature on the raw body, answers at once
and runs the application's handler in the background, as Close recommends, so deliveries
never back up behind slow processing; a redelivered event within Close's 72-hour
redelivery window reaches the handler only once (across workers, with a shared store).

Requires the ``fastapi`` extra: ``pip install 'close-api-client[fastapi]'``.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, ParamSpec, Protocol

try:
    from fastapi import APIRouter, BackgroundTasks, FastAPI, HTTPException, Request, Response
except ImportError as exc:  # the base install has no FastAPI: say which extra brings it
    raise ImportError(
        "custom.fastapi needs FastAPI, which the base install leaves out: "
        "pip install 'close-api-client[fastapi]'",
        name=exc.name,
    ) from exc

from close_api_client import AuthenticatedClient
from close_api_client.models import WebhookDelivery
from close_api_client.types import Unset

from ._client import create_client
from ._jsonable import CloseModel, jsonable
from ._store import DedupeStore, MemoryStore
from .webhooks import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_TOLERANCE,
    REDELIVERY_WINDOW,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookPayloadError,
    WebhookSignatureError,
    check_signature_headers,
    parse_webhook,
    verify_signature,
)

__all__ = ["CloseModel", "close_lifespan", "get_close_client", "jsonable", "webhook_router"]

_STATE_KEY = "close_client"
WebhookHandler = Callable[[WebhookDelivery], Awaitable[None]]
_logger = logging.getLogger(__name__)
_Options = ParamSpec("_Options")
_Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def _options_of(
    _factory: Callable[_Options, AuthenticatedClient],
) -> Callable[[Callable[..., _Lifespan]], Callable[_Options, _Lifespan]]:
    """Give the decorated function ``create_client``'s parameters, for type checkers.

    ``close_lifespan(redis_ur=...)`` is then a mypy error, not a failure at startup, and a
    new option of ``create_client`` needs no second list here.
    """

    def decorate(function: Callable[..., _Lifespan]) -> Callable[_Options, _Lifespan]:
        return function

    return decorate


@_options_of(create_client)
def close_lifespan(
    *client_args: Any, **client_options: Any
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """A FastAPI ``lifespan`` that owns one Close client for the application's lifetime.

    It takes ``create_client``'s arguments, typed as there (without an ``api_key`` it reads
    ``CLOSE_API_KEY``): a misspelt option is a mypy error, and at run time a ``TypeError``
    when the lifespan is made rather than at startup. Use it as
    ``FastAPI(lifespan=close_lifespan())``, or enter ``close_lifespan(...)(app)`` inside a
    lifespan of your own.
    """
    inspect.signature(create_client).bind(*client_args, **client_options)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client = create_client(*client_args, **client_options)
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


class _VersionedEvent(Protocol):
    """What the dedupe reads of an event: every event model (``Event``, ``LeadEvent``...) has it."""

    @property
    def id(self) -> str: ...

    @property
    def date_updated(self) -> dt.datetime: ...


def _event_key(scope: str, event: _VersionedEvent) -> str | None:
    """What makes a delivery a duplicate: the route, the event id and its ``date_updated``.

    Close consolidates quick updates of one object into one event (same id, later
    ``date_updated``); such a newer version is not a duplicate and reaches the handler. The
    route (``path``) is part of the key, so two receivers of different routes sharing one
    store do not swallow each other's events.
    """
    if not isinstance(event.id, str):  # a field the event lacks is UNSET at run time
        return None
    updated: dt.datetime | Unset = event.date_updated
    version = "" if isinstance(updated, Unset) else updated.isoformat()
    return f"{scope} {event.id} {version}"


async def _handle(
    handler: WebhookHandler, delivery: WebhookDelivery, seen: DedupeStore, key: str | None
) -> None:
    """Run the handler after the response; the answer is sent, so a failure can only be
    logged. The event is forgotten, so a redelivery of it is handled again."""
    try:
        await handler(delivery)
    except Exception:
        if key is not None:
            await seen.forget(key)
        event_id = key.split(" ")[1] if key is not None else "without id"
        _logger.exception("Close webhook handler failed for event %s", event_id)


def _check_keys(signature_key: str | Sequence[str]) -> list[str]:
    """A malformed key is a configuration error: fail when the router is built."""
    keys = [signature_key] if isinstance(signature_key, str) else list(signature_key)
    for key in keys:
        try:
            bytes.fromhex(key)
        except ValueError:
            raise ValueError("signature_key must be the hex string Close returned") from None
    if not keys:
        raise ValueError("webhook_router needs at least one signature_key")
    return keys


def webhook_router(
    handler: WebhookHandler,
    *,
    signature_key: str | Sequence[str],
    path: str = "/",
    tolerance: float = DEFAULT_TOLERANCE,
    dedupe_window: float = REDELIVERY_WINDOW,
    store: DedupeStore | None = None,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    clock: Callable[[], float] = time.time,
) -> APIRouter:
    """A router with one POST route receiving Close webhook deliveries at ``path``.

    ``signature_key`` is the subscription's hex ``signature_key``, or several keys when
    several subscriptions deliver to this route (a delivery matching any is accepted). The
    signature headers are checked before the body is read (401 when missing, malformed or
    stale), then at most ``max_body_size`` bytes of body (413 past it, default 1 MiB), then
    the signature over it (401), then its shape (400); otherwise 202, and ``handler`` runs in
    the background, once per event version within ``dedupe_window`` seconds (default 72 h:
    Close redelivers for up to 72 hours). ``store`` holds the events seen: by default this
    process's memory (at most 100,000 events); a ``RedisStore`` shares them between
    workers and hosts, so a redelivery landing on another worker is not handled twice. A
    consolidated event (same id, later ``date_updated``) is a new version and is handled
    again. ``clock`` (unix seconds) is used for the timestamp check and the default store.
    A handler that raises is logged, and its event may then be handled on redelivery.
    """
    keys = _check_keys(signature_key)
    if max_body_size <= 0 or dedupe_window <= 0:
        raise ValueError("max_body_size and dedupe_window must be positive")
    seen: DedupeStore = store if store is not None else MemoryStore(clock)
    router = APIRouter()

    @router.post(path, status_code=202, include_in_schema=False)
    async def receive_close_webhook(request: Request, background: BackgroundTasks) -> Response:
        now = clock()
        _check_headers(request, tolerance, now)
        payload = await _read_capped(request, max_body_size)
        delivery = _authentic_delivery(request, payload, keys, tolerance, now)
        key = _event_key(path, delivery.event)
        if key is None or await seen.first_delivery(key, dedupe_window):
            background.add_task(_handle, handler, delivery, seen, key)
        return Response(status_code=202)

    return router


def _check_headers(request: Request, tolerance: float, now: float) -> None:
    """401 before any byte of the body is read: missing, malformed or stale signature."""
    missing = [name for name in (SIGNATURE_HEADER, TIMESTAMP_HEADER) if name not in request.headers]
    if missing:
        headers = " and ".join(missing) + (" headers" if len(missing) > 1 else " header")
        raise HTTPException(status_code=401, detail=f"invalid Close webhook: missing {headers}")
    try:
        check_signature_headers(
            timestamp=request.headers[TIMESTAMP_HEADER],
            signature=request.headers[SIGNATURE_HEADER],
            tolerance=tolerance,
            now=now,
        )
    except WebhookSignatureError as exc:
        raise HTTPException(status_code=401, detail=f"invalid Close webhook: {exc.reason}") from exc


async def _read_capped(request: Request, limit: int) -> bytes:
    """The body, or 413 as soon as it is known to exceed ``limit`` bytes (a declared
    ``content-length`` is refused before reading; a chunked body when it passes the cap)."""
    too_large = HTTPException(
        status_code=413, detail=f"webhook body larger than {limit} bytes (max_body_size)"
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


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
