"""The generated endpoint functions, driven through httpx against a local stand-in.

These pin down what the templates add to openapi-python-client's output: requests are built
as Close expects them (URL, method, query, body, auth), only 2xx bodies are parsed, unknown
status codes do not crash, and a body that fails to parse keeps everything the server said.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import httpx
import pytest

from close_api_client import AuthenticatedClient
from close_api_client.api.comments import delete_comment
from close_api_client.api.leads import create_lead, delete_lead, get_lead, list_leads, merge_leads
from close_api_client.api.me import get_me
from close_api_client.errors import (
    ClientClosedError,
    CloseError,
    ResponseParseError,
    UnexpectedStatus,
)
from close_api_client.models import Lead, LeadCreate, LeadList, MergeLeadsRequest
from close_api_client.types import UNSET

LEAD = {"id": "lead_1", "display_name": "Acme", "custom.cf_tier": "gold"}
Handler = Callable[[httpx.Request], httpx.Response]


def client_for(handler: Handler, api_key: str = "key_123") -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://api.close.com/api/v1",
        token="",
        httpx_args={
            "transport": httpx.MockTransport(handler),
            "auth": httpx.BasicAuth(api_key, ""),
        },
    )


class Recorder:
    def __init__(self, status: int = 200, body: object = LEAD, content: bytes | None = None):
        self.requests: list[httpx.Request] = []
        self.status, self.body, self.content = status, body, content

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.content is not None:
            return httpx.Response(self.status, content=self.content)
        return httpx.Response(self.status, json=self.body)


async def test_list_leads_sends_close_query_parameter_names() -> None:
    recorder = Recorder(body={"data": [LEAD], "has_more": True})
    page = await list_leads.asyncio(
        client=client_for(recorder), skip=100, limit=50, fields="id,display_name", query="tier:gold"
    )
    request = recorder.requests[0]
    assert request.method == "GET"
    assert request.url.path == "/api/v1/lead/"
    assert dict(request.url.params) == {
        "_skip": "100",
        "_limit": "50",
        "_fields": "id,display_name",
        "query": "tier:gold",
    }
    assert isinstance(page, LeadList) and page.has_more is True
    assert page.data[0].additional_properties == {"custom.cf_tier": "gold"}


async def test_api_key_goes_as_basic_auth_username_with_empty_password() -> None:
    recorder = Recorder(body={"id": "user_1"})
    await get_me.asyncio(client=client_for(recorder, api_key="secret_key"))
    expected = base64.b64encode(b"secret_key:").decode()
    assert recorder.requests[0].headers["authorization"] == f"Basic {expected}"


async def test_path_parameters_are_quoted() -> None:
    recorder = Recorder()
    await get_lead.asyncio("lead_a/b", client=client_for(recorder))
    assert recorder.requests[0].url.raw_path == b"/api/v1/lead/lead_a%2Fb/"


async def test_create_lead_posts_the_model_with_custom_fields_as_json() -> None:
    recorder = Recorder()
    body = LeadCreate(name="Acme")
    body["custom.cf_tier"] = "gold"
    lead = await create_lead.asyncio(client=client_for(recorder), body=body)
    request = recorder.requests[0]
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"name": "Acme", "custom.cf_tier": "gold"}
    assert lead is not None and lead.id == "lead_1"


async def test_merge_and_delete_parse_the_empty_object() -> None:
    recorder = Recorder(body={})
    merged = await merge_leads.asyncio(
        client=client_for(recorder), body=MergeLeadsRequest(source="lead_a", destination="lead_b")
    )
    deleted = await delete_lead.asyncio("lead_a", client=client_for(recorder))
    assert json.loads(recorder.requests[0].content) == {"source": "lead_a", "destination": "lead_b"}
    assert recorder.requests[1].method == "DELETE"
    assert merged is not None and merged.to_dict() == {}
    assert deleted is not None and deleted.to_dict() == {}


@pytest.mark.parametrize("status", [520, 499, 599, 404, 302])
async def test_a_non_2xx_answer_raises_even_with_a_plain_client(status: int) -> None:
    recorder = Recorder(status=status, content=b"<html>origin error</html>")
    with pytest.raises(UnexpectedStatus) as caught:
        await get_lead.asyncio_detailed("lead_1", client=client_for(recorder))
    assert caught.value.status_code == status
    assert caught.value.content == b"<html>origin error</html>"


@pytest.mark.parametrize("status", [200, 201, 202])
async def test_any_2xx_is_parsed_with_the_success_schema(status: int) -> None:
    recorder = Recorder(status=status)
    lead = await get_lead.asyncio("lead_1", client=client_for(recorder))
    assert isinstance(lead, Lead)
    assert lead.id == "lead_1"


async def test_an_operation_without_a_body_returns_none() -> None:
    recorder = Recorder(status=204, content=b"")
    assert await delete_comment.asyncio("comm_1", client=client_for(recorder)) is None


@pytest.mark.parametrize(
    "body",
    [
        pytest.param([LEAD], id="a list where an object is expected"),
        pytest.param("lead", id="a string"),
        pytest.param(42, id="a number"),
    ],
)
async def test_a_body_that_is_not_the_expected_container_keeps_status_headers_and_raw_body(
    body: object,
) -> None:
    recorder = Recorder(body=body)
    with pytest.raises(ResponseParseError) as caught:
        await list_leads.asyncio(client=client_for(recorder))
    error = caught.value
    assert error.status_code == 200
    assert error.operation == "GET /lead/"
    assert json.loads(error.content) == body
    assert error.headers["content-type"] == "application/json"
    assert error.__cause__ is not None


async def test_a_body_nested_past_the_recursion_limit_is_a_parse_error() -> None:
    recorder = Recorder(content=b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ResponseParseError):
        await get_lead.asyncio("lead_1", client=client_for(recorder))


async def test_a_field_of_the_wrong_json_type_is_kept_aside_not_raised() -> None:
    body = {"data": [{"id": "lead_1", "contacts": "not a list"}], "has_more": False}
    page = await list_leads.asyncio(client=client_for(Recorder(body=body)))
    lead = page.data[0]
    assert lead.contacts is UNSET and lead["contacts"] == "not a list"
    assert page.to_dict() == body


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "LeadList: expected a JSON object, got an array"),
        ({"data": "not a list", "has_more": False}, "LeadList: the required field 'data'"),
        ({"data": [1, 2], "has_more": False}, "Lead: expected a JSON object, got a number"),
        ({"has_more": False}, "LeadList: the required field 'data' is missing"),
    ],
)
async def test_a_list_body_that_is_not_a_page_is_a_parse_error(body: object, reason: str) -> None:
    """Issue 20: each of these parsed as ``LeadList(data=UNSET)``, typed ``list[Lead]``, and
    failed far away in the caller's ``for lead in page.data``."""
    with pytest.raises(ResponseParseError) as caught:
        await list_leads.asyncio(client=client_for(Recorder(body=body)))
    assert caught.value.reason.startswith(reason) and reason in str(caught.value)
    assert caught.value.content == httpx.Response(200, json=body).content


def test_every_parse_error_is_a_close_error() -> None:
    assert issubclass(ResponseParseError, CloseError)
    assert issubclass(UnexpectedStatus, CloseError)


async def test_invalid_json_body_is_a_parse_error_too() -> None:
    recorder = Recorder(content=b"{truncated")
    with pytest.raises(ResponseParseError) as caught:
        await get_lead.asyncio("lead_1", client=client_for(recorder))
    assert caught.value.content == b"{truncated"


@pytest.mark.parametrize("lead_id", ["", ".", "..", " "])
async def test_a_path_parameter_that_names_no_object_raises_before_any_request(
    lead_id: str,
) -> None:
    recorder = Recorder()
    with pytest.raises(ValueError, match="not an object id"):
        await get_lead.asyncio(lead_id, client=client_for(recorder))
    assert recorder.requests == []


async def test_path_parameters_are_one_percent_encoded_segment() -> None:
    recorder = Recorder()
    await get_lead.asyncio("lead/../x?y", client=client_for(recorder))
    assert recorder.requests[0].url.raw_path == b"/api/v1/lead/lead%2F..%2Fx%3Fy/"


async def test_each_request_carries_its_path_template_for_the_transport() -> None:
    recorder = Recorder()
    await get_lead.asyncio("lead_1", client=client_for(recorder))
    assert recorder.requests[0].extensions["close_path_template"] == "/lead/{id}/"


async def test_a_dict_body_gets_a_clear_type_error() -> None:
    recorder = Recorder()
    with pytest.raises(TypeError, match=r"body must be a LeadCreate, got dict .*from_dict"):
        await create_lead.asyncio(client=client_for(recorder), body={"name": "Acme"})  # type: ignore[arg-type]
    assert recorder.requests == []


def test_unset_prints_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
    assert "UNSET" in repr(LeadCreate())


async def test_a_closed_client_raises_client_closed_error() -> None:
    client = client_for(Recorder())
    await get_lead.asyncio("lead_1", client=client)
    await client.aclose()
    await client.aclose()  # a second close does nothing
    assert client.is_closed
    with pytest.raises(ClientClosedError, match="closed"):
        await get_lead.asyncio("lead_1", client=client)
    assert issubclass(ClientClosedError, CloseError)


def test_docstrings_describe_parameters_and_the_errors_a_close_client_raises() -> None:
    doc = list_leads.asyncio.__doc__ or ""
    assert "skip (int | Unset): Number of objects to skip" in doc
    assert "custom.errors.APIStatusError" in doc
    assert "raise_on_unexpected_status" not in doc
