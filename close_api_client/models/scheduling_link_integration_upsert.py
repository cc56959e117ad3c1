from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SchedulingLinkIntegrationUpsert")


@_attrs_define
class SchedulingLinkIntegrationUpsert:
    """A User Scheduling Link managed by an OAuth application, identified by `source_id`.

    Attributes:
        source_id (str): The application's own identifier; a second call with the same value updates the link.
        name (str | Unset):
        url (str | Unset):
        description (None | str | Unset):
        source_type (None | str | Unset): Short descriptor shown in Close.
        duration_in_minutes (int | None | Unset):
    """

    source_id: str
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    description: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    duration_in_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.source_id, Unset):  # absent only if trimmed by _fields
            source_id = self.source_id
            field_dict["source_id"] = source_id

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type
        if source_type is not UNSET:
            field_dict["source_type"] = source_type

        duration_in_minutes: int | None | Unset
        if isinstance(self.duration_in_minutes, Unset):
            duration_in_minutes = UNSET
        else:
            duration_in_minutes = self.duration_in_minutes
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes

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
            raise not_an_object("SchedulingLinkIntegrationUpsert", src_dict)
        d = dict(src_dict)
        _raw_source_id = d.pop("source_id", UNSET)
        source_id: str
        if isinstance(_raw_source_id, str):
            source_id = _raw_source_id
        else:
            source_id = MISSING
            if _raw_source_id is not UNSET:
                d["source_id"] = _raw_source_id

        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_url = d.pop("url", UNSET)
        url: str | Unset
        if isinstance(_raw_url, str):
            url = _raw_url
        else:
            url = UNSET
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_description = d.pop("description", UNSET)
        description: None | str | Unset
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = UNSET
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_source_type = d.pop("source_type", UNSET)
        source_type: None | str | Unset
        if isinstance(_raw_source_type, str) or _raw_source_type is None:
            source_type = _raw_source_type
        else:
            source_type = UNSET
            if _raw_source_type is not UNSET:
                d["source_type"] = _raw_source_type

        _raw_duration_in_minutes = d.pop("duration_in_minutes", UNSET)
        duration_in_minutes: int | None | Unset
        if (
            isinstance(_raw_duration_in_minutes, int)
            and not isinstance(_raw_duration_in_minutes, bool)
        ) or _raw_duration_in_minutes is None:
            duration_in_minutes = _raw_duration_in_minutes
        else:
            duration_in_minutes = UNSET
            if _raw_duration_in_minutes is not UNSET:
                d["duration_in_minutes"] = _raw_duration_in_minutes

        parsed_obj = cls(
            source_id=source_id,
            name=name,
            url=url,
            description=description,
            source_type=source_type,
            duration_in_minutes=duration_in_minutes,
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
