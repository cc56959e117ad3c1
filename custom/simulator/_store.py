"""In-memory state of one simulated Close organization.

Objects are kept as plain dicts in Close's stored shape (no computed or embedded fields; those
are added by the serializers in ``_resources``). Children of a lead are also indexed by
``lead_id`` so embedding a lead's contacts and opportunities stays cheap on big data sets.
Nothing here is global: each :class:`CloseSimulator` owns one :class:`Store`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from ._ids import IdFactory
from ._time import format_ts

__all__ = ["Collection", "Record", "Store"]

Record = dict[str, Any]


class Collection:
    """Records of one kind by id, in creation order, with an index by ``lead_id``."""

    def __init__(self) -> None:
        self.items: dict[str, Record] = {}
        self._by_lead: dict[str, dict[str, None]] = {}

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self.items.values()))

    def get(self, object_id: str) -> Record | None:
        return self.items.get(object_id)

    def add(self, record: Record) -> Record:
        self.items[record["id"]] = record
        lead_id = record.get("lead_id")
        if lead_id:
            self._by_lead.setdefault(lead_id, {})[record["id"]] = None
        return record

    def remove(self, object_id: str) -> Record | None:
        record = self.items.pop(object_id, None)
        if record is not None and record.get("lead_id"):
            self._by_lead.get(record["lead_id"], {}).pop(object_id, None)
        return record

    def move(self, record: Record, lead_id: str) -> None:
        """Re-parent a record (lead merge)."""
        if record.get("lead_id"):
            self._by_lead.get(record["lead_id"], {}).pop(record["id"], None)
        record["lead_id"] = lead_id
        self._by_lead.setdefault(lead_id, {})[record["id"]] = None

    def of_lead(self, lead_id: str) -> list[Record]:
        return [self.items[i] for i in self._by_lead.get(lead_id, {}) if i in self.items]


class Store:
    """All objects of the organization, the id factory and the wall clock."""

    def __init__(self, seed: int, now: Callable[[], datetime]) -> None:
        self.ids = IdFactory(random.Random(f"ids-{seed}"))
        self.rng = random.Random(f"data-{seed}")
        self._now = now
        self.organization_id = self.ids.new("orga")
        self.organization_name = "Simulated Organization"
        self.pipeline_id = self.ids.new("pipe")
        self.users: dict[str, Record] = {}
        self.lead_statuses: dict[str, Record] = {}
        self.opportunity_statuses: dict[str, Record] = {}
        self.custom_fields: dict[str, dict[str, Record]] = {
            "lead": {},
            "contact": {},
            "opportunity": {},
        }
        self.leads = Collection()
        self.contacts = Collection()
        self.opportunities = Collection()
        self.tasks = Collection()
        self.activities = Collection()
        self.webhooks: dict[str, Record] = {}

    def now(self) -> datetime:
        return self._now()

    def timestamp(self) -> str:
        return format_ts(self._now())

    def user_name(self, user_id: str | None) -> str | None:
        user = self.users.get(user_id or "")
        if user is None:
            return None
        return f"{user['first_name']} {user['last_name']}".strip()

    def custom_field(self, kind: str, key: str) -> Record | None:
        """A custom field of ``kind`` by id or (deprecated, but Close accepts it) by name."""
        fields = self.custom_fields[kind]
        if key in fields:
            return fields[key]
        for record in fields.values():
            if record["name"] == key:
                return record
        for record in fields.values():
            if record["name"].lower() == key.lower():
                return record
        return None
