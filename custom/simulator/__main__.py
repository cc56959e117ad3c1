"""``python -m custom.simulator --port 8765 [--seed N --leads N --api-key KEY ...]``."""

from __future__ import annotations

import argparse
import sys
from typing import get_args

from ._faults import Faults
from ._ratelimit import RateLimitMode
from ._simulator import UVICORN_MISSING, CloseSimulator


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
    parser.add_argument(
        "--latency", type=float, default=0.0, help="request leg, if --latency-request is unset"
    )
    parser.add_argument(
        "--latency-request",
        type=float,
        default=None,
        help="seconds from a request's arrival to when it is counted and handled",
    )
    parser.add_argument(
        "--latency-response",
        type=float,
        default=0.0,
        help="seconds from handling a request to sending its answer",
    )
    parser.add_argument(
        "--latency-jitter", type=float, default=0.0, help="seconds at most added to each leg"
    )
    parser.add_argument("--max-skip", type=int, default=250_000)
    parser.add_argument("--max-limit", type=int, default=100)
    args = parser.parse_args(argv)
    try:
        from ._server import bind_socket, make_server
    except ImportError as exc:  # the base install has no server: say which extra brings one
        raise ImportError(UVICORN_MISSING, name=exc.name) from exc

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
    sim.faults = Faults(
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        latency=args.latency,
        latency_request=args.latency_request,
        latency_response=args.latency_response,
        latency_jitter=args.latency_jitter,
        latency_seed=args.seed,
    )
    sock = bind_socket(args.host, args.port)  # bound here, so --port 0 can print its port
    port = sock.getsockname()[1]
    keys = "any key" if sim.api_keys is None else ", ".join(sorted(sim.api_keys))
    key = "any_key" if sim.api_keys is None else sorted(sim.api_keys)[0]
    print(f"Close simulator on http://{args.host}:{port}/api/v1/ (keys: {keys})")
    print(f"  export CLOSE_BASE_URL=http://{args.host}:{port}/api/v1 CLOSE_API_KEY={key}")
    sys.stdout.flush()  # a parent process reading a pipe sees the address at once
    make_server(sim, args.host, port, log_level="info").run(sockets=[sock])


if __name__ == "__main__":
    main()
