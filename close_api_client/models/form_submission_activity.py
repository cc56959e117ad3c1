from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.form_submission_values import FormSubmissionValues


T = TypeVar("T", bound="FormSubmissionActivity")


@_attrs_define
class FormSubmissionActivity:
    """A submission of a Close form.

    Attributes:
        id (str): The activity id (`acti_...`).
        organization_id (str):
        lead_id (None | str):
        contact_id (None | str):
        user_id (None | str): The user the activity belongs to.
        user_name (None | str):
        users (list[str]): Ids of the users involved.
        created_by (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        activity_at (datetime.datetime | None): When the activity happened (newer field).
        form_id (str):
        form_configuration_id (str):
        values (FormSubmissionValues): Submitted values by form field id (`formfld_...`) or, in `values_by_name`, by
            field name.
        values_by_name (FormSubmissionValues): Submitted values by form field id (`formfld_...`) or, in
            `values_by_name`, by field name.
        ip_address (None | str):
        origin (None | str): The Origin header of the submission.
        source_url (None | str): The full URL the form was submitted from.
        source_url_normalized (None | str): Domain and path of `source_url`.
        type_ (Literal['FormSubmission'] | Unset): Always `FormSubmission`.
        created_by_name (None | str | Unset):
        form_name (None | str | Unset):
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    user_name: None | str
    users: list[str]
    created_by: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    activity_at: datetime.datetime | None
    form_id: str
    form_configuration_id: str
    values: FormSubmissionValues
    values_by_name: FormSubmissionValues
    ip_address: None | str
    origin: None | str
    source_url: None | str
    source_url_normalized: None | str
    type_: Literal["FormSubmission"] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    form_name: None | str | Unset = UNSET
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

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id: None | str
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.user_name, Unset):  # absent only if trimmed by _fields
            user_name: None | str
            user_name = self.user_name
            field_dict["user_name"] = user_name

        if not isinstance(self.users, Unset):  # absent only if trimmed by _fields
            users = self.users

            field_dict["users"] = users

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.updated_by_name, Unset):  # absent only if trimmed by _fields
            updated_by_name: None | str
            updated_by_name = self.updated_by_name
            field_dict["updated_by_name"] = updated_by_name

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.activity_at, Unset):  # absent only if trimmed by _fields
            activity_at: None | str
            if isinstance(self.activity_at, datetime.datetime):
                activity_at = self.activity_at.isoformat()
            else:
                activity_at = self.activity_at
            field_dict["activity_at"] = activity_at

        if not isinstance(self.form_id, Unset):  # absent only if trimmed by _fields
            form_id = self.form_id
            field_dict["form_id"] = form_id

        if not isinstance(self.form_configuration_id, Unset):  # absent only if trimmed by _fields
            form_configuration_id = self.form_configuration_id
            field_dict["form_configuration_id"] = form_configuration_id

        if not isinstance(self.values, Unset):  # absent only if trimmed by _fields
            values = self.values.to_dict()
            field_dict["values"] = values

        if not isinstance(self.values_by_name, Unset):  # absent only if trimmed by _fields
            values_by_name = self.values_by_name.to_dict()
            field_dict["values_by_name"] = values_by_name

        if not isinstance(self.ip_address, Unset):  # absent only if trimmed by _fields
            ip_address: None | str
            ip_address = self.ip_address
            field_dict["ip_address"] = ip_address

        if not isinstance(self.origin, Unset):  # absent only if trimmed by _fields
            origin: None | str
            origin = self.origin
            field_dict["origin"] = origin

        if not isinstance(self.source_url, Unset):  # absent only if trimmed by _fields
            source_url: None | str
            source_url = self.source_url
            field_dict["source_url"] = source_url

        if not isinstance(self.source_url_normalized, Unset):  # absent only if trimmed by _fields
            source_url_normalized: None | str
            source_url_normalized = self.source_url_normalized
            field_dict["source_url_normalized"] = source_url_normalized

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        form_name: None | str | Unset
        if isinstance(self.form_name, Unset):
            form_name = UNSET
        else:
            form_name = self.form_name
        if form_name is not UNSET:
            field_dict["form_name"] = form_name

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("_type") == "FormSubmission"

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
            raise not_an_object("FormSubmissionActivity", src_dict)
        from ..models.form_submission_values import FormSubmissionValues  # noqa: PLC0415

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

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = MISSING
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_users = d.pop("users", UNSET)
        users: list[str]
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = MISSING
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = MISSING
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

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

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:
            _fits = _raw_activity_at is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_activity_at(data: object) -> datetime.datetime | None:
                if data is None:
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
                return cast(datetime.datetime | None, data)

            activity_at = _parse_activity_at(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = MISSING
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_form_id = d.pop("form_id", UNSET)
        form_id: str
        if isinstance(_raw_form_id, str):
            form_id = _raw_form_id
        else:
            form_id = MISSING
            if _raw_form_id is not UNSET:
                d["form_id"] = _raw_form_id

        _raw_form_configuration_id = d.pop("form_configuration_id", UNSET)
        form_configuration_id: str
        if isinstance(_raw_form_configuration_id, str):
            form_configuration_id = _raw_form_configuration_id
        else:
            form_configuration_id = MISSING
            if _raw_form_configuration_id is not UNSET:
                d["form_configuration_id"] = _raw_form_configuration_id

        _raw_values = d.pop("values", UNSET)
        try:
            _fits = _raw_values is not UNSET and isinstance(_raw_values, dict)
            if not _fits:
                raise TypeError()
            values = FormSubmissionValues.from_dict(_raw_values)

        except (TypeError, ValueError, AttributeError, KeyError):
            values = MISSING
            if _raw_values is not UNSET:
                d["values"] = _raw_values

        _raw_values_by_name = d.pop("values_by_name", UNSET)
        try:
            _fits = _raw_values_by_name is not UNSET and isinstance(_raw_values_by_name, dict)
            if not _fits:
                raise TypeError()
            values_by_name = FormSubmissionValues.from_dict(_raw_values_by_name)

        except (TypeError, ValueError, AttributeError, KeyError):
            values_by_name = MISSING
            if _raw_values_by_name is not UNSET:
                d["values_by_name"] = _raw_values_by_name

        _raw_ip_address = d.pop("ip_address", UNSET)
        ip_address: None | str
        if isinstance(_raw_ip_address, str) or _raw_ip_address is None:
            ip_address = _raw_ip_address
        else:
            ip_address = MISSING
            if _raw_ip_address is not UNSET:
                d["ip_address"] = _raw_ip_address

        _raw_origin = d.pop("origin", UNSET)
        origin: None | str
        if isinstance(_raw_origin, str) or _raw_origin is None:
            origin = _raw_origin
        else:
            origin = MISSING
            if _raw_origin is not UNSET:
                d["origin"] = _raw_origin

        _raw_source_url = d.pop("source_url", UNSET)
        source_url: None | str
        if isinstance(_raw_source_url, str) or _raw_source_url is None:
            source_url = _raw_source_url
        else:
            source_url = MISSING
            if _raw_source_url is not UNSET:
                d["source_url"] = _raw_source_url

        _raw_source_url_normalized = d.pop("source_url_normalized", UNSET)
        source_url_normalized: None | str
        if isinstance(_raw_source_url_normalized, str) or _raw_source_url_normalized is None:
            source_url_normalized = _raw_source_url_normalized
        else:
            source_url_normalized = MISSING
            if _raw_source_url_normalized is not UNSET:
                d["source_url_normalized"] = _raw_source_url_normalized

        type_ = cast(Literal["FormSubmission"] | Unset, d.pop("_type", UNSET))
        if type_ != "FormSubmission" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'FormSubmission', got '{type_}'")

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_form_name = d.pop("form_name", UNSET)
        form_name: None | str | Unset
        if isinstance(_raw_form_name, str) or _raw_form_name is None:
            form_name = _raw_form_name
        else:
            form_name = UNSET
            if _raw_form_name is not UNSET:
                d["form_name"] = _raw_form_name

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            users=users,
            created_by=created_by,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            activity_at=activity_at,
            form_id=form_id,
            form_configuration_id=form_configuration_id,
            values=values,
            values_by_name=values_by_name,
            ip_address=ip_address,
            origin=origin,
            source_url=source_url,
            source_url_normalized=source_url_normalized,
            type_=type_,
            created_by_name=created_by_name,
            form_name=form_name,
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
