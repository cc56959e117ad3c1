"""Cut a release: check the version bump against the surface diff, date the changelog.

    make release VERSION=0.2.0

The version lives in one place, pyproject.toml's `version` (the package reads it at run time
through importlib.metadata, e.g. for the User-Agent). This script refuses a bump that semver
does not allow for what `api_diff` finds since the last `v*` tag:

- a breaking change needs a major bump from 1.0 on, a minor one while 0.x;
- an addition needs at least a minor bump from 1.0 on (a patch is enough while 0.x);

and every breaking change must be announced under `## [Unreleased]` / `### Breaking`. It then
moves the Unreleased entries under `## [VERSION] - DATE`, leaves an empty Unreleased section,
sets the version in pyproject.toml and prints the commit and tag commands to run.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_diff  # noqa: E402
import api_surface  # noqa: E402
import changelog  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
EMPTY_UNRELEASED = "## [Unreleased]\n\n### Breaking\n\n### Added\n\n### Changed\n\n"


class ReleaseError(ValueError):
    """The release cannot go ahead as asked (bad version, bump too small, unannounced)."""


def parse(version: str) -> tuple[int, int, int]:
    match = VERSION.match(version)
    if match is None:
        raise ReleaseError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def required_bump(current: str, *, breaking: bool, added: bool) -> str:
    """`major`, `minor` or `patch`: the smallest bump semver allows for these changes."""
    stable = parse(current)[0] >= 1
    if breaking:
        return "major" if stable else "minor"
    return "minor" if added and stable else "patch"


def bump_of(current: str, new: str) -> str:
    """Which part `new` bumps over `current` (`none` when it is not greater)."""
    old, fresh = parse(current), parse(new)
    if fresh <= old:
        return "none"
    if fresh[0] > old[0]:
        return "major"
    return "minor" if fresh[1] > old[1] else "patch"


def check_bump(current: str, new: str, *, breaking: bool, added: bool) -> None:
    order = ["none", "patch", "minor", "major"]
    needed, given = required_bump(current, breaking=breaking, added=added), bump_of(current, new)
    if order.index(given) < order.index(needed):
        reason = "breaking changes" if breaking else "additions" if added else "a release"
        raise ReleaseError(f"{current} -> {new} is a {given} bump; {reason} need a {needed} bump")


def dated(text: str, version: str, day: datetime.date) -> str:
    """CHANGELOG text with the Unreleased entries moved under `## [version] - day`."""
    body = changelog.unreleased(text)
    kept = {t: s.strip() for t, s in changelog.subsections(body).items() if s.strip()}
    if not kept:
        raise ReleaseError("the Unreleased section of CHANGELOG.md is empty: nothing to release")
    entry = f"## [{version}] - {day.isoformat()}\n\n"
    entry += "".join(f"### {title}\n{section}\n\n" for title, section in kept.items())
    section = changelog.UNRELEASED.search(text)
    assert section is not None  # changelog.unreleased() found it
    return text[: section.start()] + EMPTY_UNRELEASED + entry + text[section.end() :]


def set_version(pyproject: str, version: str) -> str:
    return re.sub(r'(?m)^version = "[^"]*"$', f'version = "{version}"', pyproject, count=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", help="the new MAJOR.MINOR.PATCH")
    args = parser.parse_args()
    pyproject, changes_file = ROOT / "pyproject.toml", ROOT / "CHANGELOG.md"
    current = tomllib.loads(pyproject.read_text())["project"]["version"]
    base = api_diff.default_base(ROOT)
    with tempfile.TemporaryDirectory(prefix="release-") as tmp:
        api_surface.extract_ref(ROOT, base, Path(tmp), api_surface.PACKAGES)
        changes = api_surface.diff_trees(Path(tmp), ROOT)
    text = changelog.read(changes_file)
    try:
        missing = api_diff.unannounced(changes, text)
        if missing:
            raise ReleaseError("not announced in CHANGELOG.md:\n" + api_diff.markdown(missing))
        breaking = any(change.breaking for change in changes)
        added = any(change.what.endswith(" added") for change in changes)
        check_bump(current, args.version, breaking=breaking, added=added)
        changes_file.write_text(dated(text, args.version, datetime.date.today()))
    except (ReleaseError, changelog.ChangelogError) as error:
        sys.exit(f"release refused: {error}")
    pyproject.write_text(set_version(pyproject.read_text(), args.version))
    print(f"{current} -> {args.version} (since {base}); CHANGELOG.md and pyproject.toml updated:")
    print(f'  git commit -am "Release v{args.version}" && git tag v{args.version}')
    return 0


if __name__ == "__main__":
    sys.exit(main())
