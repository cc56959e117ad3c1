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
        id (str | Unset): `smstmpl_...`
        organization_id (str | Unset):
        name (str | Unset):
        text (str | Unset):
        is_shared (bool | Unset):
        status (SmsTemplateStatus | Unset): Whether the template is in use or archived.
        owned_by (None | str | Unset):
        attachments (list[SmsTemplateAttachment] | Unset): Only with `include_attachments=true`.
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    text: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    status: SmsTemplateStatus | Unset = UNSET
    owned_by: None | str | Unset = UNSET
    attachments: list[SmsTemplateAttachment] | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        text = self.text

        is_shared = self.is_shared

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        owned_by: None | str | Unset
        if isinstance(self.owned_by, Unset):
            owned_by = UNSET
        else:
            owned_by = self.owned_by

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if status is not UNSET:
            field_dict["status"] = status
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_template_attachment import SmsTemplateAttachment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        text = d.pop("text", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        _status = d.pop("status", UNSET)
        status: SmsTemplateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SmsTemplateStatus(_status)

        def _parse_owned_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owned_by = _parse_owned_by(d.pop("owned_by", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[SmsTemplateAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = SmsTemplateAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        sms_template = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            text=text,
            is_shared=is_shared,
            status=status,
            owned_by=owned_by,
            attachments=attachments,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
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
