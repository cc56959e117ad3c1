"""Try another openapi-python-client: what breaks in the templates, what changes for users.

    make try-generator VERSION=0.30.0
    python scripts/try_generator.py 0.30.0 [--keep]

The generator is pinned exactly (templates/ overrides some of its templates, whose context
changes between versions), so an upgrade is tried out of the way: a scratch venv with that
version (plus the pinned ruff and validator), a scratch copy of the spec, config, templates
and scripts, a regeneration there, then
1. the generator's own errors and warnings (a template that no longer renders shows here),
2. how many generated files differ from the committed close_api_client/,
3. `api_diff` of the committed package against the trial one: the surface change users would
   see if the pin moved.
Nothing in the work tree changes. To adopt the version: bump the pin in pyproject.toml,
`make install generate`, fix the templates, `make api-diff`, CHANGELOG.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ["openapi.yaml", "generator-config.yml", "pyproject.toml", "templates", "scripts"]
# The trial venv needs what scripts/generate.py runs, at the versions the project pins.
COMPANIONS = ("ruff", "openapi-spec-validator")


def companions() -> list[str]:
    """The pinned requirements of the generator's helpers, read from the dev extra."""
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extra = dev["optional-dependencies"]["dev"]
    return [req for req in extra if req.split("=")[0].split(">")[0].strip() in COMPANIONS]


def step(title: str, command: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    print(f"== {title}", flush=True)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def make_venv(scratch: Path, version: str) -> Path:
    venv = scratch / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    wanted = [f"openapi-python-client=={version}", *companions()]
    installed = step(f"pip install {' '.join(wanted)}", [str(python), "-m", "pip", "install",
                     "--quiet", *wanted])  # fmt: skip
    if installed.returncode != 0:
        sys.exit(f"could not install openapi-python-client=={version}:\n{installed.stderr[-3000:]}")
    return python


def copy_project(target: Path) -> None:
    target.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)


def report(repo: Path, python: Path) -> int:
    generated = step(
        "generate (template errors and generator warnings below)",
        [str(python), "scripts/generate.py", "--output", "close_api_client"],
        cwd=repo,
    )
    print((generated.stdout + generated.stderr).strip() or "(no output)")
    if generated.returncode != 0:
        return 1
    changed = step(
        "files that differ from the committed close_api_client/",
        ["diff", "-rq", "--exclude=__pycache__", str(ROOT / "close_api_client"),
         str(repo / "close_api_client")],
    )  # fmt: skip
    print(f"{len(changed.stdout.splitlines())} files differ")
    surface = step(
        "api-diff: committed package -> trial package",
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), "--base-dir", str(ROOT),
         "--head-dir", str(repo), "--package", "close_api_client"],
    )  # fmt: skip
    print(surface.stdout + surface.stderr)
    return surface.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", help="an openapi-python-client version, e.g. 0.30.0")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="try-generator-"))
    try:
        python = make_venv(scratch, args.version)
        copy_project(scratch / "repo")
        return report(scratch / "repo", python)
    finally:
        if args.keep:
            print(f"scratch folder kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
