from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_create_event_filter_type_0 import WebhookCreateEventFilterType0
    from ..models.webhook_subscription_event_create import WebhookSubscriptionEventCreate


T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """A new webhook subscription.

    Attributes:
        url (str):
        events (list[WebhookSubscriptionEventCreate]):
        verify_ssl (bool | Unset): Validate the URL's TLS certificate (default true).
        event_filter (None | Unset | WebhookCreateEventFilterType0):
    """

    url: str
    events: list[WebhookSubscriptionEventCreate]
    verify_ssl: bool | Unset = UNSET
    event_filter: None | Unset | WebhookCreateEventFilterType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_create_event_filter_type_0 import WebhookCreateEventFilterType0  # noqa: PLC0415

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        verify_ssl = self.verify_ssl

        event_filter: dict[str, Any] | None | Unset
        if isinstance(self.event_filter, Unset):
            event_filter = UNSET
        elif isinstance(self.event_filter, WebhookCreateEventFilterType0):
            event_filter = self.event_filter.to_dict()
        else:
            event_filter = self.event_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_create_event_filter_type_0 import WebhookCreateEventFilterType0  # noqa: PLC0415
        from ..models.webhook_subscription_event_create import WebhookSubscriptionEventCreate  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WebhookSubscriptionEventCreate.from_dict(events_item_data)

            events.append(events_item)

        verify_ssl = d.pop("verify_ssl", UNSET)

        def _parse_event_filter(data: object) -> None | Unset | WebhookCreateEventFilterType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_filter_type_0 = WebhookCreateEventFilterType0.from_dict(data)

                return event_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookCreateEventFilterType0, data)

        event_filter = _parse_event_filter(d.pop("event_filter", UNSET))

        webhook_create = cls(
            url=url,
            events=events,
            verify_ssl=verify_ssl,
            event_filter=event_filter,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
