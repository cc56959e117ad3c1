"""How a client gets its store: ``redis_url`` or ``store=``, shared by ``with_options`` copies."""

from __future__ import annotations

import httpx
import pytest

from custom import MemoryStore, RedisStore, create_client, with_options
from custom._client import close_transport_of
from custom.simulator import CloseSimulator


async def test_redis_url_makes_one_store_that_with_options_copies_share(redis_url: str) -> None:
    transport = httpx.ASGITransport(app=CloseSimulator(seed=1).app)
    client = create_client("key_a", transport=transport, redis_url=redis_url)
    derived = with_options(client, api_key="key_b", tz="UTC")
    store = close_transport_of(client).gate.store
    assert isinstance(store, RedisStore)
    assert close_transport_of(derived).gate.store is store
    assert "key_a" not in repr(store) and redis_url not in repr(store)
    closed: list[bool] = []
    original = store.aclose

    async def spy() -> None:
        closed.append(True)
        await original()

    store.aclose = spy  # type: ignore[method-assign]
    await derived.get_async_httpx_client().aclose()
    assert closed == []  # a derived view does not close what it shares
    await client.get_async_httpx_client().aclose()
    assert closed == [True]  # the client that made the store closes it


def test_the_default_store_is_the_process_memory() -> None:
    client = create_client("key_a")
    assert isinstance(close_transport_of(client).gate.store, MemoryStore)


def test_redis_url_and_store_together_are_refused() -> None:
    with pytest.raises(ValueError, match="either redis_url or store"):
        create_client("key_a", redis_url="redis://127.0.0.1:1/0", store=MemoryStore(float))


def test_an_empty_organization_name_is_refused() -> None:
    with pytest.raises(ValueError, match="organization"):
        create_client("key_a", organization="")
