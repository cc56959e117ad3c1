from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_template_attachment_create import SmsTemplateAttachmentCreate


T = TypeVar("T", bound="SmsTemplateCreate")


@_attrs_define
class SmsTemplateCreate:
    """A new SMS template.

    Attributes:
        name (str):
        text (str | Unset):
        is_shared (bool | Unset):
        attachments (list[SmsTemplateAttachmentCreate] | Unset):
    """

    name: str
    text: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    attachments: list[SmsTemplateAttachmentCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        is_shared = self.is_shared

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_template_attachment_create import SmsTemplateAttachmentCreate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        text = d.pop("text", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[SmsTemplateAttachmentCreate] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = SmsTemplateAttachmentCreate.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        sms_template_create = cls(
            name=name,
            text=text,
            is_shared=is_shared,
            attachments=attachments,
        )

        sms_template_create.additional_properties = d
        return sms_template_create

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
