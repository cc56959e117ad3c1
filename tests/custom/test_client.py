"""create_client and with_options: credentials, defaults, and per-tenant clients on one pool."""

from __future__ import annotations

import base64

import httpx
import pytest
import respx

from close_api_client import AuthenticatedClient
from close_api_client.api.me import get_me
from custom import create_client, stats, with_options
from custom._client import close_transport_of

API_KEY = "api_SECRETKEY1234567890"
OTHER_KEY = "api_OTHERTENANT0987654321"
ME = "https://api.close.com/api/v1/me/"


def basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode()


def test_no_credentials_anywhere_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOSE_API_KEY", raising=False)
    with pytest.raises(ValueError, match="CLOSE_API_KEY"):
        create_client()


def test_key_and_token_together_are_refused() -> None:
    with pytest.raises(ValueError, match="not both"):
        create_client(API_KEY, oauth_token="tok")


def test_an_invalid_tz_fails_at_construction() -> None:
    with pytest.raises(ValueError, match="Mars/Base"):
        create_client(API_KEY, tz="Mars/Base")


@respx.mock
async def test_the_key_is_sent_as_basic_auth_with_an_empty_password() -> None:
    route = respx.get(ME).mock(return_value=httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client(API_KEY))
    assert route.calls.last.request.headers["authorization"] == basic(API_KEY)


@respx.mock
async def test_the_key_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOSE_API_KEY", OTHER_KEY)
    route = respx.get(ME).mock(return_value=httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client())
    assert route.calls.last.request.headers["authorization"] == basic(OTHER_KEY)


@respx.mock
async def test_an_oauth_token_is_sent_as_bearer() -> None:
    route = respx.get(ME).mock(return_value=httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client(oauth_token="tok_abc"))
    assert route.calls.last.request.headers["authorization"] == "Bearer tok_abc"


@respx.mock
async def test_requests_carry_a_descriptive_user_agent() -> None:
    route = respx.get(ME).mock(return_value=httpx.Response(200, json={}))
    await get_me.asyncio_detailed(client=create_client(API_KEY))
    assert route.calls.last.request.headers["user-agent"].startswith("close-api-client/")


def test_a_timeout_is_always_set() -> None:
    assert create_client(API_KEY).get_async_httpx_client().timeout.read == 60.0
    assert create_client(API_KEY, timeout=5).get_async_httpx_client().timeout.connect == 5.0


def test_the_result_is_the_generated_client_and_its_repr_hides_the_key() -> None:
    client = create_client(API_KEY)
    assert isinstance(client, AuthenticatedClient)
    assert API_KEY not in repr(client) and basic(API_KEY) not in repr(client)
    assert API_KEY not in repr(client.get_async_httpx_client().auth)


def test_derived_clients_share_the_pool_and_gate_but_not_settings() -> None:
    parent = create_client(API_KEY, tz="America/New_York")
    child = with_options(parent, api_key=OTHER_KEY, tz=5.5)
    parent_transport, child_transport = close_transport_of(parent), close_transport_of(child)
    assert child_transport._shared is parent_transport._shared  # pool, gate, policy, clock
    assert child_transport.stats is not parent_transport.stats
    assert parent_transport.tz is not None and parent_transport.tz.label == "America/New_York"
    assert child_transport.tz is not None and child_transport.tz.header_value() == "5.5"
    assert child.get_async_httpx_client() is not parent.get_async_httpx_client()


@respx.mock
async def test_a_derived_client_sends_its_own_key_and_the_original_keeps_its_own() -> None:
    route = respx.get(ME).mock(return_value=httpx.Response(200, json={}))
    parent = create_client(API_KEY, tz=-4)
    child = with_options(parent, api_key=OTHER_KEY)
    same_key_other_tz = with_options(parent, tz=None)
    for client in (child, parent, same_key_other_tz):
        await get_me.asyncio_detailed(client=client)
    sent = [
        (c.request.headers["authorization"], c.request.headers.get("x-tz-offset"))
        for c in route.calls
    ]
    assert sent == [(basic(OTHER_KEY), "-4"), (basic(API_KEY), "-4"), (basic(API_KEY), None)]
    assert (stats(parent).requests, stats(child).requests) == (1, 1)


@respx.mock
async def test_closing_a_derived_client_leaves_the_original_usable() -> None:
    route = respx.get(ME).mock(return_value=httpx.Response(200, json={}))
    async with create_client(API_KEY) as parent:
        async with with_options(parent, api_key=OTHER_KEY) as child:
            await get_me.asyncio_detailed(client=child)
        await get_me.asyncio_detailed(client=parent)
    assert route.call_count == 2


def test_stats_and_with_options_refuse_clients_not_made_here() -> None:
    plain = AuthenticatedClient(base_url="https://example.invalid", token="t")
    with pytest.raises(TypeError, match="create_client"):
        stats(plain)
