from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment
    from ..models.email_template_sequence import EmailTemplateSequence


T = TypeVar("T", bound="EmailTemplate")


@_attrs_define
class EmailTemplate:
    """A reusable email.

    Attributes:
        id (str | Unset): `tmpl_...`
        organization_id (str | Unset):
        name (str | Unset):
        subject (str | Unset):
        body (str | Unset):
        is_shared (bool | Unset):
        is_archived (bool | Unset):
        attachments (list[ActivityAttachment] | Unset):
        used_by_sequences (list[EmailTemplateSequence] | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    attachments: list[ActivityAttachment] | Unset = UNSET
    used_by_sequences: list[EmailTemplateSequence] | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

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

        used_by_sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_by_sequences, Unset):
            used_by_sequences = []
            for used_by_sequences_item_data in self.used_by_sequences:
                used_by_sequences_item = used_by_sequences_item_data.to_dict()
                used_by_sequences.append(used_by_sequences_item)

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
        if used_by_sequences is not UNSET:
            field_dict["used_by_sequences"] = used_by_sequences
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
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_template_sequence import EmailTemplateSequence  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

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

        _used_by_sequences = d.pop("used_by_sequences", UNSET)
        used_by_sequences: list[EmailTemplateSequence] | Unset = UNSET
        if _used_by_sequences is not UNSET:
            used_by_sequences = []
            for used_by_sequences_item_data in _used_by_sequences:
                used_by_sequences_item = EmailTemplateSequence.from_dict(
                    used_by_sequences_item_data
                )

                used_by_sequences.append(used_by_sequences_item)

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

        email_template = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            subject=subject,
            body=body,
            is_shared=is_shared,
            is_archived=is_archived,
            attachments=attachments,
            used_by_sequences=used_by_sequences,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
        )

        email_template.additional_properties = d
        return email_template

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
