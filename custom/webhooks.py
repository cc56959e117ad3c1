"""Check that a webhook delivery really comes from Close, and parse it.

Close signs every delivery: ``close-sig-hash`` is the hex HMAC-SHA256 of the
``close-sig-timestamp`` header followed by the raw body, keyed with the subscription's
``signature_key`` (hex-decoded). The timestamp is signed too, so checking it against a
tolerance window rejects replays of old deliveries. Close documents no window; five minutes
is the common choice (Stripe's too) and the argument makes it configurable.

Nothing here needs FastAPI: any framework that gives access to the raw body can use it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

from close_api_client.models import WebhookDelivery

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_TOLERANCE",
    "REDELIVERY_WINDOW",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "check_signature_headers",
    "parse_webhook",
    "sign_payload",
    "verify_signature",
]

SIGNATURE_HEADER = "close-sig-hash"
TIMESTAMP_HEADER = "close-sig-timestamp"
DEFAULT_TOLERANCE = 300.0
DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""Bytes of body a receiver reads at most (1 MiB). Close's deliveries carry one event with
its ``data`` and ``previous_data``: kilobytes, rarely more. Past the cap: 413."""
REDELIVERY_WINDOW = 72 * 3600.0
"""Seconds during which Close may deliver an event again (it retries failed deliveries for
up to 72 hours), so a receiver's dedupe must remember an event at least this long."""
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_MAX_TIMESTAMP_DIGITS = 12


class WebhookSignatureError(Exception):
    """The delivery is not authentic or too old; ``reason`` says which check failed."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class WebhookPayloadError(ValueError):
    """The (authentic) body is not a webhook delivery Close would send."""


def sign_payload(payload: bytes, *, timestamp: str, key: str) -> str:
    """The ``close-sig-hash`` Close computes for ``payload`` sent at ``timestamp``."""
    message = timestamp.encode("ascii") + payload
    return hmac.new(_decode_key(key), message, hashlib.sha256).hexdigest()


def verify_signature(
    payload: bytes,
    *,
    timestamp: str,
    signature: str,
    key: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise ``WebhookSignatureError`` unless ``payload`` is an authentic, fresh delivery.

    ``payload`` must be the raw body as received (re-serialised JSON would not match).
    ``timestamp`` and ``signature`` are the ``close-sig-timestamp`` and ``close-sig-hash``
    headers, ``key`` the subscription's hex ``signature_key``. A timestamp further than
    ``tolerance`` seconds from ``now`` (default: the current time), in either direction,
    is rejected. A malformed ``key`` is a configuration error and raises ``ValueError``.
    """
    expected_key = _decode_key(key)
    check_signature_headers(timestamp=timestamp, signature=signature, tolerance=tolerance, now=now)
    digest = hmac.new(expected_key, timestamp.encode("ascii") + payload, hashlib.sha256)
    if not hmac.compare_digest(digest.hexdigest(), signature.lower()):
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} does not match the body")


def check_signature_headers(
    *,
    timestamp: str,
    signature: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """The checks that need no body: header shapes and the timestamp's freshness.

    A receiver runs these before reading the body, so a forged or replayed request costs a
    header parse, not the upload of its body; ``verify_signature`` then checks the HMAC.
    """
    sent_at = _parse_timestamp(timestamp)
    _check_signature_shape(signature)
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        direction = "old" if sent_at < current else "far in the future"
        raise WebhookSignatureError(
            f"{TIMESTAMP_HEADER} {timestamp} is too {direction} "
            f"(more than {tolerance:g} s from now): possible replay"
        )


def parse_webhook(payload: bytes) -> WebhookDelivery:
    """Parse a delivery body ``{"event": {...}, "subscription_id": ...}`` into its model."""
    try:
        document: Any = json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookPayloadError(f"webhook body is not JSON: {exc}") from exc
    except RecursionError:  # absurdly nested JSON: a malformed body, not a server error
        raise WebhookPayloadError("webhook body is nested too deeply") from None
    if not isinstance(document, dict) or not isinstance(document.get("event"), dict):
        raise WebhookPayloadError('webhook body must be an object with an "event" object')
    try:
        return WebhookDelivery.from_dict(document)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise WebhookPayloadError(f"webhook body does not match the event model: {exc}") from exc


def _decode_key(key: str) -> bytes:
    try:
        return bytes.fromhex(key)
    except ValueError:
        raise ValueError(
            "the webhook signature_key must be the hex string Close returned"
        ) from None


def _parse_timestamp(timestamp: str) -> int:
    # Bounded length: unix seconds have 10 digits until 2286, and int() refuses (ValueError)
    # strings beyond 4300 digits, which a forger could send to turn a 401 into a 500.
    digits = 0 < len(timestamp) <= _MAX_TIMESTAMP_DIGITS and timestamp.isascii()
    if not digits or not timestamp.isdigit():
        shown = timestamp if len(timestamp) <= 40 else timestamp[:40] + "..."
        raise WebhookSignatureError(f"{TIMESTAMP_HEADER} must be unix seconds, got {shown!r}")
    return int(timestamp)


def _check_signature_shape(signature: str) -> None:
    if len(signature) != 64 or not _HEX_DIGITS.issuperset(signature):
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} must be 64 hex digits")
