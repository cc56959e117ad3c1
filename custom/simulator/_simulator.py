"""``CloseSimulator``: one in-memory Close organization and the ASGI app that serves it."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ._activities import Activities
from ._app import RequestRecord, SimulatorApp
from ._base import Route, World
from ._crm import Crm
from ._events import EventLog
from ._faults import Faults
from ._listing import ListCaps
from ._org import Org
from ._ratelimit import RateLimiter, RateLimitMode, RateLimitRule, endpoint_group
from ._reports import Reports
from ._search import Search
from ._seed import bootstrap, seed_leads
from ._store import Record, Store
from ._task_bulk import TaskBulk
from ._webhooks import WebhookDelivery, Webhooks, WebhookTarget

__all__ = ["UVICORN_MISSING", "CloseSimulator"]

UVICORN_MISSING = (
    "serving the simulator needs uvicorn, which the base install leaves out: "
    "pip install 'close-api-client[testing]'"
)


class CloseSimulator:
    """An in-memory, deterministic stand-in for the Close API (``/api/v1/...``).

    Args:
        seed: seeds ids, sample data, fault draws and the ``mixed`` 429 style.
        api_keys: accepted API keys (HTTP basic username); ``None`` accepts any key.
        oauth_tokens: accepted bearer tokens; ``None`` accepts any token.
        clock: monotonic seconds, for rate-limit windows, search cursor expiry and the
            request log (default ``time.monotonic``). Tests pass a fake to avoid sleeping.
        start_time: the wall time at construction (default: now, UTC). Wall time then
            advances with ``clock``, so a fake clock plus a fixed ``start_time`` makes every
            timestamp reproducible.
        max_limit, max_skip: list caps; beyond them lists answer 400 like Close.
        users: how many users the organization has (the first one is ``/me/``).
        rate_limit_mode: which signals a 429 carries (see ``_ratelimit``).
        strict_event_filters: reject ``/event/`` filter combinations Close does not support.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        api_keys: Iterable[str] | None = ("test_key",),
        oauth_tokens: Iterable[str] | None = (),
        clock: Callable[[], float] | None = None,
        start_time: datetime | None = None,
        max_limit: int = 100,
        max_skip: int = 250_000,
        users: int = 3,
        rate_limit_mode: RateLimitMode = "full",
        strict_event_filters: bool = False,
    ) -> None:
        self.clock: Callable[[], float] = clock or time.monotonic
        self.api_keys = None if api_keys is None else frozenset(api_keys)
        self.oauth_tokens = None if oauth_tokens is None else frozenset(oauth_tokens)
        wall_start = (start_time or datetime.now(UTC)).astimezone(UTC)
        clock_start = self.clock()
        self.store = Store(seed, lambda: wall_start + timedelta(seconds=self.clock() - clock_start))
        self.events = EventLog(self.store, strict_filters=strict_event_filters)
        self.world = World(self.store, self.events, ListCaps(max_limit, max_skip))
        self.activities = Activities(self.world)
        self.crm = Crm(self.world, self.activities)
        self.org = Org(self.world)
        self.search = Search(self.world, self.crm, self.clock)
        self.webhooks = Webhooks(self.world)
        self.task_bulk = TaskBulk(self.crm)
        self.reports = Reports(self.crm)
        self.rate_limits = RateLimiter(self.clock, random.Random(f"ratelimit-{seed}"))
        self.rate_limits.mode = rate_limit_mode
        self.faults = Faults()
        self.requests: list[RequestRecord] = []
        """Every request received, in arrival order (see :class:`RequestRecord`)."""
        self._fault_rng = random.Random(f"faults-{seed}")
        self._lock = threading.RLock()
        self._connections: dict[tuple[Any, ...], asyncio.Transport] = {}
        self.events.enabled = False
        bootstrap(self, users)
        self.events.enabled = True
        self.events.listeners.append(self.webhooks.on_event)
        routes = (
            self.crm.routes()
            + self.activities.routes()
            + self.org.routes()
            + self.search.routes()
            + self.webhooks.routes()
            + self.task_bulk.routes()
            + self.reports.routes()
            + [
                Route("GET", "/event/", self.events.list),
                Route("GET", "/event/{id}/", lambda call: self.events.get(call.args[0])),
            ]
        )
        self.app = SimulatorApp(self, routes)
        """The ASGI application (``httpx.ASGITransport(app=sim.app)`` or uvicorn)."""

    # -- configuration ---------------------------------------------------------------------

    @property
    def max_limit(self) -> int:
        return self.world.caps.max_limit

    @max_limit.setter
    def max_limit(self, value: int) -> None:
        self.world.caps.max_limit = value

    @property
    def max_skip(self) -> int:
        return self.world.caps.max_skip

    @max_skip.setter
    def max_skip(self, value: int) -> None:
        self.world.caps.max_skip = value

    @property
    def rate_limit_mode(self) -> RateLimitMode:
        return self.rate_limits.mode

    @rate_limit_mode.setter
    def rate_limit_mode(self, value: RateLimitMode) -> None:
        self.rate_limits.mode = value

    def set_rate_limit(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        limit: int | None,
        window: float = 1.0,
    ) -> None:
        """Limit an endpoint group (``"GET", "/lead/"``) to ``limit`` requests per ``window``
        seconds per API key (the organization gets 3x). ``method``/``path`` None: the default
        for every method/path without a more specific rule. ``limit=None`` removes the rule."""
        rule = None if limit is None else RateLimitRule(limit, window)
        with self._lock:
            self.rate_limits.set_rule(method, path, rule)

    def storm(
        self,
        method: str,
        path: str,
        *,
        requests: int | None = None,
        duration: float | None = None,
        reset: float = 1.0,
    ) -> None:
        """A 429 storm on one endpoint group: the next ``requests`` requests, or every request
        for ``duration`` seconds (simulator clock), get a 429 announcing ``reset`` seconds
        (or the time left in the storm)."""
        if (requests is None) == (duration is None):
            raise ValueError("give exactly one of requests= or duration=")
        until = None if duration is None else self.clock() + duration
        with self._lock:
            self.rate_limits.add_storm(method, path, requests, until, reset)

    @staticmethod
    def endpoint_group(method: str, path: str) -> str:
        """The group a request counts against: ``("GET", "/lead/lead_x/")`` -> ``GET /lead/``."""
        return endpoint_group(method, path)

    def user_for(self, credential: str) -> str:
        """The user an API key or token acts as: the organization's first user."""
        return next(iter(self.store.users))

    @property
    def me(self) -> Record:
        return dict(self.store.users[next(iter(self.store.users))])

    # -- data ------------------------------------------------------------------------------

    def seed_leads(
        self,
        count: int,
        *,
        contacts_per_lead: int = 2,
        opportunities_per_lead: int = 1,
        activities_per_lead: int = 2,
        tasks_per_lead: int = 0,
        days: float = 90,
        events: bool = False,
    ) -> list[str]:
        """Pre-load ``count`` leads with children, back-dated over the last ``days`` days.
        Returns their ids. No events are logged unless ``events=True``."""
        with self._lock:
            previous, self.events.enabled = self.events.enabled, events
            try:
                return seed_leads(
                    self,
                    count,
                    contacts_per_lead=contacts_per_lead,
                    opportunities_per_lead=opportunities_per_lead,
                    activities_per_lead=activities_per_lead,
                    tasks_per_lead=tasks_per_lead,
                    days=days,
                )
            finally:
                self.events.enabled = previous

    def add_custom_field(
        self,
        object_type: str,
        name: str,
        type_: str,
        *,
        choices: list[str] | None = None,
        accepts_multiple_values: bool = False,
    ) -> str:
        """Define a custom field (``object_type``: lead, contact or opportunity); returns its
        id, used as ``custom.<id>`` on objects."""
        with self._lock:
            record = self.org.add_custom_field(
                object_type,
                name,
                type_,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
            )
        return str(record["id"])

    def lead_status_id(self, label: str) -> str:
        return str(next(s["id"] for s in self.store.lead_statuses.values() if s["label"] == label))

    def opportunity_status_id(self, label: str) -> str:
        statuses = self.store.opportunity_statuses.values()
        return str(next(s["id"] for s in statuses if s["label"] == label))

    def custom_field_id(self, object_type: str, name: str) -> str:
        record = self.store.custom_field(object_type, name)
        if record is None:
            raise KeyError(name)
        return str(record["id"])

    @property
    def event_log(self) -> list[Record]:
        """Every event, oldest first."""
        return list(self.events.events)

    # -- webhooks --------------------------------------------------------------------------

    def deliver_to(self, target: WebhookTarget) -> None:
        """Where webhook deliveries go: None (HTTP POST to each subscription URL), a URL
        (POST every delivery there), an httpx transport (e.g.
        ``httpx.ASGITransport(app=your_app)``), or an async callable taking a
        :class:`WebhookDelivery`."""
        self.webhooks.target = target

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        return list(self.webhooks.deliveries)

    async def drain_webhooks(self) -> None:
        """Wait until every queued webhook delivery has been attempted."""
        await self.webhooks.drain()

    # -- clients and serving ---------------------------------------------------------------

    def client(self, api_key: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        """A plain httpx client talking to this simulator in-process, authenticated with
        ``api_key`` (default: the first accepted key), base URL ``https://api.close.com/api/v1/``."""
        key = api_key or next(iter(sorted(self.api_keys or {"test_key"})))
        kwargs.setdefault("base_url", "https://api.close.com/api/v1/")
        kwargs.setdefault("auth", httpx.BasicAuth(key, ""))
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), **kwargs)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[str]:
        """Serve on loopback with uvicorn in a background thread; yields the base URL
        (``http://127.0.0.1:PORT``; the API is under ``/api/v1/``). ``port=0`` picks a free
        port. Dropped connections are real socket aborts there. Needs uvicorn (the ``testing``
        extra); in-process use through ``app`` needs nothing beyond httpx."""
        try:
            from ._server import serve_in_thread
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError(UVICORN_MISSING, name=exc.name) from exc
        with serve_in_thread(self, host, port, **options) as url:
            yield url
