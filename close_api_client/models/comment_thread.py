from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="CommentThread")


@_attrs_define
class CommentThread:
    """The thread of comments on one object.

    Attributes:
        id (str): `comthr_...`
        organization_id (str):
        object_id (str | Unset):
        object_type (str | Unset): As in the event log, e.g. `activity.custom_activity`.
        lead_id (None | str | Unset):
        num_comments (int | Unset):
        participating (list[str] | Unset): Ids of the users who commented.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    organization_id: str
    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    num_comments: int | Unset = UNSET
    participating: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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

        object_id = self.object_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id

        object_type = self.object_type
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        num_comments = self.num_comments
        if num_comments is not UNSET:
            field_dict["num_comments"] = num_comments

        participating: list[str] | Unset = UNSET
        if not isinstance(self.participating, Unset):
            participating = self.participating

        if participating is not UNSET:
            field_dict["participating"] = participating

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            raise not_an_object("CommentThread", src_dict)
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

        _raw_object_id = d.pop("object_id", UNSET)
        object_id: str | Unset
        if isinstance(_raw_object_id, str):
            object_id = _raw_object_id
        else:
            object_id = UNSET
            if _raw_object_id is not UNSET:
                d["object_id"] = _raw_object_id

        _raw_object_type = d.pop("object_type", UNSET)
        object_type: str | Unset
        if isinstance(_raw_object_type, str):
            object_type = _raw_object_type
        else:
            object_type = UNSET
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str | Unset
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_num_comments = d.pop("num_comments", UNSET)
        num_comments: int | Unset
        if isinstance(_raw_num_comments, int) and not isinstance(_raw_num_comments, bool):
            num_comments = _raw_num_comments
        else:
            num_comments = UNSET
            if _raw_num_comments is not UNSET:
                d["num_comments"] = _raw_num_comments

        _raw_participating = d.pop("participating", UNSET)
        participating: list[str] | Unset
        if isinstance(_raw_participating, list) and all(
            isinstance(item, str) for item in _raw_participating
        ):
            participating = _raw_participating
        else:
            participating = UNSET
            if _raw_participating is not UNSET:
                d["participating"] = _raw_participating

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

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            object_id=object_id,
            object_type=object_type,
            lead_id=lead_id,
            num_comments=num_comments,
            participating=participating,
            created_at=created_at,
            updated_at=updated_at,
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
