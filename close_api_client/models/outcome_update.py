from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_applies_to import OutcomeAppliesTo
from ..models.outcome_type import OutcomeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeUpdate")


@_attrs_define
class OutcomeUpdate:
    """Fields to change on an outcome.

    Attributes:
        name (None | str | Unset):
        description (None | str | Unset):
        type_ (None | OutcomeType | Unset):
        applies_to (list[OutcomeAppliesTo] | None | Unset): Deprecated; derived from `type`.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | OutcomeType | Unset = UNSET
    applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OutcomeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> None | OutcomeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OutcomeType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutcomeType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        outcome_update = cls(
            name=name,
            description=description,
            type_=type_,
            applies_to=applies_to,
        )

        outcome_update.additional_properties = d
        return outcome_update

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
