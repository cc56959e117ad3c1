"""Misbehaving servers on real loopback sockets (issue 16): huge, zero and negative resets,
``limit=0``, the last 429, truncated and stalled bodies, dropped connections, a 302.

Each server is a ``RawServer`` in the test's own event loop, on the test's virtual clock
(``FakeTime``): waits are asserted in virtual seconds, and nothing sleeps for real. The only
real timer is the short read timeout of the stalled-body case.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from close_fakes import FakeTime
from raw_server import RawServer, Seen, head_only, response

from close_api_client import AuthenticatedClient
from custom import _ratelimit, create_client, stats, with_options
from custom._client import close_transport_of
from custom.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    RateLimitError,
)

API_KEY = "api_SECRETKEY1234567890"
LEAD = "/lead/lead_7H4sjNso7FyBFaeR3RXi5PMJbilf/"
OK = response(200, b'{"data": [], "has_more": false}', content_type="application/json")
Script = Callable[[Seen, RawServer], Awaitable[bytes | None]]
"""The answer for the n-th request (``len(server.seen)``); None: drop the connection."""


def scripted(answers: list[bytes | None], last: bytes = OK) -> Script:
    async def answer(seen: Seen, server: RawServer) -> bytes | None:
        n = len(server.seen) - 1
        return answers[n] if n < len(answers) else last

    return answer


@pytest.fixture
async def serve(fake_time: FakeTime) -> AsyncIterator[Callable[[Script], Awaitable[RawServer]]]:
    servers: list[RawServer] = []

    async def start(script: Script) -> RawServer:
        server: RawServer

        async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
            data = await script(seen, server)
            if data is None:
                return False  # dropped: no answer at all
            writer.write(data)
            return not _is_cut(data)  # a cut body stays cut: the connection closes

        server = await RawServer(handler, fake_time.clock).__aenter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.__aexit__(None, None, None)


def client_for(server: RawServer, fake_time: FakeTime, **options: object) -> AuthenticatedClient:
    return create_client(
        API_KEY,
        base_url=f"{server.url}/api/v1",
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        rng=random.Random(3),
        **options,  # type: ignore[arg-type]
    )


async def get(client: AuthenticatedClient, path: str = LEAD) -> httpx.Response:
    return await client.get_async_httpx_client().get(path)


def rate_limited(**headers: str) -> bytes:
    return response(429, **headers)


def body_429(rate_reset: float) -> bytes:
    body = json.dumps({"error": {"message": "slow down", "rate_reset": rate_reset}})
    return response(429, body.encode(), content_type="application/json")


# -- item 1: no day-long sleeps ----------------------------------------------------------

DAY = 86400.0
IN_A_DAY = email.utils.formatdate(1_767_225_600 + DAY, usegmt=True)
NOW_HTTP = email.utils.formatdate(1_767_225_600, usegmt=True)
HUGE_429S = {
    "RateLimit reset": (rate_limited(ratelimit="limit=40, remaining=0, reset=86400"), DAY),
    "body rate_reset": (body_429(DAY), DAY),
    "retry-after seconds": (rate_limited(retry_after="86400"), DAY),
    "retry-after date": (rate_limited(retry_after=IN_A_DAY, date=NOW_HTTP), DAY),
    "epoch x-rate-limit-reset": (rate_limited(x_rate_limit_reset="1767225600"), 1_767_225_600.0),
    "1e308": (body_429(1e308), 1e308),
}


@pytest.mark.parametrize("shape", list(HUGE_429S))
async def test_a_429_asking_for_more_than_max_retry_time_raises_at_once_with_the_wait(
    shape: str, serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    answer, wait = HUGE_429S[shape]
    server = await serve(scripted([answer]))
    async with client_for(server, fake_time) as client:
        with pytest.raises(RateLimitError) as caught:
            await get(client)
        assert caught.value.wait == wait
        assert fake_time.sleeps == []  # not one virtual second slept
        # The group stays blocked (for MAX_BLOCK at most): the next call fails unsent.
        with pytest.raises(RateLimitError, match="not sent: the endpoint group is blocked"):
            await get(client)
    assert len(server.seen) == 1


async def test_max_retry_time_bounds_the_waits_between_429s(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(
        scripted([], last=rate_limited(ratelimit="limit=5, remaining=0, reset=0.6"))
    )
    async with client_for(server, fake_time, max_retry_time=1.0) as client:
        with pytest.raises(RateLimitError) as caught:
            await get(client)
    assert caught.value.wait == 0.6
    assert len(server.seen) == 2  # one wait of 0.6 s fits in 1 s; a second would not
    assert fake_time.now - 1000.0 <= 1.0


async def test_a_200_announcing_a_day_long_reset_blocks_the_group_briefly(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    frozen = response(200, b"{}", ratelimit="limit=5, remaining=0, reset=86400")
    server = await serve(scripted([frozen]))
    async with client_for(server, fake_time) as client:
        await get(client)
        await get(client)
    waited = server.seen[1].at - server.seen[0].at
    cap = _ratelimit.MAX_PROACTIVE_BLOCK
    assert cap <= waited <= cap + 0.01
    assert cap < _ratelimit.MAX_BLOCK < 60.0 * 10


# -- item 2: limit=0 ---------------------------------------------------------------------

ZERO_LIMIT = "limit=0, remaining=0, reset=1"


@pytest.mark.parametrize("status", [429, 200])
async def test_a_zero_limit_does_not_stop_the_group_for_ever(
    status: int, serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(scripted([response(status, b"{}", ratelimit=ZERO_LIMIT)]))
    async with client_for(server, fake_time) as client:
        async with asyncio.timeout(5):  # before the fix: an endless loop of virtual sleeps
            for _ in range(1 if status == 429 else 3):
                assert (await get(client)).status_code == 200
    assert _ratelimit.parse_rate_limit({"ratelimit": ZERO_LIMIT}).limit is None
    gaps = [b.at - a.at for a, b in zip(server.seen, server.seen[1:], strict=False)]
    assert 1.0 <= gaps[0] <= 1.3  # it waited for the announced reset, then sent again


# -- item 3: negative reset --------------------------------------------------------------


async def test_a_negative_reset_is_no_signal_so_a_429_backs_off(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    negative = rate_limited(ratelimit="limit=5, remaining=0, reset=-5")
    server = await serve(scripted([negative, negative]))
    async with client_for(server, fake_time) as client:
        assert (await get(client)).status_code == 200
    assert (
        _ratelimit.parse_rate_limit({"ratelimit": "limit=5, remaining=0, reset=-5"}).reset is None
    )
    sent = [seen.at for seen in server.seen]
    assert len(sent) == 3
    assert sent[1] - sent[0] >= 0.25 and sent[2] - sent[1] >= 0.5  # growing backoff


# -- item 4: the last 429 blocks the group -----------------------------------------------

LAST_429S = {
    "body only": (body_429(3.0), 3.0),
    "retry-after only": (rate_limited(retry_after="3"), 3.0),
    "ratelimit only": (rate_limited(ratelimit="limit=40, remaining=0, reset=3"), 3.0),
    "no signal": (rate_limited(), 0.25),  # backoff: at least half the first step
}


@pytest.mark.parametrize("shape", list(LAST_429S))
async def test_the_429_that_ends_a_call_still_blocks_the_group(
    shape: str, serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    answer, wait = LAST_429S[shape]
    server = await serve(scripted([answer]))
    async with client_for(server, fake_time, max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await get(client)
        await get(client, "/lead/lead_0123456789abcdefghij/")  # same group, next task
    assert len(server.seen) == 2
    assert server.seen[1].at - server.seen[0].at >= wait


# -- item 5: nothing reaches the socket while the group is blocked -----------------------


async def test_requests_queued_for_a_connection_are_not_sent_once_their_group_is_blocked(
    fake_time: FakeTime,
) -> None:
    """Pool of 2, 12 tasks: 2 on the wire, 9 waiting for a connection when a 429 (30 s)
    arrives. The block lasts until the test ends it: by then every task has either finished
    or is waiting at the gate, and none of the 9 may have reached the server."""
    both_arrived, settled, release = asyncio.Event(), asyncio.Event(), asyncio.Event()
    tasks, sleepers, finished = 12, [0], [0]
    limited_at: list[int] = []

    def check() -> None:
        if sleepers[0] + finished[0] == tasks:
            settled.set()

    async def blocked_sleep(seconds: float) -> None:  # the block ends when the test says
        sleepers[0] += 1
        check()
        await release.wait()

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        n = len(server.seen)
        if n in (2, 3):  # after the probe: the two connections' requests, held together
            if n == 3:
                both_arrived.set()
            await both_arrived.wait()
            if n == 2:
                limited_at.append(n)
                writer.write(rate_limited(retry_after="30"))
                return True
            await asyncio.sleep(0)  # the 429 goes out first
        writer.write(OK)
        return True

    async def one(client: AuthenticatedClient) -> None:
        await get(client)
        finished[0] += 1
        check()

    server = RawServer(handler, fake_time.clock)
    async with server:
        client = create_client(
            API_KEY,
            base_url=f"{server.url}/api/v1",
            clock=fake_time.clock,
            sleep=blocked_sleep,
            rng=random.Random(3),
            limits=httpx.Limits(max_connections=2),
        )
        async with client:
            running = [asyncio.create_task(one(client)) for _ in range(tasks)]
            await settled.wait()
            sent_while_blocked = len(server.seen) - 3
            fake_time.now += 31.0
            release.set()
            await asyncio.gather(*running)
    assert limited_at == [2]
    assert sent_while_blocked == 0
    assert len(server.seen) == tasks + 1  # every task once, and the retry of the 429


# -- item 6: failures after the headers --------------------------------------------------

TRUNCATED_200 = head_only(200, 100, content_type="application/json") + b'{"data": ['


async def test_a_get_whose_body_is_cut_short_is_retried(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(scripted([TRUNCATED_200]))
    async with client_for(server, fake_time) as client:
        page = await get(client)
    assert page.json() == {"data": [], "has_more": False}
    assert len(server.seen) == 2 and stats(client).retries == 1


async def test_a_get_whose_body_stalls_is_retried_after_the_read_timeout(
    fake_time: FakeTime,
) -> None:
    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.seen) == 1:
            writer.write(TRUNCATED_200)
            await writer.drain()
            await server.stall()
            return False
        writer.write(OK)
        return True

    server = RawServer(handler, fake_time.clock)
    async with server:
        timeout = httpx.Timeout(5.0, read=0.2)
        async with client_for(server, fake_time, timeout=timeout) as client:
            page = await get(client)
    assert page.status_code == 200 and len(server.seen) == 2


async def test_a_post_whose_body_is_cut_short_is_not_sent_again(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(scripted([TRUNCATED_200]))
    async with client_for(server, fake_time) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.get_async_httpx_client().post("/lead/?secret=query", json={"name": "A"})
    assert len(server.seen) == 1
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert "secret" not in str(caught.value) and API_KEY not in str(caught.value)
    assert str(caught.value).startswith("POST /api/v1/lead/: RemoteProtocolError")


@pytest.mark.parametrize("max_retries", [0, 1])
async def test_a_429_with_a_truncated_body_is_still_a_429(
    max_retries: int, serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    cut = head_only(429, 200, retry_after="2", content_type="application/json") + b'{"err'
    server = await serve(scripted([cut]))
    async with client_for(server, fake_time, max_retries=max_retries) as client:
        if max_retries == 0:
            with pytest.raises(RateLimitError) as caught:
                await get(client)
            assert caught.value.wait == 2.0
        else:
            assert (await get(client)).status_code == 200
            assert server.seen[1].at - server.seen[0].at >= 2.0
    assert len(server.seen) == 1 + max_retries


async def test_dropped_connections_are_retried_then_raised_as_a_connection_error(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(scripted([None] * 10))
    async with client_for(server, fake_time) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.get_async_httpx_client().get(f"{LEAD}?query=private")
    assert len(server.seen) == 5  # the first try and max_retries=4 retries
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert "private" not in str(caught.value) and caught.value.path == f"/api/v1{LEAD}"


async def test_read_timeouts_are_raised_as_a_timeout_error(fake_time: FakeTime) -> None:
    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        await server.stall()
        return False

    server = RawServer(handler, fake_time.clock)
    async with server:
        timeout = httpx.Timeout(5.0, read=0.05)
        async with client_for(server, fake_time, timeout=timeout, max_retries=1) as client:
            with pytest.raises(APITimeoutError) as caught:
                await get(client)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.seen) == 2


# -- issue 10: a 302 raises; a closed client refuses -------------------------------------


async def test_a_redirect_is_raised_not_returned(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(scripted([], last=response(302, location="https://example.com/")))
    async with client_for(server, fake_time) as client:
        with pytest.raises(APIStatusError) as caught:
            await get(client)
    assert caught.value.status_code == 302 and type(caught.value) is APIStatusError
    assert len(server.seen) == 1


async def test_a_closed_client_and_its_derived_views_refuse_requests(
    serve: Callable[[Script], Awaitable[RawServer]], fake_time: FakeTime
) -> None:
    server = await serve(scripted([]))
    client = client_for(server, fake_time)
    tenant = with_options(client, api_key="api_other")
    assert (await get(tenant)).status_code == 200
    await client.get_async_httpx_client().aclose()  # closes the owner CloseTransport
    owner = close_transport_of(client)
    with pytest.raises(ClientClosedError):
        await owner.handle_async_request(httpx.Request("GET", f"{server.url}/api/v1{LEAD}"))
    with pytest.raises(ClientClosedError):
        await get(tenant)  # a derived view: its own AsyncClient is open, the pool is not
    assert len(server.seen) == 1


def _is_cut(data: bytes) -> bool:
    """Whether ``data`` announces more body bytes than it carries."""
    head, _, body = data.partition(b"\r\n\r\n")
    lengths = [line for line in head.split(b"\r\n") if line.startswith(b"content-length:")]
    return bool(lengths) and len(body) < int(lengths[0].split(b":")[1])
