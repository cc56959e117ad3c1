"""One worker process for tests/redis: ``python gate_worker.py BASE_URL KEY REDIS_URL N TASKS``.

Sends N ``GET /lead/`` requests (TASKS at a time) through a client whose gate is on the Redis
at REDIS_URL, and prints its counters as one JSON line.

The store gets a generous call timeout: these workers check that processes share one window,
and on a loaded machine one Redis call can take longer than the default 0.25 s, after which
the process's own gate answers (by design; ``test_failover.py`` covers that path).
"""

from __future__ import annotations

import asyncio
import json
import sys

from close_api_client.api.leads import list_leads
from custom import RedisStore, create_client, stats

STORE_TIMEOUT = 10.0


async def main(base_url: str, key: str, redis_url: str, count: int, tasks: int) -> None:
    remaining = [count]
    # "": each process its own gate (for contrast runs)
    store = RedisStore(redis_url, timeout=STORE_TIMEOUT) if redis_url else None
    async with create_client(api_key=key, base_url=base_url, store=store) as client:

        async def worker() -> None:
            while remaining[0] > 0:
                remaining[0] -= 1
                response = await list_leads.asyncio_detailed(client=client, limit=1)
                assert response.status_code == 200, response.status_code

        await asyncio.gather(*(worker() for _ in range(tasks)))
    if store is not None:
        await store.aclose()  # a store passed in is the caller's to close
    counters = stats(client)
    print(json.dumps({"requests": counters.requests, "fallbacks": counters.store_fallbacks}))


if __name__ == "__main__":
    url, api_key, redis, n, t = sys.argv[1:6]
    asyncio.run(main(url, api_key, redis, int(n), int(t)))
