"""One worker process of the shared-gate benchmark: ``python -m bench._gate_worker ARGS``.

ARGS: base URL, API key, ``memory`` or a Redis URL, the organization of the key (``-``:
none), the lead ids to fetch (a JSON file), pages to read, fetch tasks. Once imported and
ready it prints ``READY`` and reads the monotonic time to start at from stdin (every worker
starts together: the monotonic clock is system-wide, and 16 interpreters starting on 2 cores
take seconds). Prints one JSON line: the client's counters and the cost of each request's
store calls (seconds, summed per request).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from close_api_client.api.leads import get_lead, list_leads
from custom import Paging, create_client, paginate, stats
from custom._ratelimit import GroupKey, RateLimitInfo
from custom._store import Admission, MemoryStore, RedisStore, Store
from custom.errors import RateLimitError

PAGE = 100
WARM_UP_KEY = "bench_warmup"


class TimedStore:
    """A store that adds up, per request (lease), the time its store calls took."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.costs: dict[str, float] = {}

    async def admit(
        self, key: GroupKey, *, org: str | None, impatient: bool, jitter: Callable[[], float]
    ) -> Admission:
        began = time.perf_counter()
        admission = await self.inner.admit(key, org=org, impatient=impatient, jitter=jitter)
        if admission.lease is not None:
            self.costs[admission.lease] = time.perf_counter() - began
        return admission

    async def answered(
        self, key: GroupKey, lease: str | None, info: RateLimitInfo, **kw: Any
    ) -> None:
        began = time.perf_counter()
        await self.inner.answered(key, lease, info, **kw)
        if lease in self.costs:
            self.costs[lease] += time.perf_counter() - began

    async def release(self, key: GroupKey, lease: str) -> None:
        began = time.perf_counter()
        await self.inner.release(key, lease)
        if lease in self.costs:
            self.costs[lease] += time.perf_counter() - began

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def work(
    base_url: str,
    key: str,
    store_spec: str,
    ids: list[str],
    pages: int,
    tasks: int,
    organization: str | None = None,
) -> dict[str, Any]:
    inner: Store = MemoryStore(time.monotonic) if store_spec == "memory" else RedisStore(store_spec)
    store = TimedStore(inner)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for lead_id in ids:
        queue.put_nowait(lead_id)
    failed = 0
    async with create_client(
        api_key=key,
        base_url=base_url,
        store=store,  # type: ignore[arg-type]
        organization=organization,
    ) as client:

        async def pager() -> None:
            nonlocal failed
            read = 0
            if pages <= 0:
                return
            try:
                async for _ in paginate(list_leads, Paging(page_size=PAGE), client=client):
                    read += 1
                    if read >= pages * PAGE:
                        break
            except RateLimitError:  # uncoordinated gates can exhaust the retries: count it
                failed += 1

        async def fetcher() -> None:
            nonlocal failed
            while not queue.empty():
                try:
                    await get_lead.asyncio(queue.get_nowait(), client=client)
                except RateLimitError:
                    failed += 1

        await asyncio.gather(pager(), *(fetcher() for _ in range(tasks)))
    counters = stats(client)
    await inner.aclose()
    return {
        "requests": counters.requests,
        "rate_limited": counters.rate_limited,
        "fallbacks": counters.store_fallbacks,
        "failed": failed,
        "costs": list(store.costs.values()),
        "finished": time.monotonic(),
    }


async def _warm_up(base_url: str, lead_id: str) -> None:
    """One request on a key of its own before the start: the generated models import lazily
    on their first parse (tens of ms of CPU), which 16 processes must not all do at once."""
    async with create_client(api_key=WARM_UP_KEY, base_url=base_url) as client:
        await get_lead.asyncio(lead_id, client=client)


def main(argv: list[str]) -> None:
    base_url, key, store_spec, org = argv[0], argv[1], argv[2], argv[3]
    ids = json.loads(Path(argv[4]).read_text())
    pages, tasks = int(argv[5]), int(argv[6])
    asyncio.run(_warm_up(base_url, ids[0]))
    print("READY", flush=True)
    start_at = float(sys.stdin.readline())
    delay = start_at - time.monotonic()
    if delay > 0:
        time.sleep(delay)  # start together with the other workers
    organization = None if org == "-" else org
    result = asyncio.run(work(base_url, key, store_spec, ids, pages, tasks, organization))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
