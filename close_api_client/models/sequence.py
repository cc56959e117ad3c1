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
        id = self.id

        organization_id = self.organization_id

        name = self.name

        status = self.status

        schedule_id: None | str
        schedule_id = self.schedule_id

        timezone = self.timezone

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by_id: None | str
        created_by_id = self.created_by_id

        updated_by_id: None | str
        updated_by_id = self.updated_by_id

        subscription_counts_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_counts_by_status, Unset):
            subscription_counts_by_status = self.subscription_counts_by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "status": status,
                "schedule_id": schedule_id,
                "timezone": timezone,
                "steps": steps,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by_id": created_by_id,
                "updated_by_id": updated_by_id,
            }
        )
        if subscription_counts_by_status is not UNSET:
            field_dict["subscription_counts_by_status"] = subscription_counts_by_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_step import SequenceStep  # noqa: PLC0415
        from ..models.sequence_subscription_counts import SequenceSubscriptionCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        status = d.pop("status")

        def _parse_schedule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id"))

        timezone = d.pop("timezone")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = SequenceStep.from_dict(steps_item_data)

            steps.append(steps_item)

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        def _parse_updated_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id"))

        _subscription_counts_by_status = d.pop("subscription_counts_by_status", UNSET)
        subscription_counts_by_status: SequenceSubscriptionCounts | Unset
        if isinstance(_subscription_counts_by_status, Unset):
            subscription_counts_by_status = UNSET
        else:
            subscription_counts_by_status = SequenceSubscriptionCounts.from_dict(
                _subscription_counts_by_status
            )

        sequence = cls(
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
