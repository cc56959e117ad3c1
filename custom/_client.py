"""``create_client``, ``with_options`` and ``stats``: the generated client, configured for Close.

The result is the generated ``AuthenticatedClient`` itself, with an ``httpx.AsyncClient``
injected whose transport is ``CloseTransport``, so generated functions need no wrapper.

Credentials live only in an ``httpx.Auth`` object inside that AsyncClient, whose ``repr`` hides
them; the generated client's own ``token`` field (shown by its attrs ``repr``) holds a
placeholder, never the key. Per-tenant clients from ``with_options`` get a fresh AsyncClient
(cheap: it builds no transport) over a derived view of the same ``CloseTransport``, so they share
the connection pool and the gate, and never mutate the original (``with_headers``/
``with_timeout`` of the generated client would).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import enum
import os
import random
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from importlib import metadata

import httpx

from close_api_client import AuthenticatedClient

from ._ratelimit import credential_fingerprint
from ._retry import RetryPolicy
from ._stats import ClientStats
from ._store import GateStore
from ._transport import CloseTransport, pool_limit
from ._tz import TzSpec, parse_tz, utc_now

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "create_client", "stats", "with_options"]

DEFAULT_BASE_URL = "https://api.close.com/api/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
REDACTED = "<redacted>"


class _Keep(enum.Enum):
    """Sentinel for ``with_options``: keep the parent's value."""

    KEEP = enum.auto()


class _CloseAuth(httpx.Auth):
    """Sets the Authorization header; its repr never shows the credential."""

    def __init__(self, header_value: str, scheme: str) -> None:
        self._header_value = header_value
        self._scheme = scheme

    @property
    def header_value(self) -> str:
        return self._header_value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header_value
        yield request

    def __repr__(self) -> str:
        return f"<CloseAuth {self._scheme} {REDACTED}>"


def _auth(api_key: str | None, oauth_token: str | None) -> _CloseAuth:
    if api_key and oauth_token:
        raise ValueError("pass either api_key or oauth_token, not both")
    if oauth_token:
        return _CloseAuth(f"Bearer {oauth_token}", "bearer")
    key = api_key or os.environ.get("CLOSE_API_KEY")
    if not key:
        raise ValueError(
            "no Close credentials: pass api_key=... or oauth_token=..., "
            "or set the CLOSE_API_KEY environment variable"
        )
    token = base64.b64encode(f"{key}:".encode()).decode("ascii")
    return _CloseAuth(f"Basic {token}", "basic")


def _user_agent() -> str:
    try:
        version = metadata.version("close-api-client")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"close-api-client/{version} (python; httpx/{httpx.__version__})"


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """The timeouts, checked now: a negative or zero one would fail every request later."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    checked = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    for kind in ("connect", "read", "write", "pool"):
        value = getattr(checked, kind)
        if value is not None and not value > 0:  # also refuses NaN
            raise ValueError(
                f"timeout: the {kind} timeout is {value!r}; it must be a positive number of "
                "seconds (timeout=httpx.Timeout(None) for none; default 60 s, 10 s to connect)"
            )
    return checked


def _base_url(explicit: str | None) -> str:
    """``base_url``, else ``CLOSE_BASE_URL``, else Close; refused now if not absolute http(s).

    Without a scheme (``api.close.com/api/v1``) httpx would take it for a relative path and
    the first request would fail far from the cause.
    """
    source = "base_url" if explicit else "CLOSE_BASE_URL"
    url = explicit or os.environ.get("CLOSE_BASE_URL") or DEFAULT_BASE_URL
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = httpx.URL("")
    if parsed.scheme not in ("http", "https") or not parsed.host:
        shown = repr(url) if "@" not in url else "(not shown: it holds a user name)"
        raise ValueError(
            f"{source} {shown} is not an absolute http(s) URL: give the scheme and host, "
            f"e.g. {DEFAULT_BASE_URL} or http://127.0.0.1:8765/api/v1 for the simulator"
        )
    return url


def _assemble(
    base_url: str,
    auth: _CloseAuth,
    transport: CloseTransport,
    timeout: httpx.Timeout,
    headers: Mapping[str, str],
) -> AuthenticatedClient:
    """The generated client around an AsyncClient that we built, so nothing is built lazily."""
    all_headers = {"User-Agent": _user_agent(), **headers}
    async_client = httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        headers=all_headers,
        timeout=timeout,
        transport=transport,
        # Environment proxies would mount transports that bypass CloseTransport.
        trust_env=False,
    )
    client = AuthenticatedClient(
        base_url=base_url, token=REDACTED, timeout=timeout, headers=dict(all_headers)
    )
    return client.set_async_httpx_client(async_client)


def create_client(
    api_key: str | None = None,
    *,
    oauth_token: str | None = None,
    base_url: str | None = None,
    tz: TzSpec | None = None,
    max_retries: int = 4,
    max_retry_time: float = 60.0,
    timeout: float | httpx.Timeout | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    proxy: str | None = None,
    limits: httpx.Limits | None = None,
    headers: Mapping[str, str] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    now: Callable[[], dt.datetime] | None = None,
    rng: random.Random | None = None,
    redis_url: str | None = None,
    store: GateStore | None = None,
    organization: str | None = None,
    max_in_flight: int | None = None,
) -> AuthenticatedClient:
    """A generated ``AuthenticatedClient`` with Close's auth, limits, retries and time zone.

    ``api_key`` (basic auth, key as user name) falls back to ``CLOSE_API_KEY``;
    ``oauth_token`` sends a bearer token instead. ``base_url`` falls back to ``CLOSE_BASE_URL``,
    then to Close's own API, so one environment variable points code at the simulator
    (``python -m custom.simulator`` prints both values). ``transport`` replaces the network (e.g.
    ``httpx.ASGITransport(app=sim.app)``, ``httpx.MockTransport``, a wrapper of your own);
    ``proxy``/``limits`` configure the default one. ``max_in_flight`` bounds the requests
    past the rate-limit gate at once (they wait for a connection before the gate's last
    check, so none goes out after its group was blocked): by default the pool's
    ``max_connections``, found in the default transport, a user's ``httpx.AsyncHTTPTransport``
    and wrappers that keep theirs in an attribute; pass it for a transport that queues
    requests some other way.
    ``redis_url`` (``redis://host:6379/0``, the ``redis`` extra) shares the rate-limit gate
    with every process and host using the same Redis; ``store`` passes a store object
    instead (e.g. one ``RedisStore`` shared with ``webhook_router``; the caller closes it).
    ``organization`` names the Close organization of this key: a 429 for the
    organization's limit then blocks the group for every key given the same name.
    ``clock``, ``sleep``, ``now`` and ``rng`` exist for tests.
    """
    auth = _auth(api_key, oauth_token)
    base_url = _base_url(base_url)
    checked_timeout = _timeout(timeout)
    if redis_url is not None and store is not None:
        raise ValueError("pass either redis_url or store, not both")
    if redis_url is not None:
        store = _redis_store(redis_url, clock)
    pool_limits = limits or httpx.Limits(max_connections=100)
    inner = transport or httpx.AsyncHTTPTransport(proxy=proxy, limits=pool_limits)
    close_transport = CloseTransport(
        inner,
        tz=None if tz is None else parse_tz(tz),
        policy=RetryPolicy(max_retries=max_retries, max_retry_time=max_retry_time),
        base_path=httpx.URL(base_url).path,
        clock=clock,
        sleep=sleep,
        rng=rng,
        now=now or utc_now,
        # Requests wait for a connection before the gate's last check, not in the pool's queue.
        max_in_flight=max_in_flight if max_in_flight is not None else pool_limit(inner),
        store=store,
        owns_store=redis_url is not None,
    )
    _register_organization(close_transport, auth, organization)
    return _assemble(base_url, auth, close_transport, checked_timeout, headers or {})


def _redis_store(url: str, clock: Callable[[], float]) -> GateStore:
    try:
        from ._store._redis import RedisStore
    except ImportError as exc:
        raise ImportError(
            "redis_url needs the redis extra: pip install 'close-api-client[redis]'"
        ) from exc
    return RedisStore(url, local_clock=clock)


def _register_organization(
    transport: CloseTransport, auth: _CloseAuth, organization: str | None
) -> None:
    """Map the credential's fingerprint (never the key) to its organization in the gate."""
    if organization is not None:
        if not organization:
            raise ValueError("organization must be a non-empty name")
        fingerprint = credential_fingerprint(auth.header_value)
        transport.gate.organizations[fingerprint] = organization


def close_transport_of(client: AuthenticatedClient) -> CloseTransport:
    """The ``CloseTransport`` under a client made by ``create_client`` or ``with_options``.

    Read without ``get_async_httpx_client()``, which refuses a closed client: counters stay
    readable after ``aclose()``.
    """
    async_client = getattr(client, "_async_client", None)
    transport = getattr(async_client, "_transport", None)
    if not isinstance(transport, CloseTransport):
        raise TypeError("this client was not made by custom.create_client")
    return transport


def with_options(
    client: AuthenticatedClient,
    *,
    api_key: str | None = None,
    oauth_token: str | None = None,
    tz: TzSpec | None | _Keep = _Keep.KEEP,
    timeout: float | httpx.Timeout | None = None,
    headers: Mapping[str, str] | None = None,
    organization: str | None = None,
) -> AuthenticatedClient:
    """A client for another tenant or time zone, sharing ``client``'s pool, gates and store.

    Unchanged options are inherited; ``tz=None`` removes the default zone. ``organization``
    names the new key's organization (see ``create_client``). The original is not
    modified. Use the derived client while the original is open; closing it is harmless.
    """
    parent = client.get_async_httpx_client()
    transport = close_transport_of(client)
    auth = parent.auth if api_key is None and oauth_token is None else None
    if auth is None:
        auth = _auth(api_key, oauth_token)
    if not isinstance(auth, _CloseAuth):
        raise TypeError("this client was not made by custom.create_client")
    derived_tz = transport.tz if tz is _Keep.KEEP else (None if tz is None else parse_tz(tz))
    parent_headers = {k: v for k, v in parent.headers.items() if k.lower() != "authorization"}
    _register_organization(transport, auth, organization)
    return _assemble(
        str(parent.base_url),
        auth,
        transport.derive(tz=derived_tz),
        parent.timeout if timeout is None else _timeout(timeout),
        {**parent_headers, **(headers or {})},
    )


def stats(client: AuthenticatedClient) -> ClientStats:
    """The live counters of a client from ``create_client`` (retries, 429s, total wait)."""
    return close_transport_of(client).stats
