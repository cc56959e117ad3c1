"""``paginate`` is typed by its endpoint (issue 10 item 4): mypy --strict on user snippets.

The item type comes from the endpoint module's list envelope (``Lead`` for ``list_leads``),
and the endpoint's own keyword arguments are checked, so a misspelt filter is a type error.
One mypy run checks every snippet (a few seconds, its cache in a temporary directory).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
from close_api_client import AuthenticatedClient
from close_api_client.api.advanced_filtering import search
from close_api_client.api.events import list_events
from close_api_client.api.leads import list_leads
from close_api_client.models import Lead, SearchRequest
from custom import Page, Paging, pages, paginate


async def walk(client: AuthenticatedClient, body: SearchRequest) -> None:
    async for lead in paginate(list_leads, client=client, query="status:Potential"):
        reveal_type(lead)  # LEAD
    async for event in paginate(list_events, Paging(max_items=5), client=client):
        reveal_type(event)  # EVENT
    async for hit in paginate(search, Paging(page_size=50), client=client, body=body):
        reveal_type(hit)  # HIT
    async for page in pages(list_leads, Paging(page_size=100), client=client):
        reveal_type(page.items)  # ITEMS
        first: Page[Lead] = page
        print(first.headers.get("ratelimit"), first.parsed.total_results)
"""

BAD = """
from close_api_client import AuthenticatedClient
from close_api_client.api.leads import list_leads
from custom import Paging, paginate


async def walk(client: AuthenticatedClient) -> None:
    async for lead in paginate(list_leads, client=client, querry="x"):  # QUERRY
        print(lead.dispaly_name)  # DISPLAY
    paginate(list_leads, Paging(page_size=10), client=client, limit="ten")  # LIMIT
    paginate(list_leads, client=client, page_size=10)  # PAGE_SIZE
"""

# After the template change ``Response[T].parsed`` is ``T`` (not ``T | None``): the same
# protocol must accept it. A stand-in endpoint with that exact return type shows it does.
STRICT = """
from collections.abc import MutableMapping
from typing import Generic, TypeVar

from attrs import define

from close_api_client import AuthenticatedClient
from close_api_client.models import LeadList
from custom import paginate

T = TypeVar("T")


@define
class Response(Generic[T]):
    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


class ListLeads:
    @staticmethod
    async def asyncio_detailed(*, client: AuthenticatedClient, query: str) -> Response[LeadList]:
        raise NotImplementedError


async def walk(client: AuthenticatedClient) -> None:
    async for lead in paginate(ListLeads(), client=client, query="x"):
        reveal_type(lead)  # STRICT
"""


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict's messages per snippet, keyed by the marker comment on their line."""
    folder = tmp_path_factory.mktemp("snippets")
    for name, text in {"good": GOOD, "bad": BAD, "strict": STRICT}.items():
        (folder / f"snippet_{name}.py").write_text(text)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / ".mypy_cache")]
        + [str(path) for path in sorted(folder.glob("snippet_*.py"))],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    by_marker: dict[str, list[str]] = {}
    sources = {p.name: p.read_text().splitlines() for p in folder.glob("snippet_*.py")}
    for line in result.stdout.splitlines():
        found = re.match(r".*?(snippet_\w+\.py):(\d+): (.*)", line)
        if not found:
            continue
        source = sources[found[1]][int(found[2]) - 1]
        marker = re.search(r"# ([A-Z_]+)$", source)
        by_marker.setdefault(marker[1] if marker else "?", []).append(found[3])
    return by_marker


# An event is typed by its object_type (issue 22): one model per known type, then Event.
_EVENTS = [
    "CallActivityEvent", "ContactEvent", "CustomActivityEvent", "EmailActivityEvent",
    "EmailThreadActivityEvent", "Event", "FormSubmissionActivityEvent", "LeadEvent",
    "LeadStatusChangeActivityEvent", "LeadTaskEvent", "MeetingActivityEvent", "NoteActivityEvent",
    "OpportunityEvent", "OpportunityStatusChangeActivityEvent", "SmsActivityEvent",
    "TaskCompletedActivityEvent", "WhatsAppMessageActivityEvent",
]  # fmt: skip
EVENT_UNION = " | ".join(
    f"close_api_client.models.{re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()}.{name}"
    for name in _EVENTS
)


@pytest.mark.parametrize(
    ("marker", "revealed"),
    [
        ("LEAD", "close_api_client.models.lead.Lead"),
        ("EVENT", EVENT_UNION),
        ("HIT", "close_api_client.models.search_result.SearchResult"),
        ("ITEMS", "list[close_api_client.models.lead.Lead]"),
        ("STRICT", "close_api_client.models.lead.Lead"),
    ],
)
def test_the_item_type_is_inferred_from_the_endpoint(
    mypy_output: dict[str, list[str]], marker: str, revealed: str
) -> None:
    assert mypy_output[marker] == [f'note: Revealed type is "{revealed}"']


def test_the_correct_snippets_have_no_error(mypy_output: dict[str, list[str]]) -> None:
    assert "?" not in mypy_output  # every message is on a marked line


@pytest.mark.parametrize(
    ("marker", "error"),
    [
        ("QUERRY", 'Unexpected keyword argument "querry" for "paginate"; did you mean "query"?'),
        ("DISPLAY", '"Lead" has no attribute "dispaly_name"'),
        ("LIMIT", 'Argument "limit" to "paginate" has incompatible type "str"'),
        ("PAGE_SIZE", 'Unexpected keyword argument "page_size" for "paginate"'),
    ],
)
def test_a_misspelt_or_mistyped_argument_is_a_type_error(
    mypy_output: dict[str, list[str]], marker: str, error: str
) -> None:
    assert any(error in message for message in mypy_output.get(marker, [])), mypy_output
