from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_filter import WebhookFilter


T = TypeVar("T", bound="WebhookSubscriptionEvent")


@_attrs_define
class WebhookSubscriptionEvent:
    """An event type a subscription receives.

    Attributes:
        object_type (str): As in the event log, e.g. `lead`, `activity.call`.
        action (EventAction): What happened to the object. Most events are `created`, `updated` or `deleted`; some
            object types have their own actions.
        extra_filter (None | Unset | WebhookFilter):
    """

    object_type: str
    action: EventAction
    extra_filter: None | Unset | WebhookFilter = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_filter import WebhookFilter  # noqa: PLC0415

        object_type = self.object_type

        action = self.action.value

        extra_filter: dict[str, Any] | None | Unset
        if isinstance(self.extra_filter, Unset):
            extra_filter = UNSET
        elif isinstance(self.extra_filter, WebhookFilter):
            extra_filter = self.extra_filter.to_dict()
        else:
            extra_filter = self.extra_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
                "action": action,
            }
        )
        if extra_filter is not UNSET:
            field_dict["extra_filter"] = extra_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_filter import WebhookFilter  # noqa: PLC0415

        d = dict(src_dict)
        object_type = d.pop("object_type")

        action = EventAction(d.pop("action"))

        def _parse_extra_filter(data: object) -> None | Unset | WebhookFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_filter_type_0 = WebhookFilter.from_dict(data)

                return extra_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookFilter, data)

        extra_filter = _parse_extra_filter(d.pop("extra_filter", UNSET))

        webhook_subscription_event = cls(
            object_type=object_type,
            action=action,
            extra_filter=extra_filter,
        )

        webhook_subscription_event.additional_properties = d
        return webhook_subscription_event

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
