from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..types import UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.whats_app_attachment import WhatsAppAttachment


T = TypeVar("T", bound="WhatsAppMessageActivityUpdate")


@_attrs_define
class WhatsAppMessageActivityUpdate:
    """Fields to change on a WhatsApp message activity.

    Attributes:
        contact_id (str | Unset):
        user_id (None | str | Unset):
        direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message: `outgoing` from the user
            to the lead, `incoming` the other way.
        activity_at (datetime.datetime | Unset): When the message was sent or received.
        message_markdown (str | Unset):
        local_phone (str | Unset):
        remote_phone (str | Unset):
        attachments (list[WhatsAppAttachment] | Unset):
        integration_link (None | str | Unset): URL of the message in the external system.
        response_to_id (None | str | Unset): Close activity id of the WhatsApp message this one replies to.
    """

    contact_id: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    direction: CommunicationDirection | Unset = UNSET
    activity_at: datetime.datetime | Unset = UNSET
    message_markdown: str | Unset = UNSET
    local_phone: str | Unset = UNSET
    remote_phone: str | Unset = UNSET
    attachments: list[WhatsAppAttachment] | Unset = UNSET
    integration_link: None | str | Unset = UNSET
    response_to_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        if direction is not UNSET:
            field_dict["direction"] = direction

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        message_markdown = self.message_markdown
        if message_markdown is not UNSET:
            field_dict["message_markdown"] = message_markdown

        local_phone = self.local_phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone

        remote_phone = self.remote_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone

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
            raise not_an_object("WhatsAppMessageActivityUpdate", src_dict)
        from ..models.whats_app_attachment import WhatsAppAttachment  # noqa: PLC0415

        d = dict(src_dict)
        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_direction = d.pop("direction", UNSET)
        try:
            _direction = _raw_direction
            direction: CommunicationDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = CommunicationDirection(_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = UNSET
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:
            _activity_at = _raw_activity_at
            activity_at: datetime.datetime | Unset
            if isinstance(_activity_at, Unset):
                activity_at = UNSET
            else:
                activity_at = parse_datetime(_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = UNSET
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_message_markdown = d.pop("message_markdown", UNSET)
        message_markdown: str | Unset
        if isinstance(_raw_message_markdown, str):
            message_markdown = _raw_message_markdown
        else:
            message_markdown = UNSET
            if _raw_message_markdown is not UNSET:
                d["message_markdown"] = _raw_message_markdown

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: str | Unset
        if isinstance(_raw_local_phone, str):
            local_phone = _raw_local_phone
        else:
            local_phone = UNSET
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: str | Unset
        if isinstance(_raw_remote_phone, str):
            remote_phone = _raw_remote_phone
        else:
            remote_phone = UNSET
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

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
            contact_id=contact_id,
            user_id=user_id,
            direction=direction,
            activity_at=activity_at,
            message_markdown=message_markdown,
            local_phone=local_phone,
            remote_phone=remote_phone,
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
