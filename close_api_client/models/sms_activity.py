from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..models.sms_status import SmsStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        created_by_name (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        direction (PhoneDirection): Direction of a call or SMS.
        status (SmsStatus): State of an SMS: `inbox` (received), `draft`, `scheduled`, `outbox` (being sent), `sent`.
        text (None | str):
        local_phone (None | str):
        local_country_iso (None | str):
        remote_phone (None | str):
        remote_phone_formatted (None | str):
        remote_country_iso (None | str):
        cost (None | str):
        date_sent (datetime.datetime | None):
        type_ (Literal['SMS'] | Unset): Always `SMS`.
        users (list[str] | Unset): Ids of the users involved.
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
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
    created_by_name: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    direction: PhoneDirection
    status: SmsStatus
    text: None | str
    local_phone: None | str
    local_country_iso: None | str
    remote_phone: None | str
    remote_phone_formatted: None | str
    remote_country_iso: None | str
    cost: None | str
    date_sent: datetime.datetime | None
    type_: Literal["SMS"] | Unset = UNSET
    users: list[str] | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
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

        if not isinstance(self.user_name, Unset):  # absent only if trimmed by _fields
            user_name: None | str
            user_name = self.user_name
            field_dict["user_name"] = user_name

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

        if not isinstance(self.direction, Unset):  # absent only if trimmed by _fields
            direction = self.direction.value
            field_dict["direction"] = direction

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.text, Unset):  # absent only if trimmed by _fields
            text: None | str
            text = self.text
            field_dict["text"] = text

        if not isinstance(self.local_phone, Unset):  # absent only if trimmed by _fields
            local_phone: None | str
            local_phone = self.local_phone
            field_dict["local_phone"] = local_phone

        if not isinstance(self.local_country_iso, Unset):  # absent only if trimmed by _fields
            local_country_iso: None | str
            local_country_iso = self.local_country_iso
            field_dict["local_country_iso"] = local_country_iso

        if not isinstance(self.remote_phone, Unset):  # absent only if trimmed by _fields
            remote_phone: None | str
            remote_phone = self.remote_phone
            field_dict["remote_phone"] = remote_phone

        if not isinstance(self.remote_phone_formatted, Unset):  # absent only if trimmed by _fields
            remote_phone_formatted: None | str
            remote_phone_formatted = self.remote_phone_formatted
            field_dict["remote_phone_formatted"] = remote_phone_formatted

        if not isinstance(self.remote_country_iso, Unset):  # absent only if trimmed by _fields
            remote_country_iso: None | str
            remote_country_iso = self.remote_country_iso
            field_dict["remote_country_iso"] = remote_country_iso

        if not isinstance(self.cost, Unset):  # absent only if trimmed by _fields
            cost: None | str
            cost = self.cost
            field_dict["cost"] = cost

        if not isinstance(self.date_sent, Unset):  # absent only if trimmed by _fields
            date_sent: None | str
            if isinstance(self.date_sent, datetime.datetime):
                date_sent = self.date_sent.isoformat()
            else:
                date_sent = self.date_sent
            field_dict["date_sent"] = date_sent

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        if users is not UNSET:
            field_dict["users"] = users

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        source = self.source
        if source is not UNSET:
            field_dict["source"] = source

        agent_action_reason: None | str | Unset
        if isinstance(self.agent_action_reason, Unset):
            agent_action_reason = UNSET
        else:
            agent_action_reason = self.agent_action_reason
        if agent_action_reason is not UNSET:
            field_dict["agent_action_reason"] = agent_action_reason

        agent_config_id: None | str | Unset
        if isinstance(self.agent_config_id, Unset):
            agent_config_id = UNSET
        else:
            agent_config_id = self.agent_config_id
        if agent_config_id is not UNSET:
            field_dict["agent_config_id"] = agent_config_id

        date_scheduled: None | str | Unset
        if isinstance(self.date_scheduled, Unset):
            date_scheduled = UNSET
        elif isinstance(self.date_scheduled, datetime.datetime):
            date_scheduled = self.date_scheduled.isoformat()
        else:
            date_scheduled = self.date_scheduled
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        local_phone_formatted: None | str | Unset
        if isinstance(self.local_phone_formatted, Unset):
            local_phone_formatted = UNSET
        else:
            local_phone_formatted = self.local_phone_formatted
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted

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
        return src.get("_type") == "SMS"

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
            raise not_an_object("SmsActivity", src_dict)
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

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = MISSING
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

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

        _raw_direction = d.pop("direction", UNSET)
        try:
            _fits = _raw_direction is not UNSET
            if not _fits:
                raise TypeError()
            direction = PhoneDirection(_raw_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = MISSING
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

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

        _raw_text = d.pop("text", UNSET)
        text: None | str
        if isinstance(_raw_text, str) or _raw_text is None:
            text = _raw_text
        else:
            text = MISSING
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: None | str
        if isinstance(_raw_local_phone, str) or _raw_local_phone is None:
            local_phone = _raw_local_phone
        else:
            local_phone = MISSING
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_local_country_iso = d.pop("local_country_iso", UNSET)
        local_country_iso: None | str
        if isinstance(_raw_local_country_iso, str) or _raw_local_country_iso is None:
            local_country_iso = _raw_local_country_iso
        else:
            local_country_iso = MISSING
            if _raw_local_country_iso is not UNSET:
                d["local_country_iso"] = _raw_local_country_iso

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: None | str
        if isinstance(_raw_remote_phone, str) or _raw_remote_phone is None:
            remote_phone = _raw_remote_phone
        else:
            remote_phone = MISSING
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

        _raw_remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)
        remote_phone_formatted: None | str
        if isinstance(_raw_remote_phone_formatted, str) or _raw_remote_phone_formatted is None:
            remote_phone_formatted = _raw_remote_phone_formatted
        else:
            remote_phone_formatted = MISSING
            if _raw_remote_phone_formatted is not UNSET:
                d["remote_phone_formatted"] = _raw_remote_phone_formatted

        _raw_remote_country_iso = d.pop("remote_country_iso", UNSET)
        remote_country_iso: None | str
        if isinstance(_raw_remote_country_iso, str) or _raw_remote_country_iso is None:
            remote_country_iso = _raw_remote_country_iso
        else:
            remote_country_iso = MISSING
            if _raw_remote_country_iso is not UNSET:
                d["remote_country_iso"] = _raw_remote_country_iso

        _raw_cost = d.pop("cost", UNSET)
        cost: None | str
        if isinstance(_raw_cost, str) or _raw_cost is None:
            cost = _raw_cost
        else:
            cost = MISSING
            if _raw_cost is not UNSET:
                d["cost"] = _raw_cost

        _raw_date_sent = d.pop("date_sent", UNSET)
        try:
            _fits = _raw_date_sent is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_date_sent(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_sent_type_0 = parse_datetime(data)

                    return date_sent_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            date_sent = _parse_date_sent(_raw_date_sent)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_sent = MISSING
            if _raw_date_sent is not UNSET:
                d["date_sent"] = _raw_date_sent

        type_ = cast(Literal["SMS"] | Unset, d.pop("_type", UNSET))
        if type_ != "SMS" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'SMS', got '{type_}'")

        _raw_users = d.pop("users", UNSET)
        users: list[str] | Unset
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = UNSET
            if _raw_users is not UNSET:
                d["users"] = _raw_users

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

        _raw_source = d.pop("source", UNSET)
        source: str | Unset
        if isinstance(_raw_source, str):
            source = _raw_source
        else:
            source = UNSET
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_agent_action_reason = d.pop("agent_action_reason", UNSET)
        agent_action_reason: None | str | Unset
        if isinstance(_raw_agent_action_reason, str) or _raw_agent_action_reason is None:
            agent_action_reason = _raw_agent_action_reason
        else:
            agent_action_reason = UNSET
            if _raw_agent_action_reason is not UNSET:
                d["agent_action_reason"] = _raw_agent_action_reason

        _raw_agent_config_id = d.pop("agent_config_id", UNSET)
        agent_config_id: None | str | Unset
        if isinstance(_raw_agent_config_id, str) or _raw_agent_config_id is None:
            agent_config_id = _raw_agent_config_id
        else:
            agent_config_id = UNSET
            if _raw_agent_config_id is not UNSET:
                d["agent_config_id"] = _raw_agent_config_id

        _raw_date_scheduled = d.pop("date_scheduled", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_scheduled = _parse_date_scheduled(_raw_date_scheduled)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_scheduled = UNSET
            if _raw_date_scheduled is not UNSET:
                d["date_scheduled"] = _raw_date_scheduled

        _raw_error_message = d.pop("error_message", UNSET)
        error_message: None | str | Unset
        if isinstance(_raw_error_message, str) or _raw_error_message is None:
            error_message = _raw_error_message
        else:
            error_message = UNSET
            if _raw_error_message is not UNSET:
                d["error_message"] = _raw_error_message

        _raw_local_phone_formatted = d.pop("local_phone_formatted", UNSET)
        local_phone_formatted: None | str | Unset
        if isinstance(_raw_local_phone_formatted, str) or _raw_local_phone_formatted is None:
            local_phone_formatted = _raw_local_phone_formatted
        else:
            local_phone_formatted = UNSET
            if _raw_local_phone_formatted is not UNSET:
                d["local_phone_formatted"] = _raw_local_phone_formatted

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

        _raw_template_id = d.pop("template_id", UNSET)
        template_id: None | str | Unset
        if isinstance(_raw_template_id, str) or _raw_template_id is None:
            template_id = _raw_template_id
        else:
            template_id = UNSET
            if _raw_template_id is not UNSET:
                d["template_id"] = _raw_template_id

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            created_by=created_by,
            created_by_name=created_by_name,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
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
            type_=type_,
            users=users,
            activity_at=activity_at,
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
