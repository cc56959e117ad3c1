"""One worker process for tests/redis: ``python gate_worker.py BASE_URL KEY REDIS_URL N TASKS``.

Sends N ``GET /lead/`` requests (TASKS at a time) through a client whose gate is on the Redis
at REDIS_URL, and prints its counters as one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys

from close_api_client.api.leads import list_leads
from custom import create_client, stats


async def main(base_url: str, key: str, redis_url: str, count: int, tasks: int) -> None:
    remaining = [count]
    shared = redis_url or None  # "": each process its own gate (for contrast runs)
    async with create_client(api_key=key, base_url=base_url, redis_url=shared) as client:

        async def worker() -> None:
            while remaining[0] > 0:
                remaining[0] -= 1
                response = await list_leads.asyncio_detailed(client=client, limit=1)
                assert response.status_code == 200, response.status_code

        await asyncio.gather(*(worker() for _ in range(tasks)))
    counters = stats(client)
    print(json.dumps({"requests": counters.requests, "fallbacks": counters.store_fallbacks}))


if __name__ == "__main__":
    url, api_key, redis, n, t = sys.argv[1:6]
    asyncio.run(main(url, api_key, redis, int(n), int(t)))
