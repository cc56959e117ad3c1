"""The Close-shaped data every benchmark serves or parses: one page of 100 simulator leads.

It comes from the project's simulator (seeded, so identical on every run), fetched through its
ASGI app, so the bytes are exactly what the simulator would send: leads with two contacts
(phones, emails), one opportunity, and lead custom fields (``custom.cf_*`` keys plus the
``custom`` object). It is written to a file once per run because the loopback servers are
separate processes that should not pay for seeding a simulator.
"""

from __future__ import annotations

import asyncio
import functools
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

__all__ = ["PAGE_SIZE", "fixture_path", "load_page", "page_bytes"]

PAGE_SIZE = 100


async def _fetch_page() -> bytes:
    from custom.simulator import CloseSimulator

    sim = CloseSimulator(seed=7, start_time=datetime(2026, 1, 15, tzinfo=UTC))
    sim.seed_leads(PAGE_SIZE, contacts_per_lead=2, opportunities_per_lead=1, activities_per_lead=0)
    transport = httpx.ASGITransport(app=sim.app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sim/api/v1/", auth=("test_key", "")
    ) as http:
        response = await http.get("lead/", params={"_limit": PAGE_SIZE})
        response.raise_for_status()
        return response.content


@functools.cache
def page_bytes() -> bytes:
    """The raw JSON of one ``GET /lead/?_limit=100`` page from the simulator."""
    return asyncio.run(_fetch_page())


@functools.cache
def fixture_path() -> Path:
    """The page, written to a per-run temporary file for the server subprocesses."""
    directory = Path(tempfile.mkdtemp(prefix="close-bench-"))
    path = directory / "lead_page.json"
    path.write_bytes(page_bytes())
    return path


def load_page(path: Path) -> dict[str, Any]:
    page: dict[str, Any] = json.loads(path.read_bytes())
    return page
