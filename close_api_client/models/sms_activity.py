from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..models.sms_status import SmsStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SmsActivity")


@_attrs_define
class SmsActivity:
    """A text message with a lead. `cost` is in US cents, as a decimal string.

    Attributes:
        id (str): The activity id (`acti_...`).
        organization_id (str):
        lead_id (None | str):
        contact_id (None | str):
        user_id (None | str): The user the activity belongs to.
        user_name (None | str):
        created_by (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        type_ (Literal['SMS'] | Unset): Always `SMS`.
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        status (SmsStatus | Unset): State of an SMS: `inbox` (received), `draft`, `scheduled`, `outbox` (being sent),
            `sent`.
        text (None | str | Unset):
        local_phone (None | str | Unset):
        local_country_iso (None | str | Unset):
        remote_phone (None | str | Unset):
        remote_phone_formatted (None | str | Unset):
        remote_country_iso (None | str | Unset):
        cost (None | str | Unset):
        date_sent (datetime.datetime | None | Unset):
        source (str | Unset):
        agent_action_reason (None | str | Unset):
        agent_config_id (None | str | Unset):
        date_scheduled (datetime.datetime | None | Unset):
        error_message (None | str | Unset):
        local_phone_formatted (None | str | Unset):
        sequence_id (None | str | Unset):
        sequence_name (None | str | Unset):
        sequence_subscription_id (None | str | Unset):
        template_id (None | str | Unset):
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    user_name: None | str
    created_by: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: Literal["SMS"] | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    status: SmsStatus | Unset = UNSET
    text: None | str | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    local_country_iso: None | str | Unset = UNSET
    remote_phone: None | str | Unset = UNSET
    remote_phone_formatted: None | str | Unset = UNSET
    remote_country_iso: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    date_sent: datetime.datetime | None | Unset = UNSET
    source: str | Unset = UNSET
    agent_action_reason: None | str | Unset = UNSET
    agent_config_id: None | str | Unset = UNSET
    date_scheduled: datetime.datetime | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    local_phone_formatted: None | str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    sequence_name: None | str | Unset = UNSET
    sequence_subscription_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
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

        user_name: None | str
        user_name = self.user_name

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        updated_by_name: None | str
        updated_by_name = self.updated_by_name

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        type_ = self.type_

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        local_phone: None | str | Unset
        if isinstance(self.local_phone, Unset):
            local_phone = UNSET
        else:
            local_phone = self.local_phone

        local_country_iso: None | str | Unset
        if isinstance(self.local_country_iso, Unset):
            local_country_iso = UNSET
        else:
            local_country_iso = self.local_country_iso

        remote_phone: None | str | Unset
        if isinstance(self.remote_phone, Unset):
            remote_phone = UNSET
        else:
            remote_phone = self.remote_phone

        remote_phone_formatted: None | str | Unset
        if isinstance(self.remote_phone_formatted, Unset):
            remote_phone_formatted = UNSET
        else:
            remote_phone_formatted = self.remote_phone_formatted

        remote_country_iso: None | str | Unset
        if isinstance(self.remote_country_iso, Unset):
            remote_country_iso = UNSET
        else:
            remote_country_iso = self.remote_country_iso

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        date_sent: None | str | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        elif isinstance(self.date_sent, datetime.datetime):
            date_sent = self.date_sent.isoformat()
        else:
            date_sent = self.date_sent

        source = self.source

        agent_action_reason: None | str | Unset
        if isinstance(self.agent_action_reason, Unset):
            agent_action_reason = UNSET
        else:
            agent_action_reason = self.agent_action_reason

        agent_config_id: None | str | Unset
        if isinstance(self.agent_config_id, Unset):
            agent_config_id = UNSET
        else:
            agent_config_id = self.agent_config_id

        date_scheduled: None | str | Unset
        if isinstance(self.date_scheduled, Unset):
            date_scheduled = UNSET
        elif isinstance(self.date_scheduled, datetime.datetime):
            date_scheduled = self.date_scheduled.isoformat()
        else:
            date_scheduled = self.date_scheduled

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        local_phone_formatted: None | str | Unset
        if isinstance(self.local_phone_formatted, Unset):
            local_phone_formatted = UNSET
        else:
            local_phone_formatted = self.local_phone_formatted

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

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "lead_id": lead_id,
                "contact_id": contact_id,
                "user_id": user_id,
                "user_name": user_name,
                "created_by": created_by,
                "updated_by": updated_by,
                "updated_by_name": updated_by_name,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if users is not UNSET:
            field_dict["users"] = users
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if text is not UNSET:
            field_dict["text"] = text
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if local_country_iso is not UNSET:
            field_dict["local_country_iso"] = local_country_iso
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted
        if remote_country_iso is not UNSET:
            field_dict["remote_country_iso"] = remote_country_iso
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent
        if source is not UNSET:
            field_dict["source"] = source
        if agent_action_reason is not UNSET:
            field_dict["agent_action_reason"] = agent_action_reason
        if agent_config_id is not UNSET:
            field_dict["agent_config_id"] = agent_config_id
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

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

        type_ = cast(Literal["SMS"] | Unset, d.pop("_type", UNSET))
        if type_ != "SMS" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'SMS', got '{type_}'")

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
        direction: PhoneDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneDirection(_direction)

        _status = d.pop("status", UNSET)
        status: SmsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SmsStatus(_status)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_local_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_phone = _parse_local_phone(d.pop("local_phone", UNSET))

        def _parse_local_country_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_country_iso = _parse_local_country_iso(d.pop("local_country_iso", UNSET))

        def _parse_remote_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_phone = _parse_remote_phone(d.pop("remote_phone", UNSET))

        def _parse_remote_phone_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_phone_formatted = _parse_remote_phone_formatted(
            d.pop("remote_phone_formatted", UNSET)
        )

        def _parse_remote_country_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_country_iso = _parse_remote_country_iso(d.pop("remote_country_iso", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_date_sent(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_sent_type_0 = parse_datetime(data)

                return date_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_sent = _parse_date_sent(d.pop("date_sent", UNSET))

        source = d.pop("source", UNSET)

        def _parse_agent_action_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_action_reason = _parse_agent_action_reason(d.pop("agent_action_reason", UNSET))

        def _parse_agent_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_config_id = _parse_agent_config_id(d.pop("agent_config_id", UNSET))

        def _parse_date_scheduled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_scheduled_type_0 = parse_datetime(data)

                return date_scheduled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_scheduled = _parse_date_scheduled(d.pop("date_scheduled", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_local_phone_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_phone_formatted = _parse_local_phone_formatted(d.pop("local_phone_formatted", UNSET))

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

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        sms_activity = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            created_by=created_by,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            users=users,
            created_by_name=created_by_name,
            activity_at=activity_at,
            direction=direction,
            status=status,
            text=text,
            local_phone=local_phone,
            local_country_iso=local_country_iso,
            remote_phone=remote_phone,
            remote_phone_formatted=remote_phone_formatted,
            remote_country_iso=remote_country_iso,
            cost=cost,
            date_sent=date_sent,
            source=source,
            agent_action_reason=agent_action_reason,
            agent_config_id=agent_config_id,
            date_scheduled=date_scheduled,
            error_message=error_message,
            local_phone_formatted=local_phone_formatted,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_subscription_id=sequence_subscription_id,
            template_id=template_id,
        )

        sms_activity.additional_properties = d
        return sms_activity

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
