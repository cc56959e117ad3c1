from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A comment in a comment thread on an object.

    Attributes:
        id (str): `comm_...`
        organization_id (str):
        thread_id (str | Unset): `comthr_...`
        body (str | Unset): Rich text; emptied when the comment is removed.
        lead_id (None | str | Unset):
        mentions (list[Any] | Unset): Users and groups mentioned in the body.
        created_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (None | str | Unset):
        removed_at (datetime.datetime | None | Unset):
        removed_by (None | str | Unset):
    """

    id: str
    organization_id: str
    thread_id: str | Unset = UNSET
    body: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    mentions: list[Any] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    removed_at: datetime.datetime | None | Unset = UNSET
    removed_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        thread_id = self.thread_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        mentions: list[Any] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = self.mentions

        if mentions is not UNSET:
            field_dict["mentions"] = mentions

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        removed_at: None | str | Unset
        if isinstance(self.removed_at, Unset):
            removed_at = UNSET
        elif isinstance(self.removed_at, datetime.datetime):
            removed_at = self.removed_at.isoformat()
        else:
            removed_at = self.removed_at
        if removed_at is not UNSET:
            field_dict["removed_at"] = removed_at

        removed_by: None | str | Unset
        if isinstance(self.removed_by, Unset):
            removed_by = UNSET
        else:
            removed_by = self.removed_by
        if removed_by is not UNSET:
            field_dict["removed_by"] = removed_by

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
            raise not_an_object("Comment", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_thread_id = d.pop("thread_id", UNSET)
        thread_id: str | Unset
        if isinstance(_raw_thread_id, str):
            thread_id = _raw_thread_id
        else:
            thread_id = UNSET
            if _raw_thread_id is not UNSET:
                d["thread_id"] = _raw_thread_id

        _raw_body = d.pop("body", UNSET)
        body: str | Unset
        if isinstance(_raw_body, str):
            body = _raw_body
        else:
            body = UNSET
            if _raw_body is not UNSET:
                d["body"] = _raw_body

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str | Unset
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_mentions = d.pop("mentions", UNSET)
        mentions: list[Any] | Unset
        if isinstance(_raw_mentions, list):
            mentions = _raw_mentions
        else:
            mentions = UNSET
            if _raw_mentions is not UNSET:
                d["mentions"] = _raw_mentions

        _raw_created_at = d.pop("created_at", UNSET)
        try:
            _created_at = _raw_created_at
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            created_at = UNSET
            if _raw_created_at is not UNSET:
                d["created_at"] = _raw_created_at

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str | Unset
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_at = d.pop("updated_at", UNSET)
        try:
            _updated_at = _raw_updated_at
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            updated_at = UNSET
            if _raw_updated_at is not UNSET:
                d["updated_at"] = _raw_updated_at

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str | Unset
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = UNSET
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_removed_at = d.pop("removed_at", UNSET)
        try:

            def _parse_removed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    removed_at_type_0 = parse_datetime(data)

                    return removed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            removed_at = _parse_removed_at(_raw_removed_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            removed_at = UNSET
            if _raw_removed_at is not UNSET:
                d["removed_at"] = _raw_removed_at

        _raw_removed_by = d.pop("removed_by", UNSET)
        removed_by: None | str | Unset
        if isinstance(_raw_removed_by, str) or _raw_removed_by is None:
            removed_by = _raw_removed_by
        else:
            removed_by = UNSET
            if _raw_removed_by is not UNSET:
                d["removed_by"] = _raw_removed_by

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            thread_id=thread_id,
            body=body,
            lead_id=lead_id,
            mentions=mentions,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            removed_at=removed_at,
            removed_by=removed_by,
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
