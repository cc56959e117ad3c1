from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_status import CustomActivityStatus
from ..types import UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.custom_activity_update_custom_fields_type_0 import (
        CustomActivityUpdateCustomFieldsType0,
    )


T = TypeVar("T", bound="CustomActivityUpdate")


@_attrs_define
class CustomActivityUpdate:
    """Fields to change; `custom.<field id>: null` removes a value.

    Attributes:
        status (CustomActivityStatus | Unset): `published` instances have their required fields validated; `draft` ones
            do not.
        activity_at (datetime.datetime | None | Unset):
        contact_id (None | str | Unset):
        custom_fields (CustomActivityUpdateCustomFieldsType0 | None | Unset):
        pinned (bool | None | Unset):
    """

    status: CustomActivityStatus | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    custom_fields: CustomActivityUpdateCustomFieldsType0 | None | Unset = UNSET
    pinned: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_activity_update_custom_fields_type_0 import (
            CustomActivityUpdateCustomFieldsType0,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomActivityUpdateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        pinned: bool | None | Unset
        if isinstance(self.pinned, Unset):
            pinned = UNSET
        else:
            pinned = self.pinned
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

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
            raise not_an_object("CustomActivityUpdate", src_dict)
        from ..models.custom_activity_update_custom_fields_type_0 import (
            CustomActivityUpdateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: CustomActivityStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CustomActivityStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:

            def _parse_activity_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    activity_at_type_0 = parse_datetime(data)

                    return activity_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            activity_at = _parse_activity_at(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = UNSET
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str | Unset
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_custom_fields = d.pop("custom_fields", UNSET)
        try:

            def _parse_custom_fields(
                data: object,
            ) -> CustomActivityUpdateCustomFieldsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not CustomActivityUpdateCustomFieldsType0._carries_constants(data):
                        raise TypeError()

                    custom_fields_type_0 = CustomActivityUpdateCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CustomActivityUpdateCustomFieldsType0 | None | Unset, data)

            custom_fields = _parse_custom_fields(_raw_custom_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom_fields = UNSET
            if _raw_custom_fields is not UNSET:
                d["custom_fields"] = _raw_custom_fields

        _raw_pinned = d.pop("pinned", UNSET)
        pinned: bool | None | Unset
        if isinstance(_raw_pinned, bool) or _raw_pinned is None:
            pinned = _raw_pinned
        else:
            pinned = UNSET
            if _raw_pinned is not UNSET:
                d["pinned"] = _raw_pinned

        parsed_obj = cls(
            status=status,
            activity_at=activity_at,
            contact_id=contact_id,
            custom_fields=custom_fields,
            pinned=pinned,
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
