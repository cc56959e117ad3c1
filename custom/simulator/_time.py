"""Time helpers: Close's timestamp formats, date filters and the ``x-tz-offset`` header.

Every stored timestamp is UTC, truncated to milliseconds and formatted like Close
(``2013-02-06T20:53:01.954000+00:00``). Because the format is fixed, stored timestamps sort
correctly as strings, which keeps ordering and range filters cheap. Close only has millisecond
precision, so two objects created in the same millisecond share a timestamp here too.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

__all__ = [
    "DayRange",
    "format_date",
    "format_naive",
    "format_ts",
    "parse_instant",
    "parse_tz_offset",
    "relative_day",
    "to_utc_ms",
]

_OFFSET = re.compile(r"^[+-]?\d{1,2}(\.\d+)?$")

DayRange = tuple[datetime, datetime]
"""[start, end) of something a filter value denotes: a whole day, or one instant (start == end)."""


def to_utc_ms(moment: datetime) -> datetime:
    """UTC, truncated to the millisecond (Close's precision)."""
    moment = moment.astimezone(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def format_ts(moment: datetime) -> str:
    """``2013-02-06T20:53:01.954000+00:00``: the format of objects' ``date_created``."""
    return to_utc_ms(moment).isoformat(timespec="microseconds")


def format_naive(moment: datetime) -> str:
    """``2016-10-19T12:22:10.434000``: the UTC format without offset that events and webhook
    subscriptions use."""
    return to_utc_ms(moment).replace(tzinfo=None).isoformat(timespec="microseconds")


def format_date(day: date) -> str:
    return day.isoformat()


def parse_tz_offset(value: str | None) -> tzinfo:
    """The ``x-tz-offset`` header (decimal hours: ``-4``, ``-2.5``, ``5.75``) as a tzinfo.

    Raises ValueError for anything else (``HH:MM``, words, NaN, out of -12..+14), which the app
    answers with a 400 as Close does for a malformed header.
    """
    if value is None or value.strip() == "":
        return UTC
    text = value.strip()
    if not _OFFSET.match(text):
        raise ValueError(
            f"invalid x-tz-offset {value!r}: expected decimal hours such as -4 or 5.75"
        )
    hours = float(text)
    if math.isnan(hours) or not -12 <= hours <= 14:
        raise ValueError(f"invalid x-tz-offset {value!r}: out of range -12..14")
    return timezone(timedelta(minutes=round(hours * 60)))


def parse_instant(value: str, tz: tzinfo) -> DayRange:
    """A filter value as a range: a date (``2024-05-01``) is that whole day in ``tz``; a
    date-time is one instant (naive ones are read in ``tz``, the caller's offset).

    Raises ValueError when the value is neither.
    """
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        start = datetime.combine(date.fromisoformat(text), time(), tz)
        return start, start + timedelta(days=1)
    # An unencoded "+" in a query string arrives as a space: "...T10:00:00 00:00".
    text = re.sub(r" (\d\d:?\d\d)$", r"+\1", text)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment, moment


def relative_day(word: str, now: datetime, tz: tzinfo) -> DayRange | None:
    """``today``, ``yesterday``, ``tomorrow``, ``"3 days ago"``, ``"2 weeks ago"`` as the day
    they name in the caller's time zone; None for anything else."""
    today = now.astimezone(tz).date()
    text = word.strip().lower()
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if text in offsets:
        day = today + timedelta(days=offsets[text])
    else:
        match = re.fullmatch(r"(\d+)\s+(day|week)s?\s+ago", text)
        if match is None:
            return None
        count = int(match.group(1)) * (7 if match.group(2) == "week" else 1)
        day = today - timedelta(days=count)
    start = datetime.combine(day, time(), tz)
    return start, start + timedelta(days=1)
