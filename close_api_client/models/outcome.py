from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_applies_to import OutcomeAppliesTo
from ..models.outcome_type import OutcomeType
from ..types import parse_datetime

T = TypeVar("T", bound="Outcome")


@_attrs_define
class Outcome:
    """A standardized result for calls and meetings.

    Attributes:
        id (str): `outcome_...`
        organization_id (str):
        name (str): Shown to users wherever outcomes can be picked.
        description (None | str):
        type_ (OutcomeType): `custom` (default) or `vm-dropped` (set automatically on calls after a voicemail drop).
        applies_to (list[OutcomeAppliesTo]): Derived from `type`; `custom` applies to calls and meetings, `vm-dropped`
            to calls.
        created_by (None | str):
        updated_by (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
    """

    id: str
    organization_id: str
    name: str
    description: None | str
    type_: OutcomeType
    applies_to: list[OutcomeAppliesTo]
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        description: None | str
        description = self.description

        type_ = self.type_.value

        applies_to = []
        for applies_to_item_data in self.applies_to:
            applies_to_item = applies_to_item_data.value
            applies_to.append(applies_to_item)

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "description": description,
                "type": type_,
                "applies_to": applies_to,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        type_ = OutcomeType(d.pop("type"))

        applies_to = []
        _applies_to = d.pop("applies_to")
        for applies_to_item_data in _applies_to:
            applies_to_item = OutcomeAppliesTo(applies_to_item_data)

            applies_to.append(applies_to_item)

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        outcome = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            description=description,
            type_=type_,
            applies_to=applies_to,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
        )

        outcome.additional_properties = d
        return outcome

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
