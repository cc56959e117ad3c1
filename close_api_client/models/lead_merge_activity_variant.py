from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_merge_status import LeadMergeStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="LeadMergeActivityVariant")


@_attrs_define
class LeadMergeActivityVariant:
    """A LeadMergeActivity as an item of the mixed activity list: `_type` is required there, so an item is matched by its
    `_type` only.

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
            type_ (Literal['LeadMerge']): Always `LeadMerge`.
            users (list[str] | Unset): Ids of the users involved.
            created_by_name (None | str | Unset):
            activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
            source_lead_id (str | Unset):
            source_display_name (None | str | Unset):
            destination_lead_id (str | Unset):
            destination_display_name (None | str | Unset):
            merge_status (LeadMergeStatus | Unset): Progress of a lead merge.
            error_message (None | str | Unset):
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
    type_: Literal["LeadMerge"]
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    source_lead_id: str | Unset = UNSET
    source_display_name: None | str | Unset = UNSET
    destination_lead_id: str | Unset = UNSET
    destination_display_name: None | str | Unset = UNSET
    merge_status: LeadMergeStatus | Unset = UNSET
    error_message: None | str | Unset = UNSET
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

        source_lead_id = self.source_lead_id

        source_display_name: None | str | Unset
        if isinstance(self.source_display_name, Unset):
            source_display_name = UNSET
        else:
            source_display_name = self.source_display_name

        destination_lead_id = self.destination_lead_id

        destination_display_name: None | str | Unset
        if isinstance(self.destination_display_name, Unset):
            destination_display_name = UNSET
        else:
            destination_display_name = self.destination_display_name

        merge_status: str | Unset = UNSET
        if not isinstance(self.merge_status, Unset):
            merge_status = self.merge_status.value

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

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
                "_type": type_,
            }
        )
        if users is not UNSET:
            field_dict["users"] = users
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if source_lead_id is not UNSET:
            field_dict["source_lead_id"] = source_lead_id
        if source_display_name is not UNSET:
            field_dict["source_display_name"] = source_display_name
        if destination_lead_id is not UNSET:
            field_dict["destination_lead_id"] = destination_lead_id
        if destination_display_name is not UNSET:
            field_dict["destination_display_name"] = destination_display_name
        if merge_status is not UNSET:
            field_dict["merge_status"] = merge_status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        type_ = cast(Literal["LeadMerge"], d.pop("_type"))
        if type_ != "LeadMerge":
            raise ValueError(f"_type must match const 'LeadMerge', got '{type_}'")

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

        source_lead_id = d.pop("source_lead_id", UNSET)

        def _parse_source_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_display_name = _parse_source_display_name(d.pop("source_display_name", UNSET))

        destination_lead_id = d.pop("destination_lead_id", UNSET)

        def _parse_destination_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_display_name = _parse_destination_display_name(
            d.pop("destination_display_name", UNSET)
        )

        _merge_status = d.pop("merge_status", UNSET)
        merge_status: LeadMergeStatus | Unset
        if isinstance(_merge_status, Unset):
            merge_status = UNSET
        else:
            merge_status = LeadMergeStatus(_merge_status)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        lead_merge_activity_variant = cls(
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
            source_lead_id=source_lead_id,
            source_display_name=source_display_name,
            destination_lead_id=destination_lead_id,
            destination_display_name=destination_display_name,
            merge_status=merge_status,
            error_message=error_message,
        )

        lead_merge_activity_variant.additional_properties = d
        return lead_merge_activity_variant

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
