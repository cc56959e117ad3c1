from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.url, Unset):  # absent only if trimmed by _fields
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.events, Unset):  # absent only if trimmed by _fields
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

            field_dict["events"] = events

        verify_ssl = self.verify_ssl
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl

        event_filter: dict[str, Any] | None | Unset
        if isinstance(self.event_filter, Unset):
            event_filter = UNSET
        elif isinstance(self.event_filter, WebhookCreateEventFilterType0):
            event_filter = self.event_filter.to_dict()
        else:
            event_filter = self.event_filter
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter

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
            raise not_an_object("WebhookCreate", src_dict)
        from ..models.webhook_create_event_filter_type_0 import WebhookCreateEventFilterType0  # noqa: PLC0415
        from ..models.webhook_subscription_event_create import WebhookSubscriptionEventCreate  # noqa: PLC0415

        d = dict(src_dict)
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
                events_item = WebhookSubscriptionEventCreate.from_dict(events_item_data)

                events.append(events_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            events = MISSING
            if _raw_events is not UNSET:
                d["events"] = _raw_events

        _raw_verify_ssl = d.pop("verify_ssl", UNSET)
        verify_ssl: bool | Unset
        if isinstance(_raw_verify_ssl, bool):
            verify_ssl = _raw_verify_ssl
        else:
            verify_ssl = UNSET
            if _raw_verify_ssl is not UNSET:
                d["verify_ssl"] = _raw_verify_ssl

        _raw_event_filter = d.pop("event_filter", UNSET)
        try:

            def _parse_event_filter(data: object) -> None | Unset | WebhookCreateEventFilterType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not WebhookCreateEventFilterType0._carries_constants(data):
                        raise TypeError()

                    event_filter_type_0 = WebhookCreateEventFilterType0.from_dict(data)

                    return event_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | Unset | WebhookCreateEventFilterType0, data)

            event_filter = _parse_event_filter(_raw_event_filter)

        except (TypeError, ValueError, AttributeError, KeyError):
            event_filter = UNSET
            if _raw_event_filter is not UNSET:
                d["event_filter"] = _raw_event_filter

        parsed_obj = cls(
            url=url,
            events=events,
            verify_ssl=verify_ssl,
            event_filter=event_filter,
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
