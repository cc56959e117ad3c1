"""Serving a simulator on loopback with uvicorn, with real dropped connections.

uvicorn does not expose the socket to the app, and an app that fails without answering gets
a 500 written for it. To drop a connection for real, the simulator serves with a subclass of
uvicorn's h11 protocol that registers each connection's transport under the client address
(the ASGI scope's ``client``); the app looks the transport up and aborts it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

if TYPE_CHECKING:
    from ._simulator import CloseSimulator

__all__ = ["bind_socket", "make_server", "serve_in_thread"]


def _protocol_for(sim: CloseSimulator) -> type[asyncio.Protocol]:
    registry = sim._connections

    class DroppableH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if self.client:
                registry[tuple(self.client)] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client:
                registry.pop(tuple(self.client), None)
            super().connection_lost(exc)

    return DroppableH11Protocol


def make_server(sim: CloseSimulator, host: str, port: int, **options: Any) -> uvicorn.Server:
    options.setdefault("log_level", "warning")
    config = uvicorn.Config(
        sim.app, host=host, port=port, http=_protocol_for(sim), lifespan="off", **options
    )
    return uvicorn.Server(config)


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (``port=0``: a free one). Connections queue
    until uvicorn accepts them, so a client may connect as soon as the address is known."""
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and
    # without it uvicorn's separate header and body writes stall ~40 ms on delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


@contextlib.contextmanager
def serve_in_thread(
    sim: CloseSimulator, host: str = "127.0.0.1", port: int = 0, **options: Any
) -> Iterator[str]:
    """Run uvicorn in a daemon thread; yield the base URL (``http://127.0.0.1:PORT``)."""
    sock = bind_socket(host, port)
    bound_port = sock.getsockname()[1]
    server = make_server(sim, host, bound_port, **options)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="close-simulator", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the simulator's uvicorn server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
