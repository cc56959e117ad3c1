from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrich_field_object_type import EnrichFieldObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrichFieldResult")


@_attrs_define
class EnrichFieldResult:
    """The value AI found for the field.

    Attributes:
        organization_id (str):
        object_type (EnrichFieldObjectType | Unset): The kind of object to enrich.
        object_id (str | Unset):
        field_id (str | Unset):
        value (Any | Unset): The value found, typed as the custom field (text, choice, number, date, list).
        confidence (str | Unset): e.g. `high`.
        reasoning (str | Unset):
    """

    organization_id: str
    object_type: EnrichFieldObjectType | Unset = UNSET
    object_id: str | Unset = UNSET
    field_id: str | Unset = UNSET
    value: Any | Unset = UNSET
    confidence: str | Unset = UNSET
    reasoning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        object_type: str | Unset = UNSET
        if not isinstance(self.object_type, Unset):
            object_type = self.object_type.value

        object_id = self.object_id

        field_id = self.field_id

        value = self.value

        confidence = self.confidence

        reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if value is not UNSET:
            field_dict["value"] = value
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        _object_type = d.pop("object_type", UNSET)
        object_type: EnrichFieldObjectType | Unset
        if isinstance(_object_type, Unset):
            object_type = UNSET
        else:
            object_type = EnrichFieldObjectType(_object_type)

        object_id = d.pop("object_id", UNSET)

        field_id = d.pop("field_id", UNSET)

        value = d.pop("value", UNSET)

        confidence = d.pop("confidence", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        enrich_field_result = cls(
            organization_id=organization_id,
            object_type=object_type,
            object_id=object_id,
            field_id=field_id,
            value=value,
            confidence=confidence,
            reasoning=reasoning,
        )

        enrich_field_result.additional_properties = d
        return enrich_field_result

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
