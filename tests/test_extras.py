"""Without an optional extra, the import that needs it says which extra to install.

The missing package is simulated by a ``None`` entry in ``sys.modules`` (Python then raises
ImportError for it), in a fresh interpreter so this process's imports are untouched.
``tests/test_dist.py`` checks the FastAPI case in a real base install as well.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

BLOCK = "import runpy, sys; sys.modules[{missing!r}] = None; {action}"


def run_without(missing: str, action: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK.format(missing=missing, action=action)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("missing", "action", "extra"),
    [
        ("uvicorn", "runpy.run_module('custom.simulator', run_name='__main__')", "testing"),
        ("fastapi", "import custom.fastapi", "fastapi"),
    ],
)
def test_the_error_names_the_extra(missing: str, action: str, extra: str) -> None:
    result = run_without(missing, action)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError:") and f"pip install 'close-api-client[{extra}]'" in last


def test_the_simulator_in_process_needs_no_uvicorn() -> None:
    result = run_without("uvicorn", "from custom.simulator import CloseSimulator; CloseSimulator()")
    assert result.returncode == 0, result.stderr
