from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingActivityUpdate")


@_attrs_define
class MeetingActivityUpdate:
    """Fields to change on a meeting (a patch). Only these two are documented; the object is open.

    Attributes:
        user_note_html (None | str | Unset): Rich-text note of the user.
        outcome_id (None | str | Unset):
    """

    user_note_html: None | str | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_note_html: None | str | Unset
        if isinstance(self.user_note_html, Unset):
            user_note_html = UNSET
        else:
            user_note_html = self.user_note_html

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_note_html is not UNSET:
            field_dict["user_note_html"] = user_note_html
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user_note_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_note_html = _parse_user_note_html(d.pop("user_note_html", UNSET))

        def _parse_outcome_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_id = _parse_outcome_id(d.pop("outcome_id", UNSET))

        meeting_activity_update = cls(
            user_note_html=user_note_html,
            outcome_id=outcome_id,
        )

        meeting_activity_update.additional_properties = d
        return meeting_activity_update

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
