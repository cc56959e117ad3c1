"""Close's webhook signature scheme, and everything a forger might try."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from custom.webhooks import WebhookSignatureError, sign_payload, verify_signature

# The key and header values from Close's documentation.
KEY = "058bfb6a3d8cfdc4da7c3be5901b16ae11da982b46a25fb2cd7016e97a140a1c"
NOW = 1_544_271_440
BODY = b'{"event": {"id": "ev_1", "object_type": "lead", "action": "created"}}'


def signed(body: bytes = BODY, timestamp: int = NOW, key: str = KEY) -> dict[str, str]:
    return {
        "timestamp": str(timestamp),
        "signature": sign_payload(body, timestamp=str(timestamp), key=key),
    }


def test_signature_is_hmac_sha256_of_timestamp_then_body_with_the_hex_decoded_key() -> None:
    expected = hmac.new(bytes.fromhex(KEY), f"{NOW}".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign_payload(BODY, timestamp=str(NOW), key=KEY) == expected


def test_an_authentic_fresh_delivery_passes() -> None:
    verify_signature(BODY, key=KEY, now=NOW + 10, **signed())


def test_uppercase_hex_signature_is_accepted() -> None:
    headers = signed()
    headers["signature"] = headers["signature"].upper()
    verify_signature(BODY, key=KEY, now=NOW, **headers)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (dict(body=BODY + b" "), "does not match"),
        (dict(body=BODY[:-5]), "does not match"),
        (dict(key="00" * 32), "does not match"),
        (dict(signature="0" * 64), "does not match"),
        (dict(signature="zz" * 32), "64 hex digits"),
        (dict(signature="abc"), "64 hex digits"),
        (dict(signature=""), "64 hex digits"),
        (dict(timestamp=""), "unix seconds"),
        (dict(timestamp="12.5"), "unix seconds"),
        (dict(timestamp="-1"), "unix seconds"),
        (dict(timestamp=str(NOW - 301)), "too old"),
        (dict(timestamp=str(NOW + 301)), "future"),
    ],
)
def test_forged_malformed_or_stale_deliveries_are_rejected(
    change: dict[str, str], reason: str
) -> None:
    body = change.get("body", BODY)
    headers = signed(BODY, key=change.get("key", KEY))
    if "timestamp" in change:
        headers = {"timestamp": change["timestamp"], "signature": headers["signature"]}
        if change["timestamp"].isdigit():
            headers = signed(BODY, timestamp=int(change["timestamp"]))
    if "signature" in change:
        headers["signature"] = change["signature"]
    with pytest.raises(WebhookSignatureError, match=reason):
        verify_signature(body, key=KEY, now=NOW, **headers)


def test_tolerance_is_configurable() -> None:
    headers = signed(timestamp=NOW - 1000)
    verify_signature(BODY, key=KEY, now=NOW, tolerance=1200, **headers)
    with pytest.raises(WebhookSignatureError):
        verify_signature(BODY, key=KEY, now=NOW, tolerance=60, **headers)


def test_a_key_that_is_not_hex_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="hex"):
        verify_signature(BODY, key="not-hex", now=NOW, **signed())
