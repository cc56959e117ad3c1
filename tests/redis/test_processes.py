"""Several OS processes on one API key, against the simulator served on loopback (its
per-key limit is shared by all its clients), with one Redis store: together they stay within
every window. Nothing here asserts on time: the simulator's request log says whether any
request was answered 429 or arrived while the key's group was announced blocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from custom.simulator import CloseSimulator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KEY = "shared_key"
PROCESSES = 3
REQUESTS = 12
LIMIT = 6


def run_workers(base_url: str, redis_url: str) -> list[dict[str, int]]:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(HERE / "gate_worker.py"), base_url, KEY, redis_url]
    command += [str(REQUESTS), "4"]
    procs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(PROCESSES)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()[-2000:]
        results.append(json.loads(out.decode().strip().splitlines()[-1]))
    return results


def test_processes_on_one_key_never_exceed_the_window_together(redis_url: str) -> None:
    sim = CloseSimulator(seed=3, api_keys=(KEY,))
    sim.seed_leads(5, activities_per_lead=0)
    sim.set_rate_limit(limit=LIMIT, window=0.5)
    with sim.serve() as url:
        results = run_workers(url + "/api/v1", redis_url)
    records = [r for r in sim.requests if r.path.startswith("/api/v1/lead")]
    assert len(records) == PROCESSES * REQUESTS  # every request sent once: no retries needed
    assert [r.status for r in records if r.status != 200] == []
    assert [r for r in records if r.before_reset] == []
    assert sum(r["requests"] for r in results) == PROCESSES * REQUESTS
    assert all(r["fallbacks"] == 0 for r in results)
