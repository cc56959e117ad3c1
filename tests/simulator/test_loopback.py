"""The simulator under real uvicorn on 127.0.0.1: requests, and real dropped connections."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from custom.simulator import CloseSimulator, Faults

ROOT = Path(__file__).resolve().parents[2]


async def test_served_by_uvicorn_on_a_free_loopback_port() -> None:
    sim = CloseSimulator(seed=1)
    sim.seed_leads(3)
    sim.set_rate_limit("GET", "/lead/", limit=10)
    with sim.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=url + "/api/v1/", auth=("test_key", "")) as http:
            response = await http.get("lead/", params={"_limit": 2})
            assert response.status_code == 200
            assert len(response.json()["data"]) == 2
            assert response.headers["x-rate-limit-remaining"] == "9"
            created = await http.post("lead/", json={"name": "Over TCP"})
            assert created.json()["name"] == "Over TCP"


async def test_dropped_connection_under_uvicorn_closes_the_socket_without_a_response() -> None:
    sim = CloseSimulator(seed=1)
    with sim.serve() as url:
        async with httpx.AsyncClient(base_url=url + "/api/v1/", auth=("test_key", "")) as http:
            assert (await http.get("me/")).status_code == 200
            sim.faults = Faults(drop_rate=1.0)
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                await http.get("me/")
            sim.faults = Faults()
            assert (await http.get("me/")).status_code == 200  # the server is still fine
    assert [r.fault for r in sim.requests] == [None, "drop", None]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_command_line_serves_seeded_leads() -> None:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "custom.simulator",
        "--port",
        str(port),
        "--leads",
        "7",
        "--api-key",
        "cli_key",
    ]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    ) as proc:
        try:
            deadline = time.monotonic() + 15
            while True:
                try:
                    response = httpx.get(
                        f"http://127.0.0.1:{port}/api/v1/lead/", auth=("cli_key", ""), timeout=1
                    )
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise
                    time.sleep(0.05)  # waiting for a subprocess to bind, not for test time
            assert response.json()["total_results"] == 7
        finally:
            proc.terminate()
            proc.wait(timeout=10)
