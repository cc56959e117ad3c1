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
from close_api_client.api.leads import create_lead, delete_lead, get_lead, list_leads, merge_leads
from close_api_client.api.me import get_me
from close_api_client.errors import ResponseParseError
from close_api_client.models import LeadCreate, LeadList, MergeLeadsRequest

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


@pytest.mark.parametrize("status", [520, 499, 599])
async def test_status_codes_python_does_not_know_do_not_crash(status: int) -> None:
    recorder = Recorder(status=status, content=b"<html>origin error</html>")
    response = await get_lead.asyncio_detailed("lead_1", client=client_for(recorder))
    assert response.status_code == status
    assert response.parsed is None
    assert response.content == b"<html>origin error</html>"


async def test_error_responses_are_not_parsed_into_the_return_type() -> None:
    recorder = Recorder(status=404, body={"error": "Lead not found"})
    response = await get_lead.asyncio_detailed("lead_1", client=client_for(recorder))
    assert response.status_code == 404
    assert response.parsed is None


async def test_a_body_that_does_not_parse_keeps_status_headers_and_raw_body() -> None:
    recorder = Recorder(body={"data": "not a list", "has_more": False})
    with pytest.raises(ResponseParseError) as caught:
        await list_leads.asyncio(client=client_for(recorder))
    error = caught.value
    assert error.status_code == 200
    assert error.operation == "GET /lead/"
    assert json.loads(error.content) == {"data": "not a list", "has_more": False}
    assert error.headers["content-type"] == "application/json"
    assert error.__cause__ is not None


async def test_invalid_json_body_is_a_parse_error_too() -> None:
    recorder = Recorder(content=b"{truncated")
    with pytest.raises(ResponseParseError) as caught:
        await get_lead.asyncio("lead_1", client=client_for(recorder))
    assert caught.value.content == b"{truncated"
