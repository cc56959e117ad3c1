from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shared_custom_field_object_type import SharedCustomFieldObjectType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SharedCustomFieldAssociationCreate")


@_attrs_define
class SharedCustomFieldAssociationCreate:
    """A new association of a shared custom field with an object type.

    Attributes:
        object_type (SharedCustomFieldObjectType): An object type a shared custom field can be associated with.
        custom_activity_type_id (str | Unset): Required when `object_type` is `custom_activity_type`.
        custom_object_type_id (str | Unset): Required when `object_type` is `custom_object_type`.
        editable_with_roles (list[str] | Unset):
        required (bool | Unset):
    """

    object_type: SharedCustomFieldObjectType
    custom_activity_type_id: str | Unset = UNSET
    custom_object_type_id: str | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.object_type, Unset):  # absent only if trimmed by _fields
            object_type = self.object_type.value
            field_dict["object_type"] = object_type

        custom_activity_type_id = self.custom_activity_type_id
        if custom_activity_type_id is not UNSET:
            field_dict["custom_activity_type_id"] = custom_activity_type_id

        custom_object_type_id = self.custom_object_type_id
        if custom_object_type_id is not UNSET:
            field_dict["custom_object_type_id"] = custom_object_type_id

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles

        required = self.required
        if required is not UNSET:
            field_dict["required"] = required

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
            raise not_an_object("SharedCustomFieldAssociationCreate", src_dict)
        d = dict(src_dict)
        _raw_object_type = d.pop("object_type", UNSET)
        try:
            _fits = _raw_object_type is not UNSET
            if not _fits:
                raise TypeError()
            object_type = SharedCustomFieldObjectType(_raw_object_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            object_type = MISSING
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)
        custom_activity_type_id: str | Unset
        if isinstance(_raw_custom_activity_type_id, str):
            custom_activity_type_id = _raw_custom_activity_type_id
        else:
            custom_activity_type_id = UNSET
            if _raw_custom_activity_type_id is not UNSET:
                d["custom_activity_type_id"] = _raw_custom_activity_type_id

        _raw_custom_object_type_id = d.pop("custom_object_type_id", UNSET)
        custom_object_type_id: str | Unset
        if isinstance(_raw_custom_object_type_id, str):
            custom_object_type_id = _raw_custom_object_type_id
        else:
            custom_object_type_id = UNSET
            if _raw_custom_object_type_id is not UNSET:
                d["custom_object_type_id"] = _raw_custom_object_type_id

        _raw_editable_with_roles = d.pop("editable_with_roles", UNSET)
        editable_with_roles: list[str] | Unset
        if isinstance(_raw_editable_with_roles, list) and all(
            isinstance(item, str) for item in _raw_editable_with_roles
        ):
            editable_with_roles = _raw_editable_with_roles
        else:
            editable_with_roles = UNSET
            if _raw_editable_with_roles is not UNSET:
                d["editable_with_roles"] = _raw_editable_with_roles

        _raw_required = d.pop("required", UNSET)
        required: bool | Unset
        if isinstance(_raw_required, bool):
            required = _raw_required
        else:
            required = UNSET
            if _raw_required is not UNSET:
                d["required"] = _raw_required

        parsed_obj = cls(
            object_type=object_type,
            custom_activity_type_id=custom_activity_type_id,
            custom_object_type_id=custom_object_type_id,
            editable_with_roles=editable_with_roles,
            required=required,
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
