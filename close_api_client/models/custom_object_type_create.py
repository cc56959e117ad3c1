from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="CustomObjectTypeCreate")


@_attrs_define
class CustomObjectTypeCreate:
    """A new Custom Object Type.

    Attributes:
        name (str):
        name_plural (str):
        description (str | Unset):
        api_create_only (bool | Unset): Only API clients may create instances (default false).
        editable_with_roles (list[str] | Unset): Only users with these roles may edit instances (default anyone).
    """

    name: str
    name_plural: str
    description: str | Unset = UNSET
    api_create_only: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.name_plural, Unset):  # absent only if trimmed by _fields
            name_plural = self.name_plural
            field_dict["name_plural"] = name_plural

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        api_create_only = self.api_create_only
        if api_create_only is not UNSET:
            field_dict["api_create_only"] = api_create_only

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        if editable_with_roles is not UNSET:
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
            raise not_an_object("CustomObjectTypeCreate", src_dict)
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_name_plural = d.pop("name_plural", UNSET)
        name_plural: str
        if isinstance(_raw_name_plural, str):
            name_plural = _raw_name_plural
        else:
            name_plural = MISSING
            if _raw_name_plural is not UNSET:
                d["name_plural"] = _raw_name_plural

        _raw_description = d.pop("description", UNSET)
        description: str | Unset
        if isinstance(_raw_description, str):
            description = _raw_description
        else:
            description = UNSET
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_api_create_only = d.pop("api_create_only", UNSET)
        api_create_only: bool | Unset
        if isinstance(_raw_api_create_only, bool):
            api_create_only = _raw_api_create_only
        else:
            api_create_only = UNSET
            if _raw_api_create_only is not UNSET:
                d["api_create_only"] = _raw_api_create_only

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

        parsed_obj = cls(
            name=name,
            name_plural=name_plural,
            description=description,
            api_create_only=api_create_only,
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
