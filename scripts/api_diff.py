"""What changed for users: the public surface of the SDK, a git ref against the work tree.

    python scripts/api_diff.py                       # make api-diff: last v* tag (or HEAD)
    python scripts/api_diff.py --base v0.1.0         # make api-diff BASE=v0.1.0
    python scripts/api_diff.py --base HEAD~1 --changelog CHANGELOG.md --skip-without-base
                                                     # make api-diff-check (CI)
    python scripts/api_diff.py --base-dir A --head-dir B --package close_api_client

Prints a Markdown block (### Breaking / ### Added / ### Changed) ready to paste under
`## [Unreleased]` in CHANGELOG.md. With --changelog, exits 1 when a breaking change is not
announced there (see scripts/changelog.py for what "announced" means), so CI refuses an
accidental break. The surface comparison itself is in scripts/api_surface.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_surface  # noqa: E402
import changelog  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def git(*args: str, repo: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)


def default_base(repo: Path) -> str:
    """The latest release tag (v*), else HEAD: what the work tree would be released against."""
    described = git("describe", "--tags", "--abbrev=0", "--match", "v*", repo=repo)
    return described.stdout.strip() if described.returncode == 0 else "HEAD"


def group(changes: list[api_surface.Change]) -> list[tuple[str, str, list[str]]]:
    """(section, what, paths): siblings with the same change share one line."""
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for change in changes:
        section = "Breaking" if change.breaking else "Added"
        if not change.breaking and not change.what.endswith(" added"):
            section = "Changed"
        parent, _, name = change.path.rpartition(".")
        grouped[(section, change.what, parent)].append(name)
    lines = []
    for (section, what, parent), names in grouped.items():
        joined = names[0] if len(names) == 1 else "{" + ",".join(sorted(names)) + "}"
        lines.append((section, what, [f"{parent}.{joined}" if parent else joined]))
    return sorted(lines, key=lambda line: (line[2], line[1]))


def markdown(changes: list[api_surface.Change]) -> str:
    """The CHANGELOG block; sections without entries are left out."""
    out = []
    for section in ("Breaking", "Added", "Changed"):
        lines = [line for line in group(changes) if line[0] == section]
        if lines:
            out.append(f"### {section}")
            out += [f"- `{paths[0]}`: {what}" for _, what, paths in lines]
            out.append("")
    return "\n".join(out) if out else "No change to the public surface.\n"


def unannounced(changes: list[api_surface.Change], text: str) -> list[api_surface.Change]:
    patterns = changelog.announced_patterns(text)
    return [c for c in changes if c.breaking and not changelog.is_announced(c.path, patterns)]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base = parser.add_mutually_exclusive_group()
    base.add_argument("--base", help="git ref to compare with (default: last v* tag, else HEAD)")
    base.add_argument("--base-dir", type=Path, help="a folder holding the old packages")
    parser.add_argument("--head-dir", type=Path, default=ROOT, help="default: the work tree")
    parser.add_argument("--package", action="append", help="default: close_api_client, custom")
    parser.add_argument("--changelog", type=Path, help="fail on a breaking change not in it")
    parser.add_argument(
        "--skip-without-base",
        action="store_true",
        help="exit 0 when the base ref does not exist (a shallow clone, the first commit)",
    )
    return parser.parse_args(argv)


def diff(args: argparse.Namespace, packages: tuple[str, ...]) -> list[api_surface.Change] | None:
    if args.base_dir:
        return api_surface.diff_trees(args.base_dir, args.head_dir, packages)
    base = args.base or default_base(args.head_dir)
    if git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}", repo=args.head_dir).returncode:
        if args.skip_without_base:
            print(f"api-diff skipped: {base} does not exist here (shallow clone or first commit)")
            return None
        sys.exit(f"api-diff: unknown git ref {base!r}")
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        api_surface.extract_ref(args.head_dir, base, Path(tmp), packages)
        return api_surface.diff_trees(Path(tmp), args.head_dir, packages)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    packages = tuple(args.package or api_surface.PACKAGES)
    started = time.perf_counter()
    changes = diff(args, packages)
    if changes is None:
        return 0
    print(markdown(changes))
    breaking = sum(change.breaking for change in changes)
    elapsed = time.perf_counter() - started
    summary = f"api-diff: {breaking} breaking, {len(changes) - breaking} other ({elapsed:.1f} s)"
    print(summary, file=sys.stderr)
    if args.changelog is None:
        return 0
    missing = unannounced(changes, changelog.read(args.changelog))
    if missing:
        print(
            f"\nNot announced in {args.changelog} (## [Unreleased] / ### Breaking):",
            file=sys.stderr,
        )
        print(markdown(missing), file=sys.stderr)
        return 1
    if breaking:
        print(f"every breaking change is announced in {args.changelog}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
