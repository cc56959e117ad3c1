from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_filter_type import WebhookFilterType
from ..types import UNSET, Unset

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
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field = self.field

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if field is not UNSET:
            field_dict["field"] = field
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: WebhookFilterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookFilterType(_type_)

        value = d.pop("value", UNSET)

        field = d.pop("field", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: WebhookFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = WebhookFilter.from_dict(_filter_)

        _filters = d.pop("filters", UNSET)
        filters: list[WebhookFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = WebhookFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        webhook_filter = cls(
            type_=type_,
            value=value,
            field=field,
            filter_=filter_,
            filters=filters,
        )

        webhook_filter.additional_properties = d
        return webhook_filter

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
