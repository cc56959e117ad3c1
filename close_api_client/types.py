"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define

from .errors import ResponseParseError


class Unset:
    """The marker for a field absent from the JSON (as opposed to ``null``).

    Models test ``value is UNSET``, so copies and pickles must give back the same object.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: Any) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

MISSING: Any = UNSET
"""``UNSET`` where the field's type does not admit it: a field Close always sends that this
response lacks, because the request trimmed it with ``_fields`` (``fields=``). Typed ``Any`` so
the generated code needs no cast; the value is still ``UNSET`` and ``to_dict()`` leaves it out."""

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    """An ``HTTPStatus`` where Python knows the code; the plain ``int`` otherwise (520, 499, ...)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
    """The operation's model for any 2xx answer (``None`` only for operations with no body)."""


class OpenStrEnum(StrEnum):
    """A string enum that also accepts values it does not know.

    Close adds enum values over time; an SDK generated before that must still parse the
    response. An unknown value becomes a pseudo-member whose ``value`` is the server's
    string, so ``to_dict()`` writes back exactly what was received.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the SDK was not generated with."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(IntEnum):
    """The integer counterpart of ``OpenStrEnum``."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the SDK was not generated with."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)


class JsonDateTime(datetime.datetime):
    """A datetime that remembers the exact text it was parsed from.

    Close spells timestamps several ways (``Z`` or ``+00:00``, 3 or 6 fraction digits).
    ``isoformat()`` with default arguments returns the original spelling, so
    ``from_dict(x).to_dict() == x`` holds; any derived value (arithmetic, ``replace``)
    is serialised from its value as usual.
    """

    __slots__ = ("_source",)
    _source: str

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        source: str | None = getattr(self, "_source", None)
        if source is not None and sep == "T" and timespec == "auto":
            return source
        return super().isoformat(sep, timespec)

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Copies and pickles keep the original spelling too.
        source: str | None = getattr(self, "_source", None)
        if source is None:
            return super().__reduce_ex__(protocol)
        return parse_datetime, (source,)


def parse_datetime(text: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp from Close, keeping its spelling for round trips."""
    value = JsonDateTime.fromisoformat(text)
    value._source = text
    return value


def status_code_of(code: int) -> int:
    """``HTTPStatus(code)``, or the bare int for codes Python does not know (520, 499, 599)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def path_segment(name: str, value: object) -> str:
    """``value`` as one URL path segment, percent-encoded; ``ValueError`` before any request
    for a value that would not name an object (``""``, ``.``, ``..`` collapse into the parent
    path: ``get_lead("..")`` would otherwise fetch the lead list)."""
    text = str(value)
    if text.strip() in ("", ".", ".."):
        raise ValueError(f"{name}={value!r} is not an object id (empty, '.' or '..')")
    return quote(text, safe="")


def not_an_object(model: str, value: object) -> TypeError:
    """What a model's ``from_dict`` raises for JSON that is not an object (``[]``, ``1``)."""
    return TypeError(f"{model}: expected a JSON object, got {_json_type(value)}")


def not_a_page(model: str, field: str, value: object) -> TypeError:
    """What a list envelope raises when a field every page has is absent or of another type."""
    if isinstance(value, Unset):
        return TypeError(f"{model}: the required field {field!r} is missing")
    return TypeError(
        f"{model}: the required field {field!r} has the wrong type ({_json_type(value)})"
    )


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def build_response(
    response: httpx.Response, parse: Callable[[httpx.Response], T], *, operation: str
) -> "Response[T]":
    """Wrap an httpx response; a body that is not the expected JSON raises ``ResponseParseError``.

    Field values never fail (the models keep an unexpected value aside, see their
    ``from_dict``): what reaches here is a body that is not JSON, not the right container, or
    nested deeper than Python's recursion limit.
    """
    try:
        parsed = parse(response)
    except (KeyError, ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise ResponseParseError(
            response.status_code,
            response.headers,
            response.content,
            operation=operation,
            reason=str(exc) if isinstance(exc, TypeError) else "",
        ) from exc
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "JsonDateTime",
    "MISSING",
    "OpenIntEnum",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "Unset",
    "build_response",
    "not_a_page",
    "not_an_object",
    "parse_datetime",
    "path_segment",
    "status_code_of",
]
