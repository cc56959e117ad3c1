from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status_type import OpportunityStatusType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="OpportunityStatusChangeActivity")


@_attrs_define
class OpportunityStatusChangeActivity:
    """A change of an opportunity's status.

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
        type_ (Literal['OpportunityStatusChange'] | Unset): Always `OpportunityStatusChange`.
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        opportunity_id (str | Unset):
        old_status_id (None | str | Unset):
        old_status_label (None | str | Unset):
        old_status_type (None | OpportunityStatusType | Unset):
        old_pipeline_id (None | str | Unset):
        new_status_id (str | Unset):
        new_status_label (str | Unset):
        new_status_type (OpportunityStatusType | Unset): The kind of an opportunity status.
        new_pipeline_id (None | str | Unset):
        opportunity_date_won (None | str | Unset): The opportunity's `date_won`: a date (`2013-08-23`) in the documented
            examples, a date-time (`2021-07-15T00:00:00+00:00`) in real data; kept as the string sent.
        opportunity_value (int | None | Unset): In cents of `opportunity_value_currency`.
        opportunity_value_formatted (None | str | Unset):
        opportunity_value_currency (None | str | Unset):
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
    type_: Literal["OpportunityStatusChange"] | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    opportunity_id: str | Unset = UNSET
    old_status_id: None | str | Unset = UNSET
    old_status_label: None | str | Unset = UNSET
    old_status_type: None | OpportunityStatusType | Unset = UNSET
    old_pipeline_id: None | str | Unset = UNSET
    new_status_id: str | Unset = UNSET
    new_status_label: str | Unset = UNSET
    new_status_type: OpportunityStatusType | Unset = UNSET
    new_pipeline_id: None | str | Unset = UNSET
    opportunity_date_won: None | str | Unset = UNSET
    opportunity_value: int | None | Unset = UNSET
    opportunity_value_formatted: None | str | Unset = UNSET
    opportunity_value_currency: None | str | Unset = UNSET
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

        opportunity_id = self.opportunity_id

        old_status_id: None | str | Unset
        if isinstance(self.old_status_id, Unset):
            old_status_id = UNSET
        else:
            old_status_id = self.old_status_id

        old_status_label: None | str | Unset
        if isinstance(self.old_status_label, Unset):
            old_status_label = UNSET
        else:
            old_status_label = self.old_status_label

        old_status_type: None | str | Unset
        if isinstance(self.old_status_type, Unset):
            old_status_type = UNSET
        elif isinstance(self.old_status_type, OpportunityStatusType):
            old_status_type = self.old_status_type.value
        else:
            old_status_type = self.old_status_type

        old_pipeline_id: None | str | Unset
        if isinstance(self.old_pipeline_id, Unset):
            old_pipeline_id = UNSET
        else:
            old_pipeline_id = self.old_pipeline_id

        new_status_id = self.new_status_id

        new_status_label = self.new_status_label

        new_status_type: str | Unset = UNSET
        if not isinstance(self.new_status_type, Unset):
            new_status_type = self.new_status_type.value

        new_pipeline_id: None | str | Unset
        if isinstance(self.new_pipeline_id, Unset):
            new_pipeline_id = UNSET
        else:
            new_pipeline_id = self.new_pipeline_id

        opportunity_date_won: None | str | Unset
        if isinstance(self.opportunity_date_won, Unset):
            opportunity_date_won = UNSET
        else:
            opportunity_date_won = self.opportunity_date_won

        opportunity_value: int | None | Unset
        if isinstance(self.opportunity_value, Unset):
            opportunity_value = UNSET
        else:
            opportunity_value = self.opportunity_value

        opportunity_value_formatted: None | str | Unset
        if isinstance(self.opportunity_value_formatted, Unset):
            opportunity_value_formatted = UNSET
        else:
            opportunity_value_formatted = self.opportunity_value_formatted

        opportunity_value_currency: None | str | Unset
        if isinstance(self.opportunity_value_currency, Unset):
            opportunity_value_currency = UNSET
        else:
            opportunity_value_currency = self.opportunity_value_currency

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
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if old_status_id is not UNSET:
            field_dict["old_status_id"] = old_status_id
        if old_status_label is not UNSET:
            field_dict["old_status_label"] = old_status_label
        if old_status_type is not UNSET:
            field_dict["old_status_type"] = old_status_type
        if old_pipeline_id is not UNSET:
            field_dict["old_pipeline_id"] = old_pipeline_id
        if new_status_id is not UNSET:
            field_dict["new_status_id"] = new_status_id
        if new_status_label is not UNSET:
            field_dict["new_status_label"] = new_status_label
        if new_status_type is not UNSET:
            field_dict["new_status_type"] = new_status_type
        if new_pipeline_id is not UNSET:
            field_dict["new_pipeline_id"] = new_pipeline_id
        if opportunity_date_won is not UNSET:
            field_dict["opportunity_date_won"] = opportunity_date_won
        if opportunity_value is not UNSET:
            field_dict["opportunity_value"] = opportunity_value
        if opportunity_value_formatted is not UNSET:
            field_dict["opportunity_value_formatted"] = opportunity_value_formatted
        if opportunity_value_currency is not UNSET:
            field_dict["opportunity_value_currency"] = opportunity_value_currency

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

        type_ = cast(Literal["OpportunityStatusChange"] | Unset, d.pop("_type", UNSET))
        if type_ != "OpportunityStatusChange" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'OpportunityStatusChange', got '{type_}'")

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

        opportunity_id = d.pop("opportunity_id", UNSET)

        def _parse_old_status_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        old_status_id = _parse_old_status_id(d.pop("old_status_id", UNSET))

        def _parse_old_status_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        old_status_label = _parse_old_status_label(d.pop("old_status_label", UNSET))

        def _parse_old_status_type(data: object) -> None | OpportunityStatusType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                old_status_type_type_0 = OpportunityStatusType(data)

                return old_status_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityStatusType | Unset, data)

        old_status_type = _parse_old_status_type(d.pop("old_status_type", UNSET))

        def _parse_old_pipeline_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        old_pipeline_id = _parse_old_pipeline_id(d.pop("old_pipeline_id", UNSET))

        new_status_id = d.pop("new_status_id", UNSET)

        new_status_label = d.pop("new_status_label", UNSET)

        _new_status_type = d.pop("new_status_type", UNSET)
        new_status_type: OpportunityStatusType | Unset
        if isinstance(_new_status_type, Unset):
            new_status_type = UNSET
        else:
            new_status_type = OpportunityStatusType(_new_status_type)

        def _parse_new_pipeline_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_pipeline_id = _parse_new_pipeline_id(d.pop("new_pipeline_id", UNSET))

        def _parse_opportunity_date_won(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_date_won = _parse_opportunity_date_won(d.pop("opportunity_date_won", UNSET))

        def _parse_opportunity_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        opportunity_value = _parse_opportunity_value(d.pop("opportunity_value", UNSET))

        def _parse_opportunity_value_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_value_formatted = _parse_opportunity_value_formatted(
            d.pop("opportunity_value_formatted", UNSET)
        )

        def _parse_opportunity_value_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_value_currency = _parse_opportunity_value_currency(
            d.pop("opportunity_value_currency", UNSET)
        )

        opportunity_status_change_activity = cls(
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
            opportunity_id=opportunity_id,
            old_status_id=old_status_id,
            old_status_label=old_status_label,
            old_status_type=old_status_type,
            old_pipeline_id=old_pipeline_id,
            new_status_id=new_status_id,
            new_status_label=new_status_label,
            new_status_type=new_status_type,
            new_pipeline_id=new_pipeline_id,
            opportunity_date_won=opportunity_date_won,
            opportunity_value=opportunity_value,
            opportunity_value_formatted=opportunity_value_formatted,
            opportunity_value_currency=opportunity_value_currency,
        )

        opportunity_status_change_activity.additional_properties = d
        return opportunity_status_change_activity

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
