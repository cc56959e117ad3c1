"""x-tz-offset values: what is accepted, how it is written, and how zones follow DST."""

from __future__ import annotations

import asyncio
import datetime as dt
import math

import pytest

from custom import tz_offset
from custom._tz import TzOffset, current_tz_override, format_hours, parse_tz

WINTER = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 15, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("hours", "text"),
    [(-4, "-4"), (-2.5, "-2.5"), (5.75, "5.75"), (0, "0"), (-0.0, "0"), (14, "14"), (-12, "-12")],
)
def test_hours_are_written_as_close_documents_them(hours: float, text: str) -> None:
    assert format_hours(hours) == text


def test_numbers_and_timedeltas_give_fixed_offsets() -> None:
    assert parse_tz(5.75).header_value() == "5.75"
    assert parse_tz(-3).header_value() == "-3"
    assert parse_tz(dt.timedelta(hours=-9, minutes=-30)).header_value() == "-9.5"


@pytest.mark.parametrize(
    "bad",
    [15, -12.25, 5.3, math.nan, math.inf, True, "Mars/Olympus_Mons", "", dt.timedelta(minutes=7)],
)
def test_invalid_values_raise_value_error_naming_the_value(bad: object) -> None:
    with pytest.raises(ValueError) as caught:
        parse_tz(bad)  # type: ignore[arg-type]
    assert repr(bad) in str(caught.value)


def test_a_zone_name_follows_dst_at_request_time() -> None:
    st_johns = parse_tz("America/St_Johns")
    assert st_johns.header_value(lambda: WINTER) == "-3.5"
    assert st_johns.header_value(lambda: SUMMER) == "-2.5"


def test_a_zone_offset_changes_exactly_at_the_dst_boundary() -> None:
    new_york = parse_tz("America/New_York")  # 2026-03-08 02:00 EST -> 03:00 EDT = 07:00 UTC
    boundary = dt.datetime(2026, 3, 8, 7, tzinfo=dt.UTC)
    assert new_york.header_value(lambda: boundary - dt.timedelta(seconds=1)) == "-5"
    assert new_york.header_value(lambda: boundary) == "-4"


@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Kolkata", "5.5"), ("Asia/Kathmandu", "5.75"), ("Australia/Eucla", "8.75")],
)
def test_non_whole_hour_zones(zone: str, text: str) -> None:
    assert parse_tz(zone).header_value(lambda: WINTER) == text


def test_a_tzinfo_is_used_as_a_zone() -> None:
    fixed = dt.timezone(dt.timedelta(hours=3, minutes=30))
    assert parse_tz(fixed).header_value(lambda: SUMMER) == "3.5"


def test_tz_offset_validates_at_the_call_not_at_enter() -> None:
    with pytest.raises(ValueError, match="99"):
        tz_offset(99)


def test_tz_offset_scopes_nest_and_restore() -> None:
    assert current_tz_override() is None
    with tz_offset(5.5):
        with tz_offset("America/St_Johns") as inner:
            assert current_tz_override() is inner
        override = current_tz_override()
        assert override is not None and override.header_value() == "5.5"
    assert current_tz_override() is None


async def test_concurrent_tasks_never_see_each_others_offset() -> None:
    seen: dict[str, str | None] = {}
    both_inside = asyncio.Barrier(2)

    async def task(name: str, hours: float) -> None:
        with tz_offset(hours):
            await both_inside.wait()
            override = current_tz_override()
            seen[name] = override.header_value() if override else None

    await asyncio.gather(task("a", 5.5), task("b", -4))
    assert seen == {"a": "5.5", "b": "-4"}


# -- the extremes (issue 16 item 9) ------------------------------------------------------

NOT_ZONES = [
    "GMT-3",  # a POSIX TZ string: -3 h there, while Etc/GMT-3 is +3 h
    "UTC+5",
    "EST5EDT",
    "/etc/localtime",
    "../../../../etc/localtime",
    "/no/such/file",
    "America/../../etc/localtime",
    "posix/America/New_York",
    "localtime",
    "utc",
    " UTC",
]


@pytest.mark.parametrize("name", NOT_ZONES)
def test_only_iana_area_location_names_and_utc_are_zones(name: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_tz(name)
    # One message whatever the string is (a path that exists says nothing more than one that
    # does not): only the value itself differs.
    assert str(caught.value).replace(repr(name), "<name>") == (
        "x-tz-offset <name>: not a time zone name (expected 'UTC' or an IANA "
        "Area/Location name such as 'America/New_York')"
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("UTC", "0"),
        ("Etc/GMT-3", "3"),
        ("America/Argentina/Buenos_Aires", "-3"),
        ("US/Eastern", "-5"),
    ],
)
def test_tz_database_names_are_accepted(name: str, text: str) -> None:
    assert parse_tz(name).header_value(lambda: WINTER) == text


@pytest.mark.parametrize("huge", [10**400, -(10**400)])
def test_an_integer_too_large_for_a_float_is_a_value_error(huge: int) -> None:
    with pytest.raises(ValueError, match="between -12 and \\+14"):
        parse_tz(huge)


@pytest.mark.parametrize("hours", [-13, 15])
def test_a_tzinfo_out_of_range_is_refused_when_given(hours: int) -> None:
    zone = dt.timezone(dt.timedelta(hours=hours))
    with pytest.raises(ValueError, match="outside -12..\\+14"):
        parse_tz(zone)


class _Drifting(dt.tzinfo):
    """A tzinfo whose offset is in range in winter and out of range in summer."""

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        summer = when is not None and 4 <= when.month <= 9
        return dt.timedelta(hours=15 if summer else 14)

    def dst(self, when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, when: dt.datetime | None) -> str:
        return "DRIFT"

    def fromutc(self, when: dt.datetime) -> dt.datetime:
        return (when + self.utcoffset(when)).replace(tzinfo=self)


def test_a_tzinfo_is_checked_again_when_each_request_is_sent() -> None:
    offset = parse_tz(dt.timezone(dt.timedelta(hours=14))).header_value(lambda: WINTER)
    assert offset == "14"
    drifting = TzOffset(zone=_Drifting(), label="DRIFT")
    assert drifting.header_value(lambda: WINTER) == "14"
    with pytest.raises(ValueError, match="offset 15 h is outside"):
        drifting.header_value(lambda: SUMMER)
