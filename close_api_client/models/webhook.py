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
        id = self.id

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        status = self.status.value

        verify_ssl = self.verify_ssl

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "events": events,
                "status": status,
                "verify_ssl": verify_ssl,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_counters import WebhookCounters  # noqa: PLC0415
        from ..models.webhook_subscription_event import WebhookSubscriptionEvent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WebhookSubscriptionEvent.from_dict(events_item_data)

            events.append(events_item)

        status = WebhookStatus(d.pop("status"))

        verify_ssl = d.pop("verify_ssl")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

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

        webhook = cls(
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
