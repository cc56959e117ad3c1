"""`make api-diff` and its CI gate, on the real generator and on small hand-written trees.

The worked example of the README's regeneration loop: a scratch git copy of the repository
where openapi.yaml loses a response field and an operation (breaking, refused by the gate
until CHANGELOG.md announces them) or gains a field (an addition, accepted).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import api_diff as api_diff_script  # noqa: E402
import api_surface  # noqa: E402
import changelog  # noqa: E402

COPIED = ["openapi.yaml", "generator-config.yml", "pyproject.toml", "templates", "scripts"]
PACKAGES = ["close_api_client", "custom"]
GIT = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
LEAD_FIELDS = "    Lead:\n      type: object\n"


def run(cwd: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def api_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(repo, sys.executable, "scripts/api_diff.py", *args)


@pytest.fixture(scope="module")
def base_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's spec, generator inputs, scripts and packages, committed in a new repo."""
    repo = tmp_path_factory.mktemp("base")
    for name in COPIED + PACKAGES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, repo / name)
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## [Unreleased]\n\n### Breaking\n")
    run(repo, "git", "init", "-q")
    run(repo, "git", "add", "-A")
    run(repo, *GIT, "commit", "-qm", "base")
    return repo


def edited_copy(base: Path, target: Path, edit: object) -> Path:
    """A clone of `base` whose spec went through `edit`, regenerated (not committed)."""
    run(base.parent, "git", "clone", "-q", str(base), str(target))
    spec = target / "openapi.yaml"
    spec.write_text(edit(spec.read_text()))  # type: ignore[operator]
    generated = run(target, sys.executable, "scripts/generate.py", "--output", "close_api_client")
    assert generated.returncode == 0, generated.stderr
    return target


def drop_html_url_and_merge(spec: str) -> str:
    lead = spec.index(LEAD_FIELDS)
    field = spec.index("        html_url:\n          type: string\n", lead)
    spec = spec[:field] + spec[field + len("        html_url:\n          type: string\n") :]
    start = spec.index("  /lead/merge/:\n")
    end = spec.index("\n  /", start + 1) + 1
    return spec[:start] + spec[end:]


def add_priority_score(spec: str) -> str:
    properties = spec.index("      properties:\n", spec.index(LEAD_FIELDS))
    insert = properties + len("      properties:\n")
    return spec[:insert] + "        priority_score:\n          type: integer\n" + spec[insert:]


@pytest.fixture(scope="module")
def removed(base_repo: Path) -> Path:
    return edited_copy(base_repo, base_repo.parent / "removed", drop_html_url_and_merge)


@pytest.fixture(scope="module")
def removed_changes(removed: Path, tmp_path_factory: pytest.TempPathFactory) -> list:
    """The diff of `removed`, computed once in-process (each run loads ~700 modules twice)."""
    base = tmp_path_factory.mktemp("removed-head")
    api_surface.extract_ref(removed, "HEAD", base, api_surface.PACKAGES)
    return api_surface.diff_trees(base, removed)


def test_a_removed_field_and_operation_are_breaking(removed_changes: list) -> None:
    printed = api_diff_script.markdown(removed_changes)
    assert printed.split("\n\n")[0].splitlines() == [
        "### Breaking",
        "- `close_api_client.api.leads.LeadsResource.merge`: function removed",  # close.leads.merge
        "- `close_api_client.api.leads.merge_leads`: operation removed",
        "- `close_api_client.models.Lead.html_url`: field removed",
    ]
    assert "### Added" not in printed


def test_the_gate_refuses_them_until_the_changelog_announces_them(
    removed: Path, removed_changes: list
) -> None:
    refused = api_diff(removed, "--base", "HEAD", "--changelog", "CHANGELOG.md")
    assert refused.returncode == 1
    assert "Not announced in CHANGELOG.md" in refused.stderr
    assert "`close_api_client.models.Lead.html_url`: field removed" in refused.stderr

    changes = removed / "CHANGELOG.md"
    changes.write_text(changes.read_text() + "- `close_api_client.models.Lead.html_url`: gone\n")
    half = api_diff_script.unannounced(removed_changes, changes.read_text())
    assert [change.path for change in half] == [
        "close_api_client.api.leads.LeadsResource.merge",
        "close_api_client.api.leads.merge_leads",
    ]

    changes.write_text(
        changes.read_text()
        + "- `close_api_client.api.leads.merge_leads`, `close_api_client.api.leads.LeadsResource`\n"
    )
    accepted = api_diff(removed, "--base", "HEAD", "--changelog", "CHANGELOG.md")
    assert accepted.returncode == 0, accepted.stderr
    assert "every breaking change is announced" in accepted.stderr


def test_an_added_field_is_an_addition_and_passes_the_gate(base_repo: Path) -> None:
    added = edited_copy(base_repo, base_repo.parent / "added", add_priority_score)
    result = api_diff(added, "--base", "HEAD", "--changelog", "CHANGELOG.md")
    assert result.returncode == 0, result.stderr
    assert "### Breaking" not in result.stdout
    assert "- `close_api_client.models.Lead.priority_score`: field added" in result.stdout


def test_the_gate_skips_a_clone_without_a_parent_commit(base_repo: Path) -> None:
    result = api_diff(
        base_repo, "--base", "HEAD~1", "--changelog", "CHANGELOG.md", "--skip-without-base"
    )
    assert result.returncode == 0
    assert "api-diff skipped: HEAD~1 does not exist" in result.stdout
    assert api_diff(base_repo, "--base", "HEAD~1").returncode != 0


OLD_MODELS = """
from attrs import define as _attrs_define
from ..types import UNSET, Unset, OpenStrEnum

class Status(OpenStrEnum):
    ACTIVE = "active"
    PAUSED = "paused"

@_attrs_define
class Item:
    name: str | Unset = UNSET
    size: int | str | Unset = UNSET
    note: str | Unset = UNSET

@_attrs_define
class ItemCreate:
    name: str | Unset = UNSET
    note: str | Unset = UNSET

async def get_item(id: str, *, fields: str | Unset = UNSET) -> Item | None: ...
async def create_item(*, body: ItemCreate) -> Item | None: ...
"""

NEW_MODELS = """
from attrs import define as _attrs_define
from ..types import UNSET, Unset, OpenStrEnum

class Status(OpenStrEnum):
    ACTIVE = "active"

@_attrs_define
class Item:
    name: str
    size: int | Unset = UNSET
    note: None | str | Unset = UNSET

@_attrs_define
class ItemCreate:
    name: str | Unset = UNSET
    note: None | str | Unset = UNSET
    tag: str | Unset = UNSET

async def get_item(id: str, *, fields: str | Unset = UNSET, limit: int = 1) -> Item | str: ...
async def create_item(*, body: ItemCreate) -> Item | None: ...
"""


def write_tree(root: Path, models: str) -> Path:
    package = root / "close_api_client"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "types.py").write_text("class Unset: ...\nUNSET = Unset()\nclass OpenStrEnum: ...\n")
    (package / "models" / "__init__.py").write_text("")
    (package / "models" / "item.py").write_text(textwrap.dedent(models))
    return root


def test_what_griffe_cannot_see_is_reported(tmp_path: Path) -> None:
    old, new = write_tree(tmp_path / "old", OLD_MODELS), write_tree(tmp_path / "new", NEW_MODELS)
    result = api_diff(ROOT, "--base-dir", str(old), "--head-dir", str(new), "--package",
                      "close_api_client")  # fmt: skip
    assert result.returncode == 0, result.stderr
    item = "close_api_client.models.item"
    assert result.stdout.splitlines() == [
        "### Breaking",
        f"- `{item}.Item.name`: field became required (the model's constructor needs it)",
        f"- `{item}.Item.note`: field type widened: may now be `None`",
        f"- `{item}.Item.size`: field type narrowed: no longer `str`",
        f"- `{item}.Status.PAUSED`: enum value removed",
        f"- `{item}.get_item`: return type changed from `Item | None` to `Item | str`",
        "",
        "### Added",
        f"- `{item}.ItemCreate.tag`: field added",
        f"- `{item}.get_item`: optional parameter `limit` added",
        "",
        "### Changed",
        # ItemCreate is only ever constructed by users: accepting None too is compatible.
        f"- `{item}.ItemCreate.note`: field type widened: may now be `None`",
        "",
    ]


@pytest.mark.parametrize(
    ("path", "announced"),
    [
        ("close_api_client.models.Lead.html_url", True),  # exact
        ("close_api_client.api.leads.merge_leads.asyncio", True),  # under a parent
        ("close_api_client.api.leads.get_lead.asyncio", True),  # glob
        ("close_api_client.api.users.list_users.asyncio", True),  # braces, as printed
        ("close_api_client.api.users.list_users.sync", False),
        ("close_api_client.models.Lead.html", False),  # a prefix that is not a parent
        ("custom.errors.CloseAPIError", False),  # under another heading
        ("skip", False),  # backticked text that is not a path matches only itself
    ],
)
def test_what_counts_as_announced(path: str, announced: bool) -> None:
    text = """# Changelog
## [Unreleased]
### Breaking
- `close_api_client.models.Lead.html_url`: field removed
- `close_api_client.api.leads.merge_leads`: operation removed
- `close_api_client.api.*.get_lead.asyncio`: return type changed
- `close_api_client.api.users.list_users.{asyncio,asyncio_detailed}`: parameter `limit` removed
### Added
- `custom.errors.CloseAPIError`
## [0.1.0] - 2026-11-01
### Breaking
- `skip`
"""
    patterns = changelog.announced_patterns(text)
    assert changelog.is_announced(path, patterns) is announced


def test_a_changelog_without_unreleased_section_is_a_clear_error() -> None:
    with pytest.raises(changelog.ChangelogError, match="Unreleased"):
        changelog.announced_patterns("# Changelog\n## [0.1.0]\n")


def test_a_release_after_a_breaking_change_needs_the_bump_semver_asks(
    removed: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(removed, repo)
    run(repo, "git", "tag", "v0.1.0")
    (repo / "CHANGELOG.md").write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Breaking\n"
        "- `close_api_client.models.Lead.html_url`, `close_api_client.api.leads.merge_leads`\n"
        "- `close_api_client.api.leads.LeadsResource.merge`\n"
    )
    script = (sys.executable, "scripts/release.py")
    too_small = run(repo, *script, "0.1.1")
    assert too_small.returncode != 0
    assert "0.1.0 -> 0.1.1 is a patch bump; breaking changes need a minor bump" in too_small.stderr

    released = run(repo, *script, "0.2.0")
    assert released.returncode == 0, released.stderr
    assert "## [0.2.0] - " in (repo / "CHANGELOG.md").read_text()
    assert 'version = "0.2.0"' in (repo / "pyproject.toml").read_text()
    assert "git tag v0.2.0" in released.stdout
