from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_applies_to import OutcomeAppliesTo
from ..models.outcome_type import OutcomeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeCreate")


@_attrs_define
class OutcomeCreate:
    """A new outcome.

    Attributes:
        name (str):
        description (None | str | Unset):
        type_ (OutcomeType | Unset): `custom` (default) or `vm-dropped` (set automatically on calls after a voicemail
            drop).
        applies_to (list[OutcomeAppliesTo] | None | Unset): Deprecated; derived from `type`.
    """

    name: str
    description: None | str | Unset = UNSET
    type_: OutcomeType | Unset = UNSET
    applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        applies_to: list[str] | None | Unset
        if isinstance(self.applies_to, Unset):
            applies_to = UNSET
        elif isinstance(self.applies_to, list):
            applies_to = []
            for applies_to_type_0_item_data in self.applies_to:
                applies_to_type_0_item = applies_to_type_0_item_data.value
                applies_to.append(applies_to_type_0_item)

        else:
            applies_to = self.applies_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if applies_to is not UNSET:
            field_dict["applies_to"] = applies_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: OutcomeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OutcomeType(_type_)

        def _parse_applies_to(data: object) -> list[OutcomeAppliesTo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applies_to_type_0 = []
                _applies_to_type_0 = data
                for applies_to_type_0_item_data in _applies_to_type_0:
                    applies_to_type_0_item = OutcomeAppliesTo(applies_to_type_0_item_data)

                    applies_to_type_0.append(applies_to_type_0_item)

                return applies_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutcomeAppliesTo] | None | Unset, data)

        applies_to = _parse_applies_to(d.pop("applies_to", UNSET))

        outcome_create = cls(
            name=name,
            description=description,
            type_=type_,
            applies_to=applies_to,
        )

        outcome_create.additional_properties = d
        return outcome_create

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
