"""close-api-client against the embedded Close simulator: no API key, no network.

    make demo                                    # the simulator, in-process
    CLOSE_API_KEY=... python examples/demo.py --live   # read-only calls against api.close.com

The simulated run creates a few hundred leads with contacts and opportunities, lists them
with ``paginate``, absorbs a rate-limit storm with the client's backoff gate, reads what
changed from the event log by cursor, and runs an opportunity report in another time zone.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import httpx

from close_api_client import AuthenticatedClient
from close_api_client.api.custom_fields import list_lead_custom_fields
from close_api_client.api.events import list_events
from close_api_client.api.leads import create_lead, get_lead, list_leads
from close_api_client.api.me import get_me
from close_api_client.api.opportunities import (
    create_opportunity,
    list_opportunities,
    update_opportunity,
)
from close_api_client.api.opportunity_statuses import list_opportunity_statuses
from close_api_client.api.reports import get_funnel_totals_report
from close_api_client.models import (
    EmailAddressCreate,
    FunnelReportRequest,
    FunnelReportType,
    LeadContactCreate,
    LeadCreate,
    OpportunityCreate,
    OpportunityStatusType,
    OpportunityUpdate,
    PhoneCreate,
    ReportRelativeRange,
)
from custom import Paging, create_client, paginate, stats, tz_offset

T = TypeVar("T")
API_KEY = "demo_key"
INDUSTRIES = ("Apparel", "Cars", "Cosmetics", "IT")


def progress(label: str, done: int, total: int) -> None:
    """One progress line, redrawn in place on a terminal (only the last state otherwise)."""
    width = 30
    filled = width * done // total
    if not sys.stdout.isatty() and done != total:
        return
    if done != total and filled == width * (done - 1) // total:
        return
    sys.stdout.write(f"\r  {label:<28} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stdout.write("\n")
    sys.stdout.flush()


async def bounded(label: str, jobs: Iterable[Awaitable[T]], concurrency: int = 10) -> list[T]:
    """Run jobs at most ``concurrency`` at a time, with a progress line."""
    pending = list(jobs)
    semaphore = asyncio.Semaphore(concurrency)
    results: list[T] = []

    async def run(job: Awaitable[T]) -> None:
        async with semaphore:
            results.append(await job)
            progress(label, len(results), len(pending))

    await asyncio.gather(*(run(job) for job in pending))
    return results


def new_lead(number: int, industry_field: str) -> LeadCreate:
    name = f"Company {number:03d}"
    contact = LeadContactCreate(
        name=f"Contact {number:03d}",
        title="Buyer",
        emails=[EmailAddressCreate(email=f"buyer{number}@example.com", type_="office")],
        phones=[PhoneCreate(phone=f"+1650555{number:04d}", type_="office")],
    )
    lead = LeadCreate(name=name, description="Created by the demo", contacts=[contact])
    lead[f"custom.{industry_field}"] = [INDUSTRIES[number % len(INDUSTRIES)]]
    return lead


async def industry_field_id(client: AuthenticatedClient) -> str:
    """Custom fields are set by id (`custom.cf_...`): look the field up by its name."""
    fields = await list_lead_custom_fields.asyncio(client=client)
    assert fields is not None
    return next(str(field.id) for field in fields.data if field.name == "Industry")


async def create_leads(client: AuthenticatedClient, count: int, industry_field: str) -> list[str]:
    leads = await bounded(
        "creating leads + contacts",
        (
            create_lead.asyncio(client=client, body=new_lead(n, industry_field))
            for n in range(count)
        ),
    )
    return [lead.id for lead in leads if lead is not None and isinstance(lead.id, str)]


async def create_opportunities(client: AuthenticatedClient, lead_ids: list[str]) -> list[str]:
    opportunities = await bounded(
        "creating opportunities",
        (
            create_opportunity.asyncio(
                client=client,
                body=OpportunityCreate(lead_id=lead_id, value=1000 * (n % 50 + 1), confidence=50),
            )
            for n, lead_id in enumerate(lead_ids)
        ),
    )
    return [o.id for o in opportunities if o is not None and isinstance(o.id, str)]


async def storm(
    client: AuthenticatedClient, lead_ids: list[str], clock: Callable[[], float]
) -> dict[str, Any]:
    """Up to 60 concurrent reads of one endpoint group limited to 10 requests per second."""
    before = stats(client)
    waits, limited = before.total_wait, before.rate_limited
    started = time.perf_counter()
    reads = lead_ids[:60]
    await bounded(
        "reading leads under a limit",
        (get_lead.asyncio(lead_id, client=client) for lead_id in reads),
        concurrency=60,
    )
    after = stats(client)
    return {
        "requests": len(reads),
        "seconds": clock() - started,
        "429s": after.rate_limited - limited,
        "waited": after.total_wait - waits,
    }


async def won_report(client: AuthenticatedClient, opportunity_ids: list[str]) -> dict[str, Any]:
    """Win some deals from Kathmandu (UTC+5:45): Close dates the win in the caller's zone."""
    statuses = await list_opportunity_statuses.asyncio(client=client)
    won = next(s.id for s in statuses.data if s.type_ == "won")
    with tz_offset(5.75):
        await bounded(
            "winning opportunities",
            (
                update_opportunity.asyncio(o, client=client, body=OpportunityUpdate(status_id=won))
                for o in opportunity_ids[:25]
            ),
        )
        report = await list_opportunities.asyncio(
            client=client, status_type=OpportunityStatusType.WON, limit=1
        )
    won_deals = paginate(
        list_opportunities,
        Paging(max_items=1),  # one item: no page is prefetched past it
        client=client,
        status_type=OpportunityStatusType.WON,
    )
    first = await anext(won_deals)
    funnel = await get_funnel_totals_report.asyncio(
        client=client,
        body=FunnelReportRequest(
            type_=FunnelReportType.CREATED_COHORT,
            cohort_relative_range=ReportRelativeRange.TODAY,
        ),
    )
    totals = funnel.aggregations
    return {
        "won": report.total_results,
        "value_one_time": report.total_value_one_time_formatted,
        "date_won": first.date_won,
        "cohort": totals.count if totals else None,
        "win_rate": totals.count_win_rate if totals else None,
    }


def line(label: str, figures: str, meaning: str) -> None:
    """One summary line: the figures, then what they tell you, indented below."""
    indent = " " * 31
    print(textwrap.fill(figures, 100, initial_indent=f"  {label:<28} ", subsequent_indent=indent))
    print(textwrap.fill(meaning, 100, initial_indent="      -> ", subsequent_indent=" " * 9))


async def run_simulated(
    lead_count: int,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """The simulated run; ``clock``/``sleep`` let a test run it on fake time."""
    from custom.simulator import CloseSimulator

    simulator = CloseSimulator(seed=7, api_keys=(API_KEY,), clock=clock)
    transport = httpx.ASGITransport(app=simulator.app)
    started = clock()
    print(f"Close simulator (in-process), {lead_count} leads\n")
    options: dict[str, Any] = {"transport": transport, "clock": clock, "sleep": sleep}
    async with create_client(API_KEY, tz="America/New_York", **options) as client:
        me = await get_me.asyncio(client=client)
        industry = await industry_field_id(client)
        lead_ids = await create_leads(client, lead_count, industry)
        opportunity_ids = await create_opportunities(client, lead_ids)
        listed = [lead async for lead in paginate(list_leads, Paging(page_size=100), client=client)]
        software = [
            lead
            async for lead in paginate(list_leads, client=client, query=f'"custom.{industry}":IT')
        ]
        simulator.set_rate_limit("GET", "/lead/", limit=10, window=1.0)
        simulator.storm("GET", "/lead/", requests=5, reset=1.0)  # and a burst of 429s on top
        absorbed = await storm(client, lead_ids, clock)
        simulator.set_rate_limit("GET", "/lead/", limit=None)
        report = await won_report(client, opportunity_ids)
        events = Counter(
            [
                f"{event.object_type}.{event.action}"
                async for event in paginate(list_events, Paging(page_size=50), client=client)
            ]
        )
        totals = stats(client)

    name = me.first_name if me else "?"
    print(f"\nSummary (signed in as {name}; the whole run took {clock() - started:.1f} s)")
    line(
        "leads created / listed",
        f"{len(lead_ids)} / {len(listed)}",
        "paginate() walked the pages of 100 for you, fetching ahead",
    )
    line(
        "search Industry:IT",
        f"{len(software)} leads",
        "a search on a custom field, addressed by its id (custom.cf_...)",
    )
    line(
        "rate-limit storm",
        f"{absorbed['requests']} concurrent reads, limit 10/s, {absorbed['429s']} x 429",
        f"all answered in {absorbed['seconds']:.1f} s; each 429 paused the group for every task",
    )
    line(
        "",
        f"{absorbed['waited']:.0f} s waited, summed over the {absorbed['requests']} tasks",
        "not wall time: tasks wait side by side (stats(client).total_wait)",
    )
    line(
        "event log (by cursor)",
        ", ".join(f"{k} {v}" for k, v in sorted(events.items())),
        "every change the run made, read back from /event/ by cursor",
    )
    line(
        "won at UTC+5:45",
        f"{report['won']} deals, {report['value_one_time']}, date_won {report['date_won']}",
        "the win is dated in the caller's zone: tz_offset(5.75), Kathmandu's day",
    )
    line(
        "funnel report (today)",
        f"{report['cohort']} opportunities, win rate {report['win_rate']:.0%} of closed ones",
        "POST /report/funnel/opportunity/totals/: computed by Close, no list walked",
    )
    line(
        "client totals",
        f"{totals.requests} requests, {totals.retries} retries, {totals.rate_limited} x 429",
        "stats(client), for your metrics; not one of them raised an error",
    )


async def run_live() -> None:
    """Read-only calls against the real API (needs CLOSE_API_KEY)."""
    async with create_client() as client:
        me = await get_me.asyncio(client=client)
        leads = [lead async for lead in paginate(list_leads, Paging(max_items=5), client=client)]
        events = [
            event async for event in paginate(list_events, Paging(max_items=5), client=client)
        ]
    print(f"Signed in as {me.email if me else '?'}")
    print("Latest leads: " + ", ".join(str(lead.display_name) for lead in leads))
    print("Latest events: " + ", ".join(f"{e.object_type}.{e.action}" for e in events))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--live", action="store_true", help="read-only calls against Close")
    parser.add_argument("--leads", type=int, default=300, help="leads to create (simulator)")
    args = parser.parse_args()
    asyncio.run(run_live() if args.live else run_simulated(args.leads))


if __name__ == "__main__":
    main()
