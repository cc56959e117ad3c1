"""Leads (with embedded contacts, opportunities, tasks and custom fields), contacts,
opportunities (with Close's list aggregates and the ``date_won`` default) and tasks.

Side effects follow Close's documentation: creating a lead records a ``Created`` activity,
changing a lead's or an opportunity's status records a status-change activity, moving an
opportunity to a won status without a ``date_won`` sets it to today in the caller's
``x-tz-offset``, deleting a lead deletes (with events) everything under it, and merging moves
the source's children to the destination and deletes the source.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ._activities import Activities
from ._base import Route, World, diff, list_reply, select_views
from ._format import format_money, normalize_phone
from ._groups import grouped_reply
from ._http import Call, bad_request, field_error
from ._listing import FilterKind, trim_fields
from ._query import FieldSpec, compile_query
from ._store import Record
from ._time import parse_instant

__all__ = ["Crm"]

LEAD_FILTERS: dict[str, FilterKind] = {
    "id": "str",
    "status_id": "str",
    "created_by": "str",
    "date_created": "date",
    "date_updated": "date",
}
CONTACT_FILTERS: dict[str, FilterKind] = {
    "id": "str",
    "lead_id": "str",
    "date_created": "date",
    "date_updated": "date",
}
OPPORTUNITY_FILTERS: dict[str, FilterKind] = {
    "id": "str",
    "lead_id": "str",
    "user_id": "str",
    "contact_id": "str",
    "status_id": "str",
    "status_label": "str",
    "status_type": "str",
    "value_period": "str",
    "date_created": "date",
    "date_updated": "date",
    "date_won": "date",
}
TASK_FILTERS: dict[str, FilterKind] = {
    "id": "str",
    "_type": "str",
    "lead_id": "str",
    "contact_id": "str",
    "assigned_to": "str",
    "is_complete": "bool",
    "date": "date",
    "date_created": "date",
    "date_updated": "date",
}
VALUE_PERIODS = ("one_time", "monthly", "annual")
_LEAD_FIELDS = ("name", "url", "description", "addresses")
_CONTACT_FIELDS = ("name", "title", "phones", "emails", "urls")
_OPPORTUNITY_FIELDS = (
    "value",
    "value_period",
    "value_currency",
    "confidence",
    "note",
    "user_id",
    "contact_id",
    "date_won",
)


def _one(key: str) -> Callable[[Record], list[Any]]:
    return lambda view: [view.get(key)]


class Crm:
    def __init__(self, world: World, activities: Activities) -> None:
        self.world = world
        self.store = world.store
        self.activities = activities
        self.lead_spec = self._lead_spec()
        self.contact_spec = self._contact_spec()
        self.opportunity_spec = self._opportunity_spec()

    def routes(self) -> list[Route]:
        return [
            Route("GET", "/lead/", self.list_leads),
            Route("POST", "/lead/", self.create_lead),
            Route("POST", "/lead/merge/", self.merge_leads),
            Route("GET", "/lead/{id}/", self.get_lead),
            Route("PUT", "/lead/{id}/", self.update_lead),
            Route("DELETE", "/lead/{id}/", self.delete_lead),
            Route("GET", "/contact/", self.list_contacts),
            Route("POST", "/contact/", self.create_contact),
            Route("GET", "/contact/{id}/", self.get_contact),
            Route("PUT", "/contact/{id}/", self.update_contact),
            Route("DELETE", "/contact/{id}/", self.delete_contact),
            Route("GET", "/opportunity/", self.list_opportunities),
            Route("POST", "/opportunity/", self.create_opportunity),
            Route("GET", "/opportunity/{id}/", self.get_opportunity),
            Route("PUT", "/opportunity/{id}/", self.update_opportunity),
            Route("DELETE", "/opportunity/{id}/", self.delete_opportunity),
            Route("GET", "/task/", self.list_tasks),
            Route("POST", "/task/", self.create_task),
            Route("GET", "/task/{id}/", self.get_task),
            Route("PUT", "/task/{id}/", self.update_task),
            Route("DELETE", "/task/{id}/", self.delete_task),
        ]

    # == query language specs ==============================================================

    def _contacts_of(self, key: str, many: bool = False) -> Callable[[Record], list[Any]]:
        def get(view: Record) -> list[Any]:
            values: list[Any] = []
            for contact in self.store.contacts.of_lead(view["id"]):
                if many:
                    values += [item.get(key) for item in contact.get(key + "s", [])]
                else:
                    values.append(contact.get(key))
            return values

        return get

    def _custom_getter(self, kind: str) -> Callable[[Record, str], list[Any]]:
        def get(view: Record, key: str) -> list[Any]:
            definition = self.store.custom_field(kind, key)
            if definition is None:
                return []
            value = view.get(f"custom.{definition['id']}")
            return value if isinstance(value, list) else [value]

        return get

    def _lead_spec(self) -> FieldSpec:
        return FieldSpec(
            fields={
                "name": ("text", lambda v: [v.get("name"), v.get("display_name")]),
                "description": ("text", _one("description")),
                "url": ("text", _one("url")),
                "status": ("exact", _one("status_label")),
                "lead_status": ("exact", _one("status_label")),
                "status_id": ("exact", _one("status_id")),
                "id": ("exact", _one("id")),
                "contact_name": ("text", self._contacts_of("name")),
                "email": ("text", self._contacts_of("email", many=True)),
                "phone": ("text", self._contacts_of("phone", many=True)),
                "created": ("date", _one("date_created")),
                "date_created": ("date", _one("date_created")),
                "updated": ("date", _one("date_updated")),
                "date_updated": ("date", _one("date_updated")),
            },
            default=("name", "contact_name", "email"),
            custom=self._custom_getter("lead"),
            sort_aliases={"name": "display_name"},
        )

    def _contact_spec(self) -> FieldSpec:
        def many(key: str) -> Callable[[Record], list[Any]]:
            return lambda v: [item.get(key) for item in v.get(key + "s", [])]

        return FieldSpec(
            fields={
                "name": ("text", _one("name")),
                "title": ("text", _one("title")),
                "email": ("text", many("email")),
                "phone": ("text", many("phone")),
                "id": ("exact", _one("id")),
                "lead_id": ("exact", _one("lead_id")),
                "created": ("date", _one("date_created")),
                "updated": ("date", _one("date_updated")),
            },
            default=("name", "title", "email"),
            custom=self._custom_getter("contact"),
        )

    def _opportunity_spec(self) -> FieldSpec:
        return FieldSpec(
            fields={
                "note": ("text", _one("note")),
                "lead_name": ("text", _one("lead_name")),
                "status": ("exact", _one("status_label")),
                "status_type": ("exact", _one("status_type")),
                "status_id": ("exact", _one("status_id")),
                "value_period": ("exact", _one("value_period")),
                "user": ("text", _one("user_name")),
                "user_id": ("exact", _one("user_id")),
                "id": ("exact", _one("id")),
                "lead_id": ("exact", _one("lead_id")),
                "value": ("number", _one("value")),
                "confidence": ("number", _one("confidence")),
                "created": ("date", _one("date_created")),
                "updated": ("date", _one("date_updated")),
                "won": ("date", _one("date_won")),
                "date_won": ("date", _one("date_won")),
            },
            default=("note", "lead_name"),
            custom=self._custom_getter("opportunity"),
        )

    # == leads =============================================================================

    def lead_view(self, record: Record) -> Record:
        """A lead without its children: what lists filter on and update events diff."""
        status = self.store.lead_statuses.get(record.get("status_id") or "")
        view = dict(record)
        view["display_name"] = record.get("name") or ""
        view["status_label"] = status["label"] if status else None
        view["html_url"] = f"https://app.close.com/lead/{record['id']}/"
        view["custom"] = self.world.custom_by_name("lead", record)
        return view

    def lead_full(self, view: Record) -> Record:
        """Add what Close embeds in a lead: contacts, opportunities and open tasks."""
        lead_id = view["id"]
        return view | {
            "contacts": [self.contact_view(c) for c in self.store.contacts.of_lead(lead_id)],
            "opportunities": [
                self.opportunity_view(o) for o in self.store.opportunities.of_lead(lead_id)
            ],
            "tasks": [self.task_view(t) for t in self.store.tasks.of_lead(lead_id)],
        }

    def _lead_status(self, body: Record) -> str | None:
        if "status_id" in body:
            if body["status_id"] not in self.store.lead_statuses:
                raise field_error("status_id", "Unknown lead status.")
            return str(body["status_id"])
        if "status" in body:
            for status in self.store.lead_statuses.values():
                if status["label"].lower() == str(body["status"]).lower():
                    return str(status["id"])
            raise field_error("status", "Unknown lead status.")
        return None

    def list_leads(self, call: Call) -> Record:
        return list_reply(
            self.world,
            call,
            self.store.leads,
            self.lead_view,
            LEAD_FILTERS,
            spec=self.lead_spec,
            finish=self.lead_full,
            total_results=True,
        )

    def get_lead(self, call: Call) -> Record:
        record = self.world.require(self.store.leads, call.args[0], "Lead")
        return trim_fields(self.lead_full(self.lead_view(record)), call.params.get("_fields"))

    def create_lead(self, call: Call | None, body: Record | None = None) -> Record:
        body = _body(call, body)
        status_id = self._lead_status(body) or next(iter(self.store.lead_statuses), None)
        record: Record = {"id": self.store.ids.new("lead"), "status_id": status_id}
        record.update(name=None, description="", url=None, addresses=[])
        for key in _LEAD_FIELDS:
            if key in body:
                record[key] = body[key]
        self.world.apply_custom("lead", record, body)
        self.world.stamp_new(call, record)
        contacts = body.get("contacts") or []
        if not isinstance(contacts, list):
            raise field_error("contacts", "Must be a list.")
        self.store.leads.add(record)
        for contact in contacts:
            self.create_contact(call, {**contact, "lead_id": record["id"]})
        self.activities.new(call, "Created", record["id"], {"source": "api"})
        full = self.lead_full(self.lead_view(record))
        self.world.events.emit(call, "lead", "created", record["id"], record["id"], full)
        return full

    def update_lead(self, call: Call) -> Record:
        record = self.world.require(self.store.leads, call.args[0], "Lead")
        body = call.json_object()
        before = self.lead_view(record)
        status_id = self._lead_status(body)
        for key in _LEAD_FIELDS:
            if key in body:
                record[key] = body[key]
        self.world.apply_custom("lead", record, body)
        if status_id is not None:
            record["status_id"] = status_id
        self.world.touch(call, record)
        after = self.lead_view(record)
        changed, previous = diff(before, after)
        if status_id is not None and status_id != before["status_id"]:
            self.activities.new(
                call,
                "LeadStatusChange",
                record["id"],
                {
                    "old_status_id": before["status_id"],
                    "old_status_label": before["status_label"],
                    "new_status_id": status_id,
                    "new_status_label": after["status_label"],
                },
            )
        full = self.lead_full(after)
        self.world.events.emit(
            call, "lead", "updated", record["id"], record["id"], full, previous, changed
        )
        return full

    def delete_lead(self, call: Call) -> Record:
        record = self.world.require(self.store.leads, call.args[0], "Lead")
        full = self.lead_full(self.lead_view(record))
        self._delete_children(call, record["id"])
        self.store.leads.remove(record["id"])
        self.world.events.emit(call, "lead", "deleted", record["id"], record["id"], None, full)
        return {}

    def _delete_children(self, call: Call, lead_id: str) -> None:
        for task in self.store.tasks.of_lead(lead_id):
            self._remove_task(call, task)
        for opportunity in self.store.opportunities.of_lead(lead_id):
            self._remove_opportunity(call, opportunity)
        for activity in self.store.activities.of_lead(lead_id):
            self.activities.remove(call, activity)
        for contact in self.store.contacts.of_lead(lead_id):
            self._remove_contact(call, contact)

    def merge_leads(self, call: Call) -> Record:
        """``POST /lead/merge/``: the source's children move to the destination; the source
        is deleted. Every event of the merge carries both ids in ``meta``."""
        body = call.json_object()
        source_id, destination_id = body.get("source"), body.get("destination")
        for name, value in (("source", source_id), ("destination", destination_id)):
            if not value:
                raise field_error(name, "This field is required.")
        if source_id == destination_id:
            raise bad_request("Cannot merge a lead into itself.")
        source = self.world.require(self.store.leads, str(source_id), "Lead")
        destination = self.world.require(self.store.leads, str(destination_id), "Lead")
        meta = {
            "merge_source_lead_id": source["id"],
            "merge_destination_lead_id": destination["id"],
        }
        moved: list[tuple[str, Record, Callable[[Record], Record]]] = [
            ("contact", c, self.contact_view) for c in self.store.contacts.of_lead(source["id"])
        ]
        moved += [
            ("opportunity", o, self.opportunity_view)
            for o in self.store.opportunities.of_lead(source["id"])
        ]
        moved += [
            (f"task.{t['_type']}", t, self.task_view)
            for t in self.store.tasks.of_lead(source["id"])
        ]
        collections = {
            "contact": self.store.contacts,
            "opportunity": self.store.opportunities,
        }
        for object_type, child, view in moved:
            before = view(child)
            collections.get(object_type, self.store.tasks).move(child, destination["id"])
            after = view(child)
            changed, previous = diff(before, after)
            self.world.events.emit(
                call,
                object_type,
                "updated",
                child["id"],
                destination["id"],
                after,
                previous,
                changed,
                meta,
            )
        for activity in self.store.activities.of_lead(source["id"]):
            self.store.activities.move(activity, destination["id"])
        for key, value in source.items():
            if key.startswith("custom.") and key not in destination:
                destination[key] = value
        self.world.touch(call, destination)
        source_full = self.lead_full(self.lead_view(source))
        self.store.leads.remove(source["id"])
        self.world.events.emit(
            call, "lead", "deleted", source["id"], source["id"], None, source_full, None, meta
        )
        full = self.lead_full(self.lead_view(destination))
        self.world.events.emit(
            call, "lead", "merged", destination["id"], destination["id"], full, None, None, meta
        )
        return {}

    # == contacts ==========================================================================

    def contact_view(self, record: Record) -> Record:
        return dict(record)

    def _contact_fields(self, record: Record, body: Record) -> None:
        for key in _CONTACT_FIELDS:
            if key in body:
                record[key] = body[key]
        phones = []
        for phone in record.get("phones") or []:
            e164, formatted, country = normalize_phone(str(phone.get("phone", "")))
            entry = {"phone": e164, "phone_formatted": formatted, "type": phone.get("type")}
            phones.append(entry | ({"country": country} if country else {}))
        record["phones"] = phones
        self.world.apply_custom("contact", record, body)

    def list_contacts(self, call: Call) -> Record:
        return list_reply(
            self.world,
            call,
            self.store.contacts,
            self.contact_view,
            CONTACT_FILTERS,
            spec=self.contact_spec,
        )

    def get_contact(self, call: Call) -> Record:
        return self.contact_view(self.world.require(self.store.contacts, call.args[0], "Contact"))

    def create_contact(self, call: Call | None, body: Record | None = None) -> Record:
        body = _body(call, body)
        lead_id = body.get("lead_id")
        if not lead_id or self.store.leads.get(lead_id) is None:
            raise field_error("lead_id", "A valid lead_id is required.")
        record: Record = {"id": self.store.ids.new("cont"), "lead_id": lead_id}
        record.update(name="", title="", phones=[], emails=[], urls=[])
        self._contact_fields(record, body)
        self.world.stamp_new(call, record)
        self.store.contacts.add(record)
        view = self.contact_view(record)
        self.world.events.emit(call, "contact", "created", record["id"], lead_id, view)
        return view

    def update_contact(self, call: Call) -> Record:
        record = self.world.require(self.store.contacts, call.args[0], "Contact")
        before = self.contact_view(record)
        self._contact_fields(record, call.json_object())
        self.world.touch(call, record)
        after = self.contact_view(record)
        changed, previous = diff(before, after)
        self.world.events.emit(
            call, "contact", "updated", record["id"], record["lead_id"], after, previous, changed
        )
        return after

    def delete_contact(self, call: Call) -> Record:
        self._remove_contact(call, self.world.require(self.store.contacts, call.args[0], "Contact"))
        return {}

    def _remove_contact(self, call: Call, record: Record) -> None:
        self.store.contacts.remove(record["id"])
        view = self.contact_view(record)
        self.world.events.emit(
            call, "contact", "deleted", record["id"], record["lead_id"], None, view
        )

    # == opportunities =====================================================================

    def opportunity_view(self, record: Record) -> Record:
        status = self.store.opportunity_statuses.get(record.get("status_id") or "") or {}
        lead = self.store.leads.get(record.get("lead_id") or "") or {}
        value = record.get("value") or 0
        confidence = record.get("confidence") or 0
        annualized = value * 12 if record.get("value_period") == "monthly" else value
        view = dict(record)
        view.update(
            lead_name=lead.get("name"),
            status_label=status.get("label"),
            status_type=status.get("type"),
            value_formatted=format_money(record.get("value"), record.get("value_period")),
            expected_value=round(value * confidence / 100),
            annualized_value=annualized,
            annualized_expected_value=round(annualized * confidence / 100),
            user_name=self.store.user_name(record.get("user_id")),
        )
        return view

    def _opportunity_fields(self, call: Call | None, record: Record, body: Record) -> None:
        for key in _OPPORTUNITY_FIELDS:
            if key in body:
                record[key] = body[key]
        if record.get("value_period") not in VALUE_PERIODS:
            raise field_error("value_period", f"Must be one of {', '.join(VALUE_PERIODS)}.")
        value = record.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise field_error("value", "Enter a number (cents).")
        if "status_id" in body:
            if body["status_id"] not in self.store.opportunity_statuses:
                raise field_error("status_id", "Unknown opportunity status.")
            record["status_id"] = body["status_id"]
        status = self.store.opportunity_statuses.get(record.get("status_id") or "") or {}
        # Close: moving to a won status without a date_won sets it to today, in the caller's
        # time zone (x-tz-offset).
        if status.get("type") == "won" and "date_won" not in body and "status_id" in body:
            tz = call.tz if call else UTC
            record["date_won"] = self.store.now().astimezone(tz).date().isoformat()
        self.world.apply_custom("opportunity", record, body)

    def list_opportunities(self, call: Call) -> Record:
        records: Any = self.store.opportunities
        lead_query = call.params.get("lead_query")
        if lead_query:
            query = compile_query(lead_query, self.lead_spec, self.store.now(), call.tz)
            records = [
                o
                for o in self.store.opportunities
                if (lead := self.store.leads.get(o["lead_id"])) is not None
                and query.matches(self.lead_view(lead))
            ]
        if call.params.get("_group_by"):
            views = select_views(
                self.world,
                call,
                records,
                self.opportunity_view,
                OPPORTUNITY_FILTERS,
                self.opportunity_spec,
            )
            return grouped_reply(self.world, call, list(views), _opportunity_aggregates)
        return list_reply(
            self.world,
            call,
            records,
            self.opportunity_view,
            OPPORTUNITY_FILTERS,
            spec=self.opportunity_spec,
            aggregates=_opportunity_aggregates,
            total_results=True,
        )

    def get_opportunity(self, call: Call) -> Record:
        record = self.world.require(self.store.opportunities, call.args[0], "Opportunity")
        return self.opportunity_view(record)

    def create_opportunity(self, call: Call | None, body: Record | None = None) -> Record:
        body = _body(call, body)
        lead_id = body.get("lead_id")
        if not lead_id or self.store.leads.get(lead_id) is None:
            raise field_error("lead_id", "A valid lead_id is required.")
        record: Record = {
            "id": self.store.ids.new("oppo"),
            "lead_id": lead_id,
            "status_id": next(iter(self.store.opportunity_statuses), None),
            "value": None,
            "value_period": "one_time",
            "value_currency": "USD",
            "confidence": 0,
            "note": "",
            "user_id": call.user_id if call else None,
            "contact_id": None,
            "date_won": None,
        }
        self._opportunity_fields(call, record, body)
        self.world.stamp_new(call, record)
        self.store.opportunities.add(record)
        view = self.opportunity_view(record)
        self.world.events.emit(call, "opportunity", "created", record["id"], lead_id, view)
        return view

    def update_opportunity(self, call: Call) -> Record:
        record = self.world.require(self.store.opportunities, call.args[0], "Opportunity")
        before = self.opportunity_view(record)
        self._opportunity_fields(call, record, call.json_object())
        self.world.touch(call, record)
        after = self.opportunity_view(record)
        if after["status_id"] != before["status_id"]:
            self.activities.new(
                call,
                "OpportunityStatusChange",
                record["lead_id"],
                {
                    "opportunity_id": record["id"],
                    "old_status_id": before["status_id"],
                    "old_status_label": before["status_label"],
                    "old_status_type": before["status_type"],
                    "new_status_id": after["status_id"],
                    "new_status_label": after["status_label"],
                    "new_status_type": after["status_type"],
                    "opportunity_date_won": after["date_won"],
                    "opportunity_value": after["value"],
                    "opportunity_value_formatted": after["value_formatted"],
                    "opportunity_value_currency": after["value_currency"],
                },
            )
        changed, previous = diff(before, after)
        self.world.events.emit(
            call,
            "opportunity",
            "updated",
            record["id"],
            record["lead_id"],
            after,
            previous,
            changed,
        )
        return after

    def delete_opportunity(self, call: Call) -> Record:
        record = self.world.require(self.store.opportunities, call.args[0], "Opportunity")
        self._remove_opportunity(call, record)
        return {}

    def _remove_opportunity(self, call: Call, record: Record) -> None:
        self.store.opportunities.remove(record["id"])
        view = self.opportunity_view(record)
        self.world.events.emit(
            call, "opportunity", "deleted", record["id"], record["lead_id"], None, view
        )

    # == tasks =============================================================================

    def task_view(self, record: Record) -> Record:
        lead = self.store.leads.get(record.get("lead_id") or "") or {}
        contact = self.store.contacts.get(record.get("contact_id") or "") or {}
        view = dict(record)
        view.update(
            assigned_to_name=self.store.user_name(record.get("assigned_to")),
            contact_name=contact.get("name"),
            created_by_name=self.store.user_name(record.get("created_by")),
            updated_by_name=self.store.user_name(record.get("updated_by")),
            lead_name=lead.get("name"),
        )
        return view

    def _task_listed(self, call: Call) -> Callable[[Record], Record]:
        today = self.store.now().astimezone(call.tz).date()

        def view(record: Record) -> Record:
            result = self.task_view(record)
            if record.get("is_complete"):
                result["view"] = "archive"
            else:
                day = _task_day(record.get("date"), call)
                result["view"] = "future" if day is not None and day > today else "inbox"
            return result

        return view

    def list_tasks(self, call: Call) -> Record:
        params = dict(call.params)
        if "_type" not in params and "_type__in" not in params:
            params["_type"] = "lead"  # Close lists only lead tasks unless asked otherwise
        if params.get("_type") == "all":
            del params["_type"]
        call.params = params
        records: Any = self.store.tasks
        if params.get("view") in ("inbox", "future", "archive"):
            wanted = params["view"]
            listed = self._task_listed(call)
            records = [r for r in self.store.tasks if listed(r)["view"] == wanted]
        return list_reply(self.world, call, records, self._task_listed(call), TASK_FILTERS)

    def get_task(self, call: Call) -> Record:
        return self.task_view(self.world.require(self.store.tasks, call.args[0], "Task"))

    def create_task(self, call: Call | None, body: Record | None = None) -> Record:
        body = _body(call, body)
        if body.get("_type", "lead") != "lead":
            raise field_error("_type", "Only tasks of type lead can be created.")
        lead_id = body.get("lead_id")
        if not lead_id or self.store.leads.get(lead_id) is None:
            raise field_error("lead_id", "A valid lead_id is required.")
        if not body.get("text"):
            raise field_error("text", "This field is required.")
        record: Record = {
            "id": self.store.ids.new("task"),
            "_type": "lead",
            "lead_id": lead_id,
            "assigned_to": body.get("assigned_to") or (call.user_id if call else None),
            "text": body["text"],
            "date": body.get("date"),
            "is_complete": bool(body.get("is_complete", False)),
            "is_dateless": body.get("date") is None,
            "contact_id": body.get("contact_id"),
            "object_id": None,
            "object_type": None,
        }
        self.world.stamp_new(call, record)
        self.store.tasks.add(record)
        view = self.task_view(record)
        self.world.events.emit(call, "task.lead", "created", record["id"], lead_id, view)
        return view

    def update_task(self, call: Call) -> Record:
        record = self.world.require(self.store.tasks, call.args[0], "Task")
        body = call.json_object()
        before = self.task_view(record)
        for key in ("assigned_to", "date", "is_complete") + (
            ("text",) if record["_type"] == "lead" else ()
        ):
            if key in body:
                record[key] = body[key]
        record["is_dateless"] = record.get("date") is None
        self.world.touch(call, record)
        after = self.task_view(record)
        changed, previous = diff(before, after)
        object_type = f"task.{record['_type']}"
        self.world.events.emit(
            call, object_type, "updated", record["id"], record["lead_id"], after, previous, changed
        )
        if after["is_complete"] and not before["is_complete"]:
            self.world.events.emit(
                call, object_type, "completed", record["id"], record["lead_id"], after
            )
        return after

    def delete_task(self, call: Call) -> Record:
        self._remove_task(call, self.world.require(self.store.tasks, call.args[0], "Task"))
        return {}

    def _remove_task(self, call: Call, record: Record) -> None:
        self.store.tasks.remove(record["id"])
        self.world.events.emit(
            call,
            f"task.{record['_type']}",
            "deleted",
            record["id"],
            record["lead_id"],
            None,
            self.task_view(record),
        )


def _body(call: Call | None, body: Record | None) -> Record:
    """Handlers double as helpers (seeding passes a body and no call)."""
    if body is not None:
        return body
    return call.json_object() if call is not None else {}


def _task_day(value: Any, call: Call) -> Any:
    if not isinstance(value, str):
        return None
    try:
        start: datetime = parse_instant(value, call.tz)[0]
    except ValueError:
        return None
    return start.astimezone(call.tz).date()


def _opportunity_aggregates(views: list[Record]) -> Record:
    """Close's totals over every matching opportunity (not just the page)."""
    totals: Record = {"total_results": len(views)}
    counts = {period: 0 for period in VALUE_PERIODS}
    value_sum = {period: 0 for period in VALUE_PERIODS}
    expected_sum = {period: 0 for period in VALUE_PERIODS}
    for view in views:
        period = view.get("value_period") or "one_time"
        counts[period] = counts.get(period, 0) + 1
        value_sum[period] += view.get("value") or 0
        expected_sum[period] += view.get("expected_value") or 0
    totals["count_by_value_period"] = counts
    for prefix, sums in (("total_value", value_sum), ("expected_value", expected_sum)):
        for period in VALUE_PERIODS:
            totals[f"{prefix}_{period}"] = sums[period]
            totals[f"{prefix}_{period}_formatted"] = format_money(sums[period])
        annualized = sums["one_time"] + sums["annual"] + sums["monthly"] * 12
        totals[f"{prefix}_annualized"] = annualized
        totals[f"{prefix}_annualized_formatted"] = format_money(annualized)
    return totals
