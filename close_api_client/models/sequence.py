from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.sequence_step import SequenceStep
    from ..models.sequence_subscription_counts import SequenceSubscriptionCounts


T = TypeVar("T", bound="Sequence")


@_attrs_define
class Sequence:
    """An email sequence.

    Attributes:
        id (str): `seq_...`
        organization_id (str):
        name (str):
        status (str): e.g. `active`.
        schedule_id (None | str): The sequence schedule limiting when emails go out; null for any time.
        timezone (str): IANA time zone of the schedule, e.g. `America/Los_Angeles`.
        steps (list[SequenceStep]):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by_id (None | str):
        updated_by_id (None | str):
        subscription_counts_by_status (SequenceSubscriptionCounts | Unset): Number of subscriptions per status.
    """

    id: str
    organization_id: str
    name: str
    status: str
    schedule_id: None | str
    timezone: str
    steps: list[SequenceStep]
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by_id: None | str
    updated_by_id: None | str
    subscription_counts_by_status: SequenceSubscriptionCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.schedule_id, Unset):  # absent only if trimmed by _fields
            schedule_id: None | str
            schedule_id = self.schedule_id
            field_dict["schedule_id"] = schedule_id

        if not isinstance(self.timezone, Unset):  # absent only if trimmed by _fields
            timezone = self.timezone
            field_dict["timezone"] = timezone

        if not isinstance(self.steps, Unset):  # absent only if trimmed by _fields
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

            field_dict["steps"] = steps

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by_id, Unset):  # absent only if trimmed by _fields
            created_by_id: None | str
            created_by_id = self.created_by_id
            field_dict["created_by_id"] = created_by_id

        if not isinstance(self.updated_by_id, Unset):  # absent only if trimmed by _fields
            updated_by_id: None | str
            updated_by_id = self.updated_by_id
            field_dict["updated_by_id"] = updated_by_id

        subscription_counts_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_counts_by_status, Unset):
            subscription_counts_by_status = self.subscription_counts_by_status.to_dict()
        if subscription_counts_by_status is not UNSET:
            field_dict["subscription_counts_by_status"] = subscription_counts_by_status

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("Sequence", src_dict)
        from ..models.sequence_step import SequenceStep  # noqa: PLC0415
        from ..models.sequence_subscription_counts import SequenceSubscriptionCounts  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_status = d.pop("status", UNSET)
        status: str
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_schedule_id = d.pop("schedule_id", UNSET)
        schedule_id: None | str
        if isinstance(_raw_schedule_id, str) or _raw_schedule_id is None:
            schedule_id = _raw_schedule_id
        else:
            schedule_id = MISSING
            if _raw_schedule_id is not UNSET:
                d["schedule_id"] = _raw_schedule_id

        _raw_timezone = d.pop("timezone", UNSET)
        timezone: str
        if isinstance(_raw_timezone, str):
            timezone = _raw_timezone
        else:
            timezone = MISSING
            if _raw_timezone is not UNSET:
                d["timezone"] = _raw_timezone

        _raw_steps = d.pop("steps", UNSET)
        try:
            _fits = _raw_steps is not UNSET and isinstance(_raw_steps, list)
            if not _fits:
                raise TypeError()
            steps = []
            _steps = _raw_steps
            for steps_item_data in _steps:
                steps_item = SequenceStep.from_dict(steps_item_data)

                steps.append(steps_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            steps = MISSING
            if _raw_steps is not UNSET:
                d["steps"] = _raw_steps

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = MISSING
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: None | str
        if isinstance(_raw_updated_by_id, str) or _raw_updated_by_id is None:
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = MISSING
            if _raw_updated_by_id is not UNSET:
                d["updated_by_id"] = _raw_updated_by_id

        _raw_subscription_counts_by_status = d.pop("subscription_counts_by_status", UNSET)
        try:
            _fits = _raw_subscription_counts_by_status is UNSET or isinstance(
                _raw_subscription_counts_by_status, dict
            )
            if not _fits:
                raise TypeError()
            _subscription_counts_by_status = _raw_subscription_counts_by_status
            subscription_counts_by_status: SequenceSubscriptionCounts | Unset
            if isinstance(_subscription_counts_by_status, Unset):
                subscription_counts_by_status = UNSET
            else:
                subscription_counts_by_status = SequenceSubscriptionCounts.from_dict(
                    _subscription_counts_by_status
                )

        except (TypeError, ValueError, AttributeError, KeyError):
            subscription_counts_by_status = UNSET
            if _raw_subscription_counts_by_status is not UNSET:
                d["subscription_counts_by_status"] = _raw_subscription_counts_by_status

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            status=status,
            schedule_id=schedule_id,
            timezone=timezone,
            steps=steps,
            date_created=date_created,
            date_updated=date_updated,
            created_by_id=created_by_id,
            updated_by_id=updated_by_id,
            subscription_counts_by_status=subscription_counts_by_status,
        )

        parsed_obj.additional_properties = d
        return parsed_obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
