from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment


T = TypeVar("T", bound="EmailTemplateUpdate")


@_attrs_define
class EmailTemplateUpdate:
    """Fields to change on an email template.

    Attributes:
        name (str | Unset):
        subject (str | Unset):
        body (str | Unset):
        is_shared (bool | Unset):
        is_archived (bool | Unset):
        attachments (list[ActivityAttachment] | Unset):
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    attachments: list[ActivityAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        body = self.body

        is_shared = self.is_shared

        is_archived = self.is_archived

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[ActivityAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        email_template_update = cls(
            name=name,
            subject=subject,
            body=body,
            is_shared=is_shared,
            is_archived=is_archived,
            attachments=attachments,
        )

        email_template_update.additional_properties = d
        return email_template_update

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
