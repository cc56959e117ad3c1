"""CHANGELOG.md (Keep a Changelog): the Unreleased section and what it announces.

A breaking change is *announced* when a bullet under `### Breaking` in `## [Unreleased]`
names it in backticks, as one of:

- its path exactly as `make api-diff` prints it (`close_api_client.models.Lead.html_url`);
- a parent path, which covers everything under it (`close_api_client.api.leads.merge_leads`);
- a glob with `*` (`close_api_client.api.*.asyncio`), or alternatives in braces, which is how
  `make api-diff` prints several objects with the same change
  (`close_api_client.api.leads.list_leads.{asyncio,asyncio_detailed}`).

Other backticked text in the bullet (a parameter name, a type) matches nothing that is not
that text, so the printed lines can be pasted as they are.
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from pathlib import Path

UNRELEASED = re.compile(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## |\Z)", re.M | re.S)
SUBSECTION = re.compile(r"^### +([^\n]+)\n(.*?)(?=^### |\Z)", re.M | re.S)
TOKEN = re.compile(r"`([^`\s]+)`")
BRACES = re.compile(r"\{([^{}]*)\}")


class ChangelogError(ValueError):
    """CHANGELOG.md lacks what the release process needs (an Unreleased section)."""


def unreleased(text: str) -> str:
    """The body of the `## [Unreleased]` section."""
    match = UNRELEASED.search(text)
    if match is None:
        raise ChangelogError("CHANGELOG.md has no `## [Unreleased]` section")
    return match.group(1)


def subsections(body: str) -> dict[str, str]:
    """`### Title` -> its text, for one version's section."""
    return {title.strip(): text for title, text in SUBSECTION.findall(body)}


def expand(token: str) -> list[str]:
    """`a.{b,c}.d` -> [`a.b.d`, `a.c.d`] (nested braces are not needed by the printed form)."""
    match = BRACES.search(token)
    if match is None:
        return [token]
    head, tail = token[: match.start()], token[match.end() :]
    return [path for option in match.group(1).split(",") for path in expand(head + option + tail)]


def announced_patterns(text: str) -> list[str]:
    """Every path or glob named under `### Breaking` in the Unreleased section."""
    breaking = subsections(unreleased(text)).get("Breaking", "")
    return [path for token in TOKEN.findall(breaking) for path in expand(token)]


def is_announced(path: str, patterns: list[str]) -> bool:
    return any(
        path == pattern or path.startswith(pattern + ".") or fnmatchcase(path, pattern)
        for pattern in patterns
    )


def read(path: Path) -> str:
    if not path.is_file():
        raise ChangelogError(f"{path} not found: every breaking change must be announced there")
    return path.read_text()
