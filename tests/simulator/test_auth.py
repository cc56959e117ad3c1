"""Auth: HTTP basic with the key as username and an empty password, or a bearer token."""

import httpx

from custom.simulator import CloseSimulator


async def test_basic_auth_with_a_known_key_is_accepted(http: httpx.AsyncClient) -> None:
    response = await http.get("me/")
    assert response.status_code == 200
    assert response.json()["id"].startswith("user_")


async def test_unknown_key_missing_auth_and_bad_header_get_401_with_close_error_body(
    sim: CloseSimulator,
) -> None:
    for auth in (httpx.BasicAuth("wrong", ""), None):
        async with sim.client(auth=auth) as client:
            response = await client.get("me/")
        assert response.status_code == 401
        assert isinstance(response.json()["error"], str)
    async with sim.client(headers={"authorization": "Basic !!notbase64"}, auth=None) as client:
        assert (await client.get("me/")).status_code == 401


async def test_bearer_token_is_accepted_only_when_known(sim: CloseSimulator) -> None:
    async with sim.client(auth=None, headers={"authorization": "Bearer tok_123"}) as client:
        assert (await client.get("me/")).status_code == 200
    async with sim.client(auth=None, headers={"authorization": "Bearer nope"}) as client:
        assert (await client.get("me/")).status_code == 401


async def test_api_keys_none_accepts_any_key() -> None:
    sim = CloseSimulator(api_keys=None)
    async with sim.client(api_key="whatever") as client:
        assert (await client.get("me/")).status_code == 200


async def test_request_log_never_keeps_the_authorization_header(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    await http.get("me/")
    assert sim.requests[-1].path == "/api/v1/me/"
    assert "authorization" not in sim.requests[-1].headers
