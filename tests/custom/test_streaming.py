"""Issue 20: which bodies the transport reads (and retries) and which it streams on.

The rule (``custom._transport``'s docstring): non-2xx bodies, generated functions' bodies,
bodies announcing at most ``BUFFER_LIMIT`` bytes and bodies a mock already read are read in
the transport, so a truncated or stalled body is retried; any other 2xx body (an export via
``client.stream(...)``, a chunked body) is handed on unread and streams in bounded memory.
Real loopback sockets (``RawServer``), virtual time; the stall cases use a short real read
timeout, the only real timer.
"""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from close_fakes import FakeTime
from raw_server import RawServer, Seen, head_only, response
from test_extremes import client_for

from close_api_client.api.leads import list_leads
from custom import stats
from custom._transport import BUFFER_LIMIT
from custom.errors import APIConnectionError

EXPORT = "/export/lead/expo_1/download/"
MB = 1 << 20
Handler = Callable[[Seen, asyncio.StreamWriter], Awaitable[bool]]


@pytest.fixture
async def serve(fake_time: FakeTime) -> AsyncIterator[Callable[[Handler], Awaitable[RawServer]]]:
    servers: list[RawServer] = []

    async def start(handler: Handler) -> RawServer:
        server = await RawServer(handler, fake_time.clock).__aenter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.__aexit__(None, None, None)


def chunked_head(status: int = 200) -> bytes:
    return f"HTTP/1.1 {status} X\r\ntransfer-encoding: chunked\r\n\r\n".encode()


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


async def write_in_pieces(writer: asyncio.StreamWriter, size: int, piece: int = 64 * 1024) -> None:
    block = b"x" * piece
    for _ in range(size // piece):
        writer.write(block)
        await writer.drain()


# -- streamed: bounded memory ------------------------------------------------------------


async def test_a_50_mb_export_streams_through_in_bounded_memory(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    """Before issue 20 the transport read every body whole: 50 MB held at once."""
    size = 50 * MB

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(head_only(200, size, content_type="text/csv"))
        await write_in_pieces(writer, size)
        return True

    server = await serve(handler)
    async with client_for(server, fake_time) as client:
        received = 0
        tracemalloc.start()
        try:
            async with client.get_async_httpx_client().stream("GET", EXPORT) as streamed:
                async for piece in streamed.aiter_raw():
                    received += len(piece)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert received == size
    assert peak < 8 * MB  # the whole body would be 50 MB: it never is in memory at once


async def test_a_chunked_body_of_unknown_length_is_handed_on_as_it_arrives(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    """The caller gets the first chunk while the server still holds back the rest.

    (The server's 5 s limit is only a guard, so that a transport reading the whole body
    first fails this test instead of hanging it; a passing run never waits for it.)"""
    first_seen = asyncio.Event()
    held_back: list[bool] = []

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(chunked_head() + chunk(b"id,name\n"))
        await writer.drain()
        try:
            await asyncio.wait_for(first_seen.wait(), 5.0)
            held_back.append(True)
        except TimeoutError:
            held_back.append(False)
        writer.write(chunk(b"lead_1,Acme\n") + b"0\r\n\r\n")
        return True

    server = await serve(handler)
    async with client_for(server, fake_time) as client:
        async with client.get_async_httpx_client().stream("GET", EXPORT) as streamed:
            pieces = []
            async for piece in streamed.aiter_bytes():
                pieces.append(piece)
                first_seen.set()
    assert b"".join(pieces) == b"id,name\nlead_1,Acme\n"
    assert held_back == [True]  # the first chunk reached the caller before the rest was sent


async def test_a_streamed_request_is_retried_up_to_its_2xx_headers(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.seen) == 1:
            writer.write(response(503, b'{"error": "busy"}', retry_after="1"))
            return True
        writer.write(chunked_head() + chunk(b"rows") + b"0\r\n\r\n")
        return True

    server = await serve(handler)
    async with client_for(server, fake_time) as client:
        async with client.get_async_httpx_client().stream("GET", EXPORT) as streamed:
            assert await streamed.aread() == b"rows"
    assert len(server.seen) == 2 and stats(client).retries == 1


async def test_a_streamed_body_cut_short_is_a_connection_error_and_is_not_sent_again(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(head_only(200, 2 * BUFFER_LIMIT) + b"x" * 1000)
        return False  # the connection closes: the body is cut short

    server = await serve(handler)
    async with client_for(server, fake_time) as client:
        with pytest.raises(APIConnectionError, match="not retried") as caught:
            async with client.get_async_httpx_client().stream("GET", EXPORT) as streamed:
                async for _ in streamed.aiter_bytes():
                    pass
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert caught.value.path == f"/api/v1{EXPORT}" and len(server.seen) == 1


async def test_a_streamed_response_holds_its_connection_slot_until_closed(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    """With one connection, a second request waits (before the gate's last check, not in
    the pool) until the streamed response is closed, and then goes."""

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(chunked_head() + chunk(b"part") + b"0\r\n\r\n")
        return True

    server = await serve(handler)
    one = httpx.Limits(max_connections=1)
    async with client_for(server, fake_time, limits=one) as client:
        http = client.get_async_httpx_client()
        streamed = await http.send(http.build_request("GET", EXPORT), stream=True)
        second = asyncio.create_task(http.get(EXPORT))
        for _ in range(20):
            await asyncio.sleep(0)
        assert len(server.seen) == 1 and not second.done()
        await streamed.aclose()
        assert (await second).content == b"part"
    assert len(server.seen) == 2


# -- read in the transport: retried ------------------------------------------------------


def _page_body(leads: int) -> bytes:
    data = [{"id": f"lead_{n:06d}", "display_name": "x" * 200} for n in range(leads)]
    return json.dumps({"data": data, "has_more": False}).encode()


async def test_a_generated_call_retries_a_truncated_body_even_past_the_buffer_limit(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    """A generated function parses the whole body anyway, so the transport reads it whole,
    whatever its size, and a body cut short is retried."""
    body = _page_body(6000)
    assert len(body) > BUFFER_LIMIT

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.seen) == 1:
            writer.write(head_only(200, len(body)) + body[: len(body) // 2])
            return False
        writer.write(response(200, body, content_type="application/json"))
        return True

    server = await serve(handler)
    async with client_for(server, fake_time) as client:
        page = await list_leads.asyncio(client=client)
    assert len(page.data) == 6000 and len(server.seen) == 2


async def test_a_small_body_is_read_and_retried_even_when_the_caller_streams(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.seen) == 1:
            writer.write(head_only(200, 100) + b"id,na")
            return False
        writer.write(response(200, b"id,name\n"))
        return True

    server = await serve(handler)
    async with client_for(server, fake_time) as client:
        async with client.get_async_httpx_client().stream("GET", EXPORT) as streamed:
            assert await streamed.aread() == b"id,name\n"
    assert len(server.seen) == 2


async def test_a_generated_call_whose_body_stalls_is_retried_after_the_read_timeout(
    serve: Callable[[Handler], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    body = _page_body(2)

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.seen) == 1:
            writer.write(head_only(200, len(body)) + body[:10])
            await writer.drain()
            await server.stall()
            return False
        writer.write(response(200, body, content_type="application/json"))
        return True

    server = await serve(handler)
    timeout = httpx.Timeout(5.0, read=0.2)
    async with client_for(server, fake_time, timeout=timeout) as client:
        page = await list_leads.asyncio(client=client)
    assert len(page.data) == 2 and len(server.seen) == 2
