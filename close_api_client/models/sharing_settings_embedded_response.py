from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="SharingSettingsEmbeddedResponse")


@_attrs_define
class SharingSettingsEmbeddedResponse:
    """
    Attributes:
        created_at (datetime.datetime | None):
        created_by_id (None | str):
        group_ids (list[str]):
        updated_at (datetime.datetime | None):
        updated_by_id (None | str):
        user_ids (list[str]):
        whole_org (bool):
    """

    created_at: datetime.datetime | None
    created_by_id: None | str
    group_ids: list[str]
    updated_at: datetime.datetime | None
    updated_by_id: None | str
    user_ids: list[str]
    whole_org: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.created_at, Unset):  # absent only if trimmed by _fields
            created_at: None | str
            if isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
            field_dict["created_at"] = created_at

        if not isinstance(self.created_by_id, Unset):  # absent only if trimmed by _fields
            created_by_id: None | str
            created_by_id = self.created_by_id
            field_dict["created_by_id"] = created_by_id

        if not isinstance(self.group_ids, Unset):  # absent only if trimmed by _fields
            group_ids = self.group_ids

            field_dict["group_ids"] = group_ids

        if not isinstance(self.updated_at, Unset):  # absent only if trimmed by _fields
            updated_at: None | str
            if isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
            field_dict["updated_at"] = updated_at

        if not isinstance(self.updated_by_id, Unset):  # absent only if trimmed by _fields
            updated_by_id: None | str
            updated_by_id = self.updated_by_id
            field_dict["updated_by_id"] = updated_by_id

        if not isinstance(self.user_ids, Unset):  # absent only if trimmed by _fields
            user_ids = self.user_ids

            field_dict["user_ids"] = user_ids

        if not isinstance(self.whole_org, Unset):  # absent only if trimmed by _fields
            whole_org = self.whole_org
            field_dict["whole_org"] = whole_org

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
            raise not_an_object("SharingSettingsEmbeddedResponse", src_dict)
        d = dict(src_dict)
        _raw_created_at = d.pop("created_at", UNSET)
        try:
            _fits = _raw_created_at is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_created_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    created_at_type_0 = parse_datetime(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            created_at = _parse_created_at(_raw_created_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            created_at = MISSING
            if _raw_created_at is not UNSET:
                d["created_at"] = _raw_created_at

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = MISSING
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_group_ids = d.pop("group_ids", UNSET)
        group_ids: list[str]
        if isinstance(_raw_group_ids, list) and all(
            isinstance(item, str) for item in _raw_group_ids
        ):
            group_ids = _raw_group_ids
        else:
            group_ids = MISSING
            if _raw_group_ids is not UNSET:
                d["group_ids"] = _raw_group_ids

        _raw_updated_at = d.pop("updated_at", UNSET)
        try:
            _fits = _raw_updated_at is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_updated_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    updated_at_type_0 = parse_datetime(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            updated_at = _parse_updated_at(_raw_updated_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            updated_at = MISSING
            if _raw_updated_at is not UNSET:
                d["updated_at"] = _raw_updated_at

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: None | str
        if isinstance(_raw_updated_by_id, str) or _raw_updated_by_id is None:
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = MISSING
            if _raw_updated_by_id is not UNSET:
                d["updated_by_id"] = _raw_updated_by_id

        _raw_user_ids = d.pop("user_ids", UNSET)
        user_ids: list[str]
        if isinstance(_raw_user_ids, list) and all(isinstance(item, str) for item in _raw_user_ids):
            user_ids = _raw_user_ids
        else:
            user_ids = MISSING
            if _raw_user_ids is not UNSET:
                d["user_ids"] = _raw_user_ids

        _raw_whole_org = d.pop("whole_org", UNSET)
        whole_org: bool
        if isinstance(_raw_whole_org, bool):
            whole_org = _raw_whole_org
        else:
            whole_org = MISSING
            if _raw_whole_org is not UNSET:
                d["whole_org"] = _raw_whole_org

        parsed_obj = cls(
            created_at=created_at,
            created_by_id=created_by_id,
            group_ids=group_ids,
            updated_at=updated_at,
            updated_by_id=updated_by_id,
            user_ids=user_ids,
            whole_org=whole_org,
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
