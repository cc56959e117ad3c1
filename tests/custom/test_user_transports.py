"""Issue 20: the transports users test with (httpx's own tools) work under ``create_client``.

``httpx.MockTransport`` with ``json=``, respx's router as a transport, and a wrapper that reads
(logs, records) each body all hand the SDK a response whose body was read already; the SDK
reads bodies with ``Response.aread()``, which works for those and for the network alike.
"""

from __future__ import annotations

import asyncio
import random

import httpx
import pytest
import respx
from close_fakes import FakeTime
from raw_server import RawServer, Seen, response

from close_api_client.api.leads import create_lead, get_lead, list_leads
from close_api_client.models import LeadCreate
from custom import create_client, stats
from custom._client import close_transport_of
from custom._transport import pool_limit
from custom.errors import NotFoundError, ServerError

API_KEY = "api_SECRETKEY1234567890"
BASE = "https://api.close.com/api/v1"
PAGE = {"data": [{"id": "lead_1", "display_name": "Acme"}], "has_more": False}


class RecordingTransport(httpx.AsyncBaseTransport):
    """A wrapper as users write them: it reads each body to log it, then passes it on."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.bodies: list[bytes] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = await self.inner.handle_async_request(request)
        self.bodies.append(await answer.aread())
        return answer

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_mock_transport_answering_json_works_on_every_call() -> None:
    """Used to raise ``httpx.StreamConsumed``: the body of ``Response(json=...)`` is read."""
    mock = httpx.MockTransport(lambda request: httpx.Response(200, json=PAGE))
    async with create_client(API_KEY, transport=mock) as client:
        for _ in range(3):
            page = await list_leads.asyncio(client=client)
            assert [lead.display_name for lead in page.data] == ["Acme"]


async def test_a_mock_transport_error_status_is_a_typed_error_with_its_body() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(404, json={"error": "Not found"}))
    async with create_client(API_KEY, transport=mock) as client:
        with pytest.raises(NotFoundError, match="Not found") as caught:
            await get_lead.asyncio("lead_1", client=client)
    assert caught.value.body == {"error": "Not found"}


async def test_a_mock_transport_5xx_is_retried_then_raised(fake_time: FakeTime) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"error": "busy"})

    client = create_client(
        API_KEY, transport=httpx.MockTransport(handler), sleep=fake_time.sleep, max_retries=2
    )
    async with client:
        with pytest.raises(ServerError):
            await list_leads.asyncio(client=client)
    assert len(calls) == 3 and stats(client).retries == 2


async def test_respx_as_a_transport_works() -> None:
    router = respx.Router(base_url=BASE)
    route = router.post("/lead/").respond(201, json={"id": "lead_2", "display_name": "New"})
    transport = httpx.MockTransport(router.async_handler)
    async with create_client(API_KEY, transport=transport) as client:
        lead = await create_lead.asyncio(client=client, body=LeadCreate(name="New"))
    assert lead.id == "lead_2" and route.call_count == 1


async def test_respx_mocking_the_default_transport_works() -> None:
    with respx.mock(base_url=BASE, using="httpx") as mocked:
        mocked.get("/lead/").respond(json=PAGE)
        async with create_client(API_KEY) as client:
            assert len((await list_leads.asyncio(client=client)).data) == 1


async def test_a_wrapper_that_reads_every_body_works_over_real_sockets() -> None:
    body = httpx.Response(200, json=PAGE).content

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(response(200, body, content_type="application/json"))
        return True

    async with RawServer(handler) as server:
        recording = RecordingTransport(httpx.AsyncHTTPTransport())
        client = create_client(API_KEY, base_url=f"{server.url}/api/v1", transport=recording)
        async with client:
            for _ in range(2):
                assert (await list_leads.asyncio(client=client)).data[0].id == "lead_1"
            plain = await client.get_async_httpx_client().get("/lead/")  # not generated
            assert plain.json() == PAGE
    assert recording.bodies == [body] * 3


# -- the in-flight bound of a user's transport -------------------------------------------


class HiddenInner(httpx.AsyncBaseTransport):
    """A wrapper that keeps its inner transport where no attribute search finds it."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.send = inner.handle_async_request
        self.close = inner.aclose

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.send(request)

    async def aclose(self) -> None:
        await self.close()


def test_the_pool_limit_is_read_from_a_user_transport_and_its_wrappers() -> None:
    two = httpx.Limits(max_connections=2)
    assert pool_limit(httpx.AsyncHTTPTransport(retries=2)) == 100  # httpx's default pool
    assert pool_limit(httpx.AsyncHTTPTransport(limits=two)) == 2
    assert pool_limit(RecordingTransport(httpx.AsyncHTTPTransport(limits=two))) == 2
    unbounded = httpx.Limits(max_connections=None)
    assert pool_limit(httpx.AsyncHTTPTransport(limits=unbounded)) is None
    assert pool_limit(httpx.MockTransport(lambda request: httpx.Response(200))) is None
    assert pool_limit(HiddenInner(httpx.AsyncHTTPTransport(limits=two))) is None


def test_max_in_flight_is_the_explicit_option_else_the_pool_found() -> None:
    def bound(**options: object) -> int | None:
        client = create_client(API_KEY, **options)  # type: ignore[arg-type]
        slots = close_transport_of(client)._shared.slots
        return None if slots is None else slots._value

    two = httpx.Limits(max_connections=2)
    assert bound() == 100
    assert bound(transport=httpx.AsyncHTTPTransport(retries=2, limits=two)) == 2
    assert bound(transport=HiddenInner(httpx.AsyncHTTPTransport(limits=two))) is None
    assert bound(transport=HiddenInner(httpx.AsyncHTTPTransport()), max_in_flight=3) == 3
    with pytest.raises(ValueError, match="max_in_flight 0"):
        bound(max_in_flight=0)


def _as_user_transport(kind: str) -> dict[str, object]:
    """The create_client options that give a pool of 2 connections, each way a user can."""
    pool = httpx.AsyncHTTPTransport(retries=2, limits=httpx.Limits(max_connections=2))
    return {
        "default transport": {"limits": httpx.Limits(max_connections=2)},
        "user AsyncHTTPTransport": {"transport": pool},
        "wrapper of one": {"transport": RecordingTransport(pool)},
        "opaque wrapper + max_in_flight": {"transport": HiddenInner(pool), "max_in_flight": 2},
    }[kind]


@pytest.mark.parametrize(
    "kind",
    [
        "default transport",
        "user AsyncHTTPTransport",
        "wrapper of one",
        "opaque wrapper + max_in_flight",
    ],
)
async def test_no_request_queued_in_a_user_pool_goes_out_once_its_group_is_blocked(
    kind: str, fake_time: FakeTime
) -> None:
    """Pool of 2, 12 tasks: 2 on the wire, the others waiting for a connection when a 429
    (30 s) arrives. Until the block ends (when the test says), none may reach the server.
    Before issue 20 a user's transport got no bound: they all waited in its pool and went."""
    both_arrived, settled, release = asyncio.Event(), asyncio.Event(), asyncio.Event()
    tasks, sleepers, finished = 12, [0], [0]

    def check() -> None:
        if sleepers[0] + finished[0] == tasks:
            settled.set()

    async def blocked_sleep(seconds: float) -> None:
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
                writer.write(response(429, retry_after="30"))
                return True
            await asyncio.sleep(0)  # the 429 goes out first
        writer.write(response(200, b'{"data": [], "has_more": false}'))
        return True

    async def one() -> None:
        try:
            await client.get_async_httpx_client().get("/lead/lead_7H4sjNso7FyBFaeR3RXi5PMJbilf/")
        finally:
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
            **_as_user_transport(kind),  # type: ignore[arg-type]
        )
        async with client:
            running = [asyncio.create_task(one()) for _ in range(tasks)]
            await settled.wait()
            sent_while_blocked = len(server.seen) - 3
            fake_time.now += 31.0
            release.set()
            await asyncio.gather(*running)
    assert sent_while_blocked == 0
    assert len(server.seen) == tasks + 1  # every task once, and the retry of the 429
