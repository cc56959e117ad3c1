"""Webhook subscriptions (``/webhook/``) and signed delivery of matching events.

Every event appended to the log is matched against active subscriptions (``object_type`` +
``action``, plus Close's ``extra_filter`` language: equals, not_equals, is_null, non_null,
contains, and, or, not, field_accessor, any_array_value). A match is delivered as
``{"event": {...}, "subscription_id": "whsub_..."}`` with headers ``close-sig-timestamp``
(unix seconds) and ``close-sig-hash`` (hex HMAC-SHA256 over timestamp + raw body, keyed with
``bytes.fromhex(signature_key)``), exactly as Close signs them.

Delivery runs in a background task so it never delays the API response. Where it goes is set
with :meth:`CloseSimulator.deliver_to`: by default a real HTTP POST to the subscription's URL;
or a POST to one fixed URL (e.g. a local receiver); or through an httpx transport (e.g.
``httpx.ASGITransport(app=your_app)``, to exercise your own webhook endpoint in-process); or
to an async callable receiving a :class:`WebhookDelivery`. ``await sim.drain_webhooks()``
waits for every pending delivery. Failed deliveries are recorded, not retried (Close retries
for up to 72 hours).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._base import Route, World, diff
from ._http import Call, Reply, bad_request, field_error, not_found
from ._store import Record
from ._time import format_naive

__all__ = ["WebhookDelivery", "WebhookTarget", "Webhooks", "sign"]

MAX_SUBSCRIPTIONS = 40


@dataclass
class WebhookDelivery:
    """One delivery attempt, as recorded in ``sim.webhook_deliveries``."""

    subscription_id: str
    url: str
    event: Record
    body: bytes
    headers: dict[str, str]
    status_code: int | None = None
    error: str | None = None
    done: bool = False

    def json(self) -> Any:
        return json.loads(self.body)


WebhookHandler = Callable[[WebhookDelivery], Awaitable[Any]]
WebhookTarget = str | httpx.AsyncBaseTransport | WebhookHandler | None
"""None: POST to each subscription's URL; a URL string: POST every delivery there instead;
an httpx transport: POST through it (to the subscription URL); a callable: call it."""


def sign(signature_key: str, timestamp: str, body: bytes) -> str:
    """Close's ``close-sig-hash`` for a delivery."""
    key = bytes.fromhex(signature_key)
    return hmac.new(key, timestamp.encode() + body, hashlib.sha256).hexdigest()


def _match_filter(node: Any, value: Any) -> bool:
    """Close's webhook ``extra_filter`` language, evaluated against an event."""
    if not isinstance(node, dict):
        raise ValueError("filter must be an object")
    kind = node.get("type")
    if kind == "equals":
        return bool(value == node.get("value"))
    if kind == "not_equals":
        return bool(value != node.get("value"))
    if kind == "is_null":
        return value is None
    if kind == "non_null":
        return value is not None
    if kind == "contains":
        wanted = node.get("value")
        if isinstance(value, list):
            return wanted in value
        return isinstance(value, str) and isinstance(wanted, str) and wanted in value
    if kind == "and":
        return all(_match_filter(f, value) for f in node.get("filters", []))
    if kind == "or":
        return any(_match_filter(f, value) for f in node.get("filters", []))
    if kind == "not":
        return not _match_filter(node.get("filter"), value)
    if kind == "field_accessor":
        inner = value.get(node.get("field")) if isinstance(value, dict) else None
        return _match_filter(node.get("filter"), inner)
    if kind == "any_array_value":
        return isinstance(value, list) and any(_match_filter(node.get("filter"), v) for v in value)
    raise ValueError(f"unknown filter type {kind!r}")


def _validate_events(events: Any) -> list[Record]:
    if not isinstance(events, list) or not events:
        raise field_error("events", "A non-empty list of {object_type, action} is required.")
    cleaned = []
    for item in events:
        if not isinstance(item, dict) or not item.get("object_type") or not item.get("action"):
            raise field_error("events", "Each event needs an object_type and an action.")
        entry = {"object_type": item["object_type"], "action": item["action"]}
        if item.get("extra_filter") is not None:
            try:
                _match_filter(item["extra_filter"], {})
            except ValueError as exc:
                raise field_error("events", f"Invalid extra_filter: {exc}") from None
            except (AttributeError, TypeError):
                pass
            entry["extra_filter"] = item["extra_filter"]
        cleaned.append(entry)
    return cleaned


@dataclass
class Webhooks:
    world: World
    target: WebhookTarget = None
    deliveries: list[WebhookDelivery] = field(default_factory=list)
    _pending: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[None]]] = field(
        default_factory=list
    )
    _unscheduled: list[tuple[WebhookDelivery, Record]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def routes(self) -> list[Route]:
        return [
            Route("GET", "/webhook/", self.list_subscriptions),
            Route("POST", "/webhook/", self.create),
            Route("GET", "/webhook/{id}/", self.get),
            Route("PUT", "/webhook/{id}/", self.update),
            Route("DELETE", "/webhook/{id}/", self.delete),
        ]

    @property
    def store(self) -> Any:
        return self.world.store

    # -- subscriptions ---------------------------------------------------------------------

    def _get(self, call: Call) -> Record:
        record = self.store.webhooks.get(call.args[0])
        if record is None:
            raise not_found("Webhook subscription")
        return dict(record)

    def list_subscriptions(self, call: Call) -> Record:
        return {"has_more": False, "data": [dict(r) for r in self.store.webhooks.values()]}

    def get(self, call: Call) -> Record:
        return self._get(call)

    def create(self, call: Call) -> Reply:
        body = call.json_object()
        if not body.get("url"):
            raise field_error("url", "This field is required.")
        if len(self.store.webhooks) >= MAX_SUBSCRIPTIONS:
            raise bad_request(f"At most {MAX_SUBSCRIPTIONS} webhook subscriptions are allowed.")
        now = format_naive(self.store.now())
        record: Record = {
            "id": self.store.ids.new("whsub"),
            "url": str(body["url"]),
            "events": _validate_events(body.get("events")),
            "verify_ssl": bool(body.get("verify_ssl", True)),
            "status": "active",
            "signature_key": self.store.ids.hex(32),
            "health_status": "healthy",
            "latest_error": None,
            "pause_reason": None,
            "recent_consecutive_fail_buckets_cnt": 0,
            "counters": {},
            "created_by": call.user_id,
            "updated_by": call.user_id,
            "date_created": now,
            "date_updated": now,
        }
        self.store.webhooks[record["id"]] = record
        location = f"https://api.close.com/api/v1/webhook/{record['id']}/"
        return Reply(201, dict(record), {"location": location})

    def update(self, call: Call) -> Record:
        record = self.store.webhooks.get(call.args[0])
        if record is None:
            raise not_found("Webhook subscription")
        body = call.json_object()
        before = dict(record)
        if "events" in body:
            record["events"] = _validate_events(body["events"])
        if "status" in body:
            if body["status"] not in ("active", "paused"):
                raise field_error("status", "Must be active or paused.")
            record["status"] = body["status"]
            record["pause_reason"] = "api" if body["status"] == "paused" else None
        for key in ("url", "verify_ssl"):
            if key in body:
                record[key] = body[key]
        changed, _ = diff(before, record)
        if changed:
            record["date_updated"] = format_naive(self.store.now())
            record["updated_by"] = call.user_id
        return dict(record)

    def delete(self, call: Call) -> Record:
        if self.store.webhooks.pop(call.args[0], None) is None:
            raise not_found("Webhook subscription")
        return {}

    # -- delivery --------------------------------------------------------------------------

    def on_event(self, event: Record) -> None:
        """Event log listener: queue a delivery for each matching active subscription."""
        for subscription in list(self.store.webhooks.values()):
            if subscription["status"] != "active":
                continue
            for wanted in subscription["events"]:
                if (wanted["object_type"], wanted["action"]) != (
                    event["object_type"],
                    event["action"],
                ):
                    continue
                extra = wanted.get("extra_filter")
                if extra is not None and not _safe_match(extra, event):
                    continue
                self._queue(subscription, event)
                break

    def _queue(self, subscription: Record, event: Record) -> None:
        body = json.dumps(
            {"event": event, "subscription_id": subscription["id"]}, separators=(",", ":")
        ).encode()
        timestamp = str(int(self.store.now().timestamp()))
        delivery = WebhookDelivery(
            subscription_id=subscription["id"],
            url=subscription["url"],
            event=event,
            body=body,
            headers={
                "content-type": "application/json",
                "user-agent": "Close Webhooks (close-api-client simulator)",
                "close-sig-timestamp": timestamp,
                "close-sig-hash": sign(subscription["signature_key"], timestamp, body),
            },
        )
        with self._lock:
            self.deliveries.append(delivery)
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self._unscheduled.append((delivery, subscription))
                return
            task = loop.create_task(self._deliver(delivery, subscription))
            self._pending.append((loop, task))

    async def _deliver(self, delivery: WebhookDelivery, subscription: Record) -> None:
        target = self.target
        try:
            if target is None or isinstance(target, str | httpx.AsyncBaseTransport):
                if isinstance(target, str):
                    delivery.url = target
                async with httpx.AsyncClient(
                    transport=target if isinstance(target, httpx.AsyncBaseTransport) else None,
                    verify=bool(subscription.get("verify_ssl", True)),
                    timeout=10.0,
                ) as client:
                    response = await client.post(
                        delivery.url, content=delivery.body, headers=delivery.headers
                    )
                delivery.status_code = response.status_code
            else:
                result = await target(delivery)
                delivery.status_code = result if isinstance(result, int) else 200
        except Exception as exc:  # a failed delivery is recorded, never raised into the API
            delivery.error = f"{type(exc).__name__}: {exc}"
        finally:
            delivery.done = True

    async def drain(self) -> None:
        """Wait until every queued delivery has been attempted (on whichever loop it runs)."""
        current = asyncio.get_running_loop()
        while True:
            with self._lock:
                pending = [(loop, task) for loop, task in self._pending if not task.done()]
                self._pending = pending
                unscheduled, self._unscheduled = self._unscheduled, []
            for delivery, subscription in unscheduled:
                await self._deliver(delivery, subscription)
            if not pending and not unscheduled:
                return
            for loop, task in pending:
                if loop is current:
                    await asyncio.wait([task])
                elif not loop.is_closed():
                    future = asyncio.run_coroutine_threadsafe(_wait_task(task), loop)
                    await asyncio.wrap_future(future)


async def _wait_task(task: asyncio.Task[None]) -> None:
    await asyncio.wait([task])


def _safe_match(extra: Any, event: Record) -> bool:
    try:
        return _match_filter(extra, event)
    except (ValueError, AttributeError, TypeError):
        return False
