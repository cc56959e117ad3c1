"""Benchmark 4: import time and the first call, each in fresh processes, median of several runs.

Each run is a new interpreter running a tiny ``-c`` script (never ``-m bench...``, which would
import this suite first) that times, with ``time.perf_counter``:

- ``import close_api_client`` (alone in its process);
- ``import custom`` (alone in its process; includes ``close_api_client``);
- the first call, in that second process: importing ``get_lead``, ``create_client``, and one
  ``get_lead.asyncio`` against the loopback server (lazily imported models, event loop,
  connection, parsing);
- the first call through ``custom.Close`` (a third process, after ``import custom``): making
  ``Close``, reading ``close.leads`` (which imports that tag's package) and one
  ``close.leads.get``.

Bytecode caches are isolated with ``PYTHONPYCACHEPREFIX`` (the repository's ``__pycache__`` is
never read or written), and every measured run has ``PYTHONDONTWRITEBYTECODE=1``, so a run
cannot warm the next:

- ``warm``: every module's bytecode cached (a service's normal restart);
- ``cold project``: dependencies and stdlib cached, this project's packages compiled from
  source (the first start after installing or upgrading the SDK);
- ``cold all``: nothing cached, every module compiled from source, stdlib included.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ._common import ROOT, Check, Section, Table, child_env, median, serve_subprocess
from ._fixture import fixture_path

__all__ = ["run"]

RUNS = 5
TARGET = 0.3

_IMPORT_SDK = """
import time
t = time.perf_counter()
import close_api_client
print(time.perf_counter() - t)
"""

_IMPORT_AND_CALL = """
import time
t0 = time.perf_counter()
import custom
t1 = time.perf_counter()
import asyncio
from close_api_client.api.leads import get_lead

async def first():
    async with custom.create_client(api_key="bench_key", base_url={url!r}) as client:
        return await get_lead.asyncio("lead_x", client=client)

assert asyncio.run(first()) is not None
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""

_IMPORT_AND_FACADE_CALL = """
import time
import custom
t0 = time.perf_counter()
import asyncio

async def first():
    async with custom.Close(api_key="bench_key", base_url={url!r}) as close:
        return await close.leads.get("lead_x")

assert asyncio.run(first()) is not None
print(time.perf_counter() - t0)
"""

_NOTES = [
    "Second table: `python -X importtime -c 'import custom'`, self time summed per top-level "
    "package (largest first). The project's own packages are a small share: models and "
    "endpoint modules are imported lazily, and `cold project` is barely slower than `warm`. "
    "Most of `import close_api_client` is httpx, and about half of httpx's is `httpx._main`: "
    "httpx imports its command-line tool (click, rich, pygments) whenever those are "
    "installed, which this dev environment does (openapi-python-client pulls them in); a "
    "production install without them skips it.",
    "`cold all` (no bytecode anywhere, stdlib included: e.g. an image built with "
    "`PYTHONDONTWRITEBYTECODE=1` and `pip install --no-compile`) is dominated by compiling "
    "the stdlib and the dependencies, not this project; the fix is deployment-side: "
    "compile at build time (`python -m compileall`, or pip's default bytecode compilation).",
]

PROJECT_PACKAGES = ("close_api_client", "custom")
PHASES = ("import close_api_client", "import custom", "first call", "first call, `Close`")


def _python(code: str, cache: Path, *, write: bool = False) -> list[float]:
    env = child_env(PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    ).stdout
    return [float(x) for x in out.split()]


def _caches(workdir: Path, call: str, facade: str) -> dict[str, Path]:
    """Three pycache prefixes: all warm, warm but for this project, and empty."""
    warm = workdir / "warm"
    _python(_IMPORT_SDK, warm, write=True)
    _python(call, warm, write=True)
    _python(facade, warm, write=True)
    deps = workdir / "deps"
    shutil.copytree(warm, deps)
    # The prefix mirrors absolute paths: drop this project's packages (not the venv's).
    for package in PROJECT_PACKAGES:
        shutil.rmtree(deps / ROOT.relative_to(ROOT.anchor) / package, ignore_errors=True)
    empty = workdir / "empty"
    empty.mkdir()
    return {"warm": warm, "cold project": deps, "cold all": empty}


def _import_profile(cache: Path, top: int = 10) -> list[tuple[str, float]]:
    """``-X importtime`` of ``import custom``: self time summed per top-level package."""
    env = child_env(PYTHONPYCACHEPREFIX=str(cache), PYTHONDONTWRITEBYTECODE="1")
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import custom"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stderr
    totals: dict[str, float] = {}
    for line in err.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        package = parts[2].strip().split(".")[0]
        totals[package] = totals.get(package, 0.0) + int(parts[0]) / 1e6
    return sorted(totals.items(), key=lambda item: -item[1])[:top]


def _measure(call: str, facade: str, cache: Path) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {phase: [] for phase in PHASES}
    for _ in range(RUNS):
        times["import close_api_client"] += _python(_IMPORT_SDK, cache)
        imported, first = _python(call, cache)
        times["import custom"].append(imported)
        times["first call"].append(first)
        times["first call, `Close`"] += _python(facade, cache)
    return times


def run() -> Section:
    workdir = Path(tempfile.mkdtemp(prefix="close-bench-pycache-"))
    try:
        with serve_subprocess("bench._leadserver", str(fixture_path())) as url:
            call = _IMPORT_AND_CALL.format(url=f"{url}/api/v1")
            facade = _IMPORT_AND_FACADE_CALL.format(url=f"{url}/api/v1")
            caches = _caches(workdir, call, facade)
            results = {mode: _measure(call, facade, cache) for mode, cache in caches.items()}
            profiles = {mode: _import_profile(caches[mode]) for mode in ("warm", "cold all")}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    table = Table(["phase", *(f"{mode} (median, min–max)" for mode in results)])
    checks = []
    for phase in PHASES:
        cells = [phase]
        for mode, times in results.items():
            cells.append(
                f"{median(times[phase]):.3f} s ({min(times[phase]):.3f}–{max(times[phase]):.3f})"
            )
            checks.append(
                Check(
                    f"{phase}, {mode}",
                    f"{median(times[phase]):.3f} s",
                    f"<= {TARGET} s",
                    median(times[phase]) <= TARGET,
                )
            )
        table.rows.append(cells)
    profile = Table(["package (top level)", *(f"self import time, {m}" for m in profiles)])
    names = list(dict.fromkeys(name for ranked in profiles.values() for name, _ in ranked))
    for name in names:
        cells = [f"`{name}`"]
        for ranked in profiles.values():
            seconds = dict(ranked).get(name)
            cells.append("" if seconds is None else f"{seconds * 1000:.1f} ms")
        profile.rows.append(cells)
    return Section(
        title="4. Import and first call",
        measured=(
            f"Median of {RUNS} fresh interpreters per phase and cache mode, each running a tiny "
            "`python -c` script timed with `time.perf_counter`: `import close_api_client` alone; "
            "`import custom` alone (includes `close_api_client`); and, in that second process, "
            "the first call: importing `get_lead`, `create_client` and one `get_lead.asyncio` "
            "against a loopback server (lazy model imports, event loop, connection, parsing); "
            "and, in a third process after `import custom`, the first call through "
            "`custom.Close` (`Close(...)`, `close.leads`, one `close.leads.get`). "
            "Bytecode caches are isolated with `PYTHONPYCACHEPREFIX` and every measured run has "
            "`PYTHONDONTWRITEBYTECODE=1`, so no run warms the next.\n\n"
            "- `warm`: every module's bytecode cached (a service's normal restart);\n"
            "- `cold project`: stdlib and dependencies cached, this project's packages compiled "
            "from source (the first start after installing or upgrading the SDK);\n"
            "- `cold all`: nothing cached, stdlib included."
        ),
        tables=[table, profile],
        checks=checks,
        notes=_NOTES,
    )
