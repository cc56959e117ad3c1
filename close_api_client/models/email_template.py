from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body

        is_shared = self.is_shared
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        is_archived = self.is_archived
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        used_by_sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_by_sequences, Unset):
            used_by_sequences = []
            for used_by_sequences_item_data in self.used_by_sequences:
                used_by_sequences_item = used_by_sequences_item_data.to_dict()
                used_by_sequences.append(used_by_sequences_item)

        if used_by_sequences is not UNSET:
            field_dict["used_by_sequences"] = used_by_sequences

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_template_sequence import EmailTemplateSequence  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
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

        _raw_subject = d.pop("subject", UNSET)
        subject: str | Unset
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = UNSET
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        _raw_body = d.pop("body", UNSET)
        body: str | Unset
        if isinstance(_raw_body, str):
            body = _raw_body
        else:
            body = UNSET
            if _raw_body is not UNSET:
                d["body"] = _raw_body

        _raw_is_shared = d.pop("is_shared", UNSET)
        is_shared: bool | Unset
        if isinstance(_raw_is_shared, bool):
            is_shared = _raw_is_shared
        else:
            is_shared = UNSET
            if _raw_is_shared is not UNSET:
                d["is_shared"] = _raw_is_shared

        _raw_is_archived = d.pop("is_archived", UNSET)
        is_archived: bool | Unset
        if isinstance(_raw_is_archived, bool):
            is_archived = _raw_is_archived
        else:
            is_archived = UNSET
            if _raw_is_archived is not UNSET:
                d["is_archived"] = _raw_is_archived

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[ActivityAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_used_by_sequences = d.pop("used_by_sequences", UNSET)
        try:
            _fits = _raw_used_by_sequences is UNSET or isinstance(_raw_used_by_sequences, list)
            if not _fits:
                raise TypeError()
            _used_by_sequences = _raw_used_by_sequences
            used_by_sequences: list[EmailTemplateSequence] | Unset = UNSET
            if _used_by_sequences is not UNSET:
                used_by_sequences = []
                for used_by_sequences_item_data in _used_by_sequences:
                    used_by_sequences_item = EmailTemplateSequence.from_dict(
                        used_by_sequences_item_data
                    )

                    used_by_sequences.append(used_by_sequences_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            used_by_sequences = UNSET
            if _raw_used_by_sequences is not UNSET:
                d["used_by_sequences"] = _raw_used_by_sequences

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str | Unset
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str | Unset
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = UNSET
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        parsed_obj = cls(
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
