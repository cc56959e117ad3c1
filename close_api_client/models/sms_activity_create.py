from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..models.sms_status import SmsStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.sms_attachment_in import SmsAttachmentIn


T = TypeVar("T", bound="SmsActivityCreate")


@_attrs_define
class SmsActivityCreate:
    """A new SMS (logged, draft, scheduled or sent now).

    Attributes:
        status (SmsStatus): State of an SMS: `inbox` (received), `draft`, `scheduled`, `outbox` (being sent), `sent`.
        local_phone (str): One of the organization's internal numbers.
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        text (str | Unset):
        remote_phone (str | Unset):
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        source (str | Unset):
        date_scheduled (datetime.datetime | Unset): When a `scheduled` SMS is sent.
        send_in (int | Unset): Delay in seconds (under 60) before an `outbox` SMS is sent.
        activity_at (datetime.datetime | None | Unset):
        attachments (list[SmsAttachmentIn] | None | Unset):
        created_by_id (None | str | Unset):
        date_created (datetime.datetime | None | Unset):
        organization_id (None | str | Unset):
        template_id (None | str | Unset):
    """

    status: SmsStatus
    local_phone: str
    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    text: str | Unset = UNSET
    remote_phone: str | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    source: str | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET
    send_in: int | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    attachments: list[SmsAttachmentIn] | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.local_phone, Unset):  # absent only if trimmed by _fields
            local_phone = self.local_phone
            field_dict["local_phone"] = local_phone

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

        remote_phone = self.remote_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        if direction is not UNSET:
            field_dict["direction"] = direction

        source = self.source
        if source is not UNSET:
            field_dict["source"] = source

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled

        send_in = self.send_in
        if send_in is not UNSET:
            field_dict["send_in"] = send_in

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

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
            raise not_an_object("SmsActivityCreate", src_dict)
        from ..models.sms_attachment_in import SmsAttachmentIn  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()
            status = SmsStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: str
        if isinstance(_raw_local_phone, str):
            local_phone = _raw_local_phone
        else:
            local_phone = MISSING
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: str | Unset
        if isinstance(_raw_remote_phone, str):
            remote_phone = _raw_remote_phone
        else:
            remote_phone = UNSET
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

        _raw_direction = d.pop("direction", UNSET)
        try:
            _direction = _raw_direction
            direction: PhoneDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = PhoneDirection(_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = UNSET
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_source = d.pop("source", UNSET)
        source: str | Unset
        if isinstance(_raw_source, str):
            source = _raw_source
        else:
            source = UNSET
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_date_scheduled = d.pop("date_scheduled", UNSET)
        try:
            _date_scheduled = _raw_date_scheduled
            date_scheduled: datetime.datetime | Unset
            if isinstance(_date_scheduled, Unset):
                date_scheduled = UNSET
            else:
                date_scheduled = parse_datetime(_date_scheduled)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_scheduled = UNSET
            if _raw_date_scheduled is not UNSET:
                d["date_scheduled"] = _raw_date_scheduled

        _raw_send_in = d.pop("send_in", UNSET)
        send_in: int | Unset
        if isinstance(_raw_send_in, int) and not isinstance(_raw_send_in, bool):
            send_in = _raw_send_in
        else:
            send_in = UNSET
            if _raw_send_in is not UNSET:
                d["send_in"] = _raw_send_in

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:

            def _parse_activity_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    activity_at_type_0 = parse_datetime(data)

                    return activity_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            activity_at = _parse_activity_at(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = UNSET
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_attachments = d.pop("attachments", UNSET)
        try:

            def _parse_attachments(data: object) -> list[SmsAttachmentIn] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    attachments_type_0 = []
                    _attachments_type_0 = data
                    for attachments_type_0_item_data in _attachments_type_0:
                        attachments_type_0_item = SmsAttachmentIn.from_dict(
                            attachments_type_0_item_data
                        )

                        attachments_type_0.append(attachments_type_0_item)

                    return attachments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[SmsAttachmentIn] | None | Unset, data)

            attachments = _parse_attachments(_raw_attachments)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str | Unset
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = UNSET
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_date_created = d.pop("date_created", UNSET)
        try:

            def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_created_type_0 = parse_datetime(data)

                    return date_created_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_created = _parse_date_created(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: None | str | Unset
        if isinstance(_raw_organization_id, str) or _raw_organization_id is None:
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_template_id = d.pop("template_id", UNSET)
        template_id: None | str | Unset
        if isinstance(_raw_template_id, str) or _raw_template_id is None:
            template_id = _raw_template_id
        else:
            template_id = UNSET
            if _raw_template_id is not UNSET:
                d["template_id"] = _raw_template_id

        parsed_obj = cls(
            status=status,
            local_phone=local_phone,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            text=text,
            remote_phone=remote_phone,
            direction=direction,
            source=source,
            date_scheduled=date_scheduled,
            send_in=send_in,
            activity_at=activity_at,
            attachments=attachments,
            created_by_id=created_by_id,
            date_created=date_created,
            organization_id=organization_id,
            template_id=template_id,
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
