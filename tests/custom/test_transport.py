"""CloseTransport through a client from create_client, against respx-mocked Close responses."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx
from close_fakes import FakeTime

from close_api_client import AuthenticatedClient
from close_api_client.api.leads import create_lead, get_lead, list_leads
from close_api_client.models import LeadCreate
from custom import create_client, stats, tz_offset
from custom._ratelimit import endpoint_group, template_group
from custom.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    MethodNotAllowedError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnsupportedMediaTypeError,
)

API_KEY = "api_SECRETKEY1234567890"
BASE = "https://api.close.com/api/v1"
LEADS = f"{BASE}/lead/"
LEAD_ID = "lead_7H4sjNso7FyBFaeR3RXi5PMJbilf"
LEAD = f"{BASE}/lead/{LEAD_ID}/"
PAGE = {"data": [], "has_more": False}
RATE_BODY = {
    "error": {
        "message": "API call count exceeded for this period",
        "rate_reset": 0.75,
        "rate_limit": 40,
        "rate_window": 1,
        "rate_limit_type": "key",
        "rate_endpoint_group": "grp_leads",
    }
}


@pytest.fixture
async def client(fake_time: FakeTime, rng: random.Random) -> AsyncIterator[AuthenticatedClient]:
    with respx.mock:
        async with create_client(
            API_KEY, clock=fake_time.clock, sleep=fake_time.sleep, rng=rng
        ) as opened:
            yield opened


def ok(json_body: Any = PAGE, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=json_body, headers=headers)


# -- 429 styles -------------------------------------------------------------------------

STYLES = {
    "body only": (httpx.Response(429, json=RATE_BODY), 0.75),
    "retry-after only": (httpx.Response(429, headers={"retry-after": "2"}), 2.0),
    "ratelimit only": (
        httpx.Response(429, headers={"ratelimit": "limit=40; remaining=0; reset=1.5"}),
        1.5,
    ),
    "all": (
        httpx.Response(
            429,
            json=RATE_BODY,
            headers={
                "ratelimit": "limit=40, remaining=0, reset=0.8",
                "x-rate-limit-reset": "0.8",
                "retry-after": "1",
            },
        ),
        0.75,
    ),
}


@pytest.mark.parametrize("style", list(STYLES))
async def test_each_429_style_waits_the_announced_time_then_retries(
    style: str, client: AuthenticatedClient, fake_time: FakeTime
) -> None:
    limited, wait = STYLES[style]
    route = respx.get(LEADS).mock(side_effect=[limited, ok()])
    page = await list_leads.asyncio(client=client)
    assert page is not None and page.has_more is False
    assert route.call_count == 2
    waited = fake_time.now - 1000.0
    assert wait <= waited <= wait + 0.25  # the announced wait plus a little jitter, never less
    counters = stats(client)
    assert (counters.rate_limited, counters.retries, counters.requests) == (1, 1, 2)
    assert counters.total_wait == pytest.approx(waited)


async def test_a_429_without_any_signal_backs_off_exponentially(
    client: AuthenticatedClient, fake_time: FakeTime
) -> None:
    respx.get(LEADS).mock(side_effect=[httpx.Response(429)] * 3 + [ok()])
    await list_leads.asyncio(client=client)
    waits = fake_time.sleeps
    assert len(waits) == 3
    assert [0.25 <= waits[0] <= 0.5, 0.5 <= waits[1] <= 1.0, 1.0 <= waits[2] <= 2.0] == [True] * 3


async def test_429s_past_max_retries_raise_a_rate_limit_error_with_the_details(
    client: AuthenticatedClient,
) -> None:
    route = respx.get(LEADS).mock(return_value=httpx.Response(429, json=RATE_BODY))
    with pytest.raises(RateLimitError) as caught:
        await list_leads.asyncio(client=client)
    error = caught.value
    assert route.call_count == 5  # the first try and max_retries=4 retries
    assert (error.wait, error.limit, error.limit_type) == (0.75, 40, "key")
    assert error.endpoint_group == "grp_leads"
    assert (error.method, error.path, error.status_code) == ("GET", "/api/v1/lead/", 429)


async def test_a_429_blocks_the_whole_group_for_other_tasks(
    client: AuthenticatedClient, fake_time: FakeTime
) -> None:
    sent_at: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent_at.append(fake_time.now)
        if len(sent_at) == 1:
            return httpx.Response(429, headers={"retry-after": "3"})
        return httpx.Response(200, json={"id": LEAD_ID})

    respx.get(url__regex=rf"{BASE}/lead/.*").mock(side_effect=answer)
    first = asyncio.create_task(get_lead.asyncio_detailed(LEAD_ID, client=client))
    await asyncio.sleep(0)
    others = [get_lead.asyncio_detailed(LEAD_ID, client=client) for _ in range(5)]
    await asyncio.gather(first, *others)
    assert sent_at[0] == 1000.0
    assert all(t >= 1003.0 for t in sent_at[1:])
    assert len(sent_at) == 7


# -- transient failures and idempotency --------------------------------------------------


async def test_a_get_is_retried_after_503_honouring_retry_after(
    client: AuthenticatedClient, fake_time: FakeTime
) -> None:
    route = respx.get(LEADS).mock(
        side_effect=[httpx.Response(503, headers={"retry-after": "4"}), ok()]
    )
    await list_leads.asyncio(client=client)
    assert route.call_count == 2 and fake_time.sleeps == [4.0]


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_gets_are_retried_on_transient_5xx(status: int, client: AuthenticatedClient) -> None:
    route = respx.get(LEADS).mock(side_effect=[httpx.Response(status), ok()])
    await list_leads.asyncio(client=client)
    assert route.call_count == 2


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("read"),
        httpx.RemoteProtocolError("peer closed"),
        httpx.ReadError("reset"),
        httpx.Response(503),
        httpx.Response(502),
    ],
)
async def test_a_post_that_may_have_been_applied_is_never_sent_twice(
    failure: Exception | httpx.Response, client: AuthenticatedClient
) -> None:
    route = respx.post(LEADS).mock(side_effect=[failure, ok({"id": LEAD_ID})])
    with pytest.raises((APIConnectionError, ServerError)) as caught:
        await create_lead.asyncio(client=client, body=LeadCreate(name="Acme"))
    assert route.call_count == 1
    if isinstance(failure, Exception):
        assert caught.value.__cause__ is failure


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.Response(429)]
)
async def test_a_post_is_retried_when_it_cannot_have_been_applied(
    failure: Exception | httpx.Response, client: AuthenticatedClient
) -> None:
    route = respx.post(LEADS).mock(side_effect=[failure, ok({"id": LEAD_ID})])
    lead = await create_lead.asyncio(client=client, body=LeadCreate(name="Acme"))
    assert lead is not None and lead.id == LEAD_ID
    assert route.call_count == 2
    assert json.loads(route.calls[0].request.content) == json.loads(route.calls[1].request.content)


async def test_the_read_only_search_post_is_retried_like_a_get(
    client: AuthenticatedClient,
) -> None:
    route = respx.post(f"{BASE}/data/search/").mock(
        side_effect=[httpx.Response(503), httpx.ReadTimeout("t"), ok({"data": [], "cursor": None})]
    )
    response = await client.get_async_httpx_client().post("/data/search/", json={"query": {}})
    assert response.status_code == 200 and route.call_count == 3


@pytest.mark.parametrize("failure", [httpx.ReadTimeout("read"), httpx.ConnectError("refused")])
async def test_puts_and_deletes_are_retried_as_idempotent(
    failure: Exception, client: AuthenticatedClient
) -> None:
    route = respx.delete(LEAD).mock(side_effect=[failure, ok({})])
    async_client = client.get_async_httpx_client()
    response = await async_client.delete(f"/lead/{LEAD_ID}/")
    assert response.status_code == 200 and route.call_count == 2


async def test_transient_retries_stop_at_max_retries(client: AuthenticatedClient) -> None:
    route = respx.get(LEADS).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        await list_leads.asyncio(client=client)
    assert route.call_count == 5
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert str(caught.value).startswith(
        "GET /api/v1/lead/: ConnectError: refused: could not connect to api.close.com:443"
        " after 5 attempts in "
    )


async def test_transient_retries_stop_at_max_retry_time(fake_time: FakeTime) -> None:
    with respx.mock:
        route = respx.get(LEADS).mock(
            return_value=httpx.Response(503, headers={"retry-after": "20"})
        )
        client = create_client(
            API_KEY, max_retries=10, max_retry_time=45, clock=fake_time.clock, sleep=fake_time.sleep
        )
        with pytest.raises(ServerError):
            await list_leads.asyncio(client=client)
    assert route.call_count == 3  # waits of 20 s + 20 s fit in 45 s; a third would not
    assert fake_time.sleeps == [20.0, 20.0]


# -- typed errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (401, AuthenticationError),
        (402, PaymentRequiredError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (415, UnsupportedMediaTypeError),
        (500, ServerError),
    ],
)
async def test_non_2xx_responses_raise_typed_errors(
    status: int, error_type: type[Exception], client: AuthenticatedClient
) -> None:
    respx.get(LEAD).mock(return_value=httpx.Response(status, json={"error": "nope"}))
    with pytest.raises(error_type) as caught:
        await get_lead.asyncio(LEAD_ID, client=client)
    assert str(caught.value) == f"{status} GET /api/v1/lead/{LEAD_ID}/: nope"


async def test_a_400_carries_field_errors_and_errors(client: AuthenticatedClient) -> None:
    body = {"errors": ["bad query"], "field-errors": {"name": "This field is required."}}
    respx.post(LEADS).mock(return_value=httpx.Response(400, json=body))
    with pytest.raises(BadRequestError) as caught:
        await create_lead.asyncio(client=client, body=LeadCreate(name=""))
    assert caught.value.field_errors == {"name": "This field is required."}
    assert caught.value.errors == ["bad query"]
    assert caught.value.body == body


async def test_errors_and_logs_never_contain_the_key(
    client: AuthenticatedClient, caplog: pytest.LogCaptureFixture
) -> None:
    respx.get(LEAD).mock(
        side_effect=[httpx.Response(429), httpx.Response(401, json={"error": "bad key"})]
    )
    with caplog.at_level(logging.DEBUG, logger="close_api_client"):
        with pytest.raises(AuthenticationError) as caught:
            await get_lead.asyncio(LEAD_ID, client=client)
    sent = respx.calls.last.request.headers["authorization"]
    exposed = [str(caught.value), repr(caught.value), repr(vars(caught.value)), caplog.text]
    exposed += [repr(client), repr(client.get_async_httpx_client().auth)]
    for text in exposed:
        assert API_KEY not in text and sent.split()[1] not in text


async def test_each_backoff_logs_one_line_with_reason_and_wait(
    client: AuthenticatedClient, caplog: pytest.LogCaptureFixture
) -> None:
    respx.get(LEADS).mock(
        side_effect=[httpx.Response(429, json=RATE_BODY), httpx.ReadTimeout("t"), ok()]
    )
    with caplog.at_level(logging.INFO, logger="close_api_client"):
        await list_leads.asyncio(client=client)
    lines = [r.getMessage() for r in caplog.records if r.name == "close_api_client"]
    assert len(lines) == 2
    assert "429 on GET lead (key limit); group blocked 0.7" in lines[0]
    assert "ReadTimeout on GET lead; retry 2/4 in" in lines[1]


# -- headers: tz and method override -----------------------------------------------------


async def test_the_client_tz_is_sent_and_a_scope_overrides_it(fake_time: FakeTime) -> None:
    with respx.mock:
        route = respx.get(LEADS).mock(return_value=ok())
        client = create_client(API_KEY, tz=-2.5)
        await list_leads.asyncio(client=client)
        with tz_offset(5.75):
            await list_leads.asyncio(client=client)
        await list_leads.asyncio(client=client, x_tz_offset="-7")
        with tz_offset(1):
            await list_leads.asyncio(client=client, x_tz_offset="3")
    sent = [call.request.headers.get("x-tz-offset") for call in route.calls]
    assert sent == ["-2.5", "5.75", "-7", "3"]


async def test_without_any_tz_no_header_is_sent(client: AuthenticatedClient) -> None:
    route = respx.get(LEADS).mock(return_value=ok())
    await list_leads.asyncio(client=client)
    assert "x-tz-offset" not in route.calls.last.request.headers


async def test_a_get_with_a_url_over_2000_chars_is_sent_as_post_with_params(
    client: AuthenticatedClient,
) -> None:
    ids = ",".join(f"lead_{i:040d}" for i in range(500))
    route = respx.post(LEADS).mock(return_value=ok())
    page = await list_leads.asyncio(client=client, query=f"id__in:{ids}", limit=10)
    request = route.calls.last.request
    assert page is not None
    assert request.headers["x-http-method-override"] == "GET"
    assert request.headers["content-type"] == "application/json"
    assert request.url.query == b""
    assert json.loads(request.content) == {"_params": {"query": f"id__in:{ids}", "_limit": "10"}}


async def test_a_short_get_is_left_alone(client: AuthenticatedClient) -> None:
    route = respx.get(LEADS).mock(return_value=ok())
    await list_leads.asyncio(client=client, query="status:Potential")
    request = route.calls.last.request
    assert "x-http-method-override" not in request.headers
    assert request.url.params["query"] == "status:Potential"


# -- cancellation ------------------------------------------------------------------------


async def test_cancelling_a_task_in_backoff_raises_at_once_and_leaves_nothing_running() -> None:
    with respx.mock:
        route = respx.get(LEADS).mock(
            return_value=httpx.Response(429, headers={"retry-after": "30"})
        )
        client = create_client(API_KEY)  # real asyncio.sleep: a 30 s wait
        task = asyncio.create_task(list_leads.asyncio(client=client))
        while route.call_count == 0:
            await asyncio.sleep(0)
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert loop.time() - started < 0.5
        assert route.call_count == 1
        assert asyncio.all_tasks() == {asyncio.current_task()}


# -- endpoint groups from the path template (issue 16 item 7) ----------------------------


@pytest.mark.parametrize(
    ("template", "family"),
    [
        ("/lead/{lead_id}/", "lead"),
        ("/activity/call/{id}/", "activity/call"),
        ("/data/search/", "data/search"),
        ("/custom_field/lead/{id}/", "custom_field/lead"),
        ("/{id}/", ""),
    ],
)
def test_the_group_of_a_template_is_its_static_segments_before_the_first_param(
    template: str, family: str
) -> None:
    assert template_group("get", template) == ("GET", family)
    # The same shape as the id-guessing fallback, so group keys stay comparable.
    example = template.replace("{lead_id}", LEAD_ID).replace("{id}", LEAD_ID)
    assert endpoint_group("GET", example) == ("GET", family)


@pytest.mark.parametrize("extension", [True, False])
async def test_short_ids_share_their_group_when_the_request_carries_its_template(
    extension: bool, fake_time: FakeTime
) -> None:
    sent_at: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent_at.append(fake_time.now)
        if len(sent_at) == 1:
            return httpx.Response(429, headers={"retry-after": "3"})
        return httpx.Response(200, json={})

    extensions = {"close_path_template": "/lead/{lead_id}/"} if extension else {}
    with respx.mock:
        respx.get(url__regex=rf"{BASE}/lead/.*").mock(side_effect=answer)
        client = create_client(API_KEY, max_retries=0, clock=fake_time.clock, sleep=fake_time.sleep)
        async with client:
            http = client.get_async_httpx_client()
            with pytest.raises(RateLimitError):
                await http.request("GET", "/lead/lead_000001/", extensions=extensions)
            await http.request("GET", "/lead/lead_000002/", extensions=extensions)
    if extension:  # one group: the 429 holds the other id back
        assert sent_at[1] >= 1003.0
    else:  # the fallback takes each short id for a group of its own
        assert sent_at[1] == 1000.0
