from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrich_field_object_type import EnrichFieldObjectType
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        object_type: str | Unset = UNSET
        if not isinstance(self.object_type, Unset):
            object_type = self.object_type.value

        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        object_id = self.object_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id

        field_id = self.field_id
        if field_id is not UNSET:
            field_dict["field_id"] = field_id

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        confidence = self.confidence
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        reasoning = self.reasoning
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

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
            raise not_an_object("EnrichFieldResult", src_dict)
        d = dict(src_dict)
        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_object_type = d.pop("object_type", UNSET)
        try:
            _object_type = _raw_object_type
            object_type: EnrichFieldObjectType | Unset
            if isinstance(_object_type, Unset):
                object_type = UNSET
            else:
                object_type = EnrichFieldObjectType(_object_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            object_type = UNSET
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_object_id = d.pop("object_id", UNSET)
        object_id: str | Unset
        if isinstance(_raw_object_id, str):
            object_id = _raw_object_id
        else:
            object_id = UNSET
            if _raw_object_id is not UNSET:
                d["object_id"] = _raw_object_id

        _raw_field_id = d.pop("field_id", UNSET)
        field_id: str | Unset
        if isinstance(_raw_field_id, str):
            field_id = _raw_field_id
        else:
            field_id = UNSET
            if _raw_field_id is not UNSET:
                d["field_id"] = _raw_field_id

        value = d.pop("value", UNSET)

        _raw_confidence = d.pop("confidence", UNSET)
        confidence: str | Unset
        if isinstance(_raw_confidence, str):
            confidence = _raw_confidence
        else:
            confidence = UNSET
            if _raw_confidence is not UNSET:
                d["confidence"] = _raw_confidence

        _raw_reasoning = d.pop("reasoning", UNSET)
        reasoning: str | Unset
        if isinstance(_raw_reasoning, str):
            reasoning = _raw_reasoning
        else:
            reasoning = UNSET
            if _raw_reasoning is not UNSET:
                d["reasoning"] = _raw_reasoning

        parsed_obj = cls(
            organization_id=organization_id,
            object_type=object_type,
            object_id=object_id,
            field_id=field_id,
            value=value,
            confidence=confidence,
            reasoning=reasoning,
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
