from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceStepUpdate")


@_attrs_define
class SequenceStepUpdate:
    """A step in the complete new step list; existing steps by `id` (other fields optional), new steps without it.

    Attributes:
        id (str | Unset):
        delay (int | Unset):
        email_template_id (str | Unset):
        threading (str | Unset):
    """

    id: str | Unset = UNSET
    delay: int | Unset = UNSET
    email_template_id: str | Unset = UNSET
    threading: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delay = self.delay

        email_template_id = self.email_template_id

        threading = self.threading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if delay is not UNSET:
            field_dict["delay"] = delay
        if email_template_id is not UNSET:
            field_dict["email_template_id"] = email_template_id
        if threading is not UNSET:
            field_dict["threading"] = threading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        delay = d.pop("delay", UNSET)

        email_template_id = d.pop("email_template_id", UNSET)

        threading = d.pop("threading", UNSET)

        sequence_step_update = cls(
            id=id,
            delay=delay,
            email_template_id=email_template_id,
            threading=threading,
        )

        sequence_step_update.additional_properties = d
        return sequence_step_update

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
