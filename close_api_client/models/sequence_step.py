from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SequenceStep")


@_attrs_define
class SequenceStep:
    """One email of a sequence.

    Attributes:
        id (str | Unset): `seqstep_...`
        delay (int | Unset): Seconds to wait after the previous step (or the subscription) before sending.
        email_template_id (None | str | Unset):
        threading (None | str | Unset): Whether the email continues the previous thread, e.g. `old_thread`.
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by_id (None | str | Unset):
        updated_by_id (None | str | Unset):
    """

    id: str | Unset = UNSET
    delay: int | Unset = UNSET
    email_template_id: None | str | Unset = UNSET
    threading: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    updated_by_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delay = self.delay

        email_template_id: None | str | Unset
        if isinstance(self.email_template_id, Unset):
            email_template_id = UNSET
        else:
            email_template_id = self.email_template_id

        threading: None | str | Unset
        if isinstance(self.threading, Unset):
            threading = UNSET
        else:
            threading = self.threading

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id

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
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        delay = d.pop("delay", UNSET)

        def _parse_email_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_template_id = _parse_email_template_id(d.pop("email_template_id", UNSET))

        def _parse_threading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threading = _parse_threading(d.pop("threading", UNSET))

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_updated_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id", UNSET))

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
