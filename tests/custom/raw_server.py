"""A raw HTTP/1.1 server on 127.0.0.1 whose answers the test writes byte by byte.

Misbehaviour needs real sockets: a body cut short, a body that stalls, a connection dropped
before any answer. ``asyncio.start_server`` on port 0 runs in the test's own event loop, so a
handler can read the test's virtual clock and wait on the test's events: nothing sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType


@dataclass
class Seen:
    """One request as the server read it off the socket."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    at: float
    """The test's clock when the request arrived."""


Handler = Callable[[Seen, asyncio.StreamWriter], Awaitable[bool]]
"""Write the answer for the request; return True to keep the connection for the next one."""


def response(status: int, body: bytes = b"", **headers: str) -> bytes:
    """A complete response; header names as keywords, ``_`` for ``-``."""
    lines = [f"HTTP/1.1 {status} X", f"content-length: {len(body)}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def head_only(status: int, length: int, **headers: str) -> bytes:
    """Just the head of a response announcing ``length`` body bytes (the test sends fewer)."""
    lines = [f"HTTP/1.1 {status} X", f"content-length: {length}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@dataclass
class RawServer:
    handler: Handler
    clock: Callable[[], float] = lambda: 0.0
    seen: list[Seen] = field(default_factory=list)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    """Set at exit: handlers that stall wait on it, so none outlives the test."""
    url: str = ""
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.done.set()
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def stall(self) -> None:
        """Hold the answer until the test is over."""
        await self.done.wait()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                seen = Seen(method, target, headers, body, self.clock())
                self.seen.append(seen)
                keep = await self.handler(seen, writer)
                await writer.drain()
                if not keep:
                    return
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
