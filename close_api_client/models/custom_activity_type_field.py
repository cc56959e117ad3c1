from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="CustomActivityTypeField")


@_attrs_define
class CustomActivityTypeField:
    """Metadata of an activity custom field in a Custom Activity Type.

    Attributes:
        id (str): `acf_...`; values appear as `custom.<id>` on instances.
        name (str):
        description (None | str):
        type_ (str): The custom field type, e.g. `text`, `choices`.
        required (bool): Whether publishing an instance needs a value.
        accepts_multiple_values (bool):
        converting_to_type (None | str):
        editable_with_roles (list[str]):
    """

    id: str
    name: str
    description: None | str
    type_: str
    required: bool
    accepts_multiple_values: bool
    converting_to_type: None | str
    editable_with_roles: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.description, Unset):  # absent only if trimmed by _fields
            description: None | str
            description = self.description
            field_dict["description"] = description

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.required, Unset):  # absent only if trimmed by _fields
            required = self.required
            field_dict["required"] = required

        if not isinstance(self.accepts_multiple_values, Unset):  # absent only if trimmed by _fields
            accepts_multiple_values = self.accepts_multiple_values
            field_dict["accepts_multiple_values"] = accepts_multiple_values

        if not isinstance(self.converting_to_type, Unset):  # absent only if trimmed by _fields
            converting_to_type: None | str
            converting_to_type = self.converting_to_type
            field_dict["converting_to_type"] = converting_to_type

        if not isinstance(self.editable_with_roles, Unset):  # absent only if trimmed by _fields
            editable_with_roles = self.editable_with_roles

            field_dict["editable_with_roles"] = editable_with_roles

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
            raise not_an_object("CustomActivityTypeField", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_description = d.pop("description", UNSET)
        description: None | str
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = MISSING
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_type_ = d.pop("type", UNSET)
        type_: str
        if isinstance(_raw_type_, str):
            type_ = _raw_type_
        else:
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_required = d.pop("required", UNSET)
        required: bool
        if isinstance(_raw_required, bool):
            required = _raw_required
        else:
            required = MISSING
            if _raw_required is not UNSET:
                d["required"] = _raw_required

        _raw_accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)
        accepts_multiple_values: bool
        if isinstance(_raw_accepts_multiple_values, bool):
            accepts_multiple_values = _raw_accepts_multiple_values
        else:
            accepts_multiple_values = MISSING
            if _raw_accepts_multiple_values is not UNSET:
                d["accepts_multiple_values"] = _raw_accepts_multiple_values

        _raw_converting_to_type = d.pop("converting_to_type", UNSET)
        converting_to_type: None | str
        if isinstance(_raw_converting_to_type, str) or _raw_converting_to_type is None:
            converting_to_type = _raw_converting_to_type
        else:
            converting_to_type = MISSING
            if _raw_converting_to_type is not UNSET:
                d["converting_to_type"] = _raw_converting_to_type

        _raw_editable_with_roles = d.pop("editable_with_roles", UNSET)
        editable_with_roles: list[str]
        if isinstance(_raw_editable_with_roles, list) and all(
            isinstance(item, str) for item in _raw_editable_with_roles
        ):
            editable_with_roles = _raw_editable_with_roles
        else:
            editable_with_roles = MISSING
            if _raw_editable_with_roles is not UNSET:
                d["editable_with_roles"] = _raw_editable_with_roles

        parsed_obj = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            required=required,
            accepts_multiple_values=accepts_multiple_values,
            converting_to_type=converting_to_type,
            editable_with_roles=editable_with_roles,
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
