from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.delay, Unset):  # absent only if trimmed by _fields
            delay = self.delay
            field_dict["delay"] = delay

        if not isinstance(self.email_template_id, Unset):  # absent only if trimmed by _fields
            email_template_id: None | str
            email_template_id = self.email_template_id
            field_dict["email_template_id"] = email_template_id

        if not isinstance(self.threading, Unset):  # absent only if trimmed by _fields
            threading: None | str
            threading = self.threading
            field_dict["threading"] = threading

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by_id, Unset):  # absent only if trimmed by _fields
            created_by_id: None | str
            created_by_id = self.created_by_id
            field_dict["created_by_id"] = created_by_id

        if not isinstance(self.updated_by_id, Unset):  # absent only if trimmed by _fields
            updated_by_id: None | str
            updated_by_id = self.updated_by_id
            field_dict["updated_by_id"] = updated_by_id

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
            raise not_an_object("SequenceStep", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_delay = d.pop("delay", UNSET)
        delay: int
        if isinstance(_raw_delay, int) and not isinstance(_raw_delay, bool):
            delay = _raw_delay
        else:
            delay = MISSING
            if _raw_delay is not UNSET:
                d["delay"] = _raw_delay

        _raw_email_template_id = d.pop("email_template_id", UNSET)
        email_template_id: None | str
        if isinstance(_raw_email_template_id, str) or _raw_email_template_id is None:
            email_template_id = _raw_email_template_id
        else:
            email_template_id = MISSING
            if _raw_email_template_id is not UNSET:
                d["email_template_id"] = _raw_email_template_id

        _raw_threading = d.pop("threading", UNSET)
        threading: None | str
        if isinstance(_raw_threading, str) or _raw_threading is None:
            threading = _raw_threading
        else:
            threading = MISSING
            if _raw_threading is not UNSET:
                d["threading"] = _raw_threading

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = MISSING
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: None | str
        if isinstance(_raw_updated_by_id, str) or _raw_updated_by_id is None:
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = MISSING
            if _raw_updated_by_id is not UNSET:
                d["updated_by_id"] = _raw_updated_by_id

        parsed_obj = cls(
            id=id,
            delay=delay,
            email_template_id=email_template_id,
            threading=threading,
            date_created=date_created,
            date_updated=date_updated,
            created_by_id=created_by_id,
            updated_by_id=updated_by_id,
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
