"""A minimal Close-shaped ASGI server, run as ``python -m bench._leadserver FIXTURE [TOTAL]``.

It answers ``GET /api/v1/lead/{id}/`` with one fixed lead and ``GET /api/v1/lead/`` with pages
synthesised from the fixture page (each page's ids made unique by its offset), for a
collection of ``TOTAL`` leads. Why not the simulator: seeding 100,000 leads takes minutes,
and its per-request work is irrelevant here; what matters is that the client sees Close's
shapes, including a ``ratelimit`` header on every response (the client parses it each time),
whose counter is real (a 1-second window with a limit too high to be reached), because a
constant ``remaining`` would make the client's gate think the window never ends.
"""

from __future__ import annotations

import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import uvicorn

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

LIMIT = 1_000_000


class LeadServer:
    """The ASGI app: a fixed lead, synthesised pages, and a real rate-limit counter."""

    def __init__(self, page: dict[str, Any], total: int) -> None:
        self._leads = [json.dumps(lead).encode() for lead in page["data"]]
        self._lead = self._leads[0]
        self._total = total
        self._window_start = 0.0
        self._count = 0

    def _ratelimit(self) -> bytes:
        now = time.monotonic()
        if now - self._window_start >= 1.0:
            self._window_start, self._count = now, 0
        self._count += 1
        reset = max(0.0, self._window_start + 1.0 - now)
        return f"limit={LIMIT}, remaining={LIMIT - self._count}, reset={reset:.3f}".encode()

    def _page(self, query: bytes) -> bytes:
        params = parse_qs(query.decode("latin-1"))
        skip = int(params.get("_skip", ["0"])[0])
        limit = int(params.get("_limit", ["100"])[0])
        count = max(0, min(limit, len(self._leads), self._total - skip))
        data = b",".join(self._leads[:count]).replace(b'": "lead_', b'": "lead_%d_' % skip)
        has_more = b"true" if skip + count < self._total else b"false"
        return b'{"has_more": %s, "total_results": %d, "data": [%s]}' % (
            has_more,
            self._total,
            data,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path == "/api/v1/lead/":
            status, body = 200, self._page(scope.get("query_string", b""))
        elif path.startswith("/api/v1/lead/"):
            status, body = 200, self._lead
        else:
            status, body = 404, b'{"error": "Not found."}'
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"ratelimit", self._ratelimit()),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def serve(app: Any) -> None:
    """Bind a free loopback port, announce it on stdout, and serve until terminated."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)  # listening before READY: early connections wait in the backlog
    config = uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    print(f"READY {sock.getsockname()[1]}", flush=True)
    server.run(sockets=[sock])


def main(argv: list[str]) -> None:
    page = json.loads(Path(argv[0]).read_bytes())
    total = int(argv[1]) if len(argv) > 1 else len(page["data"])
    serve(LeadServer(page, total))


if __name__ == "__main__":
    main(sys.argv[1:])
