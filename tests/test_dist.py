"""The built distribution works outside this checkout, as a new user meets it.

The module's fixture does what the README's install section says: builds the sdist and the
wheel as ``make dist`` does (``python -m build --no-isolation``), creates a fresh virtual
environment (no system site-packages) and installs the wheel with its ``[testing]`` extra
from the configured package index. Everything then runs from empty folders outside the
checkout, so nothing can be imported from the working tree. The quickstart runs against
``python -m custom.simulator`` served by that environment, with only ``CLOSE_BASE_URL`` and
``CLOSE_API_KEY`` set from what the simulator printed: the README's block, as pasted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_readme import BLOCKS, README

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180


@dataclass(frozen=True)
class Installed:
    python: Path
    venv: Path
    work: Path
    """An empty folder outside the checkout to run from."""

    def run(
        self, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.python), *args],
            cwd=cwd or self.work,
            env=env or clean_env(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )


def clean_env() -> dict[str, str]:
    """This process's environment without Close settings or Python path overrides."""
    drop = ("CLOSE_", "PYTHONPATH", "VIRTUAL_ENV")
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("dist")
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
    )
    wheels, sdists = list(dist.glob("*.whl")), list(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1
    env_dir = base / "venv"
    venv.create(env_dir, with_pip=False)  # this process's pip installs into it (--python)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        + [f"{wheels[0]}[testing]"],
        check=True,
        capture_output=True,
        timeout=TIMEOUT,
        env=clean_env(),
    )
    work = base / "work"
    work.mkdir()
    return Installed(python, env_dir, work)


def test_both_packages_import_from_the_installed_wheel(installed: Installed) -> None:
    result = installed.run(
        "-c",
        "import close_api_client, custom, custom.simulator;"
        "print(close_api_client.__file__); print(custom.__file__)",
    )
    assert result.returncode == 0, result.stderr
    paths = [Path(line) for line in result.stdout.splitlines()]
    assert len(paths) == 2 and all(path.is_relative_to(installed.venv) for path in paths)


def test_without_the_fastapi_extra_the_error_names_it(installed: Installed) -> None:
    result = installed.run("-c", "import custom.fastapi")
    assert result.returncode != 0
    assert "pip install 'close-api-client[fastapi]'" in result.stderr


@pytest.fixture
def served(installed: Installed) -> Iterator[dict[str, str]]:
    """``python -m custom.simulator`` from the fresh venv; the variables it printed."""
    process = subprocess.Popen(
        [str(installed.python), "-m", "custom.simulator", "--port", "0", "--leads", "30"],
        cwd=installed.work,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        printed = [process.stdout.readline(), process.stdout.readline()]
        exports = re.search(r"export (CLOSE_BASE_URL=\S+) (CLOSE_API_KEY=\S+)", printed[1])
        assert exports is not None, printed
        yield dict(pair.split("=", 1) for pair in exports.groups())
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_quickstart_runs_as_pasted_against_the_simulator(
    installed: Installed, served: dict[str, str]
) -> None:
    script = installed.work / "quickstart.py"
    script.write_text(BLOCKS["quickstart"])
    result = installed.run(str(script), env={**clean_env(), **served})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert 0 < len(lines) <= 5  # max_items=5 leads, each with its contacts' names
    assert all(line.endswith("]") for line in lines)


def test_a_module_named_custom_shadows_the_package_as_the_readme_says(
    installed: Installed,
) -> None:
    project = installed.work / "project"
    project.mkdir()
    (project / "custom.py").write_text("SETTING = 1\n")
    result = installed.run("-c", "from custom import create_client", cwd=project)
    expected = "ImportError: cannot import name 'create_client' from 'custom'"
    assert expected in result.stderr and "project/custom.py" in result.stderr
    assert expected in README
