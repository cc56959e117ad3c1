from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="EventList")


@_attrs_define
class EventList:
    """One page of events, latest first. `cursor_next` leads to older events and
    `cursor_previous` to newer ones; null when there are none.

        Attributes:
            data (list[Event]):
            cursor_next (None | str | Unset):
            cursor_previous (None | str | Unset):
    """

    data: list[Event]
    cursor_next: None | str | Unset = UNSET
    cursor_previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        cursor_next: None | str | Unset
        if isinstance(self.cursor_next, Unset):
            cursor_next = UNSET
        else:
            cursor_next = self.cursor_next

        cursor_previous: None | str | Unset
        if isinstance(self.cursor_previous, Unset):
            cursor_previous = UNSET
        else:
            cursor_previous = self.cursor_previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if cursor_next is not UNSET:
            field_dict["cursor_next"] = cursor_next
        if cursor_previous is not UNSET:
            field_dict["cursor_previous"] = cursor_previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Event.from_dict(data_item_data)

            data.append(data_item)

        def _parse_cursor_next(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor_next = _parse_cursor_next(d.pop("cursor_next", UNSET))

        def _parse_cursor_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor_previous = _parse_cursor_previous(d.pop("cursor_previous", UNSET))

        event_list = cls(
            data=data,
            cursor_next=cursor_next,
            cursor_previous=cursor_previous,
        )

        event_list.additional_properties = d
        return event_list

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
