from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment


T = TypeVar("T", bound="WhatsAppMessageActivityVariant")


@_attrs_define
class WhatsAppMessageActivityVariant:
    """A WhatsAppMessageActivity as an item of the mixed activity list: `_type` is required there, so an item is matched by
    its `_type` only.

        Attributes:
            id (str): The activity id (`acti_...`).
            organization_id (str):
            lead_id (None | str):
            contact_id (None | str):
            user_id (None | str): The user the activity belongs to.
            created_by (None | str):
            updated_by (None | str):
            updated_by_name (None | str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            type_ (Literal['WhatsAppMessage']): Always `WhatsAppMessage`.
            user_name (None | str | Unset):
            users (list[str] | Unset): Ids of the users involved.
            created_by_name (None | str | Unset):
            activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
            direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message: `outgoing` from the user
                to the lead, `incoming` the other way.
            external_whatsapp_message_id (str | Unset): The message id inside WhatsApp.
            message_markdown (str | Unset):
            message_html (str | Unset): Read-only HTML rendering of `message_markdown`.
            text (str | Unset):
            attachments (list[ActivityAttachment] | Unset):
            local_phone (str | Unset):
            local_phone_formatted (str | Unset):
            remote_phone (str | Unset):
            remote_phone_formatted (str | Unset):
            integration_link (None | str | Unset):
            integration_name (None | str | Unset):
            response_to_id (None | str | Unset): Close activity id of the message this one replies to.
            source (str | Unset):
            sequence_id (None | str | Unset):
            sequence_name (None | str | Unset):
            sequence_subscription_id (None | str | Unset):
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    created_by: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: Literal["WhatsAppMessage"]
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    direction: CommunicationDirection | Unset = UNSET
    external_whatsapp_message_id: str | Unset = UNSET
    message_markdown: str | Unset = UNSET
    message_html: str | Unset = UNSET
    text: str | Unset = UNSET
    attachments: list[ActivityAttachment] | Unset = UNSET
    local_phone: str | Unset = UNSET
    local_phone_formatted: str | Unset = UNSET
    remote_phone: str | Unset = UNSET
    remote_phone_formatted: str | Unset = UNSET
    integration_link: None | str | Unset = UNSET
    integration_name: None | str | Unset = UNSET
    response_to_id: None | str | Unset = UNSET
    source: str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    sequence_name: None | str | Unset = UNSET
    sequence_subscription_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        lead_id: None | str
        lead_id = self.lead_id

        contact_id: None | str
        contact_id = self.contact_id

        user_id: None | str
        user_id = self.user_id

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        updated_by_name: None | str
        updated_by_name = self.updated_by_name

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        type_ = self.type_

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        external_whatsapp_message_id = self.external_whatsapp_message_id

        message_markdown = self.message_markdown

        message_html = self.message_html

        text = self.text

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        local_phone = self.local_phone

        local_phone_formatted = self.local_phone_formatted

        remote_phone = self.remote_phone

        remote_phone_formatted = self.remote_phone_formatted

        integration_link: None | str | Unset
        if isinstance(self.integration_link, Unset):
            integration_link = UNSET
        else:
            integration_link = self.integration_link

        integration_name: None | str | Unset
        if isinstance(self.integration_name, Unset):
            integration_name = UNSET
        else:
            integration_name = self.integration_name

        response_to_id: None | str | Unset
        if isinstance(self.response_to_id, Unset):
            response_to_id = UNSET
        else:
            response_to_id = self.response_to_id

        source = self.source

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id

        sequence_name: None | str | Unset
        if isinstance(self.sequence_name, Unset):
            sequence_name = UNSET
        else:
            sequence_name = self.sequence_name

        sequence_subscription_id: None | str | Unset
        if isinstance(self.sequence_subscription_id, Unset):
            sequence_subscription_id = UNSET
        else:
            sequence_subscription_id = self.sequence_subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "lead_id": lead_id,
                "contact_id": contact_id,
                "user_id": user_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "updated_by_name": updated_by_name,
                "date_created": date_created,
                "date_updated": date_updated,
                "_type": type_,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if users is not UNSET:
            field_dict["users"] = users
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if direction is not UNSET:
            field_dict["direction"] = direction
        if external_whatsapp_message_id is not UNSET:
            field_dict["external_whatsapp_message_id"] = external_whatsapp_message_id
        if message_markdown is not UNSET:
            field_dict["message_markdown"] = message_markdown
        if message_html is not UNSET:
            field_dict["message_html"] = message_html
        if text is not UNSET:
            field_dict["text"] = text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted
        if integration_link is not UNSET:
            field_dict["integration_link"] = integration_link
        if integration_name is not UNSET:
            field_dict["integration_name"] = integration_name
        if response_to_id is not UNSET:
            field_dict["response_to_id"] = response_to_id
        if source is not UNSET:
            field_dict["source"] = source
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        def _parse_lead_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_id = _parse_lead_id(d.pop("lead_id"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

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

        def _parse_updated_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        type_ = cast(Literal["WhatsAppMessage"], d.pop("_type"))
        if type_ != "WhatsAppMessage":
            raise ValueError(f"_type must match const 'WhatsAppMessage', got '{type_}'")

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

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
            return cast(datetime.datetime | None | Unset, data)

        activity_at = _parse_activity_at(d.pop("activity_at", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: CommunicationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CommunicationDirection(_direction)

        external_whatsapp_message_id = d.pop("external_whatsapp_message_id", UNSET)

        message_markdown = d.pop("message_markdown", UNSET)

        message_html = d.pop("message_html", UNSET)

        text = d.pop("text", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[ActivityAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        local_phone = d.pop("local_phone", UNSET)

        local_phone_formatted = d.pop("local_phone_formatted", UNSET)

        remote_phone = d.pop("remote_phone", UNSET)

        remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)

        def _parse_integration_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_link = _parse_integration_link(d.pop("integration_link", UNSET))

        def _parse_integration_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_name = _parse_integration_name(d.pop("integration_name", UNSET))

        def _parse_response_to_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_to_id = _parse_response_to_id(d.pop("response_to_id", UNSET))

        source = d.pop("source", UNSET)

        def _parse_sequence_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_id = _parse_sequence_id(d.pop("sequence_id", UNSET))

        def _parse_sequence_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_name = _parse_sequence_name(d.pop("sequence_name", UNSET))

        def _parse_sequence_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_subscription_id = _parse_sequence_subscription_id(
            d.pop("sequence_subscription_id", UNSET)
        )

        whats_app_message_activity_variant = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            created_by=created_by,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            user_name=user_name,
            users=users,
            created_by_name=created_by_name,
            activity_at=activity_at,
            direction=direction,
            external_whatsapp_message_id=external_whatsapp_message_id,
            message_markdown=message_markdown,
            message_html=message_html,
            text=text,
            attachments=attachments,
            local_phone=local_phone,
            local_phone_formatted=local_phone_formatted,
            remote_phone=remote_phone,
            remote_phone_formatted=remote_phone_formatted,
            integration_link=integration_link,
            integration_name=integration_name,
            response_to_id=response_to_id,
            source=source,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_subscription_id=sequence_subscription_id,
        )

        whats_app_message_activity_variant.additional_properties = d
        return whats_app_message_activity_variant

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
