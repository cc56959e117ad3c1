"""The simulator in its own process: ``python -m bench._simserver LEADS LIMIT UP DOWN JITTER``.

UP and DOWN are the request and response legs in seconds, JITTER the most added to each.

Why not ``sim.serve()`` (uvicorn in a thread of the benchmark): the server's CPU would share the
client's GIL, so a client that sends many requests (the naive ``gather``) would be slowed by
the server's work on its own requests. Two read-only routes outside ``/api/v1`` give the
benchmark what it needs from the simulator's memory:

- ``GET /__bench__/ids``: the seeded lead ids;
- ``GET /__bench__/requests?credential=key:NAME``: the request log for one API key
  (arrival time on the shared monotonic clock, group, status, ``before_reset``, and when the
  limiter counted it, after the request leg).
"""

from __future__ import annotations

import json
import sys
from typing import Any
from urllib.parse import parse_qs

from custom.simulator import CloseSimulator, Faults

from ._leadserver import Receive, Scope, Send, serve

KEYS = (
    "bench_one_ahead",
    "bench_prefetch",
    "bench_sequential",
    "bench_one_ahead_alone",
    "bench_prefetch_alone",
    "bench_prefetch_late",
    "bench_prefetch_alone_late",
    "bench_org_a",
    "bench_org_b",
    "bench_org_c",
    "bench_org_d",
    "bench_warmup",
)
"""One API key per client variant: the limit is per key, so runs never share a window."""


class BenchApp:
    """The simulator's ASGI app plus the two ``/__bench__/`` routes."""

    def __init__(self, sim: CloseSimulator, ids: list[str]) -> None:
        self._sim = sim
        self._ids = ids

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/__bench__/"):
            await self._sim.app(scope, receive, send)
            return
        body: Any
        if path == "/__bench__/ids":
            body = self._ids
        else:
            query = parse_qs(scope.get("query_string", b"").decode())
            credential = query.get("credential", [""])[0]
            body = [
                [r.time, r.group, r.path, r.status, r.before_reset, r.handled]
                for r in list(self._sim.requests)
                if r.credential == credential
            ]
        payload = json.dumps(body).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


def main(argv: list[str]) -> None:
    leads, limit = int(argv[0]), int(argv[1])
    up, down, jitter = (float(a) for a in (argv[2:5] + ["0", "0"])[:3])
    sim = CloseSimulator(seed=11, api_keys=KEYS)
    # Activities are not part of the workload, and seeding them doubles the start-up time.
    ids = sim.seed_leads(leads, activities_per_lead=0)
    sim.set_rate_limit(limit=limit, window=1.0)
    sim.faults = Faults(latency_request=up, latency_response=down, latency_jitter=jitter)
    serve(BenchApp(sim, ids))


if __name__ == "__main__":
    main(sys.argv[1:])
