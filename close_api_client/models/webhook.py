from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_counters import WebhookCounters
    from ..models.webhook_subscription_event import WebhookSubscriptionEvent


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook subscription.

    Attributes:
        id (str): `whsub_...`
        url (str):
        events (list[WebhookSubscriptionEvent]):
        status (WebhookStatus): `paused` subscriptions receive nothing until set back to `active`.
        verify_ssl (bool):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by (None | str):
        updated_by (None | str):
        signature_key (str | Unset): Hex key for the HMAC-SHA256 delivery signatures; returned when the subscription is
            created.
        health_status (str | Unset): Delivery health, e.g. `healthy`.
        pause_reason (None | str | Unset): Why the subscription is paused, e.g. `api`.
        latest_error (Any | Unset): The latest delivery error, if any.
        recent_consecutive_fail_buckets_cnt (int | Unset):
        counters (WebhookCounters | Unset): Delivery counters (shape not documented).
    """

    id: str
    url: str
    events: list[WebhookSubscriptionEvent]
    status: WebhookStatus
    verify_ssl: bool
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by: None | str
    updated_by: None | str
    signature_key: str | Unset = UNSET
    health_status: str | Unset = UNSET
    pause_reason: None | str | Unset = UNSET
    latest_error: Any | Unset = UNSET
    recent_consecutive_fail_buckets_cnt: int | Unset = UNSET
    counters: WebhookCounters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.url, Unset):  # absent only if trimmed by _fields
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.events, Unset):  # absent only if trimmed by _fields
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

            field_dict["events"] = events

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.verify_ssl, Unset):  # absent only if trimmed by _fields
            verify_ssl = self.verify_ssl
            field_dict["verify_ssl"] = verify_ssl

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

        signature_key = self.signature_key
        if signature_key is not UNSET:
            field_dict["signature_key"] = signature_key

        health_status = self.health_status
        if health_status is not UNSET:
            field_dict["health_status"] = health_status

        pause_reason: None | str | Unset
        if isinstance(self.pause_reason, Unset):
            pause_reason = UNSET
        else:
            pause_reason = self.pause_reason
        if pause_reason is not UNSET:
            field_dict["pause_reason"] = pause_reason

        latest_error = self.latest_error
        if latest_error is not UNSET:
            field_dict["latest_error"] = latest_error

        recent_consecutive_fail_buckets_cnt = self.recent_consecutive_fail_buckets_cnt
        if recent_consecutive_fail_buckets_cnt is not UNSET:
            field_dict["recent_consecutive_fail_buckets_cnt"] = recent_consecutive_fail_buckets_cnt

        counters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counters, Unset):
            counters = self.counters.to_dict()
        if counters is not UNSET:
            field_dict["counters"] = counters

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
            raise not_an_object("Webhook", src_dict)
        from ..models.webhook_counters import WebhookCounters  # noqa: PLC0415
        from ..models.webhook_subscription_event import WebhookSubscriptionEvent  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_url = d.pop("url", UNSET)
        url: str
        if isinstance(_raw_url, str):
            url = _raw_url
        else:
            url = MISSING
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_events = d.pop("events", UNSET)
        try:
            _fits = _raw_events is not UNSET and isinstance(_raw_events, list)
            if not _fits:
                raise TypeError()
            events = []
            _events = _raw_events
            for events_item_data in _events:
                events_item = WebhookSubscriptionEvent.from_dict(events_item_data)

                events.append(events_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            events = MISSING
            if _raw_events is not UNSET:
                d["events"] = _raw_events

        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()
            status = WebhookStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_verify_ssl = d.pop("verify_ssl", UNSET)
        verify_ssl: bool
        if isinstance(_raw_verify_ssl, bool):
            verify_ssl = _raw_verify_ssl
        else:
            verify_ssl = MISSING
            if _raw_verify_ssl is not UNSET:
                d["verify_ssl"] = _raw_verify_ssl

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

        _raw_signature_key = d.pop("signature_key", UNSET)
        signature_key: str | Unset
        if isinstance(_raw_signature_key, str):
            signature_key = _raw_signature_key
        else:
            signature_key = UNSET
            if _raw_signature_key is not UNSET:
                d["signature_key"] = _raw_signature_key

        _raw_health_status = d.pop("health_status", UNSET)
        health_status: str | Unset
        if isinstance(_raw_health_status, str):
            health_status = _raw_health_status
        else:
            health_status = UNSET
            if _raw_health_status is not UNSET:
                d["health_status"] = _raw_health_status

        _raw_pause_reason = d.pop("pause_reason", UNSET)
        pause_reason: None | str | Unset
        if isinstance(_raw_pause_reason, str) or _raw_pause_reason is None:
            pause_reason = _raw_pause_reason
        else:
            pause_reason = UNSET
            if _raw_pause_reason is not UNSET:
                d["pause_reason"] = _raw_pause_reason

        latest_error = d.pop("latest_error", UNSET)

        _raw_recent_consecutive_fail_buckets_cnt = d.pop(
            "recent_consecutive_fail_buckets_cnt", UNSET
        )
        recent_consecutive_fail_buckets_cnt: int | Unset
        if isinstance(_raw_recent_consecutive_fail_buckets_cnt, int) and not isinstance(
            _raw_recent_consecutive_fail_buckets_cnt, bool
        ):
            recent_consecutive_fail_buckets_cnt = _raw_recent_consecutive_fail_buckets_cnt
        else:
            recent_consecutive_fail_buckets_cnt = UNSET
            if _raw_recent_consecutive_fail_buckets_cnt is not UNSET:
                d["recent_consecutive_fail_buckets_cnt"] = _raw_recent_consecutive_fail_buckets_cnt

        _raw_counters = d.pop("counters", UNSET)
        try:
            _fits = _raw_counters is UNSET or isinstance(_raw_counters, dict)
            if not _fits:
                raise TypeError()
            _counters = _raw_counters
            counters: WebhookCounters | Unset
            if isinstance(_counters, Unset):
                counters = UNSET
            else:
                counters = WebhookCounters.from_dict(_counters)

        except (TypeError, ValueError, AttributeError, KeyError):
            counters = UNSET
            if _raw_counters is not UNSET:
                d["counters"] = _raw_counters

        parsed_obj = cls(
            id=id,
            url=url,
            events=events,
            status=status,
            verify_ssl=verify_ssl,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            signature_key=signature_key,
            health_status=health_status,
            pause_reason=pause_reason,
            latest_error=latest_error,
            recent_consecutive_fail_buckets_cnt=recent_consecutive_fail_buckets_cnt,
            counters=counters,
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
