from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

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
        created_by (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        type_ (Literal['FormSubmission'] | Unset): Always `FormSubmission`.
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        form_id (str | Unset):
        form_configuration_id (str | Unset):
        form_name (None | str | Unset):
        values (FormSubmissionValues | Unset): Submitted values by form field id (`formfld_...`) or, in
            `values_by_name`, by field name.
        values_by_name (FormSubmissionValues | Unset): Submitted values by form field id (`formfld_...`) or, in
            `values_by_name`, by field name.
        ip_address (None | str | Unset):
        origin (None | str | Unset): The Origin header of the submission.
        source_url (None | str | Unset): The full URL the form was submitted from.
        source_url_normalized (None | str | Unset): Domain and path of `source_url`.
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    user_name: None | str
    created_by: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: Literal["FormSubmission"] | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    form_id: str | Unset = UNSET
    form_configuration_id: str | Unset = UNSET
    form_name: None | str | Unset = UNSET
    values: FormSubmissionValues | Unset = UNSET
    values_by_name: FormSubmissionValues | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    source_url_normalized: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        lead_id: None | str
        lead_id = self.lead_id

        contact_id: None | str
        contact_id = self.contact_id

        user_id: None | str
        user_id = self.user_id

        user_name: None | str
        user_name = self.user_name

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        updated_by_name: None | str
        updated_by_name = self.updated_by_name

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        type_ = self.type_

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        form_id = self.form_id

        form_configuration_id = self.form_configuration_id

        form_name: None | str | Unset
        if isinstance(self.form_name, Unset):
            form_name = UNSET
        else:
            form_name = self.form_name

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        values_by_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values_by_name, Unset):
            values_by_name = self.values_by_name.to_dict()

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        source_url_normalized: None | str | Unset
        if isinstance(self.source_url_normalized, Unset):
            source_url_normalized = UNSET
        else:
            source_url_normalized = self.source_url_normalized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "lead_id": lead_id,
                "contact_id": contact_id,
                "user_id": user_id,
                "user_name": user_name,
                "created_by": created_by,
                "updated_by": updated_by,
                "updated_by_name": updated_by_name,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if users is not UNSET:
            field_dict["users"] = users
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if form_id is not UNSET:
            field_dict["form_id"] = form_id
        if form_configuration_id is not UNSET:
            field_dict["form_configuration_id"] = form_configuration_id
        if form_name is not UNSET:
            field_dict["form_name"] = form_name
        if values is not UNSET:
            field_dict["values"] = values
        if values_by_name is not UNSET:
            field_dict["values_by_name"] = values_by_name
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if origin is not UNSET:
            field_dict["origin"] = origin
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_url_normalized is not UNSET:
            field_dict["source_url_normalized"] = source_url_normalized

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_submission_values import FormSubmissionValues  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        def _parse_lead_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_id = _parse_lead_id(d.pop("lead_id"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        def _parse_updated_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        type_ = cast(Literal["FormSubmission"] | Unset, d.pop("_type", UNSET))
        if type_ != "FormSubmission" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'FormSubmission', got '{type_}'")

        users = cast(list[str], d.pop("users", UNSET))

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

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
            return cast(datetime.datetime | None | Unset, data)

        activity_at = _parse_activity_at(d.pop("activity_at", UNSET))

        form_id = d.pop("form_id", UNSET)

        form_configuration_id = d.pop("form_configuration_id", UNSET)

        def _parse_form_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form_name = _parse_form_name(d.pop("form_name", UNSET))

        _values = d.pop("values", UNSET)
        values: FormSubmissionValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = FormSubmissionValues.from_dict(_values)

        _values_by_name = d.pop("values_by_name", UNSET)
        values_by_name: FormSubmissionValues | Unset
        if isinstance(_values_by_name, Unset):
            values_by_name = UNSET
        else:
            values_by_name = FormSubmissionValues.from_dict(_values_by_name)

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("source_url", UNSET))

        def _parse_source_url_normalized(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url_normalized = _parse_source_url_normalized(d.pop("source_url_normalized", UNSET))

        form_submission_activity = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            created_by=created_by,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            users=users,
            created_by_name=created_by_name,
            activity_at=activity_at,
            form_id=form_id,
            form_configuration_id=form_configuration_id,
            form_name=form_name,
            values=values,
            values_by_name=values_by_name,
            ip_address=ip_address,
            origin=origin,
            source_url=source_url,
            source_url_normalized=source_url_normalized,
        )

        form_submission_activity.additional_properties = d
        return form_submission_activity

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
