"""The README's examples run, against the simulator, exactly as printed.

Each Python block after a `<!-- readme-test: NAME -->` marker is executed with
`create_client` routed to an in-process simulator (the only change: no network, any key).
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import custom
import custom.fastapi
from custom._client import create_client as real_create_client
from custom.simulator import CloseSimulator
from custom.webhooks import sign_payload

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
BLOCKS = dict(re.findall(r"<!-- readme-test: ([\w-]+) -->\n```python\n(.*?)```", README, re.S))


@pytest.fixture
def simulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[CloseSimulator]:
    sim = CloseSimulator(seed=3, api_keys=None)
    sim.seed_leads(12, events=True)

    def routed(api_key: str | None = None, **options: Any) -> Any:
        options.setdefault("transport", httpx.ASGITransport(app=sim.app))
        return real_create_client(api_key or "readme_key", **options)

    monkeypatch.setattr(custom, "create_client", routed)
    monkeypatch.setattr(custom._client, "create_client", routed)  # what custom.Close calls
    monkeypatch.setattr(custom.fastapi, "create_client", routed)
    yield sim


def run_block(name: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": f"readme_{name}"}
    exec(compile(BLOCKS[name], f"README.md:{name}", "exec"), namespace)
    return namespace


def test_every_marked_block_was_found() -> None:
    assert set(BLOCKS) == {
        "quickstart",
        "common-tasks",
        "pagination",
        "tz",
        "tenants",
        "errors",
        "fastapi",
        "user-test",
    }


def test_quickstart(simulator: CloseSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    run_block("quickstart")
    printed = capsys.readouterr().out.splitlines()
    listed = [r for r in simulator.requests if r.path == "/api/v1/lead/"]
    fetched = [r for r in simulator.requests if r.path.startswith("/api/v1/lead/lead_")]
    assert [r.query.get("query") for r in listed] == ["status:Potential"]
    assert len(printed) == len(fetched) > 0


def test_common_tasks(simulator: CloseSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    namespace = run_block("common-tasks")

    async def main() -> tuple[str, list[str], str, str]:
        async with custom.Close() as close:
            lead_id = await namespace["onboard"](close)
            found = await namespace["find_acme"](close)
            missing = await namespace["describe"](close, "lead_does_not_exist")
            await namespace["set_status"](close, lead_id, "stat_does_not_exist")
            return lead_id, found, missing, await namespace["describe"](close, lead_id)

    lead_id, found, missing, name = asyncio.run(main())
    lead = simulator.store.leads.items[lead_id]
    assert lead["description"] == "Met at the expo" and name == "Acme Corp"
    assert [c["name"] for c in simulator.store.contacts.of_lead(lead_id)] == ["Ann Lee"]
    calls = [r.body for r in simulator.requests if r.path == "/api/v1/activity/call/"]
    assert calls[0]["lead_id"] == lead_id and calls[0]["direction"] == "outbound"
    assert found == [lead_id] and missing == "no such lead"
    printed = capsys.readouterr().out
    assert "logged acti_" in printed and "refused: {'status_id': 'Unknown lead status.'}" in printed


def test_pagination(simulator: CloseSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    namespace = run_block("pagination")

    async def main() -> None:
        async with custom.create_client() as client:
            await namespace["walk"](client)

    asyncio.run(main())
    assert "lead created" in capsys.readouterr().out


def test_tz(simulator: CloseSimulator) -> None:
    namespace = run_block("tz")

    async def main() -> None:
        async with namespace["client"] as client:
            await namespace["today_in_kolkata"](client)

    asyncio.run(main())
    offsets = [r.headers.get("x-tz-offset") for r in simulator.requests]
    assert offsets[-2:] == ["5.5", "-4"]


def test_tenants(simulator: CloseSimulator) -> None:
    namespace = run_block("tenants")
    assert namespace["tenant_b"] is not namespace["shared"]


def test_errors(simulator: CloseSimulator) -> None:
    namespace = run_block("errors")

    async def main() -> Any:
        async with custom.create_client() as client:
            return await namespace["fetch"](client, "lead_does_not_exist")

    assert asyncio.run(main()) is None


async def test_fastapi(
    simulator: CloseSimulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "ab" * 32
    monkeypatch.setenv("CLOSE_WEBHOOK_KEY", key)
    app = run_block("fastapi")["app"]
    body = b'{"event": {"id": "ev_1", "object_type": "lead", "action": "created"}}'
    now = str(int(time.time()))
    signed = {
        "close-sig-timestamp": now,
        "close-sig-hash": sign_payload(body, timestamp=now, key=key),
    }
    forged = {**signed, "close-sig-hash": "0" * 64}
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://service"
        ) as http,
    ):
        names = (await http.get("/leads", params={"tz": 5.5})).json()
        lead_id = next(iter(simulator.store.leads.items))
        served = await http.get(f"/leads/{lead_id}")
        direct = await simulator.client().get(f"lead/{lead_id}/")
        rejected = await http.post("/webhooks/close", content=body, headers=forged)
        accepted = await http.post("/webhooks/close", content=body, headers=signed)
    assert len(names) == 12
    assert served.status_code == 200 and served.json() == direct.json()  # a Lead, as Close sent it
    listed = [r for r in simulator.requests if r.path == "/api/v1/lead/"]
    assert listed[-1].headers.get("x-tz-offset") == "5.5"
    assert (rejected.status_code, accepted.status_code) == (401, 202)
    assert capsys.readouterr().out.splitlines() == ["lead created"]


def test_user_test(simulator: CloseSimulator) -> None:
    namespace = run_block("user-test")
    asyncio.run(namespace["test_lead_names_route"]())


def test_user_test_passes_under_plain_pytest_as_pasted(tmp_path: Path) -> None:
    """Saved as a file and run by pytest with pytest-asyncio in its default (strict) mode,
    outside this project's configuration (asyncio_mode=auto): what a user gets."""
    (tmp_path / "test_service.py").write_text(BLOCKS["user-test"])
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_service.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
