"""Validate openapi.yaml and (re)generate the close_api_client package from it.

    python scripts/generate.py --output close_api_client   # make generate
    python scripts/generate.py --check close_api_client    # make check-generated

Any generator warning fails the run: openapi-python-client warns when it drops part of the
spec (an unsupported schema, a parameter it cannot place), so a warning means a hole in the SDK.
The check mode generates into a temporary folder that mirrors the repository layout (so ruff
finds the same pyproject.toml settings) and diffs it against the committed package.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"


def validate_spec(spec_path: Path) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    spec, _ = read_from_filename(str(spec_path))
    validate(spec)


def with_parameter_descriptions(document: dict[str, Any]) -> dict[str, Any]:
    """Copy each parameter's ``description`` onto its schema, where the generator reads it.

    openapi-python-client documents a parameter with its *schema's* description and ignores
    the Parameter object's own, which is where OpenAPI (and openapi.yaml) puts it; without
    this every generated ``Args:`` line would be a bare name and type.
    """
    parameters = list(document.get("components", {}).get("parameters", {}).values())
    for item in document.get("paths", {}).values():
        for operation in [item, *(v for v in item.values() if isinstance(v, dict))]:
            parameters += [p for p in operation.get("parameters", []) if "$ref" not in p]
    for parameter in parameters:
        schema = parameter.get("schema")
        if parameter.get("description") and isinstance(schema, dict) and "$ref" not in schema:
            schema.setdefault("description", parameter["description"])
    return document


def generate(package_dir: Path, spec: Path = SPEC) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        document = yaml.safe_load(spec.read_text())
        prepared = Path(tmp) / "openapi.json"
        prepared.write_text(json.dumps(with_parameter_descriptions(document)))
        _run_generator(package_dir, prepared)
    # The generator writes the PEP 561 marker only with --meta; the package ships typed.
    (package_dir / "py.typed").write_text("")


def _run_generator(package_dir: Path, spec: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--overwrite",
    ]
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, cwd=package_dir.parent
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 or "warning" in output.lower() or "error" in output.lower():
        sys.stderr.write(output)
        sys.exit(f"generation failed or warned (exit code {result.returncode}): see above")


def check(committed: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        mirror = Path(tmp)
        shutil.copy(ROOT / "pyproject.toml", mirror / "pyproject.toml")
        fresh = mirror / committed.name
        generate(fresh)
        diff = subprocess.run(
            ["diff", "-ru", "--exclude=__pycache__", str(committed), str(fresh)],
            capture_output=True,
            text=True,
        )
        if diff.returncode != 0:
            sys.stderr.write(diff.stdout[:20000])
            sys.exit(
                f"{committed} differs from what the generator makes of openapi.yaml: "
                "run `make generate` and commit the result"
            )
    print(f"{committed} is up to date with openapi.yaml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--output", type=Path, help="generate into this package folder")
    mode.add_argument("--check", type=Path, help="fail when this package is out of date")
    parser.add_argument("--spec", type=Path, default=SPEC, help="for trials: another spec file")
    args = parser.parse_args()
    validate_spec(args.spec)
    if args.output:
        args.output.resolve().parent.mkdir(parents=True, exist_ok=True)
        generate(args.output.resolve(), args.spec.resolve())
        print(f"generated {args.output} from {SPEC.name}")
    else:
        check(args.check.resolve())


if __name__ == "__main__":
    main()
