"""The ASGI application: one request's way through the simulator.

1. log the request (``sim.requests``); added latency;
2. injected faults (5xx, or a dropped connection before the request is applied);
3. auth: HTTP basic with an API key as username and empty password, or ``Bearer <token>``;
4. ``x-http-method-override`` (a POST acting as GET takes its query from body ``_params``);
5. the endpoint group's rate limit (429 as Close sends them; limit headers on every answer);
6. ``x-tz-offset`` and JSON body parsing (400 when malformed), routing (404/405);
7. the handler, run synchronously under the simulator's lock so each call's state change,
   event and webhook queueing happen atomically even with uvicorn in another thread;
8. a dropped connection after the request was applied, if ``drop_phase="after"``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._base import Route
from ._faults import decide, latency_legs
from ._http import ApiError, Call, Reply, bad_request
from ._ratelimit import endpoint_group
from ._time import parse_tz_offset

if TYPE_CHECKING:
    from ._simulator import CloseSimulator

__all__ = ["RequestRecord", "SimulatorApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

PREFIX = "/api/v1"
_UNAUTHORIZED = {"error": "Unauthorized: use your API key as the basic-auth username."}


@dataclass
class RequestRecord:
    """One received request, for tests and benchmarks to assert on.

    ``headers`` never include ``authorization``. ``time`` is the simulator clock at arrival.
    ``before_reset`` is True when the request reached the limiter (``handled``) before a reset
    announced to its credential (by an earlier 429 or a ``remaining=0`` answer) whose answer
    had been delivered by the time the request was sent (``time``).
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    time: float
    body: Any = None
    group: str = ""
    status: int | None = None
    """None while in flight, and for dropped connections."""
    fault: str | None = None
    """``"error"`` (injected 5xx), ``"drop"``, ``"storm"`` (injected 429) or None."""
    before_reset: bool = False
    request_id: str = ""
    credential: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    handled: float = 0.0
    """The simulator clock when the request leg ended: the limiter counted it then and measured
    the ``reset`` it announced (``time`` plus the request leg; see ``Faults``)."""


class _Dropped(Exception):
    """Internal: the connection must be dropped without a response."""


class SimulatorApp:
    def __init__(self, sim: CloseSimulator, routes: list[Route]) -> None:
        self.sim = sim
        self._routes: list[tuple[str, re.Pattern[str], Route]] = []
        for route in routes:
            pattern = re.sub(r"\{[a-z_]+\}", "([^/]+)", route.template)
            self._routes.append((route.method, re.compile(f"^{pattern}$"), route))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        try:
            reply = await self._handle(scope, body)
        except _Dropped:
            await self._drop(scope, receive)
            return
        await _send(send, reply)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _drop(self, scope: Scope, receive: Receive) -> None:
        client = scope.get("client")
        transport = self.sim._connections.get(tuple(client)) if client else None
        if transport is None:
            # In-process (httpx.ASGITransport): surface the same error httpx raises when a
            # server closes the connection without answering.
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        transport.abort()
        try:  # let uvicorn notice the disconnect, so it does not try to answer 500
            await asyncio.wait_for(receive(), timeout=5)
        except TimeoutError:
            pass

    async def _handle(self, scope: Scope, raw_body: bytes) -> Reply:
        sim = self.sim
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path: str = scope["path"]
        query = _parse_query(scope.get("query_string", b""))
        override = headers.get("x-http-method-override", "").strip().upper()
        method = override if scope["method"] == "POST" and override else scope["method"]
        record = RequestRecord(
            method=method,
            path=path,
            query=query,
            headers={k: v for k, v in headers.items() if k != "authorization"},
            time=sim.clock(),
            group=endpoint_group(method, path),
        )
        try:
            record.body = json.loads(raw_body) if raw_body else None
        except ValueError:
            record.body = raw_body.decode("utf-8", "replace")
        with sim._lock:
            sim.requests.append(record)
        up, down = latency_legs(sim.faults)
        if up > 0:
            await asyncio.sleep(up)  # the request leg: the limiter counts it only now
        with sim._lock:
            # The leg ends when it is due, not when a busy event loop gets round to it: the
            # server's own CPU (a listing takes milliseconds) must not stretch the network.
            # Sleepers wake in deadline order, so these times still grow request by request.
            record.handled = min(sim.clock(), record.time + up)
            reply = self._process(record, headers, raw_body, down)
        if down > 0:
            await asyncio.sleep(down)  # the response leg
        return reply

    def _process(
        self, record: RequestRecord, headers: dict[str, str], raw_body: bytes, down: float = 0.0
    ) -> Reply:
        sim = self.sim
        fault = decide(sim.faults, sim._fault_rng, record.group)
        if fault.kind == "drop" and sim.faults.drop_phase == "before":
            record.fault = "drop"
            raise _Dropped
        if fault.kind == "error":
            record.fault, record.status = "error", fault.status
            extra = {}
            if sim.faults.retry_after is not None:
                extra["retry-after"] = str(max(0, int(-(-sim.faults.retry_after // 1))))
            return Reply(fault.status, {"error": _REASONS.get(fault.status, "Server error")}, extra)
        if not record.path.startswith(PREFIX + "/"):
            record.status = 404
            return Reply(404, {"error": "Not found."})
        credential, user_id = self._authenticate(headers.get("authorization", ""))
        if credential is None:
            record.status = 401
            return Reply(401, _UNAUTHORIZED)
        record.credential = credential
        decision = sim.rate_limits.check(
            credential,
            record.method,
            record.path,
            arrived=record.time,
            response_leg=down,
            at=record.handled,
        )
        record.before_reset = decision.before_reset
        if not decision.allowed:
            record.status = 429
            record.fault = "storm" if decision.storm else None
            return sim.rate_limits.too_many_requests(decision)
        limit_headers = sim.rate_limits.headers(decision)
        record.request_id = sim.store.ids.new("req")
        try:
            reply = self._dispatch(record, headers, raw_body, user_id)
        except ApiError as error:
            reply = Reply(error.status, error.body, error.headers)
        reply.headers = limit_headers | reply.headers
        record.status = reply.status
        if fault.kind == "drop":  # drop_phase == "after": applied, then no answer
            record.fault, record.status = "drop", None
            raise _Dropped
        return reply

    def _authenticate(self, authorization: str) -> tuple[str | None, str]:
        sim = self.sim
        scheme, _, value = authorization.partition(" ")
        scheme = scheme.lower()
        if scheme == "basic":
            try:
                decoded = base64.b64decode(value.strip(), validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return None, ""
            key, _, _password = decoded.partition(":")
            if key and (sim.api_keys is None or key in sim.api_keys):
                return "key:" + key, sim.user_for(key)
        elif scheme == "bearer":
            token = value.strip()
            if token and (sim.oauth_tokens is None or token in sim.oauth_tokens):
                return "token:" + token, sim.user_for(token)
        return None, ""

    def _dispatch(
        self, record: RequestRecord, headers: dict[str, str], raw_body: bytes, user_id: str
    ) -> Reply:
        try:
            tz = parse_tz_offset(headers.get("x-tz-offset"))
        except ValueError as exc:
            raise bad_request(str(exc)) from None
        content_type = headers.get("content-type", "application/json")
        if raw_body and "json" not in content_type:
            raise ApiError(415, {"error": "Unsupported media type: send application/json."})
        try:
            body = json.loads(raw_body) if raw_body else None
        except ValueError:
            raise bad_request("The request body is not valid JSON.") from None
        params = dict(record.query)
        if record.method == "GET" and isinstance(body, dict):
            # x-http-method-override: GET with {"_params": {...}} is exactly the GET.
            extra = body.get("_params") or {}
            if not isinstance(extra, dict):
                raise bad_request("_params must be an object.")
            params |= {k: _param_text(v) for k, v in extra.items() if v is not None}
            body = None
        relative = record.path[len(PREFIX) :]
        if not relative.endswith("/"):
            relative += "/"
        allowed: set[str] = set()
        for method, pattern, route in self._routes:
            match = pattern.match(relative)
            if match is None:
                continue
            if method != record.method:
                allowed.add(method)
                continue
            call = Call(
                method=record.method,
                path=relative,
                params=params,
                body=body,
                tz=tz,
                user_id=user_id,
                request_id=record.request_id,
                full_path=record.path,
                args=match.groups(),
            )
            result = route.handler(call)
            return result if isinstance(result, Reply) else Reply(200, result)
        if allowed:
            raise ApiError(405, {"error": f"Method {record.method} not allowed."})
        raise ApiError(404, {"error": "Not found."})


_REASONS = {
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}


def _param_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_param_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)


def _parse_query(raw: bytes) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(raw.decode("latin-1"), keep_blank_values=True))


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send(send: Send, reply: Reply) -> None:
    payload = b"" if reply.body is None else json.dumps(reply.body).encode()
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    if reply.body is not None:
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
