"""close-api-client against the embedded Close simulator: no API key, no network.

    make demo                                    # the simulator, in-process
    CLOSE_API_KEY=... python examples/demo.py --live   # read-only calls against api.close.com

Everything goes through ``custom.Close``: ``close.<resource>.<method>(...)``, generated from
the spec. The simulated run creates a few hundred leads with contacts and opportunities, lists
them with ``close.leads.list()`` (which walks the pages), absorbs a rate-limit storm with the
client's backoff gate, reads what changed from the event log by cursor, and runs an
opportunity report in another time zone.
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

from close_api_client.models import (
    EmailAddressCreate,
    FunnelReportType,
    Lead,
    LeadContactCreate,
    OpportunityStatusType,
    PhoneCreate,
    ReportRelativeRange,
)
from custom import Close, Paging, stats, tz_offset

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


async def new_lead(close: Close, number: int, industry_field: str) -> Lead:
    """The body's fields are keyword arguments; nested values are the nested models."""
    contact = LeadContactCreate(
        name=f"Contact {number:03d}",
        title="Buyer",
        emails=[EmailAddressCreate(email=f"buyer{number}@example.com", type_="office")],
        phones=[PhoneCreate(phone=f"+1650555{number:04d}", type_="office")],
    )
    return await close.leads.create(
        name=f"Company {number:03d}",
        description="Created by the demo",
        contacts=[contact],
        custom={industry_field: [INDUSTRIES[number % len(INDUSTRIES)]]},  # custom.cf_...
    )


async def industry_field_id(close: Close) -> str:
    """Custom fields are set by id (`custom.cf_...`): look the field up by its name."""
    async for field in close.custom_fields.list_lead_custom_fields():
        if field.name == "Industry":
            return str(field.id)
    raise LookupError("no Industry custom field")


async def create_leads(close: Close, count: int, industry_field: str) -> list[str]:
    jobs = (new_lead(close, n, industry_field) for n in range(count))
    leads = await bounded("creating leads + contacts", jobs)
    return [lead.id for lead in leads]


async def create_opportunities(close: Close, lead_ids: list[str]) -> list[str]:
    opportunities = await bounded(
        "creating opportunities",
        (
            close.opportunities.create(lead_id=lead_id, value=1000 * (n % 50 + 1), confidence=50)
            for n, lead_id in enumerate(lead_ids)
        ),
    )
    return [o.id for o in opportunities]


async def storm(close: Close, lead_ids: list[str], clock: Callable[[], float]) -> dict[str, Any]:
    """Up to 60 concurrent reads of one endpoint group limited to 10 requests per second."""
    client = close.client
    before = stats(client)
    waits, limited = before.total_wait, before.rate_limited
    started = time.perf_counter()
    reads = lead_ids[:60]
    await bounded(
        "reading leads under a limit",
        (close.leads.get(lead_id) for lead_id in reads),
        concurrency=60,
    )
    after = stats(client)
    return {
        "requests": len(reads),
        "seconds": clock() - started,
        "429s": after.rate_limited - limited,
        "waited": after.total_wait - waits,
    }


async def won_report(close: Close, opportunity_ids: list[str]) -> dict[str, Any]:
    """Win some deals from Kathmandu (UTC+5:45): Close dates the win in the caller's zone."""
    statuses = await close.opportunity_statuses.list()  # a list Close returns whole: awaited
    won = next(s.id for s in statuses.data if s.type_ == "won")
    with tz_offset(5.75):
        await bounded(
            "winning opportunities",
            (close.opportunities.update(o, status_id=won) for o in opportunity_ids[:25]),
        )
        # Awaiting a paginated list sends one request: the envelope, with its totals.
        report = await close.opportunities.list(status_type=OpportunityStatusType.WON, limit=1)
    won_deals = aiter(
        close.opportunities.list(
            status_type=OpportunityStatusType.WON,
            paging=Paging(max_items=1),  # one item: no page is prefetched past it
        )
    )
    first = await anext(won_deals)
    funnel = await close.reports.get_funnel_totals_report(
        type_=FunnelReportType.CREATED_COHORT,
        cohort_relative_range=ReportRelativeRange.TODAY,
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
    async with Close(API_KEY, tz="America/New_York", **options) as close:
        me = await close.me.get()
        industry = await industry_field_id(close)
        lead_ids = await create_leads(close, lead_count, industry)
        opportunity_ids = await create_opportunities(close, lead_ids)
        listed = [lead async for lead in close.leads.list(paging=Paging(page_size=100))]
        software = [lead async for lead in close.leads.list(query=f'"custom.{industry}":IT')]
        simulator.set_rate_limit("GET", "/lead/", limit=10, window=1.0)
        simulator.storm("GET", "/lead/", requests=5, reset=1.0)  # and a burst of 429s on top
        absorbed = await storm(close, lead_ids, clock)
        simulator.set_rate_limit("GET", "/lead/", limit=None)
        report = await won_report(close, opportunity_ids)
        events = Counter(
            [
                f"{event.object_type}.{event.action}"
                async for event in close.events.list(paging=Paging(page_size=50))
            ]
        )
        totals = stats(close.client)

    name = me.first_name if me else "?"
    print(f"\nSummary (signed in as {name}; the whole run took {clock() - started:.1f} s)")
    line(
        "leads created / listed",
        f"{len(lead_ids)} / {len(listed)}",
        "close.leads.list() walked the pages of 100 for you, fetching ahead",
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
    async with Close() as close:
        me = await close.me.get()
        leads = [lead async for lead in close.leads.list(paging=Paging(max_items=5))]
        events = [event async for event in close.events.list(paging=Paging(max_items=5))]
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
