"""The organization's configuration: users and ``/me/``, lead and opportunity statuses, and
custom field definitions (lead, contact and opportunity)."""

from __future__ import annotations

from ._base import Route, World, diff
from ._http import Call, bad_request, field_error, not_found
from ._listing import paginate
from ._store import Record

__all__ = ["Org"]

CUSTOM_FIELD_TYPES = ("text", "number", "date", "datetime", "choices", "user", "hidden")
OPPORTUNITY_STATUS_TYPES = ("active", "won", "lost")
_CF_PREFIX = {"lead": "cf", "contact": "cf", "opportunity": "cf"}


class Org:
    def __init__(self, world: World) -> None:
        self.world = world
        self.store = world.store

    def routes(self) -> list[Route]:
        routes = [
            Route("GET", "/me/", self.me),
            Route("GET", "/user/", self.list_users),
            Route("GET", "/user/{id}/", self.get_user),
        ]
        for kind, handlers in (
            ("lead", (self.list_lead_statuses, self.create_lead_status)),
            ("opportunity", (self.list_opp_statuses, self.create_opp_status)),
        ):
            routes += [
                Route("GET", f"/status/{kind}/", handlers[0]),
                Route("POST", f"/status/{kind}/", handlers[1]),
                Route("PUT", f"/status/{kind}/{{id}}/", self._bind_status(kind, "update")),
                Route("DELETE", f"/status/{kind}/{{id}}/", self._bind_status(kind, "delete")),
            ]
        for kind in self.store.custom_fields:
            routes += [
                Route("GET", f"/custom_field/{kind}/", self._bind_cf(kind, "list")),
                Route("POST", f"/custom_field/{kind}/", self._bind_cf(kind, "create")),
                Route("GET", f"/custom_field/{kind}/{{id}}/", self._bind_cf(kind, "get")),
                Route("PUT", f"/custom_field/{kind}/{{id}}/", self._bind_cf(kind, "update")),
                Route("DELETE", f"/custom_field/{kind}/{{id}}/", self._bind_cf(kind, "delete")),
            ]
        return routes

    # == users =============================================================================

    def user_view(self, record: Record) -> Record:
        return {k: v for k, v in record.items() if not k.startswith("_")}

    def me(self, call: Call) -> Record:
        user = self.store.users[call.user_id]
        organization = {
            "id": self.store.organization_id,
            "name": self.store.organization_name,
            "lead_statuses": [
                {"id": s["id"], "label": s["label"]} for s in self.store.lead_statuses.values()
            ],
            "pipelines": [
                {
                    "id": self.store.pipeline_id,
                    "name": "Sales",
                    "statuses": [
                        {"id": s["id"], "label": s["label"], "type": s["type"]}
                        for s in self.store.opportunity_statuses.values()
                    ],
                    "organization_id": self.store.organization_id,
                    "created_by": None,
                    "updated_by": None,
                    "date_created": user["date_created"],
                    "date_updated": user["date_updated"],
                }
            ],
            "date_created": user["date_created"],
            "date_updated": user["date_updated"],
            "created_by": None,
            "updated_by": None,
        }
        membership = {
            "id": user["_membership_id"],
            "organization_id": self.store.organization_id,
            "user_id": user["id"],
            "role_id": "admin",
            "permissions_granted": [],
        }
        return self.user_view(user) | {
            "memberships": [membership],
            "organizations": [organization],
        }

    def list_users(self, call: Call) -> Record:
        users = [self.user_view(u) for u in self.store.users.values()]
        page = paginate(users, call.params, self.world.caps)
        return {"has_more": page.has_more, "data": page.data}

    def get_user(self, call: Call) -> Record:
        user = self.store.users.get(call.args[0])
        if user is None:
            raise not_found("User")
        return self.user_view(user)

    # == statuses ==========================================================================

    def list_lead_statuses(self, call: Call) -> Record:
        return {"has_more": False, "data": list(self.store.lead_statuses.values())}

    def list_opp_statuses(self, call: Call) -> Record:
        return {"has_more": False, "data": list(self.store.opportunity_statuses.values())}

    def add_lead_status(self, label: str, call: Call | None = None) -> Record:
        record = {
            "id": self.store.ids.new("stat"),
            "label": label,
            "organization_id": self.store.organization_id,
        }
        self.store.lead_statuses[record["id"]] = record
        self.world.events.emit(call, "status.lead", "created", record["id"], None, dict(record))
        return record

    def add_opportunity_status(self, label: str, type_: str, call: Call | None = None) -> Record:
        if type_ not in OPPORTUNITY_STATUS_TYPES:
            raise field_error("type", f"Must be one of {', '.join(OPPORTUNITY_STATUS_TYPES)}.")
        record = {
            "id": self.store.ids.new("stat"),
            "label": label,
            "type": type_,
            "pipeline_id": self.store.pipeline_id,
            "organization_id": self.store.organization_id,
        }
        self.store.opportunity_statuses[record["id"]] = record
        self.world.events.emit(
            call, "status.opportunity", "created", record["id"], None, dict(record)
        )
        return record

    def create_lead_status(self, call: Call) -> Record:
        label = call.json_object().get("label")
        if not label:
            raise field_error("label", "This field is required.")
        return self.add_lead_status(str(label), call)

    def create_opp_status(self, call: Call) -> Record:
        body = call.json_object()
        if not body.get("label"):
            raise field_error("label", "This field is required.")
        return self.add_opportunity_status(str(body["label"]), str(body.get("type")), call)

    def _bind_status(self, kind: str, action: str):  # type: ignore[no-untyped-def]
        return lambda call: self._status_change(call, kind, action)

    def _status_change(self, call: Call, kind: str, action: str) -> Record:
        statuses = self.store.lead_statuses if kind == "lead" else self.store.opportunity_statuses
        record = statuses.get(call.args[0])
        if record is None:
            raise not_found("Status")
        object_type = f"status.{kind}"
        if action == "delete":
            collection = self.store.leads if kind == "lead" else self.store.opportunities
            if any(r.get("status_id") == record["id"] for r in collection):
                raise bad_request("This status is in use and cannot be deleted.")
            del statuses[record["id"]]
            self.world.events.emit(call, object_type, "deleted", record["id"], None, None, record)
            return {}
        before = dict(record)
        label = call.json_object().get("label")
        if label:
            record["label"] = str(label)
        changed, previous = diff(before, record)
        self.world.events.emit(
            call, object_type, "updated", record["id"], None, dict(record), previous, changed
        )
        return record

    # == custom fields =====================================================================

    def _bind_cf(self, kind: str, action: str):  # type: ignore[no-untyped-def]
        handler = getattr(self, f"_cf_{action}")
        return lambda call: handler(call, kind)

    def add_custom_field(
        self,
        kind: str,
        name: str,
        type_: str,
        *,
        choices: list[str] | None = None,
        accepts_multiple_values: bool = False,
        description: str | None = None,
        call: Call | None = None,
    ) -> Record:
        if type_ not in CUSTOM_FIELD_TYPES:
            raise field_error("type", f"Must be one of {', '.join(CUSTOM_FIELD_TYPES)}.")
        record: Record = {
            "id": self.store.ids.new(_CF_PREFIX[kind]),
            "name": name,
            "description": description,
            "type": type_,
            "accepts_multiple_values": accepts_multiple_values,
        }
        if type_ == "choices":
            record["choices"] = list(choices or [])
        self.world.stamp_new(call, record)
        self.store.custom_fields[kind][record["id"]] = record
        self.world.events.emit(
            call, f"custom_fields.{kind}", "created", record["id"], None, dict(record)
        )
        return record

    def _cf_list(self, call: Call, kind: str) -> Record:
        return {"has_more": False, "data": list(self.store.custom_fields[kind].values())}

    def _cf_get(self, call: Call, kind: str) -> Record:
        record = self.store.custom_fields[kind].get(call.args[0])
        if record is None:
            raise not_found("Custom field")
        return record

    def _cf_create(self, call: Call, kind: str) -> Record:
        body = call.json_object()
        if not body.get("name"):
            raise field_error("name", "This field is required.")
        return self.add_custom_field(
            kind,
            str(body["name"]),
            str(body.get("type")),
            choices=body.get("choices"),
            accepts_multiple_values=bool(body.get("accepts_multiple_values", False)),
            description=body.get("description"),
            call=call,
        )

    def _cf_update(self, call: Call, kind: str) -> Record:
        record = self._cf_get(call, kind)
        body = call.json_object()
        before = dict(record)
        if "type" in body and body["type"] not in CUSTOM_FIELD_TYPES:
            raise field_error("type", f"Must be one of {', '.join(CUSTOM_FIELD_TYPES)}.")
        for key in ("name", "description", "type", "choices", "accepts_multiple_values"):
            if key in body:
                record[key] = body[key]
        self.world.touch(call, record)
        changed, previous = diff(before, record)
        self.world.events.emit(
            call,
            f"custom_fields.{kind}",
            "updated",
            record["id"],
            None,
            dict(record),
            previous,
            changed,
        )
        return record

    def _cf_delete(self, call: Call, kind: str) -> Record:
        record = self._cf_get(call, kind)
        del self.store.custom_fields[kind][record["id"]]
        slot = f"custom.{record['id']}"
        collection = {
            "lead": self.store.leads,
            "contact": self.store.contacts,
            "opportunity": self.store.opportunities,
        }[kind]
        for obj in collection:
            obj.pop(slot, None)  # the value disappears from every object at once
        self.world.events.emit(
            call, f"custom_fields.{kind}", "deleted", record["id"], None, None, record
        )
        return {}
