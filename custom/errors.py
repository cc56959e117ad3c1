"""Typed exceptions for Close API responses.

Every non-2xx response that reaches a caller through a client from ``create_client`` is raised
as one of these, by one place only: ``CloseTransport`` (see ``_transport.py``), after it has
exhausted its retries. Raising there, rather than in a response hook or the generated parsers,
means a generated function never sees an error response, ``paginate`` never skips one, and the
rate-limit and retry logic decides first whether the response is final.

Each error carries the status, the method and path (never the query string, headers sent or
credentials) and the parsed body, so logs and tracebacks are safe to ship. ``body`` is a
``JSONValue`` (what ``json.loads`` gives, or the text of a body that is not JSON), so code under
``mypy --strict`` narrows it with ``isinstance`` and needs no cast; for Close's error shape
``{"error": ..., "errors": [...], "field-errors": {...}}`` the typed accessors ``message``,
``errors`` and ``field_errors`` read it for you.
The hierarchy (``except CloseError`` catches everything the SDK raises)::

    CloseError                      (defined in close_api_client.errors)
    ├── ResponseParseError          a 2xx body that is not the JSON its operation returns
    ├── UnexpectedStatus            non-2xx seen by a client not made by create_client
    ├── APIError                    a response (or its absence) from Close
    │   ├── APIStatusError          non-2xx: BadRequestError, NotFoundError, RateLimitError, ...
    │   └── APIConnectionError      no usable response (connect error, dropped connection)
    │       └── APITimeoutError     a timeout, after the retries allowed
    ├── ClientClosedError           a client used after ``aclose()`` (close_api_client.errors)
    └── PaginationError             a walk that cannot go on (a repeated cursor, the skip cap)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TypeAlias

from close_api_client.errors import (
    ClientClosedError,
    CloseError,
    ResponseParseError,
    UnexpectedStatus,
)

JSONValue: TypeAlias = "None | bool | int | float | str | list[JSONValue] | dict[str, JSONValue]"
"""A parsed JSON value: ``exc.body`` of an API error (narrow it with ``isinstance``)."""

__all__ = [
    "JSONValue",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "CloseError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "UnexpectedStatus",
    "UnsupportedMediaTypeError",
    "error_for_status",
]


class APIError(CloseError):
    """An error about talking to Close: a response that is an error, or no usable response.

    The response attributes are declared here (empty unless a response caused the error) so
    ``except APIError as exc: exc.status_code`` is always valid.
    """

    status_code: int | None = None
    method: str = ""
    path: str = ""
    body: JSONValue = None


class APIStatusError(APIError):
    """A non-2xx response; the subclass says which status family it is.

    ``hint`` (appended to the message) says what to fix when the status points at the
    client's configuration rather than the request, e.g. a base URL without ``/api/v1``.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        path: str,
        body: JSONValue,
        headers: Mapping[str, str] | None = None,
        hint: str = "",
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        self.hint = hint
        suffix = f" ({hint})" if hint else ""
        super().__init__(f"{status_code} {method} {path}: {self.message}{suffix}")

    @property
    def message(self) -> str:
        """The server's own message, or a short fallback when it sent none."""
        error = self.body.get("error") if isinstance(self.body, dict) else None
        if isinstance(error, dict):
            error = error.get("message")
        if isinstance(error, str) and error:
            return error
        details = _validation_summary(self.body)
        if details:
            return details
        if isinstance(self.body, str) and self.body:
            return self.body[:200]
        return "no error message in the response"

    @property
    def field_errors(self) -> dict[str, JSONValue]:
        """Close's ``field-errors``: field name to message (empty when there are none)."""
        value = self.body.get("field-errors") if isinstance(self.body, dict) else None
        return dict(value) if isinstance(value, dict) else {}

    @property
    def errors(self) -> list[JSONValue]:
        """Close's ``errors``: messages not tied to one field (empty when there are none)."""
        value = self.body.get("errors") if isinstance(self.body, dict) else None
        return list(value) if isinstance(value, list) else []


class BadRequestError(APIStatusError):
    """400: the request was invalid; ``field_errors`` maps field names to messages."""


class AuthenticationError(APIStatusError):
    """401: the API key or OAuth token is missing, wrong or expired."""


class PaymentRequiredError(APIStatusError):
    """402: a limit of the organization's plan was reached."""


class PermissionDeniedError(APIStatusError):
    """403: the key's user may not do this."""


class NotFoundError(APIStatusError):
    """404: no such object or URL."""


class MethodNotAllowedError(APIStatusError):
    """405: the endpoint does not support this method."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the request body was not in a format Close accepts."""


class ServerError(APIStatusError):
    """5xx, after the retries allowed for the request's method were used up."""


class RateLimitError(APIStatusError):
    """429, after ``max_retries`` waits; says how long Close asked to wait and which limit."""

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        path: str,
        body: JSONValue,
        headers: Mapping[str, str] | None = None,
        wait: float | None = None,
        limit: int | None = None,
        limit_type: str | None = None,
        endpoint_group: str | None = None,
    ) -> None:
        self.wait = wait
        self.limit = limit
        self.limit_type = limit_type
        self.endpoint_group = endpoint_group
        super().__init__(
            status_code=status_code, method=method, path=path, body=body, headers=headers
        )


class APIConnectionError(APIError):
    """No usable response: the connection failed, dropped or broke the protocol.

    Raised after the retries the request's method allows; the httpx exception is the
    ``__cause__``. ``method`` and ``path`` say which request (never its query or headers).
    """

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        self.method = method
        self.path = path
        super().__init__(f"{method} {path}: {message}" if method else message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool), after the retries allowed."""


class PaginationError(CloseError):
    """A walk over pages cannot go on: a cursor that repeats, or the skip cap in a window."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}


def _validation_summary(body: JSONValue) -> str:
    """Close's 400s often carry only ``errors`` and ``field-errors``: say what they say."""
    if not isinstance(body, dict):
        return ""
    errors = body.get("errors")
    parts = [str(e) for e in errors if e] if isinstance(errors, list) else []
    field_errors = body.get("field-errors")
    if isinstance(field_errors, dict):
        parts += [f"{field}: {message}" for field, message in field_errors.items()]
    return "; ".join(parts)[:500]


def decode_body(content: bytes) -> JSONValue:
    """The JSON body if it is JSON, else the text; errors keep whatever the server sent."""
    if not content:
        return None
    try:
        value: JSONValue = json.loads(content)
    except (ValueError, RecursionError):
        return content.decode("utf-8", errors="replace")
    return value


def error_for_status(
    status_code: int,
    *,
    method: str,
    path: str,
    content: bytes,
    headers: Mapping[str, str] | None = None,
    hint: str = "",
) -> APIStatusError:
    """Build the typed error for a non-2xx response (429 details are added by the caller).

    ``hint`` is appended to the message: what the user should fix (a base URL without
    ``/api/v1`` behind a 404, say)."""
    cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = ServerError if status_code >= 500 else APIStatusError
    return cls(
        status_code=status_code,
        method=method,
        path=path,
        body=decode_body(content),
        headers=headers,
        hint=hint,
    )
