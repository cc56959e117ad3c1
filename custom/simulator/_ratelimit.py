"""Rate limits per endpoint group, answered exactly as Close documents them.

An endpoint group is the method plus the path family: the leading path segments (at most
two) before the first object id, so ``GET /lead/`` and ``GET /lead/lead_x/`` share the group
``GET /lead/``, while ``GET /activity/note/`` is ``GET /activity/note/``. Each group has its
own fixed window per API key (``rate_limit_type: "key"``) and one per organization, three
times larger (``"org"``), as Close describes.

Successful responses carry ``ratelimit: limit=N, remaining=N, reset=F`` and the legacy
``x-rate-limit-*`` headers for the bucket closest to its limit. A 429 carries, depending on
the simulator's ``rate_limit_mode``:

``full``              body ``{"error": {message, rate_reset, rate_limit, rate_window,
                      rate_limit_type, rate_endpoint_group}}`` + every header
``body_only``         the full body, no headers
``rate_reset_only``   body with only ``message`` and ``rate_reset`` + ``retry-after`` (Close's
                      "stricter endpoints")
``headers_only``      every header, no body
``retry_after_only``  only ``retry-after``
``ratelimit_only``    only the ``ratelimit`` header
``bare``              no body and no headers (an ingress 429)
``mixed``             one of the above per 429, from the simulator's seeded RNG

The limiter also remembers, per credential and group, when the group was *announced*
blocked (by a 429, or by a response saying ``remaining=0``), until when, and when that answer
reached the client (handled + its response leg), so the request log can flag requests that
arrived early. "Early" is physical: the request *reached the limiter* (after its request leg,
when the window is counted) before the announced reset, although it was *sent* (``arrived``:
when it reached the app, before any injected latency) after the announcing answer had been
delivered. A request already on its way when the block was announced could not have known of
it, and one sent before the reset that arrives after it is not early: the window it was told
about is over when it gets there.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

from ._http import Reply

__all__ = ["Decision", "RateLimitMode", "RateLimitRule", "RateLimiter", "endpoint_group"]

RateLimitMode = Literal[
    "full",
    "body_only",
    "rate_reset_only",
    "headers_only",
    "retry_after_only",
    "ratelimit_only",
    "bare",
    "mixed",
]
_CONCRETE_MODES = [m for m in get_args(RateLimitMode) if m != "mixed"]
_OBJECT_ID = re.compile(r"^[a-z]+_[A-Za-z0-9]{10,}$")
ORG_MULTIPLIER = 3
_KEEP_ANNOUNCEMENTS = 60.0


@dataclass(frozen=True)
class RateLimitRule:
    """``limit`` requests per ``window`` seconds, per API key (the org gets 3x)."""

    limit: int
    window: float = 1.0


def _family(path: str) -> str:
    path = path.split("?", 1)[0]
    if path.startswith("/api/v1"):
        path = path[len("/api/v1") :]
    family: list[str] = []
    for segment in (s for s in path.split("/") if s):
        if _OBJECT_ID.match(segment) or len(family) == 2:
            break
        family.append(segment)
    return "/" + "".join(f"{s}/" for s in family)


def endpoint_group(method: str, path: str) -> str:
    """``("GET", "/lead/lead_abc/")`` -> ``"GET /lead/"``."""
    return f"{method.upper()} {_family(path)}"


@dataclass
class _Window:
    start: float = -math.inf
    count: int = 0


@dataclass
class _Storm:
    remaining: int | None
    until: float | None
    reset: float


@dataclass
class Decision:
    """What the limiter decided for one request, and what to tell the client."""

    group: str
    allowed: bool = True
    limit: int | None = None
    remaining: int | None = None
    reset: float = 0.0
    window: float = 1.0
    limit_type: str = "key"
    before_reset: bool = False
    """The request arrived while its group was announced blocked for this credential."""
    storm: bool = False


@dataclass
class RateLimiter:
    clock: Callable[[], float]
    rng: random.Random
    mode: RateLimitMode = "full"
    rules: dict[tuple[str | None, str | None], RateLimitRule] = field(default_factory=dict)
    _windows: dict[tuple[str, str], _Window] = field(default_factory=dict)
    _announced: dict[tuple[str, str], list[tuple[float, float]]] = field(default_factory=dict)
    """Per (credential, group): disjoint (delivered at, blocked until) intervals, oldest first;
    "delivered at" is when the announcing answer reached the client."""
    _storms: dict[str, _Storm] = field(default_factory=dict)
    _leg: float = 0.0
    """The response leg of the request being checked (see ``check``)."""
    _now: float = 0.0
    """When the request being checked is counted (see ``check``)."""

    def set_rule(self, method: str | None, path: str | None, rule: RateLimitRule | None) -> None:
        key = (method.upper() if method else None, _family(path) if path else None)
        if rule is None:
            self.rules.pop(key, None)
        else:
            self.rules[key] = rule

    def add_storm(
        self, method: str, path: str, requests: int | None, until: float | None, reset: float
    ) -> None:
        self._storms[endpoint_group(method, path)] = _Storm(requests, until, reset)

    def _rule(self, group: str) -> RateLimitRule | None:
        method, family = group.split(" ", 1)
        for key in ((method, family), (None, family), (method, None), (None, None)):
            if key in self.rules:
                return self.rules[key]
        return None

    def check(
        self,
        credential: str,
        method: str,
        path: str,
        arrived: float | None = None,
        response_leg: float = 0.0,
        at: float | None = None,
    ) -> Decision:
        """Count the request at ``at`` (default: now); ``arrived`` (default: then) is when it
        was sent (reached the app, before the request leg); its answer reaches the client
        ``response_leg`` later."""
        group = endpoint_group(method, path)
        now = self.clock() if at is None else at
        self._leg, self._now = max(0.0, response_leg), now
        decision = Decision(group)
        decision.before_reset = self._announced_blocked(credential, group, arrived, now)
        rule = self._rule(group)
        if rule is not None:
            decision.limit, decision.window = rule.limit, rule.window
        storm = self._storms.get(group)
        if storm is not None and self._storm_active(storm, now):
            decision.allowed, decision.storm = False, True
            decision.remaining = 0
            decision.reset = storm.reset if storm.until is None else storm.until - now
            decision.limit = decision.limit or 1
            self._announce(credential, group, now + decision.reset)
            return decision
        if rule is None:
            return decision
        buckets = (
            ("key", self._windows.setdefault((credential, group), _Window()), rule.limit),
            ("org", self._windows.setdefault(("", group), _Window()), rule.limit * ORG_MULTIPLIER),
        )
        for _, window, _ in buckets:
            if now >= window.start + rule.window:
                window.start, window.count = now, 0
        for limit_type, window, limit in buckets:
            if window.count >= limit:
                decision.allowed = False
                decision.limit, decision.limit_type, decision.remaining = limit, limit_type, 0
                decision.reset = window.start + rule.window - now
                self._announce(credential, group, now + decision.reset)
                return decision
        for _, window, _ in buckets:
            window.count += 1
        # Report the bucket closest to its limit, as Close's headers do.
        limit_type, window, limit = min(buckets, key=lambda b: b[2] - b[1].count)
        decision.limit, decision.limit_type = limit, limit_type
        decision.remaining = limit - window.count
        decision.reset = window.start + rule.window - now
        if decision.remaining == 0:
            self._announce(credential, group, now + decision.reset)
        return decision

    def _storm_active(self, storm: _Storm, now: float) -> bool:
        if storm.remaining is not None:
            if storm.remaining <= 0:
                return False
            storm.remaining -= 1
            return True
        return storm.until is not None and now < storm.until

    def _announced_blocked(
        self, credential: str, group: str, arrived: float | None, now: float
    ) -> bool:
        """Whether the request reached the limiter (now) before a reset whose announcement had
        reached the client by the time the request was sent (``arrived``)."""
        sent = now if arrived is None else arrived
        return any(
            known <= sent and now < until
            for known, until in self._announced.get((credential, group), [])
        )

    def _announce(self, credential: str, group: str, until: float) -> None:
        now = self._now
        known = now + self._leg
        blocks = self._announced.setdefault((credential, group), [])
        # A block that ended before any request still in the simulator arrived cannot matter;
        # requests spend at most the injected latency inside, so a minute is plenty.
        blocks[:] = [(said, end) for said, end in blocks if end > now - _KEEP_ANNOUNCEMENTS]
        if blocks and now <= blocks[-1][1]:  # overlaps the last block: one longer interval
            said, end = blocks[-1]
            blocks[-1] = (min(said, known), max(end, until))
        else:
            blocks.append((known, until))

    # -- responses -------------------------------------------------------------------------

    def headers(self, decision: Decision) -> dict[str, str]:
        """The rate-limit headers of a response (empty when the group has no limit)."""
        if decision.limit is None or decision.remaining is None:
            return {}
        reset = _number(max(decision.reset, 0.0))
        return {
            "ratelimit": f"limit={decision.limit}, remaining={decision.remaining}, reset={reset}",
            "x-rate-limit-limit": str(decision.limit),
            "x-rate-limit-remaining": str(decision.remaining),
            "x-rate-limit-reset": reset,
        }

    def too_many_requests(self, decision: Decision) -> Reply:
        mode = self.rng.choice(_CONCRETE_MODES) if self.mode == "mixed" else self.mode
        reset = max(decision.reset, 0.0)
        retry_after = {"retry-after": str(max(1, math.ceil(reset)))}
        all_headers = self.headers(decision) | retry_after
        window = decision.window
        details: dict[str, object] = {
            "message": "API call count exceeded for this period",
            "rate_reset": round(reset, 6),
            "rate_limit": decision.limit,
            "rate_window": int(window) if float(window).is_integer() else window,
            "rate_limit_type": decision.limit_type,
            "rate_endpoint_group": hashlib.md5(decision.group.encode()).hexdigest(),
        }
        body: dict[str, object] | None = {"error": details}
        headers: dict[str, str] = all_headers
        if mode == "body_only":
            headers = {}
        elif mode == "rate_reset_only":
            body = {"error": {"message": details["message"], "rate_reset": details["rate_reset"]}}
            headers = retry_after
        elif mode == "headers_only":
            body = None
        elif mode == "retry_after_only":
            body, headers = None, retry_after
        elif mode == "ratelimit_only":
            body, headers = None, {"ratelimit": all_headers["ratelimit"]}
        elif mode == "bare":
            body, headers = None, {}
        return Reply(429, body, headers)


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"
