"""The README's code passes ``mypy --strict`` exactly as printed: no casts, no ``type: ignore``.

A user pastes these blocks into a typed code base; if they need a cast or an
``assert x is not None`` to type-check, the SDK's types are wrong, not the user's code. All
blocks are checked in one mypy run (each as its own module), and the quickstart's two values
the issue names are pinned with ``reveal_type``. The same run checks the user code of
``tests/typing/`` (``test_typing_snippets.py`` reads its results): one mypy run, not two.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
BLOCKS = dict(re.findall(r"<!-- readme-test: ([\w-]+) -->\n```python\n(.*?)```", README, re.S))
SNIPPETS = ROOT / "tests" / "typing"


def _mypy(folder: Path, cache: Path) -> str:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return result.stdout + result.stderr


@pytest.fixture(scope="session")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("readme_blocks")
    for name, code in BLOCKS.items():
        (folder / f"readme_{name.replace('-', '_')}.py").write_text(code)
    probe = BLOCKS["quickstart"].replace("asyncio.run(main())", "")
    probe += (
        "\n\nasync def probe(close: Close) -> None:\n"
        "    async for lead in close.leads.list():\n"
        "        reveal_type(lead)\n"
        '    reveal_type(await close.leads.get("lead_1"))\n'
    )
    (folder / "readme_probe.py").write_text(probe)
    copies = folder / "snippets"
    copies.mkdir()
    for snippet in SNIPPETS.glob("*.py"):
        (copies / snippet.name).write_text(snippet.read_text())
    return _mypy(folder, tmp_path_factory.mktemp("mypy_cache"))


def readme_lines(report: str) -> str:
    """The report without the lines of the ``tests/typing/`` copies (one is an error on purpose)."""
    return "\n".join(line for line in report.splitlines() if not re.search(r"snippets[/\\]", line))


def test_every_readme_block_passes_mypy_strict(mypy_report: str) -> None:
    errors = [line for line in readme_lines(mypy_report).splitlines() if ": error:" in line]
    assert errors == [], mypy_report


def test_no_readme_block_needs_a_cast_or_an_ignore() -> None:
    for name, code in BLOCKS.items():
        assert "cast(" not in code and "type: ignore" not in code, name


def test_the_quickstart_loop_item_and_get_lead_are_typed_lead(mypy_report: str) -> None:
    revealed = re.findall(r'Revealed type is "([^"]+)"', readme_lines(mypy_report))
    assert revealed == ["close_api_client.models.lead.Lead"] * 2, mypy_report
