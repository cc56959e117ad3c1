from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_template_status import SmsTemplateStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.sms_template_attachment import SmsTemplateAttachment


T = TypeVar("T", bound="SmsTemplate")


@_attrs_define
class SmsTemplate:
    """A reusable SMS message.

    Attributes:
        id (str): `smstmpl_...`
        organization_id (str):
        name (str):
        text (str):
        is_shared (bool):
        status (SmsTemplateStatus): Whether the template is in use or archived.
        owned_by (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by (None | str):
        updated_by (None | str):
        attachments (list[SmsTemplateAttachment] | Unset): Only with `include_attachments=true`.
    """

    id: str
    organization_id: str
    name: str
    text: str
    is_shared: bool
    status: SmsTemplateStatus
    owned_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by: None | str
    updated_by: None | str
    attachments: list[SmsTemplateAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        text = self.text

        is_shared = self.is_shared

        status = self.status.value

        owned_by: None | str
        owned_by = self.owned_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

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
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "text": text,
                "is_shared": is_shared,
                "status": status,
                "owned_by": owned_by,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_template_attachment import SmsTemplateAttachment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        text = d.pop("text")

        is_shared = d.pop("is_shared")

        status = SmsTemplateStatus(d.pop("status"))

        def _parse_owned_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owned_by = _parse_owned_by(d.pop("owned_by"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[SmsTemplateAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = SmsTemplateAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        sms_template = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            text=text,
            is_shared=is_shared,
            status=status,
            owned_by=owned_by,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            attachments=attachments,
        )

        sms_template.additional_properties = d
        return sms_template

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
