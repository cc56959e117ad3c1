from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..types import UNSET, Unset, parse_datetime

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
        contact_id = self.contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        activity_at: str | Unset = UNSET
        if not isinstance(self.activity_at, Unset):
            activity_at = self.activity_at.isoformat()

        message_markdown = self.message_markdown

        local_phone = self.local_phone

        remote_phone = self.remote_phone

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        integration_link: None | str | Unset
        if isinstance(self.integration_link, Unset):
            integration_link = UNSET
        else:
            integration_link = self.integration_link

        response_to_id: None | str | Unset
        if isinstance(self.response_to_id, Unset):
            response_to_id = UNSET
        else:
            response_to_id = self.response_to_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if message_markdown is not UNSET:
            field_dict["message_markdown"] = message_markdown
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if integration_link is not UNSET:
            field_dict["integration_link"] = integration_link
        if response_to_id is not UNSET:
            field_dict["response_to_id"] = response_to_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whats_app_attachment import WhatsAppAttachment  # noqa: PLC0415

        d = dict(src_dict)
        contact_id = d.pop("contact_id", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: CommunicationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CommunicationDirection(_direction)

        _activity_at = d.pop("activity_at", UNSET)
        activity_at: datetime.datetime | Unset
        if isinstance(_activity_at, Unset):
            activity_at = UNSET
        else:
            activity_at = parse_datetime(_activity_at)

        message_markdown = d.pop("message_markdown", UNSET)

        local_phone = d.pop("local_phone", UNSET)

        remote_phone = d.pop("remote_phone", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[WhatsAppAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = WhatsAppAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        def _parse_integration_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_link = _parse_integration_link(d.pop("integration_link", UNSET))

        def _parse_response_to_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_to_id = _parse_response_to_id(d.pop("response_to_id", UNSET))

        whats_app_message_activity_update = cls(
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

        whats_app_message_activity_update.additional_properties = d
        return whats_app_message_activity_update

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
