"""Merge spec fragments (spec-parts/*.yaml) into openapi.yaml.

A one-off assembly tool for writing the spec in parallel: each fragment holds `tags`,
`paths` and `components` for one area. A fragment's component with the same name as one
in the base replaces it (reported). Every operation gets the shared error responses
(400, 401, 402, 403, 429, and 404 where the path has a parameter) unless it declares them.

    python scripts/merge_spec_parts.py --output /tmp/merged.yaml   # try a fragment
    python scripts/merge_spec_parts.py --output openapi.yaml        # final assembly
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "patch")
ERRORS = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "402": "PaymentRequired",
    "403": "Forbidden",
    "404": "NotFound",
    "429": "TooManyRequests",
}


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _add_errors(path: str, operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    for code, name in ERRORS.items():
        if code == "404" and "{" not in path:
            continue
        responses.setdefault(code, {"$ref": f"#/components/responses/{name}"})


def _is_stub(part: Path) -> bool:
    return part.name.endswith("stubs.yaml")


def merge(base: dict[str, Any], parts: list[Path]) -> dict[str, Any]:
    tag_names = {tag["name"] for tag in base.get("tags", [])}
    for part in parts:
        fragment = yaml.safe_load(part.read_text()) or {}
        for tag in fragment.get("tags", []):
            if tag["name"] not in tag_names:
                base.setdefault("tags", []).append(tag)
                tag_names.add(tag["name"])
        for path, item in (fragment.get("paths") or {}).items():
            existing = base["paths"].setdefault(path, {})
            for key, value in item.items():
                if key in existing and key in METHODS:
                    sys.exit(f"{part.name}: {key.upper()} {path} is already defined")
                existing[key] = value
        for section, items in (fragment.get("components") or {}).items():
            target = base["components"].setdefault(section, {})
            for name, value in items.items():
                if name in target and _is_stub(part):
                    continue
                if name in target:
                    print(f"{part.name}: replaces components/{section}/{name}", file=sys.stderr)
                target[name] = value
    for path, item in base["paths"].items():
        for method in METHODS:
            if method in item:
                _add_errors(path, item[method])
    return base


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("parts", nargs="*", type=Path)
    args = parser.parse_args()
    parts = args.parts or sorted((ROOT / "spec-parts").glob("*.yaml"))
    # Stubs (`*stubs.yaml`) only fill gaps, so they are applied last.
    parts = sorted(parts, key=_is_stub)
    base = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    merged = merge(base, parts)
    text = yaml.dump(merged, Dumper=_Dumper, sort_keys=False, width=100, allow_unicode=True)
    args.output.write_text(text)
    print(f"wrote {args.output}: {len(merged['paths'])} paths", file=sys.stderr)


if __name__ == "__main__":
    main()
