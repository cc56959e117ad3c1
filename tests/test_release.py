"""The release rules: semver against the surface diff, the changelog dated, one version."""

from __future__ import annotations

import datetime
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import release  # noqa: E402

from custom._client import _user_agent  # noqa: E402


@pytest.mark.parametrize(
    ("current", "new", "breaking", "added", "allowed"),
    [
        ("0.1.0", "0.2.0", True, False, True),  # 0.x: breaking needs a minor bump
        ("0.1.0", "0.1.1", True, False, False),
        ("0.1.0", "0.1.1", False, True, True),  # 0.x: an addition fits in a patch
        ("1.2.3", "2.0.0", True, True, True),  # >= 1.0: breaking needs a major bump
        ("1.2.3", "1.3.0", True, False, False),
        ("1.2.3", "1.3.0", False, True, True),
        ("1.2.3", "1.2.4", False, True, False),  # >= 1.0: an addition needs a minor bump
        ("1.2.3", "1.2.4", False, False, True),
        ("1.2.3", "1.2.3", False, False, False),  # not a bump at all
    ],
)
def test_semver_rules(current: str, new: str, breaking: bool, added: bool, allowed: bool) -> None:
    if allowed:
        release.check_bump(current, new, breaking=breaking, added=added)
    else:
        with pytest.raises(release.ReleaseError, match="bump"):
            release.check_bump(current, new, breaking=breaking, added=added)


def test_a_version_that_is_not_semver_is_refused() -> None:
    with pytest.raises(release.ReleaseError, match="MAJOR.MINOR.PATCH"):
        release.check_bump("0.1.0", "v0.2", breaking=False, added=False)


CHANGELOG = """# Changelog

Intro.

## [Unreleased]

### Breaking
- `close_api_client.models.Lead.html_url`: field removed

### Added

## [0.1.0] - 2026-11-01

### Added
- First release.
"""


def test_the_unreleased_entries_are_dated_and_an_empty_section_remains() -> None:
    text = release.dated(CHANGELOG, "0.2.0", datetime.date(2026, 12, 1))
    assert text == (
        "# Changelog\n\nIntro.\n\n"
        + release.EMPTY_UNRELEASED
        + "## [0.2.0] - 2026-12-01\n\n### Breaking\n"
        + "- `close_api_client.models.Lead.html_url`: field removed\n\n"
        + "## [0.1.0] - 2026-11-01\n\n### Added\n- First release.\n"
    )


def test_an_empty_unreleased_section_is_nothing_to_release() -> None:
    with pytest.raises(release.ReleaseError, match="empty"):
        release.dated(release.EMPTY_UNRELEASED, "0.2.0", datetime.date(2026, 12, 1))


def test_the_version_is_set_in_pyproject_only_once() -> None:
    text = '[project]\nname = "x"\nversion = "0.1.0"\n[tool.x]\nversion = "9"\n'
    assert release.set_version(text, "0.2.0") == text.replace('"0.1.0"', '"0.2.0"')


def test_the_package_reports_the_pyproject_version() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert _user_agent().startswith(f"close-api-client/{version} ")
