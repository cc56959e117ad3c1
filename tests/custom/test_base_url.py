"""``base_url``: explicit, else ``CLOSE_BASE_URL``, else Close's API."""

from __future__ import annotations

import httpx
import pytest
import respx

from close_api_client.api.me import get_me
from custom import create_client

SIMULATOR = "http://127.0.0.1:8765/api/v1"


@pytest.fixture(autouse=True)
def no_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOSE_BASE_URL", raising=False)


@respx.mock
async def test_without_either_the_client_talks_to_close() -> None:
    route = respx.get("https://api.close.com/api/v1/me/").mock(httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client("key"))
    assert route.called


@respx.mock
async def test_close_base_url_points_the_client_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOSE_BASE_URL", SIMULATOR)
    route = respx.get(f"{SIMULATOR}/me/").mock(httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client("key"))
    assert route.called


@respx.mock
async def test_an_explicit_base_url_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLOSE_BASE_URL", "http://127.0.0.1:9/api/v1")
    route = respx.get(f"{SIMULATOR}/me/").mock(httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client("key", base_url=SIMULATOR))
    assert route.called
