"""The "Done when" behaviours of issue 4, end to end against the Close simulator (in-process).

The simulator and the client share one virtual clock: the client's backoff advances it, the
simulator's rate-limit windows and its request log read it, so nothing sleeps for real.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections import Counter
from typing import Any

import httpx
import pytest
from close_fakes import FakeTime

from close_api_client import AuthenticatedClient
from close_api_client.api.advanced_filtering import search
from close_api_client.api.events import list_events
from close_api_client.api.leads import create_lead, get_lead, list_leads
from close_api_client.api.me import get_me
from close_api_client.api.tasks import list_tasks
from close_api_client.models import LeadCreate, SearchQuery, SearchRequest
from custom import create_client, paginate, stats, tz_offset, with_options
from custom.errors import APIConnectionError, APIError
from custom.simulator import CloseSimulator, Faults

KEY = "test_key"
START = dt.datetime(2026, 1, 15, 18, 0, tzinfo=dt.UTC)


def simulator(fake_time: FakeTime, **options: Any) -> CloseSimulator:
    return CloseSimulator(seed=7, clock=fake_time.clock, start_time=START, **options)


def client_for(sim: CloseSimulator, fake_time: FakeTime, **options: Any) -> AuthenticatedClient:
    return create_client(
        KEY,
        transport=httpx.ASGITransport(app=sim.app),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        rng=random.Random(3),
        **options,
    )


# -- the gate ----------------------------------------------------------------------------


async def test_fifty_tasks_on_a_limited_group_never_send_before_the_announced_reset(
    fake_time: FakeTime,
) -> None:
    sim = simulator(fake_time)
    (lead_id,) = sim.seed_leads(1)
    sim.set_rate_limit("GET", "/lead/", limit=5, window=1.0)
    sim.storm("GET", "/lead/", requests=1, reset=2.0)  # the first request learns of a block
    client = client_for(sim, fake_time)
    leads = await asyncio.gather(*(get_lead.asyncio(lead_id, client=client) for _ in range(50)))
    assert all(lead is not None and lead.id == lead_id for lead in leads)
    group = [r for r in sim.requests if r.group == "GET /lead/"]
    assert not [r for r in group if r.before_reset]
    assert [r.status for r in group].count(429) == 1  # the storm's; the gate caused none
    assert len(group) == 51
    per_window = Counter(int(r.time - group[0].time) for r in group[1:])
    assert max(per_window.values()) <= 5


async def test_the_gate_is_per_credential(fake_time: FakeTime) -> None:
    sim = simulator(fake_time, api_keys=None)
    sim.set_rate_limit("GET", "/me/", limit=1, window=10.0)
    first = client_for(sim, fake_time)
    await get_me.asyncio(client=first)  # remaining=0: this key's group waits 10 s
    other = with_options(first, api_key="other_key")  # same gate, another credential
    await get_me.asyncio(client=other)
    assert fake_time.now == 1000.0  # the other key did not wait
    await get_me.asyncio(client=first)
    assert fake_time.now >= 1010.0  # the first key did
    assert not [r for r in sim.requests if r.before_reset]


# -- each 429 style ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "least_wait"),
    [
        ("body_only", 1.5),
        ("rate_reset_only", 1.5),
        ("retry_after_only", 2.0),  # whole seconds, rounded up
        ("ratelimit_only", 1.5),
        ("headers_only", 1.5),
        ("full", 1.5),
        ("bare", 0.25),  # no signal: exponential backoff
    ],
)
async def test_every_429_style_is_waited_out_and_retried(
    mode: str, least_wait: float, fake_time: FakeTime
) -> None:
    sim = simulator(fake_time, rate_limit_mode=mode)
    sim.storm("GET", "/me/", requests=1, reset=1.5)
    client = client_for(sim, fake_time)
    me = await get_me.asyncio(client=client)
    assert me is not None
    first, second = sim.requests
    assert (first.status, second.status) == (429, 200)
    assert second.time - first.time >= least_wait
    assert second.before_reset is (mode == "bare")  # with no signal, nothing to wait for
    assert (stats(client).rate_limited, stats(client).retries) == (1, 1)


# -- POST is never duplicated ------------------------------------------------------------


@pytest.mark.parametrize("drop_phase", ["before", "after"])
async def test_posts_are_never_sent_twice_under_faults(
    drop_phase: str, fake_time: FakeTime
) -> None:
    sim = simulator(fake_time)
    sim.faults = Faults(error_rate=0.2, drop_rate=0.2, drop_phase=drop_phase)  # type: ignore[arg-type]
    client = client_for(sim, fake_time)
    outcomes: list[str] = []
    for n in range(40):
        try:
            await create_lead.asyncio(client=client, body=LeadCreate(name=f"Lead {n}"))
            outcomes.append("ok")
        except (httpx.TransportError, APIError) as exc:
            outcomes.append(type(exc).__name__)
    posts = Counter(r.body["name"] for r in sim.requests if r.method == "POST")
    stored = Counter(lead["name"] for lead in sim.store.leads)
    assert set(posts.values()) == {1}  # no name was ever sent twice
    assert max(stored.values()) == 1
    assert "ok" in outcomes and len(set(outcomes)) > 1  # the faults did happen


# -- cancellation ------------------------------------------------------------------------


async def test_cancelling_during_backoff_raises_at_once_and_leaves_nothing_running() -> None:
    sim = CloseSimulator(seed=7)
    sim.storm("GET", "/me/", duration=30.0, reset=30.0)  # a 30 s wait: within max_retry_time
    client = create_client(KEY, transport=httpx.ASGITransport(app=sim.app))  # real sleep
    task = asyncio.create_task(get_me.asyncio(client=client))
    while not sim.requests:
        await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    started = loop.time()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert loop.time() - started < 0.5
    assert asyncio.all_tasks() == {asyncio.current_task()}
    assert len(sim.requests) == 1


# -- x-tz-offset -------------------------------------------------------------------------


async def test_a_zone_follows_dst_and_a_half_hour_zone_is_sent_as_decimal(
    fake_time: FakeTime,
) -> None:
    sim = simulator(fake_time)
    boundary = dt.datetime(2026, 3, 8, 7, tzinfo=dt.UTC)  # New York: EST -> EDT
    wall = [boundary - dt.timedelta(minutes=1)]
    client = client_for(sim, fake_time, tz="America/New_York", now=lambda: wall[0])
    await list_leads.asyncio(client=client)
    wall[0] = boundary + dt.timedelta(minutes=1)
    await list_leads.asyncio(client=client)
    with tz_offset("America/St_Johns"):
        await list_leads.asyncio(client=client)  # 8 March: St John's is on NDT already
    with tz_offset(5.5):
        await list_leads.asyncio(client=client)
    sent = [r.headers.get("x-tz-offset") for r in sim.requests]
    assert sent == ["-5", "-4", "-2.5", "5.5"]
    assert {r.status for r in sim.requests} == {200}


async def test_the_offset_decides_what_today_means(fake_time: FakeTime) -> None:
    sim = simulator(fake_time)  # wall time 18:00 UTC on 15 January
    client = client_for(sim, fake_time)
    await create_lead.asyncio(client=client, body=LeadCreate(name="Evening lead"))
    fake_time.now += 2 * 3600  # 20:00 UTC; 01:30 on the 16th in India
    query = "created:today"
    in_utc = await list_leads.asyncio(client=client, query=query)
    with tz_offset("Asia/Kolkata"):
        in_india = await list_leads.asyncio(client=client, query=query)
    assert in_utc is not None and in_india is not None
    assert (len(in_utc.data), len(in_india.data)) == (1, 0)


# -- long filters ------------------------------------------------------------------------


async def test_a_500_id_filter_goes_as_post_with_params_and_means_the_same(
    fake_time: FakeTime,
) -> None:
    sim = simulator(fake_time)
    sim.seed_leads(500, contacts_per_lead=0, opportunities_per_lead=0, tasks_per_lead=1)
    client = client_for(sim, fake_time)
    ids = [task["id"] for task in sim.store.tasks]
    assert len(ids) == 500
    page = await list_tasks.asyncio(client=client, id_in=",".join(ids), limit=100)
    short = await list_tasks.asyncio(client=client, id_in=",".join(ids[:3]))
    assert page is not None and short is not None
    assert {t.id for t in page.data} <= set(ids) and len(page.data) == 100
    assert len(short.data) == 3
    long_request, short_request = sim.requests
    assert long_request.headers["x-http-method-override"] == "GET"
    assert long_request.query == {} and long_request.body["_params"]["id__in"] == ",".join(ids)
    assert "x-http-method-override" not in short_request.headers


# -- pagination under faults -------------------------------------------------------------

FLAKY = Faults(error_rate=0.05, drop_rate=0.05, statuses=(500, 502, 503, 504))


async def test_offset_pagination_yields_every_lead_once_despite_faults(
    fake_time: FakeTime,
) -> None:
    sim = simulator(fake_time)
    expected = sim.seed_leads(150, contacts_per_lead=0, opportunities_per_lead=0)
    sim.faults = FLAKY
    client = client_for(sim, fake_time)
    got = [lead.id async for lead in paginate(list_leads, client=client, page_size=7)]
    assert sorted(got) == sorted(expected)
    assert any(r.fault for r in sim.requests)


async def test_event_cursor_pagination_yields_every_event_once_despite_faults(
    fake_time: FakeTime,
) -> None:
    sim = simulator(fake_time)
    sim.seed_leads(40, contacts_per_lead=1, opportunities_per_lead=0, events=True)
    expected = [event["id"] for event in sim.event_log]
    sim.faults = FLAKY
    client = client_for(sim, fake_time)
    got = [event.id async for event in paginate(list_events, client=client, page_size=9)]
    assert sorted(got) == sorted(expected) and len(got) == len(expected) > 40
    assert any(r.fault for r in sim.requests)


async def test_search_body_cursor_yields_every_match_once_despite_faults(
    fake_time: FakeTime,
) -> None:
    sim = simulator(fake_time)
    expected = sim.seed_leads(120, contacts_per_lead=0, opportunities_per_lead=0)
    sim.faults = FLAKY
    client = client_for(sim, fake_time)
    body = SearchRequest(
        query=SearchQuery.from_dict({"type": "object_type", "object_type": "lead"})
    )
    got = [hit.id async for hit in paginate(search, client=client, page_size=4, body=body)]
    assert sorted(got) == sorted(expected)
    assert any(r.fault for r in sim.requests)


@pytest.mark.parametrize("max_skip", [None, 20])
async def test_date_windows_walk_past_the_skip_cap_yielding_each_lead_once(
    max_skip: int | None, fake_time: FakeTime
) -> None:
    sim = simulator(fake_time, max_skip=20)
    expected = sim.seed_leads(130, contacts_per_lead=0, opportunities_per_lead=0)
    sim.faults = FLAKY
    client = client_for(sim, fake_time)
    walk = paginate(
        list_leads, client=client, page_size=10, by_date_created=True, max_skip=max_skip
    )
    got = [lead.id async for lead in walk]
    assert sorted(got) == sorted(expected) and len(got) == 130
    skips = [int(r.query.get("_skip", 0)) for r in sim.requests if r.status == 200]
    assert max(skips) <= 20


# -- over a real socket ------------------------------------------------------------------


async def test_over_loopback_dropped_connections_retry_gets_and_never_repeat_posts(
    fake_time: FakeTime,
) -> None:
    sim = CloseSimulator(seed=11)
    expected = sim.seed_leads(60, contacts_per_lead=0, opportunities_per_lead=0)
    with sim.serve() as url:
        client = create_client(
            KEY, base_url=f"{url}/api/v1", sleep=fake_time.sleep, rng=random.Random(1)
        )
        async with client:
            sim.faults = Faults(drop_rate=0.2, drop_phase="after")
            got = [lead.id async for lead in paginate(list_leads, client=client, page_size=4)]
            created = 0
            for n in range(15):
                try:
                    await create_lead.asyncio(client=client, body=LeadCreate(name=f"Real {n}"))
                    created += 1
                except APIConnectionError:
                    pass
    assert sorted(got) == sorted(expected)
    posts = Counter(r.body["name"] for r in sim.requests if r.method == "POST")
    assert set(posts.values()) == {1} and created < 15
    assert any(r.fault == "drop" for r in sim.requests if r.method == "GET")
