"""Activities: notes, calls and emails (CRUD), the read-only ``Created`` and status-change
activities the simulator records itself, and the generic ``/activity/`` list that mixes
every ``_type``."""

from __future__ import annotations

from typing import Any

from ._base import Route, World, diff, list_reply
from ._format import normalize_phone
from ._http import Call, bad_request, field_error, not_found
from ._listing import FilterKind
from ._store import Record

__all__ = ["Activities"]

# path segment -> (_type, event object_type, writable)
KINDS: dict[str, tuple[str, str | None, bool]] = {
    "note": ("Note", "activity.note", True),
    "call": ("Call", "activity.call", True),
    "email": ("Email", "activity.email", True),
    "created": ("Created", None, False),
    "status_change/lead": ("LeadStatusChange", "activity.lead_status_change", False),
    "status_change/opportunity": (
        "OpportunityStatusChange",
        "activity.opportunity_status_change",
        False,
    ),
}
_EVENT_TYPE = {t: ev for t, ev, _ in KINDS.values()}

FILTERS: dict[str, FilterKind] = {
    "id": "str",
    "lead_id": "str",
    "user_id": "str",
    "contact_id": "str",
    "_type": "str",
    "date_created": "date",
    "date_updated": "date",
}

_CALL_DEFAULTS: Record = {
    "direction": "outbound",
    "disposition": "answered",
    "status": "completed",
    "duration": 0,
    "note": "",
    "source": "External",
    "voicemail_url": None,
    "voicemail_duration": None,
    "recording_url": None,
    "call_method": "external",
    "dialer_id": None,
    "dialer_saved_search_id": None,
    "cost": "0",
}
_EMAIL_DEFAULTS: Record = {
    "direction": "outgoing",
    "status": "draft",
    "subject": "",
    "sender": None,
    "to": [],
    "cc": [],
    "bcc": [],
    "body_text": "",
    "body_html": "",
    "envelope": None,
    "date_sent": None,
    "attachments": [],
    "template_id": None,
    "opens": [],
    "send_attempts": [],
    "users": [],
}
_EMAIL_STATUSES = ("inbox", "draft", "scheduled", "outbox", "sent")


class Activities:
    def __init__(self, world: World) -> None:
        self.world = world
        self.store = world.store

    def routes(self) -> list[Route]:
        routes = [Route("GET", "/activity/", self.list_all)]
        for segment, (_, _, writable) in KINDS.items():
            base = f"/activity/{segment}/"
            routes += [
                Route("GET", base, self._bind(self.list_kind, segment)),
                Route("GET", base + "{id}/", self._bind(self.get, segment)),
            ]
            if writable:
                routes += [
                    Route("POST", base, self._bind(self.create, segment)),
                    Route("PUT", base + "{id}/", self._bind(self.update, segment)),
                ]
            routes.append(Route("DELETE", base + "{id}/", self._bind(self.delete, segment)))
        return routes

    @staticmethod
    def _bind(method: Any, segment: str) -> Any:
        return lambda call: method(call, segment)

    # -- views ---------------------------------------------------------------------------

    def serialize(self, record: Record) -> Record:
        view = dict(record)
        view["user_name"] = self.store.user_name(record.get("user_id"))
        view["created_by_name"] = self.store.user_name(record.get("created_by"))
        view["updated_by_name"] = self.store.user_name(record.get("updated_by"))
        if record["_type"] == "Email":
            view["body_preview"] = (record.get("body_text") or "")[:200]
        return view

    def _of_kind(self, call: Call, segment: str) -> Record:
        record = self.store.activities.get(call.args[0])
        if record is None or record["_type"] != KINDS[segment][0]:
            raise not_found("Activity")
        return record

    # -- handlers ------------------------------------------------------------------------

    def list_all(self, call: Call) -> Record:
        params = dict(call.params)
        if "_type__in" in params:
            params["_type__in"] = ",".join(
                KINDS.get(t.strip().lower(), (t.strip(),))[0]
                for t in params["_type__in"].split(",")
            )
        call.params = params
        return list_reply(self.world, call, self.store.activities, self.serialize, FILTERS)

    def list_kind(self, call: Call, segment: str) -> Record:
        wanted = KINDS[segment][0]
        records = (r for r in self.store.activities if r["_type"] == wanted)
        return list_reply(self.world, call, records, self.serialize, FILTERS)

    def get(self, call: Call, segment: str) -> Record:
        return self.serialize(self._of_kind(call, segment))

    def create(self, call: Call, segment: str) -> Record:
        body = call.json_object()
        lead_id = body.get("lead_id")
        if not lead_id:
            raise field_error("lead_id", "This field is required.")
        if self.store.leads.get(lead_id) is None:
            raise field_error("lead_id", "Lead not found.")
        record = self.new(call, KINDS[segment][0], lead_id, body)
        if record["_type"] == "Email" and record["status"] == "outbox":
            # Close sends outbox emails right away (after an optional undo delay).
            self._send_email(call, record)
        return self.serialize(record)

    def update(self, call: Call, segment: str) -> Record:
        record = self._of_kind(call, segment)
        body = call.json_object()
        before = self.serialize(record)
        if record["_type"] == "Email":
            status = body.get("status", record["status"])
            if status not in _EMAIL_STATUSES:
                raise field_error("status", f"Must be one of {', '.join(_EMAIL_STATUSES)}.")
        for key, value in body.items():
            if key not in ("id", "_type", "organization_id", "lead_id", "date_created"):
                record[key] = value
        self.world.touch(call, record)
        after = self.serialize(record)
        changed, previous = diff(before, after)
        self._emit(call, record, "updated", after, previous, changed)
        if record["_type"] == "Email" and record["status"] == "outbox":
            self._send_email(call, record)
            after = self.serialize(record)
        return after

    def delete(self, call: Call, segment: str) -> Record:
        record = self._of_kind(call, segment)
        self.remove(call, record)
        return {}

    # -- used by other resources ---------------------------------------------------------

    def new(self, call: Call | None, type_: str, lead_id: str, body: Record) -> Record:
        """Create and store an activity of ``type_``, emitting its ``created`` event."""
        user = (call.user_id if call else None) or body.get("user_id")
        record: Record = {
            "id": self.store.ids.new("acti"),
            "_type": type_,
            "lead_id": lead_id,
            "contact_id": body.get("contact_id"),
            "user_id": body.get("user_id") or user,
        }
        if type_ == "Call":
            record.update(_CALL_DEFAULTS)
        elif type_ == "Email":
            record.update(_EMAIL_DEFAULTS)
            record["thread_id"] = self.store.ids.new("acti")
        elif type_ == "Note":
            record["note"] = ""
        elif type_ == "Created":
            record["source"] = "api"
        for key, value in body.items():
            if key not in ("id", "_type", "organization_id", "created_by_name"):
                record[key] = value
        if type_ == "Email" and record["status"] not in _EMAIL_STATUSES:
            raise field_error("status", f"Must be one of {', '.join(_EMAIL_STATUSES)}.")
        if type_ == "Call" and record.get("phone"):
            e164, formatted, country = normalize_phone(str(record["phone"]))
            record.update(
                phone=e164,
                remote_phone=e164,
                remote_phone_formatted=formatted,
                local_country_iso=country,
                remote_country_iso=country,
            )
        self.world.stamp_new(call, record)
        self.store.activities.add(record)
        self._emit(call, record, "created", self.serialize(record))
        return record

    def remove(self, call: Call | None, record: Record) -> None:
        self.store.activities.remove(record["id"])
        self._emit(call, record, "deleted", None, self.serialize(record))

    def _send_email(self, call: Call, record: Record) -> None:
        if not record.get("to"):
            raise bad_request("An email needs at least one recipient to be sent.")
        record["status"] = "sent"
        record["date_sent"] = self.store.timestamp()
        self._emit(call, record, "sent", self.serialize(record))

    def _emit(
        self,
        call: Call | None,
        record: Record,
        action: str,
        data: Record | None,
        previous: Record | None = None,
        changed: list[str] | None = None,
    ) -> None:
        object_type = _EVENT_TYPE.get(record["_type"])
        if object_type is None:
            return
        self.world.events.emit(
            call, object_type, action, record["id"], record["lead_id"], data, previous, changed
        )
