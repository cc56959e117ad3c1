from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.custom_field_schema_field import CustomFieldSchemaField


T = TypeVar("T", bound="CustomFieldSchema")


@_attrs_define
class CustomFieldSchema:
    """The custom fields that can be set on one object type, in display order.

    Attributes:
        organization_id (str):
        name (str | Unset): e.g. `Lead`.
        object_type (str | Unset):
        fields (list[CustomFieldSchemaField] | Unset):
    """

    organization_id: str
    name: str | Unset = UNSET
    object_type: str | Unset = UNSET
    fields: list[CustomFieldSchemaField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        object_type = self.object_type
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        if fields is not UNSET:
            field_dict["fields"] = fields

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
            raise not_an_object("CustomFieldSchema", src_dict)
        from ..models.custom_field_schema_field import CustomFieldSchemaField  # noqa: PLC0415

        d = dict(src_dict)
        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_object_type = d.pop("object_type", UNSET)
        object_type: str | Unset
        if isinstance(_raw_object_type, str):
            object_type = _raw_object_type
        else:
            object_type = UNSET
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_fields = d.pop("fields", UNSET)
        try:
            _fits = _raw_fields is UNSET or isinstance(_raw_fields, list)
            if not _fits:
                raise TypeError()
            _fields = _raw_fields
            fields: list[CustomFieldSchemaField] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = CustomFieldSchemaField.from_dict(fields_item_data)

                    fields.append(fields_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            fields = UNSET
            if _raw_fields is not UNSET:
                d["fields"] = _raw_fields

        parsed_obj = cls(
            organization_id=organization_id,
            name=name,
            object_type=object_type,
            fields=fields,
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
