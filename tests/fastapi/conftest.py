"""Real uvicorn on 127.0.0.1 for the example app, with the simulator as its Close backend.

The app's socket is bound before the app exists, so a webhook subscription can point at its
URL and the subscription's ``signature_key`` can configure the app. Stopping a server is
graceful: uvicorn waits for running requests and their background tasks (the webhook
handler), then runs the lifespan shutdown, so what the handler recorded is final afterwards.
"""

from __future__ import annotations

import asyncio
import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
import uvicorn
from fastapi import FastAPI

from custom.simulator import CloseSimulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "fastapi_app.py"
API_KEY = "test_key"
WEBHOOK_PATH = "/webhooks/close"


class Listener:
    """A loopback socket bound to a free port, for a server that does not exist yet."""

    def __init__(self) -> None:
        # IPPROTO_TCP explicitly, so asyncio sets TCP_NODELAY (no delayed-ACK stalls).
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"


class AppServer:
    """``uvicorn.Server`` for ``app`` in a background thread (lifespan on)."""

    def __init__(self, app: FastAPI, listener: Listener) -> None:
        self.app, self.listener, self.url = app, listener, listener.url
        config = uvicorn.Config(app, lifespan="on", log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run,
            kwargs={"sockets": [listener.socket]},
            name="example-app",
            daemon=True,
        )

    def __enter__(self) -> AppServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:  # the only polling: waiting for startup
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the example app did not start")
            time.sleep(0.005)
        return self

    def settle(self) -> None:
        """Wait (without polling) until every request in flight has finished, background
        tasks included: uvicorn tracks one task per request until the app returns."""
        tasks = list(self.server.server_state.tasks)
        if tasks:
            loop = tasks[0].get_loop()
            asyncio.run_coroutine_threadsafe(asyncio.wait(tasks), loop).result(timeout=10)

    def stop(self) -> None:
        """Graceful shutdown (requests and background tasks finish first); idempotent."""
        self.server.should_exit = True
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "the example app did not shut down"
        self.listener.socket.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def load_example() -> FastAPI:
    """Import ``examples/fastapi_app.py`` afresh (it reads its environment at import)."""
    spec = importlib.util.spec_from_file_location("fastapi_app_under_test", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    app = module.app
    assert isinstance(app, FastAPI)
    return app


@pytest.fixture
def sim() -> CloseSimulator:
    return CloseSimulator(seed=6, api_keys=(API_KEY,))


@pytest.fixture
def sim_url(sim: CloseSimulator) -> Iterator[str]:
    """The simulator served on loopback; its API root (``.../api/v1``)."""
    with sim.serve(host="127.0.0.1", port=0) as url:
        yield url + "/api/v1"


@pytest.fixture
def listener() -> Iterator[Listener]:
    bound = Listener()
    yield bound
    bound.socket.close()


@pytest.fixture
def example_env(monkeypatch: pytest.MonkeyPatch, sim_url: str) -> pytest.MonkeyPatch:
    """The example's environment pointing at the simulator (the webhook key is per test)."""
    monkeypatch.setenv("CLOSE_API_KEY", API_KEY)
    monkeypatch.setenv("CLOSE_BASE_URL", sim_url)
    return monkeypatch
