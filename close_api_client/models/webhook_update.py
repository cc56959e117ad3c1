from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.webhook_subscription_event_create import WebhookSubscriptionEventCreate


T = TypeVar("T", bound="WebhookUpdate")


@_attrs_define
class WebhookUpdate:
    """Fields to change on a webhook subscription.

    Attributes:
        url (None | str | Unset):
        events (list[WebhookSubscriptionEventCreate] | None | Unset):
        status (None | Unset | WebhookStatus):
        verify_ssl (bool | None | Unset):
    """

    url: None | str | Unset = UNSET
    events: list[WebhookSubscriptionEventCreate] | None | Unset = UNSET
    status: None | Unset | WebhookStatus = UNSET
    verify_ssl: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events
        if events is not UNSET:
            field_dict["events"] = events

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WebhookStatus):
            status = self.status.value
        else:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        verify_ssl: bool | None | Unset
        if isinstance(self.verify_ssl, Unset):
            verify_ssl = UNSET
        else:
            verify_ssl = self.verify_ssl
        if verify_ssl is not UNSET:
            field_dict["verify_ssl"] = verify_ssl

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
            raise not_an_object("WebhookUpdate", src_dict)
        from ..models.webhook_subscription_event_create import WebhookSubscriptionEventCreate  # noqa: PLC0415

        d = dict(src_dict)
        _raw_url = d.pop("url", UNSET)
        url: None | str | Unset
        if isinstance(_raw_url, str) or _raw_url is None:
            url = _raw_url
        else:
            url = UNSET
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_events = d.pop("events", UNSET)
        try:

            def _parse_events(data: object) -> list[WebhookSubscriptionEventCreate] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    events_type_0 = []
                    _events_type_0 = data
                    for events_type_0_item_data in _events_type_0:
                        events_type_0_item = WebhookSubscriptionEventCreate.from_dict(
                            events_type_0_item_data
                        )

                        events_type_0.append(events_type_0_item)

                    return events_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[WebhookSubscriptionEventCreate] | None | Unset, data)

            events = _parse_events(_raw_events)

        except (TypeError, ValueError, AttributeError, KeyError):
            events = UNSET
            if _raw_events is not UNSET:
                d["events"] = _raw_events

        _raw_status = d.pop("status", UNSET)
        try:

            def _parse_status(data: object) -> None | Unset | WebhookStatus:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    status_type_0 = WebhookStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | Unset | WebhookStatus, data)

            status = _parse_status(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_verify_ssl = d.pop("verify_ssl", UNSET)
        verify_ssl: bool | None | Unset
        if isinstance(_raw_verify_ssl, bool) or _raw_verify_ssl is None:
            verify_ssl = _raw_verify_ssl
        else:
            verify_ssl = UNSET
            if _raw_verify_ssl is not UNSET:
                d["verify_ssl"] = _raw_verify_ssl

        parsed_obj = cls(
            url=url,
            events=events,
            status=status,
            verify_ssl=verify_ssl,
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
