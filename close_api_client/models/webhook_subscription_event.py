from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..types import MISSING, UNSET, Unset, not_an_object

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.object_type, Unset):  # absent only if trimmed by _fields
            object_type = self.object_type
            field_dict["object_type"] = object_type

        if not isinstance(self.action, Unset):  # absent only if trimmed by _fields
            action = self.action.value
            field_dict["action"] = action

        extra_filter: dict[str, Any] | None | Unset
        if isinstance(self.extra_filter, Unset):
            extra_filter = UNSET
        elif isinstance(self.extra_filter, WebhookFilter):
            extra_filter = self.extra_filter.to_dict()
        else:
            extra_filter = self.extra_filter
        if extra_filter is not UNSET:
            field_dict["extra_filter"] = extra_filter

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
            raise not_an_object("WebhookSubscriptionEvent", src_dict)
        from ..models.webhook_filter import WebhookFilter  # noqa: PLC0415

        d = dict(src_dict)
        _raw_object_type = d.pop("object_type", UNSET)
        object_type: str
        if isinstance(_raw_object_type, str):
            object_type = _raw_object_type
        else:
            object_type = MISSING
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_action = d.pop("action", UNSET)
        try:
            _fits = _raw_action is not UNSET
            if not _fits:
                raise TypeError()
            action = EventAction(_raw_action)

        except (TypeError, ValueError, AttributeError, KeyError):
            action = MISSING
            if _raw_action is not UNSET:
                d["action"] = _raw_action

        _raw_extra_filter = d.pop("extra_filter", UNSET)
        try:

            def _parse_extra_filter(data: object) -> None | Unset | WebhookFilter:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not WebhookFilter._carries_constants(data):
                        raise TypeError()

                    extra_filter_type_0 = WebhookFilter.from_dict(data)

                    return extra_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | Unset | WebhookFilter, data)

            extra_filter = _parse_extra_filter(_raw_extra_filter)

        except (TypeError, ValueError, AttributeError, KeyError):
            extra_filter = UNSET
            if _raw_extra_filter is not UNSET:
                d["extra_filter"] = _raw_extra_filter

        parsed_obj = cls(
            object_type=object_type,
            action=action,
            extra_filter=extra_filter,
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
