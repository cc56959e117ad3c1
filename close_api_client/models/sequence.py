from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        id = self.id

        organization_id = self.organization_id

        name = self.name

        status = self.status

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        timezone = self.timezone

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        subscription_counts_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_counts_by_status, Unset):
            subscription_counts_by_status = self.subscription_counts_by_status.to_dict()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if steps is not UNSET:
            field_dict["steps"] = steps
        if subscription_counts_by_status is not UNSET:
            field_dict["subscription_counts_by_status"] = subscription_counts_by_status
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_step import SequenceStep  # noqa: PLC0415
        from ..models.sequence_subscription_counts import SequenceSubscriptionCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        def _parse_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id", UNSET))

        timezone = d.pop("timezone", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[SequenceStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = SequenceStep.from_dict(steps_item_data)

                steps.append(steps_item)

        _subscription_counts_by_status = d.pop("subscription_counts_by_status", UNSET)
        subscription_counts_by_status: SequenceSubscriptionCounts | Unset
        if isinstance(_subscription_counts_by_status, Unset):
            subscription_counts_by_status = UNSET
        else:
            subscription_counts_by_status = SequenceSubscriptionCounts.from_dict(
                _subscription_counts_by_status
            )

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_updated_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id", UNSET))

        sequence = cls(
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

        sequence.additional_properties = d
        return sequence

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
