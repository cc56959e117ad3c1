from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_filter_type import WebhookFilterType
from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="WebhookFilter")


@_attrs_define
class WebhookFilter:
    """An event filter (`extra_filter`): a matcher (`equals`, `not_equals`, `contains` with `value`;
    `is_null`, `non_null`), a combination (`and`/`or` with `filters`, `not` with `filter`) or an
    accessor (`field_accessor` with `field` and `filter`; `any_array_value` with `filter`).

        Attributes:
            type_ (WebhookFilterType | Unset): A filter operator or accessor.
            value (Any | Unset): The value to compare with.
            field (str | Unset): The field a `field_accessor` descends into, e.g. `data` or `custom.cf_...`.
            filter_ (WebhookFilter | Unset): An event filter (`extra_filter`): a matcher (`equals`, `not_equals`, `contains`
                with `value`;
                `is_null`, `non_null`), a combination (`and`/`or` with `filters`, `not` with `filter`) or an
                accessor (`field_accessor` with `field` and `filter`; `any_array_value` with `filter`).
            filters (list[WebhookFilter] | Unset):
    """

    type_: WebhookFilterType | Unset = UNSET
    value: Any | Unset = UNSET
    field: str | Unset = UNSET
    filter_: WebhookFilter | Unset = UNSET
    filters: list[WebhookFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        field = self.field
        if field is not UNSET:
            field_dict["field"] = field

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        if filters is not UNSET:
            field_dict["filters"] = filters

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
            raise not_an_object("WebhookFilter", src_dict)
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: WebhookFilterType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = WebhookFilterType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        value = d.pop("value", UNSET)

        _raw_field = d.pop("field", UNSET)
        field: str | Unset
        if isinstance(_raw_field, str):
            field = _raw_field
        else:
            field = UNSET
            if _raw_field is not UNSET:
                d["field"] = _raw_field

        _raw_filter_ = d.pop("filter", UNSET)
        try:
            _fits = _raw_filter_ is UNSET or isinstance(_raw_filter_, dict)
            if not _fits:
                raise TypeError()
            _filter_ = _raw_filter_
            filter_: WebhookFilter | Unset
            if isinstance(_filter_, Unset):
                filter_ = UNSET
            else:
                filter_ = WebhookFilter.from_dict(_filter_)

        except (TypeError, ValueError, AttributeError, KeyError):
            filter_ = UNSET
            if _raw_filter_ is not UNSET:
                d["filter"] = _raw_filter_

        _raw_filters = d.pop("filters", UNSET)
        try:
            _fits = _raw_filters is UNSET or isinstance(_raw_filters, list)
            if not _fits:
                raise TypeError()
            _filters = _raw_filters
            filters: list[WebhookFilter] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for filters_item_data in _filters:
                    filters_item = WebhookFilter.from_dict(filters_item_data)

                    filters.append(filters_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            filters = UNSET
            if _raw_filters is not UNSET:
                d["filters"] = _raw_filters

        parsed_obj = cls(
            type_=type_,
            value=value,
            field=field,
            filter_=filter_,
            filters=filters,
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
