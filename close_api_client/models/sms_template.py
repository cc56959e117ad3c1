from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_template_status import SmsTemplateStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.text, Unset):  # absent only if trimmed by _fields
            text = self.text
            field_dict["text"] = text

        if not isinstance(self.is_shared, Unset):  # absent only if trimmed by _fields
            is_shared = self.is_shared
            field_dict["is_shared"] = is_shared

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.owned_by, Unset):  # absent only if trimmed by _fields
            owned_by: None | str
            owned_by = self.owned_by
            field_dict["owned_by"] = owned_by

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

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
            raise not_an_object("SmsTemplate", src_dict)
        from ..models.sms_template_attachment import SmsTemplateAttachment  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_text = d.pop("text", UNSET)
        text: str
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = MISSING
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_is_shared = d.pop("is_shared", UNSET)
        is_shared: bool
        if isinstance(_raw_is_shared, bool):
            is_shared = _raw_is_shared
        else:
            is_shared = MISSING
            if _raw_is_shared is not UNSET:
                d["is_shared"] = _raw_is_shared

        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()
            status = SmsTemplateStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_owned_by = d.pop("owned_by", UNSET)
        owned_by: None | str
        if isinstance(_raw_owned_by, str) or _raw_owned_by is None:
            owned_by = _raw_owned_by
        else:
            owned_by = MISSING
            if _raw_owned_by is not UNSET:
                d["owned_by"] = _raw_owned_by

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[SmsTemplateAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = SmsTemplateAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        parsed_obj = cls(
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
