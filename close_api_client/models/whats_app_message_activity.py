from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment


T = TypeVar("T", bound="WhatsAppMessageActivity")


@_attrs_define
class WhatsAppMessageActivity:
    """A WhatsApp message synced into Close.

    Attributes:
        id (str): The activity id (`acti_...`).
        organization_id (str):
        lead_id (None | str):
        contact_id (None | str):
        user_id (None | str): The user the activity belongs to.
        users (list[str]): Ids of the users involved.
        created_by (None | str):
        created_by_name (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        activity_at (datetime.datetime | None): When the activity happened (newer field).
        direction (CommunicationDirection): Direction of an email or WhatsApp message: `outgoing` from the user to the
            lead, `incoming` the other way.
        external_whatsapp_message_id (str): The message id inside WhatsApp.
        message_markdown (str):
        message_html (str): Read-only HTML rendering of `message_markdown`.
        text (str):
        attachments (list[ActivityAttachment]):
        local_phone (str):
        local_phone_formatted (str):
        remote_phone (str):
        remote_phone_formatted (str):
        integration_link (None | str):
        integration_name (None | str):
        response_to_id (None | str): Close activity id of the message this one replies to.
        source (str):
        type_ (Literal['WhatsAppMessage'] | Unset): Always `WhatsAppMessage`.
        user_name (None | str | Unset):
        sequence_id (None | str | Unset):
        sequence_name (None | str | Unset):
        sequence_subscription_id (None | str | Unset):
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    users: list[str]
    created_by: None | str
    created_by_name: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    activity_at: datetime.datetime | None
    direction: CommunicationDirection
    external_whatsapp_message_id: str
    message_markdown: str
    message_html: str
    text: str
    attachments: list[ActivityAttachment]
    local_phone: str
    local_phone_formatted: str
    remote_phone: str
    remote_phone_formatted: str
    integration_link: None | str
    integration_name: None | str
    response_to_id: None | str
    source: str
    type_: Literal["WhatsAppMessage"] | Unset = UNSET
    user_name: None | str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    sequence_name: None | str | Unset = UNSET
    sequence_subscription_id: None | str | Unset = UNSET
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

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id: None | str
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.users, Unset):  # absent only if trimmed by _fields
            users = self.users

            field_dict["users"] = users

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.created_by_name, Unset):  # absent only if trimmed by _fields
            created_by_name: None | str
            created_by_name = self.created_by_name
            field_dict["created_by_name"] = created_by_name

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.updated_by_name, Unset):  # absent only if trimmed by _fields
            updated_by_name: None | str
            updated_by_name = self.updated_by_name
            field_dict["updated_by_name"] = updated_by_name

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.activity_at, Unset):  # absent only if trimmed by _fields
            activity_at: None | str
            if isinstance(self.activity_at, datetime.datetime):
                activity_at = self.activity_at.isoformat()
            else:
                activity_at = self.activity_at
            field_dict["activity_at"] = activity_at

        if not isinstance(self.direction, Unset):  # absent only if trimmed by _fields
            direction = self.direction.value
            field_dict["direction"] = direction

        if not isinstance(
            self.external_whatsapp_message_id, Unset
        ):  # absent only if trimmed by _fields
            external_whatsapp_message_id = self.external_whatsapp_message_id
            field_dict["external_whatsapp_message_id"] = external_whatsapp_message_id

        if not isinstance(self.message_markdown, Unset):  # absent only if trimmed by _fields
            message_markdown = self.message_markdown
            field_dict["message_markdown"] = message_markdown

        if not isinstance(self.message_html, Unset):  # absent only if trimmed by _fields
            message_html = self.message_html
            field_dict["message_html"] = message_html

        if not isinstance(self.text, Unset):  # absent only if trimmed by _fields
            text = self.text
            field_dict["text"] = text

        if not isinstance(self.attachments, Unset):  # absent only if trimmed by _fields
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

            field_dict["attachments"] = attachments

        if not isinstance(self.local_phone, Unset):  # absent only if trimmed by _fields
            local_phone = self.local_phone
            field_dict["local_phone"] = local_phone

        if not isinstance(self.local_phone_formatted, Unset):  # absent only if trimmed by _fields
            local_phone_formatted = self.local_phone_formatted
            field_dict["local_phone_formatted"] = local_phone_formatted

        if not isinstance(self.remote_phone, Unset):  # absent only if trimmed by _fields
            remote_phone = self.remote_phone
            field_dict["remote_phone"] = remote_phone

        if not isinstance(self.remote_phone_formatted, Unset):  # absent only if trimmed by _fields
            remote_phone_formatted = self.remote_phone_formatted
            field_dict["remote_phone_formatted"] = remote_phone_formatted

        if not isinstance(self.integration_link, Unset):  # absent only if trimmed by _fields
            integration_link: None | str
            integration_link = self.integration_link
            field_dict["integration_link"] = integration_link

        if not isinstance(self.integration_name, Unset):  # absent only if trimmed by _fields
            integration_name: None | str
            integration_name = self.integration_name
            field_dict["integration_name"] = integration_name

        if not isinstance(self.response_to_id, Unset):  # absent only if trimmed by _fields
            response_to_id: None | str
            response_to_id = self.response_to_id
            field_dict["response_to_id"] = response_to_id

        if not isinstance(self.source, Unset):  # absent only if trimmed by _fields
            source = self.source
            field_dict["source"] = source

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        sequence_name: None | str | Unset
        if isinstance(self.sequence_name, Unset):
            sequence_name = UNSET
        else:
            sequence_name = self.sequence_name
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name

        sequence_subscription_id: None | str | Unset
        if isinstance(self.sequence_subscription_id, Unset):
            sequence_subscription_id = UNSET
        else:
            sequence_subscription_id = self.sequence_subscription_id
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("_type") == "WhatsAppMessage"

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
            raise not_an_object("WhatsAppMessageActivity", src_dict)
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415

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

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_users = d.pop("users", UNSET)
        users: list[str]
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = MISSING
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = MISSING
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = MISSING
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

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

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:
            _fits = _raw_activity_at is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_activity_at(data: object) -> datetime.datetime | None:
                if data is None:
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
                return cast(datetime.datetime | None, data)

            activity_at = _parse_activity_at(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = MISSING
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

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

        _raw_message_html = d.pop("message_html", UNSET)
        message_html: str
        if isinstance(_raw_message_html, str):
            message_html = _raw_message_html
        else:
            message_html = MISSING
            if _raw_message_html is not UNSET:
                d["message_html"] = _raw_message_html

        _raw_text = d.pop("text", UNSET)
        text: str
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = MISSING
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is not UNSET and isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            attachments = []
            _attachments = _raw_attachments
            for attachments_item_data in _attachments:
                attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = MISSING
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: str
        if isinstance(_raw_local_phone, str):
            local_phone = _raw_local_phone
        else:
            local_phone = MISSING
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_local_phone_formatted = d.pop("local_phone_formatted", UNSET)
        local_phone_formatted: str
        if isinstance(_raw_local_phone_formatted, str):
            local_phone_formatted = _raw_local_phone_formatted
        else:
            local_phone_formatted = MISSING
            if _raw_local_phone_formatted is not UNSET:
                d["local_phone_formatted"] = _raw_local_phone_formatted

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: str
        if isinstance(_raw_remote_phone, str):
            remote_phone = _raw_remote_phone
        else:
            remote_phone = MISSING
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

        _raw_remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)
        remote_phone_formatted: str
        if isinstance(_raw_remote_phone_formatted, str):
            remote_phone_formatted = _raw_remote_phone_formatted
        else:
            remote_phone_formatted = MISSING
            if _raw_remote_phone_formatted is not UNSET:
                d["remote_phone_formatted"] = _raw_remote_phone_formatted

        _raw_integration_link = d.pop("integration_link", UNSET)
        integration_link: None | str
        if isinstance(_raw_integration_link, str) or _raw_integration_link is None:
            integration_link = _raw_integration_link
        else:
            integration_link = MISSING
            if _raw_integration_link is not UNSET:
                d["integration_link"] = _raw_integration_link

        _raw_integration_name = d.pop("integration_name", UNSET)
        integration_name: None | str
        if isinstance(_raw_integration_name, str) or _raw_integration_name is None:
            integration_name = _raw_integration_name
        else:
            integration_name = MISSING
            if _raw_integration_name is not UNSET:
                d["integration_name"] = _raw_integration_name

        _raw_response_to_id = d.pop("response_to_id", UNSET)
        response_to_id: None | str
        if isinstance(_raw_response_to_id, str) or _raw_response_to_id is None:
            response_to_id = _raw_response_to_id
        else:
            response_to_id = MISSING
            if _raw_response_to_id is not UNSET:
                d["response_to_id"] = _raw_response_to_id

        _raw_source = d.pop("source", UNSET)
        source: str
        if isinstance(_raw_source, str):
            source = _raw_source
        else:
            source = MISSING
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        type_ = cast(Literal["WhatsAppMessage"] | Unset, d.pop("_type", UNSET))
        if type_ != "WhatsAppMessage" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'WhatsAppMessage', got '{type_}'")

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str | Unset
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = UNSET
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: None | str | Unset
        if isinstance(_raw_sequence_id, str) or _raw_sequence_id is None:
            sequence_id = _raw_sequence_id
        else:
            sequence_id = UNSET
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sequence_name = d.pop("sequence_name", UNSET)
        sequence_name: None | str | Unset
        if isinstance(_raw_sequence_name, str) or _raw_sequence_name is None:
            sequence_name = _raw_sequence_name
        else:
            sequence_name = UNSET
            if _raw_sequence_name is not UNSET:
                d["sequence_name"] = _raw_sequence_name

        _raw_sequence_subscription_id = d.pop("sequence_subscription_id", UNSET)
        sequence_subscription_id: None | str | Unset
        if isinstance(_raw_sequence_subscription_id, str) or _raw_sequence_subscription_id is None:
            sequence_subscription_id = _raw_sequence_subscription_id
        else:
            sequence_subscription_id = UNSET
            if _raw_sequence_subscription_id is not UNSET:
                d["sequence_subscription_id"] = _raw_sequence_subscription_id

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            users=users,
            created_by=created_by,
            created_by_name=created_by_name,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
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
            type_=type_,
            user_name=user_name,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_subscription_id=sequence_subscription_id,
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
