from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceStepCreate")


@_attrs_define
class SequenceStepCreate:
    """A step of a new sequence.

    Attributes:
        delay (int | Unset): Seconds to wait after the previous step.
        email_template_id (str | Unset):
        threading (str | Unset):
    """

    delay: int | Unset = UNSET
    email_template_id: str | Unset = UNSET
    threading: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay = self.delay

        email_template_id = self.email_template_id

        threading = self.threading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        delay = d.pop("delay", UNSET)

        email_template_id = d.pop("email_template_id", UNSET)

        threading = d.pop("threading", UNSET)

        sequence_step_create = cls(
            delay=delay,
            email_template_id=email_template_id,
            threading=threading,
        )

        sequence_step_create.additional_properties = d
        return sequence_step_create

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
