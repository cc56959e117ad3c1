from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.whats_app_attachment import WhatsAppAttachment


T = TypeVar("T", bound="WhatsAppMessageActivityCreate")


@_attrs_define
class WhatsAppMessageActivityCreate:
    """A WhatsApp message to sync into Close.

    Attributes:
        lead_id (str):
        contact_id (str):
        direction (CommunicationDirection): Direction of an email or WhatsApp message: `outgoing` from the user to the
            lead, `incoming` the other way.
        activity_at (datetime.datetime): When the message was sent or received.
        external_whatsapp_message_id (str):
        message_markdown (str):
        local_phone (str):
        remote_phone (str):
        user_id (None | str | Unset):
        attachments (list[WhatsAppAttachment] | Unset):
        integration_link (None | str | Unset): URL of the message in the external system.
        response_to_id (None | str | Unset): Close activity id of the WhatsApp message this one replies to.
    """

    lead_id: str
    contact_id: str
    direction: CommunicationDirection
    activity_at: datetime.datetime
    external_whatsapp_message_id: str
    message_markdown: str
    local_phone: str
    remote_phone: str
    user_id: None | str | Unset = UNSET
    attachments: list[WhatsAppAttachment] | Unset = UNSET
    integration_link: None | str | Unset = UNSET
    response_to_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.direction, Unset):  # absent only if trimmed by _fields
            direction = self.direction.value
            field_dict["direction"] = direction

        if not isinstance(self.activity_at, Unset):  # absent only if trimmed by _fields
            activity_at = self.activity_at.isoformat()
            field_dict["activity_at"] = activity_at

        if not isinstance(
            self.external_whatsapp_message_id, Unset
        ):  # absent only if trimmed by _fields
            external_whatsapp_message_id = self.external_whatsapp_message_id
            field_dict["external_whatsapp_message_id"] = external_whatsapp_message_id

        if not isinstance(self.message_markdown, Unset):  # absent only if trimmed by _fields
            message_markdown = self.message_markdown
            field_dict["message_markdown"] = message_markdown

        if not isinstance(self.local_phone, Unset):  # absent only if trimmed by _fields
            local_phone = self.local_phone
            field_dict["local_phone"] = local_phone

        if not isinstance(self.remote_phone, Unset):  # absent only if trimmed by _fields
            remote_phone = self.remote_phone
            field_dict["remote_phone"] = remote_phone

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        integration_link: None | str | Unset
        if isinstance(self.integration_link, Unset):
            integration_link = UNSET
        else:
            integration_link = self.integration_link
        if integration_link is not UNSET:
            field_dict["integration_link"] = integration_link

        response_to_id: None | str | Unset
        if isinstance(self.response_to_id, Unset):
            response_to_id = UNSET
        else:
            response_to_id = self.response_to_id
        if response_to_id is not UNSET:
            field_dict["response_to_id"] = response_to_id

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
            raise not_an_object("WhatsAppMessageActivityCreate", src_dict)
        from ..models.whats_app_attachment import WhatsAppAttachment  # noqa: PLC0415

        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_direction = d.pop("direction", UNSET)
        try:
            _fits = _raw_direction is not UNSET
            if not _fits:
                raise TypeError()
            direction = CommunicationDirection(_raw_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = MISSING
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:
            _fits = _raw_activity_at is not UNSET
            if not _fits:
                raise TypeError()
            activity_at = parse_datetime(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = MISSING
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_external_whatsapp_message_id = d.pop("external_whatsapp_message_id", UNSET)
        external_whatsapp_message_id: str
        if isinstance(_raw_external_whatsapp_message_id, str):
            external_whatsapp_message_id = _raw_external_whatsapp_message_id
        else:
            external_whatsapp_message_id = MISSING
            if _raw_external_whatsapp_message_id is not UNSET:
                d["external_whatsapp_message_id"] = _raw_external_whatsapp_message_id

        _raw_message_markdown = d.pop("message_markdown", UNSET)
        message_markdown: str
        if isinstance(_raw_message_markdown, str):
            message_markdown = _raw_message_markdown
        else:
            message_markdown = MISSING
            if _raw_message_markdown is not UNSET:
                d["message_markdown"] = _raw_message_markdown

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: str
        if isinstance(_raw_local_phone, str):
            local_phone = _raw_local_phone
        else:
            local_phone = MISSING
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: str
        if isinstance(_raw_remote_phone, str):
            remote_phone = _raw_remote_phone
        else:
            remote_phone = MISSING
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[WhatsAppAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = WhatsAppAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_integration_link = d.pop("integration_link", UNSET)
        integration_link: None | str | Unset
        if isinstance(_raw_integration_link, str) or _raw_integration_link is None:
            integration_link = _raw_integration_link
        else:
            integration_link = UNSET
            if _raw_integration_link is not UNSET:
                d["integration_link"] = _raw_integration_link

        _raw_response_to_id = d.pop("response_to_id", UNSET)
        response_to_id: None | str | Unset
        if isinstance(_raw_response_to_id, str) or _raw_response_to_id is None:
            response_to_id = _raw_response_to_id
        else:
            response_to_id = UNSET
            if _raw_response_to_id is not UNSET:
                d["response_to_id"] = _raw_response_to_id

        parsed_obj = cls(
            lead_id=lead_id,
            contact_id=contact_id,
            direction=direction,
            activity_at=activity_at,
            external_whatsapp_message_id=external_whatsapp_message_id,
            message_markdown=message_markdown,
            local_phone=local_phone,
            remote_phone=remote_phone,
            user_id=user_id,
            attachments=attachments,
            integration_link=integration_link,
            response_to_id=response_to_id,
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
