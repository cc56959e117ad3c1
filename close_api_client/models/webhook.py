from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_counters import WebhookCounters
    from ..models.webhook_subscription_event import WebhookSubscriptionEvent


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook subscription.

    Attributes:
        id (str | Unset): `whsub_...`
        url (str | Unset):
        events (list[WebhookSubscriptionEvent] | Unset):
        status (WebhookStatus | Unset): `paused` subscriptions receive nothing until set back to `active`.
        verify_ssl (bool | Unset):
        signature_key (str | Unset): Hex key for the HMAC-SHA256 delivery signatures; returned when the subscription is
            created.
        health_status (str | Unset): Delivery health, e.g. `healthy`.
        pause_reason (None | str | Unset): Why the subscription is paused, e.g. `api`.
        latest_error (Any | Unset): The latest delivery error, if any.
        recent_consecutive_fail_buckets_cnt (int | Unset):
        counters (WebhookCounters | Unset): Delivery counters (shape not documented).
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
    """

    id: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[WebhookSubscriptionEvent] | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    verify_ssl: bool | Unset = UNSET
    signature_key: str | Unset = UNSET
    health_status: str | Unset = UNSET
    pause_reason: None | str | Unset = UNSET
    latest_error: Any | Unset = UNSET
    recent_consecutive_fail_buckets_cnt: int | Unset = UNSET
    counters: WebhookCounters | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        verify_ssl = self.verify_ssl

        signature_key = self.signature_key

        health_status = self.health_status

        pause_reason: None | str | Unset
        if isinstance(self.pause_reason, Unset):
            pause_reason = UNSET
        else:
            pause_reason = self.pause_reason

        latest_error = self.latest_error

        recent_consecutive_fail_buckets_cnt = self.recent_consecutive_fail_buckets_cnt

        counters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counters, Unset):
            counters = self.counters.to_dict()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if status is not UNSET:
            field_dict["status"] = status
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl
        if signature_key is not UNSET:
            field_dict["signature_key"] = signature_key
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if pause_reason is not UNSET:
            field_dict["pause_reason"] = pause_reason
        if latest_error is not UNSET:
            field_dict["latest_error"] = latest_error
        if recent_consecutive_fail_buckets_cnt is not UNSET:
            field_dict["recent_consecutive_fail_buckets_cnt"] = recent_consecutive_fail_buckets_cnt
        if counters is not UNSET:
            field_dict["counters"] = counters
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_counters import WebhookCounters  # noqa: PLC0415
        from ..models.webhook_subscription_event import WebhookSubscriptionEvent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[WebhookSubscriptionEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookSubscriptionEvent.from_dict(events_item_data)

                events.append(events_item)

        _status = d.pop("status", UNSET)
        status: WebhookStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStatus(_status)

        verify_ssl = d.pop("verify_ssl", UNSET)

        signature_key = d.pop("signature_key", UNSET)

        health_status = d.pop("health_status", UNSET)

        def _parse_pause_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pause_reason = _parse_pause_reason(d.pop("pause_reason", UNSET))

        latest_error = d.pop("latest_error", UNSET)

        recent_consecutive_fail_buckets_cnt = d.pop("recent_consecutive_fail_buckets_cnt", UNSET)

        _counters = d.pop("counters", UNSET)
        counters: WebhookCounters | Unset
        if isinstance(_counters, Unset):
            counters = UNSET
        else:
            counters = WebhookCounters.from_dict(_counters)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        webhook = cls(
            id=id,
            url=url,
            events=events,
            status=status,
            verify_ssl=verify_ssl,
            signature_key=signature_key,
            health_status=health_status,
            pause_reason=pause_reason,
            latest_error=latest_error,
            recent_consecutive_fail_buckets_cnt=recent_consecutive_fail_buckets_cnt,
            counters=counters,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
        )

        webhook.additional_properties = d
        return webhook

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
