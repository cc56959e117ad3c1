from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrich_field_object_type import EnrichFieldObjectType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="EnrichFieldRequest")


@_attrs_define
class EnrichFieldRequest:
    """The field to enrich on one lead or contact.

    Attributes:
        organization_id (str):
        object_type (EnrichFieldObjectType): The kind of object to enrich.
        object_id (str): The lead or contact id.
        field_id (str): The custom field id.
        set_new_value (bool | Unset): Save the value found (default true).
        overwrite_existing_value (bool | Unset): Replace a value the field already has (default false).
    """

    organization_id: str
    object_type: EnrichFieldObjectType
    object_id: str
    field_id: str
    set_new_value: bool | Unset = UNSET
    overwrite_existing_value: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.object_type, Unset):  # absent only if trimmed by _fields
            object_type = self.object_type.value
            field_dict["object_type"] = object_type

        if not isinstance(self.object_id, Unset):  # absent only if trimmed by _fields
            object_id = self.object_id
            field_dict["object_id"] = object_id

        if not isinstance(self.field_id, Unset):  # absent only if trimmed by _fields
            field_id = self.field_id
            field_dict["field_id"] = field_id

        set_new_value = self.set_new_value
        if set_new_value is not UNSET:
            field_dict["set_new_value"] = set_new_value

        overwrite_existing_value = self.overwrite_existing_value
        if overwrite_existing_value is not UNSET:
            field_dict["overwrite_existing_value"] = overwrite_existing_value

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
            raise not_an_object("EnrichFieldRequest", src_dict)
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
            _fits = _raw_object_type is not UNSET
            if not _fits:
                raise TypeError()
            object_type = EnrichFieldObjectType(_raw_object_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            object_type = MISSING
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_object_id = d.pop("object_id", UNSET)
        object_id: str
        if isinstance(_raw_object_id, str):
            object_id = _raw_object_id
        else:
            object_id = MISSING
            if _raw_object_id is not UNSET:
                d["object_id"] = _raw_object_id

        _raw_field_id = d.pop("field_id", UNSET)
        field_id: str
        if isinstance(_raw_field_id, str):
            field_id = _raw_field_id
        else:
            field_id = MISSING
            if _raw_field_id is not UNSET:
                d["field_id"] = _raw_field_id

        _raw_set_new_value = d.pop("set_new_value", UNSET)
        set_new_value: bool | Unset
        if isinstance(_raw_set_new_value, bool):
            set_new_value = _raw_set_new_value
        else:
            set_new_value = UNSET
            if _raw_set_new_value is not UNSET:
                d["set_new_value"] = _raw_set_new_value

        _raw_overwrite_existing_value = d.pop("overwrite_existing_value", UNSET)
        overwrite_existing_value: bool | Unset
        if isinstance(_raw_overwrite_existing_value, bool):
            overwrite_existing_value = _raw_overwrite_existing_value
        else:
            overwrite_existing_value = UNSET
            if _raw_overwrite_existing_value is not UNSET:
                d["overwrite_existing_value"] = _raw_overwrite_existing_value

        parsed_obj = cls(
            organization_id=organization_id,
            object_type=object_type,
            object_id=object_id,
            field_id=field_id,
            set_new_value=set_new_value,
            overwrite_existing_value=overwrite_existing_value,
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
