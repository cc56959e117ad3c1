"""``custom.Close``: ``close.<tag>.<method>(...)``, generated from openapi.yaml, over the simulator.

Each test is one claim of the resource-style client: how it is made and closed, what a method
sends, how a list walks its pages, and what mypy sees (one mypy run for all the typing claims).
"""

from __future__ import annotations

import asyncio
import inspect
import re
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

import custom
from close_api_client.api import Resources
from close_api_client.api.leads import LeadsResource, get_lead
from close_api_client.errors import ClientClosedError
from close_api_client.models import (
    Lead,
    LeadContactCreate,
    LeadCreate,
    LeadList,
    SearchQuery,
    SearchResult,
)
from custom import Close, Listing, Page, Paging, create_client
from custom.errors import BadRequestError, NotFoundError
from custom.simulator import CloseSimulator

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def sim() -> CloseSimulator:
    simulator = CloseSimulator(seed=7, api_keys=("test_key",))
    simulator.seed_leads(25, events=True)
    return simulator


@pytest.fixture
async def close(sim: CloseSimulator) -> AsyncIterator[Close]:
    async with Close("test_key", transport=httpx.ASGITransport(app=sim.app)) as client:
        yield client


def requests_to(sim: CloseSimulator, path: str) -> list[dict[str, str]]:
    return [r.query for r in sim.requests if r.path == f"/api/v1{path}"]


# -- making and closing ----------------------------------------------------------------------


async def test_close_takes_create_clients_options_and_reads_the_environment(
    sim: CloseSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLOSE_API_KEY", "test_key")
    monkeypatch.setenv("CLOSE_BASE_URL", "http://env.example/api/v1")
    async with Close(transport=httpx.ASGITransport(app=sim.app), tz=5.5) as close:
        assert str(close.client.get_async_httpx_client().base_url) == "http://env.example/api/v1/"
        await close.leads.list(limit=1)
    assert sim.requests[-1].headers["x-tz-offset"] == "5.5"  # accepted: the key came from env


def test_close_without_credentials_raises_like_create_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CLOSE_API_KEY", raising=False)
    with pytest.raises(ValueError, match="no Close credentials"):
        Close()


def test_close_shows_create_clients_signature() -> None:
    own = list(inspect.signature(Close).parameters)
    assert own == list(inspect.signature(create_client).parameters)


async def test_leaving_the_block_closes_the_client_close_made(sim: CloseSimulator) -> None:
    async with Close("test_key", transport=httpx.ASGITransport(app=sim.app)) as close:
        pass
    with pytest.raises(ClientClosedError):
        await close.leads.get("lead_x")


async def test_from_client_wraps_a_client_and_leaves_it_open(sim: CloseSimulator) -> None:
    async with create_client("test_key", transport=httpx.ASGITransport(app=sim.app)) as client:
        async with Close.from_client(client) as close:
            assert close.client is client
            lead_id = next(iter(sim.store.leads.items))
            assert (await close.leads.get(lead_id)).id == lead_id
        assert (await get_lead.asyncio(lead_id, client=client)).id == lead_id  # still open


def test_resources_are_built_on_first_access_and_cached(sim: CloseSimulator) -> None:
    close = Close("test_key", transport=httpx.ASGITransport(app=sim.app))
    assert "leads" not in vars(close)
    assert isinstance(close.leads, LeadsResource)
    assert close.leads is close.leads


def test_there_is_one_attribute_per_tag() -> None:
    api = ROOT / "close_api_client" / "api"
    tags = {p.name for p in api.iterdir() if (p / "__init__.py").exists()}
    attributes = {name for name, value in vars(Resources).items() if not name.startswith("_")}
    assert attributes == tags and len(tags) > 50


def test_path_ids_are_positional_and_the_rest_keyword_only() -> None:
    parameters = inspect.signature(LeadsResource.get).parameters
    assert parameters["id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert parameters["fields"].kind is inspect.Parameter.KEYWORD_ONLY


def test_docstrings_are_carried_over_from_the_operation() -> None:
    summary = (get_lead.asyncio.__doc__ or "").strip().splitlines()[0]
    assert (LeadsResource.get.__doc__ or "").strip().startswith(summary)
    assert "Paginates by offset" in (LeadsResource.list.__doc__ or "")


# -- what a method sends ---------------------------------------------------------------------


async def test_create_builds_the_body_from_keywords(close: Close, sim: CloseSimulator) -> None:
    field = sim.custom_field_id("lead", "Employees")
    lead = await close.leads.create(
        name="Acme", contacts=[LeadContactCreate(name="Ann")], custom={field: 12}
    )
    sent = [r.body for r in sim.requests if r.method == "POST"][-1]
    assert sent == {"name": "Acme", "contacts": [{"name": "Ann"}], f"custom.{field}": 12}
    assert isinstance(lead, Lead) and lead["custom." + field] == 12


async def test_create_takes_the_model_instead(close: Close, sim: CloseSimulator) -> None:
    lead = await close.leads.create(body=LeadCreate(name="Beta"))
    assert lead.display_name == "Beta"


async def test_body_and_field_keywords_together_are_refused(close: Close) -> None:
    with pytest.raises(TypeError, match="not both"):
        await close.leads.create(body=LeadCreate(name="x"), name="y")  # type: ignore[call-overload]


async def test_a_missing_required_field_is_refused_before_any_request(
    close: Close, sim: CloseSimulator
) -> None:
    before = len(sim.requests)
    with pytest.raises(TypeError, match=r"create\(\) needs lead_id="):
        await close.opportunities.create(note="x")  # type: ignore[call-overload]
    assert len(sim.requests) == before


async def test_update_sends_only_the_fields_given(close: Close, sim: CloseSimulator) -> None:
    lead_id = next(iter(sim.store.leads.items))
    updated = await close.leads.update(lead_id, name="Renamed")
    assert [r.body for r in sim.requests if r.method == "PUT"] == [{"name": "Renamed"}]
    assert updated.display_name == "Renamed"


async def test_errors_are_the_typed_errors(close: Close) -> None:
    with pytest.raises(NotFoundError):
        await close.leads.get("lead_missing")
    with pytest.raises(BadRequestError):
        await close.leads.create(custom={"cf_unknown": 1})


# -- lists -----------------------------------------------------------------------------------


async def test_a_list_walks_every_page_by_offset(close: Close, sim: CloseSimulator) -> None:
    listing = close.leads.list(paging=Paging(page_size=10, prefetch=1))
    assert isinstance(listing, Listing)
    leads = [lead async for lead in listing]
    assert len(leads) == 25 and all(isinstance(lead, Lead) for lead in leads)
    assert [q.get("_skip") for q in requests_to(sim, "/lead/")] == [None, "10", "20"]


async def test_a_list_follows_the_event_cursor(close: Close, sim: CloseSimulator) -> None:
    events = [event async for event in close.events.list(paging=Paging(page_size=10, max_items=25))]
    assert len(events) == 25
    cursors = [q.get("_cursor") for q in requests_to(sim, "/event/")]
    assert cursors[0] is None and len(cursors) == 3 and all(cursors[1:])


async def test_search_follows_the_body_cursor(close: Close, sim: CloseSimulator) -> None:
    query = SearchQuery.from_dict({"type": "object_type", "object_type": "lead"})
    hits = [
        hit
        async for hit in close.advanced_filtering.search(query=query, paging=Paging(page_size=10))
    ]
    assert len(hits) == 25 and all(isinstance(hit, SearchResult) for hit in hits)
    bodies = [r.body for r in sim.requests if r.path == "/api/v1/data/search/"]
    assert [body.get("cursor") is None for body in bodies] == [True, False, False]


async def test_pages_gives_whole_pages(close: Close) -> None:
    sizes = [
        len(page.items) async for page in close.leads.list(paging=Paging(page_size=10)).pages()
    ]
    assert sizes == [10, 10, 5]


async def test_awaiting_a_list_sends_one_request(close: Close, sim: CloseSimulator) -> None:
    page = await close.leads.list(limit=5)
    assert isinstance(page, LeadList) and len(page.data) == 5 and page.has_more is True
    assert len(requests_to(sim, "/lead/")) == 1


async def test_awaiting_a_list_with_paging_is_refused(close: Close) -> None:
    with pytest.raises(TypeError, match="awaiting sends one request"):
        await close.leads.list(paging=Paging(page_size=5))


async def test_every_iteration_is_a_new_walk(close: Close) -> None:
    listing = close.leads.list(paging=Paging(max_items=3))
    assert [lead.id async for lead in listing] == [lead.id async for lead in listing]


# -- import cost -----------------------------------------------------------------------------


def _imported_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint(' '.join(m for m in sys.modules if '.api.' in m))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return set(run.stdout.split())


def test_import_custom_imports_no_tag_package() -> None:
    assert _imported_after("import custom") == set()


def test_a_resource_imports_its_package_and_a_method_its_module() -> None:
    code = textwrap.dedent(
        """
        import asyncio
        from custom import Close
        close = Close(api_key="k", base_url="http://127.0.0.1:9/api/v1")
        close.leads
        """
    )
    assert _imported_after(code) == {"close_api_client.api.leads"}


def test_importing_one_endpoint_module_imports_no_other() -> None:
    imported = _imported_after("from close_api_client.api.leads import get_lead")
    assert imported == {"close_api_client.api.leads", "close_api_client.api.leads.get_lead"}


# -- what mypy sees --------------------------------------------------------------------------

TYPED = """
from close_api_client.models import LeadCreate, SearchQuery
from custom import Close, Paging


async def probe(close: Close, query: SearchQuery) -> None:
    reveal_type(await close.leads.get("lead_1"))  # Lead
    async for lead in close.leads.list(query="x", paging=Paging(max_items=3)):
        reveal_type(lead)  # Lead
    reveal_type(await close.leads.list(limit=1))  # LeadList
    async for page in close.leads.list().pages():
        reveal_type(page)  # Page[Lead]
    async for event in close.events.list():
        reveal_type(event)  # Event
    async for hit in close.advanced_filtering.search(query=query):
        reveal_type(hit)  # SearchResult
    reveal_type(await close.calls.create(lead_id="lead_1", note="called"))  # CallActivity
    reveal_type(Close.from_client(close.client))  # Close
"""

MISTAKES = {
    "misspelt body keyword": 'await close.leads.create(nmae="Acme")',
    "misspelt query keyword": 'close.leads.list(querry="x")',
    "body and keywords": 'await close.leads.create(name="x", body=LeadCreate())',
    "required field missing": 'await close.opportunities.create(note="x")',
    "id passed by keyword only": "await close.leads.get()",
    "misspelt Close option": 'Close(api_kye="x")',
}


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("resource_types")
    (folder / "typed.py").write_text(TYPED)
    header = "from close_api_client.models import LeadCreate\nfrom custom import Close\n\n\n"
    for index, line in enumerate(MISTAKES.values()):
        body = f"async def mistake(close: Close) -> None:\n    {line}\n"
        (folder / f"mistake_{index}.py").write_text(header + body)
    cache = tmp_path_factory.mktemp("mypy_cache")
    # The generated resources themselves, as targets: mypy does not report errors in a package
    # it finds installed (the editable install of close_api_client) when merely following it.
    resources = sorted(str(p) for p in (ROOT / "close_api_client" / "api").glob("**/__init__.py"))
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(folder)]
    command += resources
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return result.stdout + result.stderr


def test_methods_and_items_are_typed_by_the_spec(mypy_report: str) -> None:
    revealed = re.findall(r'typed\.py:\d+: note: Revealed type is "([^"]+)"', mypy_report)
    # An event is typed by its object_type: one model per known type, Event for the rest.
    event_members = set(revealed.pop(4).split(" | "))
    assert {
        "close_api_client.models.lead_event.LeadEvent",
        "close_api_client.models.event.Event",
    } <= event_members, mypy_report
    assert revealed == [
        "close_api_client.models.lead.Lead",
        "close_api_client.models.lead.Lead",
        "close_api_client.models.lead_list.LeadList",
        "custom._prefetch.Page[close_api_client.models.lead.Lead]",
        "close_api_client.models.search_result.SearchResult",
        "close_api_client.models.call_activity.CallActivity",
        "custom._close.Close",
    ], mypy_report
    assert "typed.py" not in "".join(
        line for line in mypy_report.splitlines() if ": error:" in line
    )


def test_the_generated_resources_pass_mypy_strict(mypy_report: str) -> None:
    errors = [line for line in mypy_report.splitlines() if line.startswith("close_api_client")]
    assert errors == [] and "Found" in mypy_report and "mistake_0.py" in mypy_report


@pytest.mark.parametrize(("index", "mistake"), list(enumerate(MISTAKES)))
def test_a_mistake_is_a_mypy_error(mypy_report: str, index: int, mistake: str) -> None:
    assert re.search(rf"mistake_{index}\.py:\d+: error:", mypy_report), (mistake, mypy_report)


def test_the_listing_delegates_to_paginate() -> None:
    """No second walk: ``Listing`` hands its endpoint and arguments to paginate/pages."""
    source = inspect.getsource(custom._listing)
    assert "paginate(self._endpoint" in source and "pages(self._endpoint" in source
    assert asyncio.iscoroutinefunction(LeadsResource.get)
    assert Page is custom.Page
