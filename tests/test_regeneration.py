"""The committed package must be exactly what the generator makes of openapi.yaml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ["openapi.yaml", "generator-config.yml", "pyproject.toml", "templates", "scripts"]


def _copy_project(target: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    shutil.copytree(
        ROOT / "close_api_client",
        target / "close_api_client",
        ignore=shutil.ignore_patterns("__pycache__"),
    )


def test_editing_the_spec_without_regenerating_fails_the_check(tmp_path: Path) -> None:
    _copy_project(tmp_path)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(spec.read_text().replace("summary: Get a lead", "summary: Fetch a lead"))
    result = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check", "close_api_client"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Fetch a lead" in result.stdout + result.stderr
    assert "run `make generate`" in result.stderr
