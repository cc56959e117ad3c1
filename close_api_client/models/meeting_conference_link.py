from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_conference_link_type import MeetingConferenceLinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingConferenceLink")


@_attrs_define
class MeetingConferenceLink:
    """A video-conference link of a meeting.

    Attributes:
        type_ (MeetingConferenceLinkType | Unset): The conferencing service of a link.
        url (str | Unset):
    """

    type_: MeetingConferenceLinkType | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: MeetingConferenceLinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MeetingConferenceLinkType(_type_)

        url = d.pop("url", UNSET)

        meeting_conference_link = cls(
            type_=type_,
            url=url,
        )

        meeting_conference_link.additional_properties = d
        return meeting_conference_link

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
