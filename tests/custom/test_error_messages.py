"""An error says what Close said, and what the user must fix (host:port, option, next step)."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from close_fakes import FakeTime

from close_api_client.api.leads import create_lead
from close_api_client.api.me import get_me
from close_api_client.models import LeadCreate
from custom import create_client
from custom.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    NotFoundError,
    error_for_status,
)

API_KEY = "api_SECRETKEY1234567890"
SIMULATOR = "http://127.0.0.1:8765/api/v1"
ROOT = Path(__file__).resolve().parents[2]


def error(body: object) -> BadRequestError:
    raised = error_for_status(400, method="POST", path="/lead/", content=json.dumps(body).encode())
    assert isinstance(raised, BadRequestError)
    return raised


def test_the_error_string_is_the_message() -> None:
    assert str(error({"error": "Invalid status"})) == "400 POST /lead/: Invalid status"


def test_field_errors_and_errors_are_summarised_when_there_is_no_message() -> None:
    raised = error({"errors": ["Too many leads"], "field-errors": {"custom.cf_x": "Bad choice"}})
    assert str(raised) == "400 POST /lead/: Too many leads; custom.cf_x: Bad choice"
    assert raised.field_errors == {"custom.cf_x": "Bad choice"}
    assert raised.errors == ["Too many leads"]


# -- issue 20: each message names what the user must fix ---------------------------------


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def test_a_refused_connection_names_host_port_and_what_to_check(fake_time: FakeTime) -> None:
    port = closed_port()
    base_url = f"http://127.0.0.1:{port}/api/v1"
    client = create_client(API_KEY, base_url=base_url, clock=fake_time.clock, sleep=fake_time.sleep)
    async with client:
        with pytest.raises(APIConnectionError) as caught:
            await get_me.asyncio(client=client)
    message = str(caught.value)
    assert f"could not connect to 127.0.0.1:{port} after 5 attempts" in message
    assert "CLOSE_BASE_URL" in message and "python -m custom.simulator" in message
    assert API_KEY not in message


async def test_a_base_url_without_api_v1_says_so_on_a_404() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(404, text="Not Found"))
    async with create_client(API_KEY, base_url="http://127.0.0.1:8765", transport=mock) as client:
        with pytest.raises(NotFoundError) as caught:
            await get_me.asyncio(client=client)
    assert "without /api/v1" in str(caught.value) and "CLOSE_BASE_URL" in str(caught.value)
    assert "without /api/v1" in caught.value.hint


async def test_a_404_under_api_v1_is_about_the_object_and_carries_no_hint() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(404, json={"error": "Not found"}))
    async with create_client(API_KEY, base_url=SIMULATOR, transport=mock) as client:
        with pytest.raises(NotFoundError) as caught:
            await get_me.asyncio(client=client)
    assert str(caught.value) == "404 GET /api/v1/me/: Not found" and caught.value.hint == ""


@pytest.mark.parametrize("url", ["api.close.com/api/v1", "127.0.0.1:8765/api/v1", "/api/v1"])
def test_a_base_url_without_a_scheme_is_refused_at_construction(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError, match="not an absolute http\\(s\\) URL"):
        create_client(API_KEY, base_url=url)
    monkeypatch.setenv("CLOSE_BASE_URL", url)
    with pytest.raises(ValueError, match="CLOSE_BASE_URL"):
        create_client(API_KEY)


def test_a_base_url_with_credentials_is_refused_without_showing_them() -> None:
    with pytest.raises(ValueError) as caught:
        create_client(API_KEY, base_url="user:hunter2@api.close.com/api/v1")
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    "timeout", [-1, 0, float("nan"), httpx.Timeout(5.0, read=-1), httpx.Timeout(5.0, connect=0)]
)
def test_a_timeout_that_is_not_positive_is_refused_at_construction(
    timeout: float | httpx.Timeout,
) -> None:
    with pytest.raises(ValueError, match="must be a positive number of seconds"):
        create_client(API_KEY, timeout=timeout)


def test_timeouts_that_are_positive_or_none_are_accepted() -> None:
    create_client(API_KEY, timeout=0.5)
    create_client(API_KEY, timeout=httpx.Timeout(None))
    create_client(API_KEY, timeout=httpx.Timeout(10.0, read=None))


def timing_out(fake_time: FakeTime, seconds: float) -> httpx.MockTransport:
    """Each attempt takes the whole read timeout (on the virtual clock), then times out."""

    def handler(request: httpx.Request) -> httpx.Response:
        fake_time.now += seconds
        raise httpx.ReadTimeout("timed out", request=request)

    return httpx.MockTransport(handler)


async def test_a_timeout_message_gives_the_timeout_per_attempt_and_the_time_spent(
    fake_time: FakeTime,
) -> None:
    client = create_client(
        API_KEY,
        transport=timing_out(fake_time, 1.0),
        timeout=1.0,
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        rng=random.Random(1),
    )
    started = fake_time.now
    async with client:
        with pytest.raises(APITimeoutError) as caught:
            await get_me.asyncio(client=client)
    spent = fake_time.now - started
    assert spent > 5.0  # five attempts of 1 s, and the backoffs between them
    assert str(caught.value) == (
        "GET /api/v1/me/: ReadTimeout: timed out: the read timeout of 1 s per attempt ran out"
        f" (create_client(timeout=...)); after 5 attempts in {spent:.1f} s"
    )


async def test_a_post_that_timed_out_says_it_may_have_been_applied(fake_time: FakeTime) -> None:
    client = create_client(
        API_KEY, transport=timing_out(fake_time, 1.0), timeout=1.0, clock=fake_time.clock
    )
    async with client:
        with pytest.raises(APITimeoutError) as caught:
            await create_lead.asyncio(client=client, body=LeadCreate(name="Acme"))
    message = str(caught.value)
    assert "the lead may have been created: check before retrying" in message
    assert "attempt" not in message


async def test_a_post_that_never_connected_is_retried_and_says_so(fake_time: FakeTime) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = create_client(
        API_KEY,
        base_url=SIMULATOR,
        transport=httpx.MockTransport(refuse),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
    )
    async with client:
        with pytest.raises(APIConnectionError) as caught:
            await create_lead.asyncio(client=client, body=LeadCreate(name="Acme"))
    assert "could not connect to 127.0.0.1:8765 after 5 attempts" in str(caught.value)
    assert "may have been" not in str(caught.value)


def test_the_body_of_an_api_error_is_a_json_value_usable_under_mypy_strict(
    tmp_path: Path,
) -> None:
    """``exc.body`` was ``Any``; now ``JSONValue``: narrowed with isinstance, no cast."""
    (tmp_path / "use_body.py").write_text(
        "from custom.errors import APIStatusError, JSONValue\n\n\n"
        "def close_message(exc: APIStatusError) -> str | None:\n"
        "    body: JSONValue = exc.body\n"
        "    reveal_type(exc.body)\n"
        "    if isinstance(body, dict) and isinstance(error := body.get('error'), str):\n"
        "        return error\n"
        "    return None\n\n\n"
        "def fields(exc: APIStatusError) -> list[str]:\n"
        "    return list(exc.field_errors)\n\n\n"
        "def wrong(exc: APIStatusError) -> object:\n"
        "    return exc.body.get('error')  # not narrowed: must be an error\n"
    )
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    report = result.stdout
    revealed = report.split("Revealed type is")[1].splitlines()[0]
    assert "dict[str, None | bool | int | float | str" in revealed and "Any" not in revealed
    errors = [line for line in report.splitlines() if ": error:" in line]
    assert errors, report  # only the unnarrowed use is refused, on its own line
    assert all(":17:" in line and 'has no attribute "get"' in line for line in errors), report
