"""``make bench``: the SDK's performance as ratios measured side by side in one run.

Run with ``python -m bench`` (all five benchmarks, writes ``BENCHMARKS.md`` and
``bench/throughput.png``) or ``python -m bench overhead parsing`` for a subset (the report then
holds only those). Servers run in separate processes so that the client process's CPU time is
the client's alone. This package's ``__init__`` imports nothing: its modules are also started
as subprocesses, whose start-up cost should not include the whole suite.
"""
