"""The ``x-tz-offset`` header: parsing what callers give, formatting what Close expects.

Close wants decimal hours (``-4``, ``-2.5``, ``5.75``), not ``HH:MM``. Callers think in zones,
so a zone (an IANA name or a ``tzinfo``) is kept as a zone and turned into hours *when each
request is sent*: a long-running service then follows DST changes without being rebuilt.
IANA names go through ``dateutil.tz.gettz``, which falls back to dateutil's bundled database
where the system has none.

Only two kinds of name are accepted: ``UTC``, and ``Area/Location`` names of the tz database
(``America/New_York``, ``Etc/GMT-3``). ``gettz`` alone would also take POSIX TZ strings
(``"GMT-3"`` is -3 h there but ``"Etc/GMT-3"`` is +3 h: a sign trap) and file paths
(``"/etc/localtime"``, ``"../../etc/localtime"``), and whether a path exists would show in the
error. The name is checked for its shape before anything is looked up, and every rejection
says the same thing. Offsets are checked against -12..+14 h wherever they come from, a
``tzinfo``'s both when it is given and when each request is sent (its offset may change).

``tz_offset(...)`` scopes a value with a ``ContextVar``, so concurrent tasks each see their own
and a task inherits the value that was in force when it was created.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass
from types import TracebackType

from dateutil import tz as dateutil_tz

__all__ = ["TzOffset", "TzSpec", "current_tz_override", "parse_tz", "tz_offset", "utc_now"]

TzSpec = int | float | dt.timedelta | dt.tzinfo | str
Now = Callable[[], dt.datetime]

_MIN_HOURS, _MAX_HOURS = -12.0, 14.0
_AREAS = (
    "Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc"
    "|Brazil|Canada|Chile|Mexico|US"  # the tz database's backward-compatible areas
)
_IANA_NAME = re.compile(rf"(?:{_AREAS})(?:/[A-Za-z0-9][A-Za-z0-9_+-]*){{1,2}}")


def utc_now() -> dt.datetime:
    """The wall clock zones are read against (injectable per client for tests)."""
    return dt.datetime.now(dt.UTC)


def format_hours(hours: float) -> str:
    """``-4``, ``-2.5``, ``5.75``: decimal hours with no trailing ``.0``."""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _checked_hours(hours: float, original: object) -> float:
    """Validate a number of hours: finite, within -12..+14, a whole quarter hour."""
    if not math.isfinite(hours) or not _MIN_HOURS <= hours <= _MAX_HOURS:
        raise ValueError(f"x-tz-offset {original!r}: hours must be between -12 and +14")
    if not math.isclose(hours * 4, round(hours * 4), abs_tol=1e-9):
        raise ValueError(f"x-tz-offset {original!r}: must be a whole quarter hour (e.g. 5.75)")
    return round(hours * 4) / 4


@dataclass(frozen=True)
class TzOffset:
    """A validated offset: fixed hours, or a zone whose offset is read at request time."""

    hours: float | None = None
    zone: dt.tzinfo | None = None
    label: str = ""

    def header_value(self, now: Now = utc_now) -> str:
        """The header for a request sent now (zones follow DST; fixed hours never change)."""
        if self.zone is None:
            assert self.hours is not None
            return format_hours(self.hours)
        return format_hours(_zone_hours(self.zone, now(), self.label))


def _zone_hours(zone: dt.tzinfo, now: dt.datetime, label: str) -> float:
    """The zone's offset now, in quarter hours, checked in range (a ``tzinfo`` can say -13)."""
    offset = now.astimezone(zone).utcoffset() or dt.timedelta()
    # A zone's real offset is a quarter hour today; round so the header is always valid.
    hours = round(offset.total_seconds() / 900) / 4
    if not _MIN_HOURS <= hours <= _MAX_HOURS:
        raise ValueError(f"x-tz-offset {label}: offset {hours:g} h is outside -12..+14")
    return hours


def _zone_from_name(name: str) -> dt.tzinfo:
    """``UTC`` or a tz database ``Area/Location``; the same error for every other string."""
    zone: dt.tzinfo | None = None
    if name == "UTC":
        zone = dt.UTC
    elif _IANA_NAME.fullmatch(name):
        zone = dateutil_tz.gettz(name)
    if zone is None:
        raise ValueError(
            f"x-tz-offset {name!r}: not a time zone name (expected 'UTC' or an IANA "
            "Area/Location name such as 'America/New_York')"
        )
    return zone


def _hours_from_number(value: int | float) -> float:
    try:
        return _checked_hours(float(value), value)
    except OverflowError:  # an int too large for a float, e.g. 10**400
        raise ValueError(f"x-tz-offset {value!r}: hours must be between -12 and +14") from None


def parse_tz(value: TzSpec | TzOffset) -> TzOffset:
    """Turn what a caller passed into a ``TzOffset``, or raise ``ValueError`` naming it."""
    if isinstance(value, TzOffset):
        return value
    if isinstance(value, bool):
        raise ValueError(f"x-tz-offset {value!r}: a bool is not an offset")
    if isinstance(value, int | float):
        return TzOffset(hours=_hours_from_number(value), label=repr(value))
    if isinstance(value, dt.timedelta):
        hours = _checked_hours(value.total_seconds() / 3600, value)
        return TzOffset(hours=hours, label=repr(value))
    if isinstance(value, dt.tzinfo):
        _zone_hours(value, utc_now(), repr(value))  # fail at the call when it is already out
        return TzOffset(zone=value, label=repr(value))
    if isinstance(value, str):
        return TzOffset(zone=_zone_from_name(value), label=value)
    raise ValueError(f"x-tz-offset {value!r}: expected hours, a timedelta, a tzinfo or a zone name")


_override: ContextVar[TzOffset | None] = ContextVar("close_tz_offset", default=None)


def current_tz_override() -> TzOffset | None:
    """The offset set by the innermost ``tz_offset(...)`` scope of this task, if any."""
    return _override.get()


class tz_offset:  # lower case: it reads like a function, ``with tz_offset(5.5): ...``
    """Send ``x-tz-offset`` for every request made in this scope (this task and its children).

    The value is validated here, at the call, so a bad value fails where it was written.
    ``tz_offset(None)`` clears an outer scope's value, falling back to the client's ``tz``.
    """

    def __init__(self, value: TzSpec | None) -> None:
        self._offset = None if value is None else parse_tz(value)
        self._token: Token[TzOffset | None] | None = None

    def __enter__(self) -> TzOffset | None:
        self._token = _override.set(self._offset)
        return self._offset

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._token is not None:
            _override.reset(self._token)
            self._token = None
