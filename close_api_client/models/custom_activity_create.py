from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_status import CustomActivityStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.custom_activity_create_custom_fields_type_0 import (
        CustomActivityCreateCustomFieldsType0,
    )


T = TypeVar("T", bound="CustomActivityCreate")


@_attrs_define
class CustomActivityCreate:
    """A new Custom Activity instance; field values go in `custom.<field id>` keys (additional properties).

    Attributes:
        custom_activity_type_id (str):
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        status (CustomActivityStatus | Unset): `published` instances have their required fields validated; `draft` ones
            do not.
        activity_at (datetime.datetime | None | Unset):
        created_by_id (None | str | Unset):
        custom_fields (CustomActivityCreateCustomFieldsType0 | None | Unset):
        date_created (datetime.datetime | None | Unset):
        organization_id (None | str | Unset):
        pinned (bool | None | Unset):
    """

    custom_activity_type_id: str
    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    status: CustomActivityStatus | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    custom_fields: CustomActivityCreateCustomFieldsType0 | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    pinned: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_activity_create_custom_fields_type_0 import (
            CustomActivityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.custom_activity_type_id, Unset):  # absent only if trimmed by _fields
            custom_activity_type_id = self.custom_activity_type_id
            field_dict["custom_activity_type_id"] = custom_activity_type_id

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomActivityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

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
            raise not_an_object("CustomActivityCreate", src_dict)
        from ..models.custom_activity_create_custom_fields_type_0 import (
            CustomActivityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _raw_custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)
        custom_activity_type_id: str
        if isinstance(_raw_custom_activity_type_id, str):
            custom_activity_type_id = _raw_custom_activity_type_id
        else:
            custom_activity_type_id = MISSING
            if _raw_custom_activity_type_id is not UNSET:
                d["custom_activity_type_id"] = _raw_custom_activity_type_id

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

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

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str | Unset
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = UNSET
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_custom_fields = d.pop("custom_fields", UNSET)
        try:

            def _parse_custom_fields(
                data: object,
            ) -> CustomActivityCreateCustomFieldsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not CustomActivityCreateCustomFieldsType0._carries_constants(data):
                        raise TypeError()

                    custom_fields_type_0 = CustomActivityCreateCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CustomActivityCreateCustomFieldsType0 | None | Unset, data)

            custom_fields = _parse_custom_fields(_raw_custom_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom_fields = UNSET
            if _raw_custom_fields is not UNSET:
                d["custom_fields"] = _raw_custom_fields

        _raw_date_created = d.pop("date_created", UNSET)
        try:

            def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_created_type_0 = parse_datetime(data)

                    return date_created_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_created = _parse_date_created(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: None | str | Unset
        if isinstance(_raw_organization_id, str) or _raw_organization_id is None:
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_pinned = d.pop("pinned", UNSET)
        pinned: bool | None | Unset
        if isinstance(_raw_pinned, bool) or _raw_pinned is None:
            pinned = _raw_pinned
        else:
            pinned = UNSET
            if _raw_pinned is not UNSET:
                d["pinned"] = _raw_pinned

        parsed_obj = cls(
            custom_activity_type_id=custom_activity_type_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            status=status,
            activity_at=activity_at,
            created_by_id=created_by_id,
            custom_fields=custom_fields,
            date_created=date_created,
            organization_id=organization_id,
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
