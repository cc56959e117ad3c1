from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="SequenceStep")


@_attrs_define
class SequenceStep:
    """One email of a sequence.

    Attributes:
        id (str): `seqstep_...`
        delay (int): Seconds to wait after the previous step (or the subscription) before sending.
        email_template_id (None | str):
        threading (None | str): Whether the email continues the previous thread, e.g. `old_thread`.
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by_id (None | str):
        updated_by_id (None | str):
    """

    id: str
    delay: int
    email_template_id: None | str
    threading: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by_id: None | str
    updated_by_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delay = self.delay

        email_template_id: None | str
        email_template_id = self.email_template_id

        threading: None | str
        threading = self.threading

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by_id: None | str
        created_by_id = self.created_by_id

        updated_by_id: None | str
        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "delay": delay,
                "email_template_id": email_template_id,
                "threading": threading,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by_id": created_by_id,
                "updated_by_id": updated_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        delay = d.pop("delay")

        def _parse_email_template_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_template_id = _parse_email_template_id(d.pop("email_template_id"))

        def _parse_threading(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        threading = _parse_threading(d.pop("threading"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        def _parse_updated_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id"))

        sequence_step = cls(
            id=id,
            delay=delay,
            email_template_id=email_template_id,
            threading=threading,
            date_created=date_created,
            date_updated=date_updated,
            created_by_id=created_by_id,
            updated_by_id=updated_by_id,
        )

        sequence_step.additional_properties = d
        return sequence_step

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
