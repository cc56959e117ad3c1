"""Fault injection: seeded 5xx, dropped connections (in-process), latency knob, groups."""

import httpx
import pytest

from custom.simulator import CloseSimulator, Faults

from .conftest import FakeClock


async def run_statuses(seed: int, clock: FakeClock) -> list[int]:
    sim = CloseSimulator(seed=seed, clock=clock)
    sim.faults = Faults(error_rate=0.3, retry_after=2)
    async with sim.client() as http:
        return [(await http.get("me/")).status_code for _ in range(40)]


async def test_injected_5xx_are_seeded_and_deterministic(clock: FakeClock) -> None:
    first = await run_statuses(1, clock)
    assert first == await run_statuses(1, clock)
    assert {502, 503, 504} & set(first) and 200 in first
    assert first != await run_statuses(2, clock)


async def test_injected_5xx_carry_an_error_body_and_optional_retry_after(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.faults = Faults(error_rate=1.0, statuses=(503,), retry_after=1.5)
    response = await http.get("lead/")
    assert response.status_code == 503 and response.headers["retry-after"] == "2"
    assert "error" in response.json() and sim.requests[-1].fault == "error"


async def test_dropped_connection_in_process_raises_an_httpx_transport_error(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.faults = Faults(drop_rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post("lead/", json={"name": "never applied"})
    assert len(sim.store.leads) == 0
    assert sim.requests[-1].fault == "drop" and sim.requests[-1].status is None


async def test_drop_after_applies_the_request_then_drops(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.faults = Faults(drop_rate=1.0, drop_phase="after")
    with pytest.raises(httpx.TransportError):
        await http.post("lead/", json={"name": "applied"})
    assert [lead["name"] for lead in sim.store.leads] == ["applied"]
    assert sim.event_log[-1]["action"] == "created"


async def test_faults_can_target_one_endpoint_group(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    sim.faults = Faults(error_rate=1.0, groups=("GET /contact/",))
    assert (await http.get("contact/")).status_code in (502, 503, 504)
    assert (await http.get("lead/")).status_code == 200


async def test_latency_is_added_server_side(sim: CloseSimulator, http: httpx.AsyncClient) -> None:
    sim.faults = Faults(latency=0.001)
    assert (await http.get("me/")).status_code == 200
