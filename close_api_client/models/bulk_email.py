from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_contact_preference import BulkActionContactPreference
from ..models.bulk_action_status import BulkActionStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BulkEmail")


@_attrs_define
class BulkEmail:
    """A bulk email action.

    Attributes:
        id (str | Unset): `bulkemail_...`
        organization_id (str | Unset):
        status (BulkActionStatus | Unset): Progress of a bulk action; send `paused` / `resuming` to pause or resume one
            (within 7 days).
        query (str | Unset):
        template_id (str | Unset):
        contact_preference (BulkActionContactPreference | Unset): `lead`: only the first contact email of each lead;
            `contact`: the first email of every contact.
        n_leads (int | None | Unset): Number of matching leads; null until counted.
        n_leads_processed (int | Unset):
        send_done_email (bool | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    status: BulkActionStatus | Unset = UNSET
    query: str | Unset = UNSET
    template_id: str | Unset = UNSET
    contact_preference: BulkActionContactPreference | Unset = UNSET
    n_leads: int | None | Unset = UNSET
    n_leads_processed: int | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        query = self.query

        template_id = self.template_id

        contact_preference: str | Unset = UNSET
        if not isinstance(self.contact_preference, Unset):
            contact_preference = self.contact_preference.value

        n_leads: int | None | Unset
        if isinstance(self.n_leads, Unset):
            n_leads = UNSET
        else:
            n_leads = self.n_leads

        n_leads_processed = self.n_leads_processed

        send_done_email = self.send_done_email

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if status is not UNSET:
            field_dict["status"] = status
        if query is not UNSET:
            field_dict["query"] = query
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if contact_preference is not UNSET:
            field_dict["contact_preference"] = contact_preference
        if n_leads is not UNSET:
            field_dict["n_leads"] = n_leads
        if n_leads_processed is not UNSET:
            field_dict["n_leads_processed"] = n_leads_processed
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _status = d.pop("status", UNSET)
        status: BulkActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BulkActionStatus(_status)

        query = d.pop("query", UNSET)

        template_id = d.pop("template_id", UNSET)

        _contact_preference = d.pop("contact_preference", UNSET)
        contact_preference: BulkActionContactPreference | Unset
        if isinstance(_contact_preference, Unset):
            contact_preference = UNSET
        else:
            contact_preference = BulkActionContactPreference(_contact_preference)

        def _parse_n_leads(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n_leads = _parse_n_leads(d.pop("n_leads", UNSET))

        n_leads_processed = d.pop("n_leads_processed", UNSET)

        send_done_email = d.pop("send_done_email", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        bulk_email = cls(
            id=id,
            organization_id=organization_id,
            status=status,
            query=query,
            template_id=template_id,
            contact_preference=contact_preference,
            n_leads=n_leads,
            n_leads_processed=n_leads_processed,
            send_done_email=send_done_email,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
        )

        bulk_email.additional_properties = d
        return bulk_email

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
