from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_upload_fields import FileUploadFields


T = TypeVar("T", bound="FileUploadForm")


@_attrs_define
class FileUploadForm:
    """The signed S3 form POST.

    Attributes:
        url (str | Unset):
        fields (FileUploadFields | Unset): Form fields to send to S3 unchanged.
    """

    url: str | Unset = UNSET
    fields: FileUploadFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_upload_fields import FileUploadFields  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: FileUploadFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = FileUploadFields.from_dict(_fields)

        file_upload_form = cls(
            url=url,
            fields=fields,
        )

        file_upload_form.additional_properties = d
        return file_upload_form

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
