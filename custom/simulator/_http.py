"""The simulator's own request/response values, independent of Starlette.

Handlers receive a :class:`Call` (method after any override, path below ``/api/v1``, query
parameters merged with a ``_params`` body, parsed JSON body, caller's time zone) and return a
:class:`Reply` or raise :class:`ApiError`. Keeping them plain makes the handlers synchronous
and easy to test, and lets the app apply state changes atomically under one lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from typing import Any

__all__ = ["ApiError", "Call", "Reply", "bad_request", "field_error", "not_found"]


class ApiError(Exception):
    """An error answer with Close's body shape (``{"error": ...}`` or field errors)."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


def bad_request(message: str) -> ApiError:
    return ApiError(400, {"error": message})


def field_error(name: str, message: str) -> ApiError:
    """A validation error as Close reports them: per field, plus a (here empty) general list."""
    return ApiError(400, {"errors": [], "field-errors": {name: message}})


def not_found(what: str = "Object") -> ApiError:
    return ApiError(404, {"error": f"{what} not found."})


@dataclass
class Call:
    """One authenticated API call, as the handlers see it."""

    method: str
    path: str
    """Below ``/api/v1``, with leading and trailing slash, e.g. ``/lead/lead_abc/``."""
    params: dict[str, str]
    body: Any
    tz: tzinfo = UTC
    user_id: str = ""
    request_id: str = ""
    full_path: str = ""
    """As received (``/api/v1/lead/``): what events record in ``meta.request_path``."""
    args: tuple[str, ...] = ()
    """Path parameters matched by the route."""

    def json_object(self) -> dict[str, Any]:
        """The body, which must be a JSON object for create/update calls."""
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise bad_request("The request body must be a JSON object.")
        return self.body


@dataclass
class Reply:
    """A response; ``body=None`` sends no body at all (e.g. a bare 429)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
