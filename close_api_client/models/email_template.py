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
        id (str): `tmpl_...`
        organization_id (str):
        name (str):
        subject (str):
        body (str):
        is_shared (bool):
        is_archived (bool):
        attachments (list[ActivityAttachment]):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by (None | str):
        updated_by (None | str):
        used_by_sequences (list[EmailTemplateSequence] | Unset):
    """

    id: str
    organization_id: str
    name: str
    subject: str
    body: str
    is_shared: bool
    is_archived: bool
    attachments: list[ActivityAttachment]
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by: None | str
    updated_by: None | str
    used_by_sequences: list[EmailTemplateSequence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        subject = self.subject

        body = self.body

        is_shared = self.is_shared

        is_archived = self.is_archived

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        used_by_sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_by_sequences, Unset):
            used_by_sequences = []
            for used_by_sequences_item_data in self.used_by_sequences:
                used_by_sequences_item = used_by_sequences_item_data.to_dict()
                used_by_sequences.append(used_by_sequences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "subject": subject,
                "body": body,
                "is_shared": is_shared,
                "is_archived": is_archived,
                "attachments": attachments,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
        if used_by_sequences is not UNSET:
            field_dict["used_by_sequences"] = used_by_sequences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_template_sequence import EmailTemplateSequence  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        subject = d.pop("subject")

        body = d.pop("body")

        is_shared = d.pop("is_shared")

        is_archived = d.pop("is_archived")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = ActivityAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

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

        _used_by_sequences = d.pop("used_by_sequences", UNSET)
        used_by_sequences: list[EmailTemplateSequence] | Unset = UNSET
        if _used_by_sequences is not UNSET:
            used_by_sequences = []
            for used_by_sequences_item_data in _used_by_sequences:
                used_by_sequences_item = EmailTemplateSequence.from_dict(
                    used_by_sequences_item_data
                )

                used_by_sequences.append(used_by_sequences_item)

        email_template = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            subject=subject,
            body=body,
            is_shared=is_shared,
            is_archived=is_archived,
            attachments=attachments,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            used_by_sequences=used_by_sequences,
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
