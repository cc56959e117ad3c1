"""``parse_webhook`` on what the simulator really sends, malformed bodies, and header values
no verifier should choke on. Nothing here needs FastAPI."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from close_api_client.models import EventAction, LeadEvent, WebhookDelivery
from custom.simulator import CloseSimulator
from custom.webhooks import (
    WebhookPayloadError,
    WebhookSignatureError,
    parse_webhook,
    sign_payload,
    verify_signature,
)

KEY = "3d" * 32


async def test_a_simulator_delivery_verifies_and_parses_into_the_event_model() -> None:
    sim = CloseSimulator(seed=2)
    received: list[tuple[bytes, dict[str, str]]] = []

    async def capture(delivery: object) -> int:
        received.append((delivery.body, delivery.headers))  # type: ignore[attr-defined]
        return 202

    sim.deliver_to(capture)
    async with sim.client() as http:
        created = await http.post(
            "webhook/",
            json={
                "url": "https://example.test/hook",
                "events": [{"object_type": "lead", "action": "created"}],
            },
        )
        key = created.json()["signature_key"]
        lead = (await http.post("lead/", json={"name": "Acme"})).json()
    await sim.drain_webhooks()

    [(body, headers)] = received
    verify_signature(
        body,
        timestamp=headers["close-sig-timestamp"],
        signature=headers["close-sig-hash"],
        key=key,
    )
    assert (
        sign_payload(body, timestamp=headers["close-sig-timestamp"], key=key)
        == headers["close-sig-hash"]
    )
    delivery = parse_webhook(body)
    assert isinstance(delivery, WebhookDelivery) and isinstance(delivery.event, LeadEvent)
    assert delivery.subscription_id == created.json()["id"]
    assert delivery.event.action == EventAction.CREATED and delivery.event.object_type == "lead"
    assert delivery.event.object_id == lead["id"]
    assert isinstance(delivery.event.date_created, dt.datetime)
    assert delivery.event.id == sim.event_log[-1]["id"]


def test_unknown_fields_and_actions_are_kept_not_rejected() -> None:
    body = {
        "event": {"id": "ev_1", "object_type": "lead", "action": "teleported", "new": 1},
        "subscription_id": "whsub_1",
        "delivery_attempt": 2,
    }
    delivery = parse_webhook(json.dumps(body).encode())
    assert isinstance(delivery.event, LeadEvent)  # typed by its object_type
    assert delivery.event.action == "teleported"
    assert delivery.event.additional_properties == {"new": 1}
    assert delivery.additional_properties == {"delivery_attempt": 2}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not JSON"),
        (b"{", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"null", '"event" object'),
        (b"[]", '"event" object'),
        (b'{"event": null}', '"event" object'),
        (b'{"event": []}', '"event" object'),
        (b'{"event": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "nested too deeply"),
    ],
)
def test_bodies_that_are_not_deliveries_raise_a_payload_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message):
        parse_webhook(body)


def test_a_payload_error_is_a_value_error() -> None:
    assert issubclass(WebhookPayloadError, ValueError)


@pytest.mark.parametrize(
    "timestamp",
    ["9" * 5000, "1" * 13, "１７００００００００", "1700000000\n", " 1700000000", "0x10"],
)
def test_absurd_timestamps_are_signature_errors_not_crashes(timestamp: str) -> None:
    signature = "0" * 64
    with pytest.raises(WebhookSignatureError, match="unix seconds") as caught:
        verify_signature(b"{}", timestamp=timestamp, signature=signature, key=KEY)
    assert len(str(caught.value)) < 120


def test_non_ascii_signature_is_a_signature_error() -> None:
    with pytest.raises(WebhookSignatureError, match="64 hex digits"):
        verify_signature(b"{}", timestamp="1700000000", signature="é" * 64, key=KEY, now=1.7e9)
