from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """The JSON body Close POSTs to a subscription URL: one event-log entry and the subscription id.
    Signed with the headers `close-sig-hash` and `close-sig-timestamp`.

        Attributes:
            event (Event): An entry of the event log. Several quick updates of one object can be consolidated into
                one event (same `date_created`, later `date_updated`, merged `previous_data`).
            subscription_id (str | Unset):
    """

    event: Event
    subscription_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.event, Unset):  # absent only if trimmed by _fields
            event = self.event.to_dict()
            field_dict["event"] = event

        subscription_id = self.subscription_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id

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
            raise not_an_object("WebhookDelivery", src_dict)
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        _raw_event = d.pop("event", UNSET)
        try:
            _fits = _raw_event is not UNSET and isinstance(_raw_event, dict)
            if not _fits:
                raise TypeError()
            event = Event.from_dict(_raw_event)

        except (TypeError, ValueError, AttributeError, KeyError):
            event = MISSING
            if _raw_event is not UNSET:
                d["event"] = _raw_event

        _raw_subscription_id = d.pop("subscription_id", UNSET)
        subscription_id: str | Unset
        if isinstance(_raw_subscription_id, str):
            subscription_id = _raw_subscription_id
        else:
            subscription_id = UNSET
            if _raw_subscription_id is not UNSET:
                d["subscription_id"] = _raw_subscription_id

        parsed_obj = cls(
            event=event,
            subscription_id=subscription_id,
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
