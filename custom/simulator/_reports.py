"""Reports computed from the simulator's own objects, so a report agrees with the lists it
summarises: ``GET /report/activity/metrics/``, ``POST /report/activity/`` and
``POST /report/funnel/opportunity/totals/``.

What is counted where (Close documents the metrics' meaning, not their arithmetic):

- calls: ``Call`` activities by ``date_created`` and ``user_id``; ``outbound``/``inbound`` by
  ``direction``; durations in seconds. Emails: sent = outgoing with status ``sent`` (by
  ``date_sent``), received = incoming. Leads created: by ``date_created`` and ``created_by``.
- opportunities: created by ``date_created``; won by ``date_won`` (that day in the
  ``x-tz-offset`` zone); lost by ``date_updated``; each by its ``user_id``; values are
  annualized cents (monthly x 12).
- ranges: ``datetime_range`` (ISO instants) or ``relative_range`` in the ``x-tz-offset`` zone
  (weeks start on Monday; ``all-time`` starts at the oldest object). Overview rows are days
  for ranges of up to 31 days, months beyond; comparison rows are users.
- the metrics endpoint lists only the metrics computed here; another key answers 400, as do
  a Smart View ``query`` and compared ranges (not simulated).
- funnel totals: ``created-cohort`` takes the opportunities created in the cohort range;
  ``active-stage-cohort`` those created before the report range ends and not won or lost
  before it starts. Win rates are won / (won + lost) (0 when none is complete);
  ``sales_velocity`` is count x win rate x average won value / average days to win.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from ._base import Route
from ._http import Call, bad_request, field_error
from ._store import Record

if TYPE_CHECKING:
    from ._crm import Crm

__all__ = ["METRICS", "Reports"]

Item = tuple[datetime, str | None, Record]
"""(when it happened, whose it is, the object)."""


@dataclass(frozen=True)
class Metric:
    key: str
    name: str
    description: str
    source: str
    aggregate: str = "count"
    """``count``, or ``sum:<field>`` / ``avg:<field>``."""


def _calls(direction: str, label: str) -> list[Metric]:
    what = f"{label} calls" if label else "calls"
    key = f"calls.{direction}.all"
    title = f"{label.capitalize() or 'All'} Calls - All Types"
    return [
        Metric(f"{key}.count", title, f"The number of all {what}.", f"calls_{direction}"),
        Metric(
            f"{key}.sum_duration",
            f"{title} Total Duration",
            f"The total duration of {what}.",
            f"calls_{direction}",
            "sum:duration",
        ),
        Metric(
            f"{key}.avg_duration",
            f"{title} Average Duration",
            f"The average duration of {what}.",
            f"calls_{direction}",
            "avg:duration",
        ),
    ]


METRICS: tuple[Metric, ...] = (
    *_calls("all", ""),
    *_calls("outbound", "outbound"),
    *_calls("inbound", "inbound"),
    Metric(
        "emails.sent.all.count",
        "Sent Emails - All Types",
        "The number of all sent emails.",
        "emails_sent",
    ),
    Metric(
        "emails.received.all.count",
        "Received Emails",
        "The number of received emails.",
        "emails_received",
    ),
    Metric(
        "leads.created.all.count",
        "Leads - Created",
        "The number of leads created by a user.",
        "leads_created",
    ),
    Metric(
        "opportunities.created.all.count",
        "Opportunities - Created",
        "The number of opportunities created for/assigned to a user.",
        "opportunities_created",
    ),
    Metric(
        "opportunities.won.all.count",
        "Opportunities - Won",
        "The number of won opportunities created for/assigned to a user.",
        "opportunities_won",
    ),
    Metric(
        "opportunities.won.all.sum_annualized_value",
        "Opportunities - Won - Annualized",
        "The annualized value of won opportunities created for/assigned to a user.",
        "opportunities_won",
        "sum:annualized_value",
    ),
    Metric(
        "opportunities.lost.all.count",
        "Opportunities - Lost",
        "The number of lost opportunities created for/assigned to a user.",
        "opportunities_lost",
    ),
    Metric(
        "opportunities.lost.all.sum_annualized_value",
        "Opportunities - Lost - Annualized",
        "The annualized value of lost opportunities created for/assigned to a user.",
        "opportunities_lost",
        "sum:annualized_value",
    ),
)
_BY_KEY = {metric.key: metric for metric in METRICS}


def _instant(value: Any) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _day_start(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tz)


def _month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _relative(word: str, now: datetime, tz: tzinfo, oldest: datetime) -> tuple[datetime, datetime]:
    today = now.astimezone(tz).date()
    monday = today - timedelta(days=today.weekday())
    quarter = _month_start(today, (today.month - 1) % 3)
    spans: dict[str, Callable[[], tuple[date, date]]] = {
        "today": lambda: (today, today + timedelta(days=1)),
        "yesterday": lambda: (today - timedelta(days=1), today),
        "this-week": lambda: (monday, monday + timedelta(days=7)),
        "last-week": lambda: (monday - timedelta(days=7), monday),
        "this-month": lambda: (_month_start(today), _month_start(today, -1)),
        "last-month": lambda: (_month_start(today, 1), _month_start(today)),
        "this-quarter": lambda: (quarter, _month_start(quarter, -3)),
        "last-quarter": lambda: (_month_start(quarter, 3), quarter),
        "this-year": lambda: (date(today.year, 1, 1), date(today.year + 1, 1, 1)),
        "last-year": lambda: (date(today.year - 1, 1, 1), date(today.year, 1, 1)),
    }
    if word == "all-time":
        return _day_start(oldest.astimezone(tz).date(), tz), now
    if word not in spans:
        raise field_error("relative_range", f"Unknown relative range {word!r}.")
    start, end = spans[word]()
    return _day_start(start, tz), _day_start(end, tz)


def _periods(start: datetime, end: datetime, tz: tzinfo) -> list[datetime]:
    """Row starts: days for ranges of up to 31 days, else months."""
    first = start.astimezone(tz).date()
    if end - start <= timedelta(days=31):
        days = (end.astimezone(tz).date() - first).days
        return [_day_start(first + timedelta(days=n), tz) for n in range(max(days, 1))]
    months: list[datetime] = []
    month = _month_start(first)
    while _day_start(month, tz) < end:
        months.append(max(_day_start(month, tz), start))
        month = _month_start(month, -1)
    return months


def _aggregate(metric: Metric, items: list[Item]) -> int | float:
    if metric.aggregate == "count":
        return len(items)
    how, _, field = metric.aggregate.partition(":")
    values = [record.get(field) or 0 for _, _, record in items]
    if how == "sum":
        return sum(values)
    return round(sum(values) / len(values), 2) if values else 0


class Reports:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm
        self.store = crm.store

    def routes(self) -> list[Route]:
        return [
            Route("GET", "/report/activity/metrics/", self.metrics),
            Route("POST", "/report/activity/", self.activity),
            Route("POST", "/report/funnel/opportunity/totals/", self.funnel_totals),
        ]

    # -- what is counted -----------------------------------------------------------------

    def _items(self, source: str, tz: tzinfo) -> Iterator[Item]:
        if source.startswith("calls_"):
            direction = source.removeprefix("calls_")
            for call in self.store.activities:
                if call["_type"] == "Call" and direction in ("all", call.get("direction")):
                    yield _instant(call["date_created"]), call.get("user_id"), call
        elif source.startswith("emails_"):
            sent = source == "emails_sent"
            for email in self.store.activities:
                if email["_type"] != "Email":
                    continue
                if sent and email.get("direction") == "outgoing" and email.get("status") == "sent":
                    yield (
                        _instant(email.get("date_sent") or email["date_created"]),
                        email.get("user_id"),
                        email,
                    )
                if not sent and email.get("direction") == "incoming":
                    yield _instant(email["date_created"]), email.get("user_id"), email
        elif source == "leads_created":
            for lead in self.store.leads:
                yield _instant(lead["date_created"]), lead.get("created_by"), lead
        else:
            yield from self._opportunity_items(source.removeprefix("opportunities_"), tz)

    def _opportunity_items(self, kind: str, tz: tzinfo) -> Iterator[Item]:
        for record in self.store.opportunities:
            view = self.crm.opportunity_view(record)
            moment = self._opportunity_moment(view, kind, tz)
            if moment is not None:
                yield moment, view.get("user_id"), view

    @staticmethod
    def _opportunity_moment(view: Record, kind: str, tz: tzinfo) -> datetime | None:
        if kind == "created":
            return _instant(view["date_created"])
        if kind != view.get("status_type"):
            return None
        if kind == "won":
            won = view.get("date_won")
            return _day_start(date.fromisoformat(str(won)[:10]), tz) if won else None
        return _instant(view["date_updated"])

    def _oldest(self) -> datetime:
        stamps = [
            _instant(record["date_created"])
            for collection in (self.store.leads, self.store.activities, self.store.opportunities)
            for record in collection
        ]
        return min(stamps, default=self.store.now())

    def _range(self, body: Record, call: Call, prefix: str = "") -> tuple[datetime, datetime]:
        absolute = body.get(f"{prefix}datetime_range")
        relative = body.get(f"{prefix}relative_range")
        if isinstance(absolute, dict) and absolute.get("start") and absolute.get("end"):
            try:
                return _instant(absolute["start"]), _instant(absolute["end"])
            except ValueError:
                raise field_error(f"{prefix}datetime_range", "Give ISO 8601 instants.") from None
        if isinstance(relative, str):
            return _relative(relative, self.store.now(), call.tz, self._oldest())
        raise bad_request(f"Give {prefix}datetime_range (start, end) or {prefix}relative_range.")

    # -- handlers ------------------------------------------------------------------------

    def metrics(self, call: Call) -> Record:
        return {
            "metrics": [
                {"key": m.key, "name": m.name, "description": m.description} for m in METRICS
            ]
        }

    def activity(self, call: Call) -> Record:
        body = call.json_object()
        kind, keys = body.get("type"), body.get("metrics")
        if kind not in ("overview", "comparison"):
            raise field_error("type", "Must be overview or comparison.")
        if not isinstance(keys, list) or not keys:
            raise field_error(
                "metrics", "Give a list of metric keys (see /report/activity/metrics/)."
            )
        unknown = [key for key in keys if key not in _BY_KEY]
        if unknown:
            raise field_error("metrics", f"Unknown or not simulated metric: {unknown[0]}.")
        if body.get("query") is not None:
            raise field_error("query", "Smart View filters are not simulated.")
        start, end = self._range(body, call)
        users = self._users(body)
        chosen = [_BY_KEY[key] for key in keys]
        found = {m.key: self._in_range(m.source, call.tz, start, end, users) for m in chosen}
        totals = {m.key: _aggregate(m, found[m.key]) for m in chosen}
        rows: list[Record] = []
        if kind == "overview":
            starts = _periods(start, end, call.tz)
            for n, row_start in enumerate(starts):
                row_end = starts[n + 1] if n + 1 < len(starts) else end
                rows.append(
                    {
                        **{
                            m.key: _aggregate(
                                m, [i for i in found[m.key] if row_start <= i[0] < row_end]
                            )
                            for m in chosen
                        },
                        "datetime": row_start.isoformat(),
                    }
                )
        else:
            for user in users or list(self.store.users):
                rows.append(
                    {
                        "user_id": user,
                        **{
                            m.key: _aggregate(m, [i for i in found[m.key] if i[1] == user])
                            for m in chosen
                        },
                    }
                )
        return {"data": rows, "aggregations": {"totals": totals}}

    def _users(self, body: Record, field: str = "users") -> list[str] | None:
        users = body.get(field)
        if users is None or users == []:
            return None
        if not isinstance(users, list) or not all(isinstance(u, str) for u in users):
            raise field_error(field, "Give a list of user ids.")
        return users

    def _in_range(
        self, source: str, tz: tzinfo, start: datetime, end: datetime, users: Iterable[str] | None
    ) -> list[Item]:
        wanted = None if users is None else set(users)
        return [
            item
            for item in self._items(source, tz)
            if start <= item[0] < end and (wanted is None or item[1] in wanted)
        ]

    def funnel_totals(self, call: Call) -> Record:
        body = call.json_object()
        pipeline = body.get("pipeline")
        if pipeline is not None and pipeline != self.store.pipeline_id:
            raise field_error("pipeline", "Unknown pipeline.")
        if any(key.startswith("compared_") for key in body):
            raise bad_request("Compared ranges are not simulated.")
        if body.get("query") is not None:
            raise field_error("query", "Smart View filters are not simulated.")
        kind = body.get("type", "created-cohort")
        views = [self.crm.opportunity_view(record) for record in self.store.opportunities]
        if kind == "created-cohort":
            start, end = self._range(body, call, "cohort_")
            chosen = [v for v in views if start <= _instant(v["date_created"]) < end]
        elif kind == "active-stage-cohort":
            start, end = self._range(body, call, "report_")
            chosen = [v for v in views if self._active(v, start, end, call.tz)]
        else:
            raise field_error("type", "Must be created-cohort or active-stage-cohort.")
        users = self._users(body)
        if users is not None:
            chosen = [v for v in chosen if v.get("user_id") in users]
        per_user = sorted({str(v["user_id"]) for v in chosen if v.get("user_id")})
        return {
            "aggregations": _funnel_totals(chosen, call.tz),
            "data": [
                {
                    "user_id": user,
                    **_funnel_totals([v for v in chosen if v.get("user_id") == user], call.tz),
                }
                for user in per_user
            ],
        }

    def _active(self, view: Record, start: datetime, end: datetime, tz: tzinfo) -> bool:
        if _instant(view["date_created"]) >= end:
            return False
        closed = self._opportunity_moment(view, str(view.get("status_type")), tz)
        return view.get("status_type") not in ("won", "lost") or closed is None or closed >= start


def _funnel_totals(views: list[Record], tz: tzinfo) -> Record:
    won = [v for v in views if v.get("status_type") == "won"]
    complete = won + [v for v in views if v.get("status_type") == "lost"]
    value_won = sum(v.get("annualized_value") or 0 for v in won)
    value_complete = sum(v.get("annualized_value") or 0 for v in complete)
    times = [
        (
            _day_start(date.fromisoformat(str(v["date_won"])[:10]), tz)
            - _instant(v["date_created"])
        ).total_seconds()
        for v in won
        if v.get("date_won")
    ]
    average_time = sum(times) / len(times) if times else None
    win_rate = len(won) / len(complete) if complete else 0.0
    average_value = value_won / len(won) if won else 0.0
    days = (average_time or 0) / 86400
    return {
        "count": len(views),
        "count_total_complete": len(complete),
        "count_total_won": len(won),
        "count_win_rate": round(win_rate, 4),
        "value_total_complete": value_complete,
        "value_total_won": value_won,
        "value_win_rate": round(value_won / value_complete, 4) if value_complete else 0.0,
        "average_time_to_win": average_time,
        "average_value_annualized_per_won_opportunity": round(average_value, 2),
        "sales_velocity": round(len(views) * win_rate * average_value / days, 2)
        if days > 0
        else 0.0,
    }
