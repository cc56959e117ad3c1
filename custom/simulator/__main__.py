"""``python -m custom.simulator --port 8765 [--seed N --leads N --api-key KEY ...]``."""

from __future__ import annotations

import argparse
from typing import get_args

import uvicorn

from ._faults import Faults
from ._ratelimit import RateLimitMode
from ._server import make_server
from ._simulator import CloseSimulator


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m custom.simulator", description="Serve a simulated Close API on loopback."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--leads", type=int, default=100, help="leads to pre-load")
    parser.add_argument(
        "--api-key", action="append", dest="api_keys", help="accepted key (repeatable)"
    )
    parser.add_argument("--any-key", action="store_true", help="accept any API key")
    parser.add_argument("--rate-limit", type=int, default=0, help="requests/window per group")
    parser.add_argument("--window", type=float, default=1.0)
    parser.add_argument(
        "--rate-limit-mode",
        default="full",
        choices=get_args(RateLimitMode),
    )
    parser.add_argument("--error-rate", type=float, default=0.0)
    parser.add_argument("--drop-rate", type=float, default=0.0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--max-skip", type=int, default=250_000)
    parser.add_argument("--max-limit", type=int, default=100)
    args = parser.parse_args(argv)

    sim = CloseSimulator(
        seed=args.seed,
        api_keys=None if args.any_key else (args.api_keys or ["test_key"]),
        max_limit=args.max_limit,
        max_skip=args.max_skip,
        rate_limit_mode=args.rate_limit_mode,
    )
    sim.seed_leads(args.leads)
    if args.rate_limit:
        sim.set_rate_limit(limit=args.rate_limit, window=args.window)
    sim.faults = Faults(error_rate=args.error_rate, drop_rate=args.drop_rate, latency=args.latency)
    keys = "any key" if sim.api_keys is None else ", ".join(sorted(sim.api_keys))
    print(f"Close simulator on http://{args.host}:{args.port}/api/v1/ (keys: {keys})")
    server: uvicorn.Server = make_server(sim, args.host, args.port, log_level="info")
    server.run()


if __name__ == "__main__":
    main()
