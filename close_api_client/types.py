"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

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


UNSET: Unset = Unset()

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
    parsed: T | None


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


def build_response(
    response: httpx.Response, parse: Callable[[httpx.Response], T | None], *, operation: str
) -> "Response[T]":
    """Wrap an httpx response; a body that fails to parse raises ``ResponseParseError``."""
    try:
        parsed = parse(response)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ResponseParseError(
            response.status_code, response.headers, response.content, operation=operation
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
    "OpenIntEnum",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "Unset",
    "build_response",
    "parse_datetime",
    "status_code_of",
]
