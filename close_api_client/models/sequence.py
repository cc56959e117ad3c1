from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.sequence_step import SequenceStep
    from ..models.sequence_subscription_counts import SequenceSubscriptionCounts


T = TypeVar("T", bound="Sequence")


@_attrs_define
class Sequence:
    """An email sequence.

    Attributes:
        id (str | Unset): `seq_...`
        organization_id (str | Unset):
        name (str | Unset):
        status (str | Unset): e.g. `active`.
        schedule_id (None | str | Unset): The sequence schedule limiting when emails go out; null for any time.
        timezone (str | Unset): IANA time zone of the schedule, e.g. `America/Los_Angeles`.
        steps (list[SequenceStep] | Unset):
        subscription_counts_by_status (SequenceSubscriptionCounts | Unset): Number of subscriptions per status.
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by_id (None | str | Unset):
        updated_by_id (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    schedule_id: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    steps: list[SequenceStep] | Unset = UNSET
    subscription_counts_by_status: SequenceSubscriptionCounts | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    updated_by_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id

        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        if steps is not UNSET:
            field_dict["steps"] = steps

        subscription_counts_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_counts_by_status, Unset):
            subscription_counts_by_status = self.subscription_counts_by_status.to_dict()
        if subscription_counts_by_status is not UNSET:
            field_dict["subscription_counts_by_status"] = subscription_counts_by_status

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.sequence_step import SequenceStep  # noqa: PLC0415
        from ..models.sequence_subscription_counts import SequenceSubscriptionCounts  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_status = d.pop("status", UNSET)
        status: str | Unset
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_schedule_id = d.pop("schedule_id", UNSET)
        schedule_id: None | str | Unset
        if isinstance(_raw_schedule_id, str) or _raw_schedule_id is None:
            schedule_id = _raw_schedule_id
        else:
            schedule_id = UNSET
            if _raw_schedule_id is not UNSET:
                d["schedule_id"] = _raw_schedule_id

        _raw_timezone = d.pop("timezone", UNSET)
        timezone: str | Unset
        if isinstance(_raw_timezone, str):
            timezone = _raw_timezone
        else:
            timezone = UNSET
            if _raw_timezone is not UNSET:
                d["timezone"] = _raw_timezone

        _raw_steps = d.pop("steps", UNSET)
        try:
            _fits = _raw_steps is UNSET or isinstance(_raw_steps, list)
            if not _fits:
                raise TypeError()
            _steps = _raw_steps
            steps: list[SequenceStep] | Unset = UNSET
            if _steps is not UNSET:
                steps = []
                for steps_item_data in _steps:
                    steps_item = SequenceStep.from_dict(steps_item_data)

                    steps.append(steps_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            steps = UNSET
            if _raw_steps is not UNSET:
                d["steps"] = _raw_steps

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

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str | Unset
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = UNSET
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: None | str | Unset
        if isinstance(_raw_updated_by_id, str) or _raw_updated_by_id is None:
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = UNSET
            if _raw_updated_by_id is not UNSET:
                d["updated_by_id"] = _raw_updated_by_id

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            status=status,
            schedule_id=schedule_id,
            timezone=timezone,
            steps=steps,
            subscription_counts_by_status=subscription_counts_by_status,
            date_created=date_created,
            date_updated=date_updated,
            created_by_id=created_by_id,
            updated_by_id=updated_by_id,
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
