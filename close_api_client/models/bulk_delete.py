from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_status import BulkActionStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BulkDelete")


@_attrs_define
class BulkDelete:
    """A bulk delete action.

    Attributes:
        id (str | Unset): `bulkdelete_...`
        organization_id (str | Unset):
        status (BulkActionStatus | Unset): Progress of a bulk action; send `paused` / `resuming` to pause or resume one
            (within 7 days).
        query (str | Unset):
        n_leads (int | None | Unset):
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
    n_leads: int | None | Unset = UNSET
    n_leads_processed: int | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        query = self.query
        if query is not UNSET:
            field_dict["query"] = query

        n_leads: int | None | Unset
        if isinstance(self.n_leads, Unset):
            n_leads = UNSET
        else:
            n_leads = self.n_leads
        if n_leads is not UNSET:
            field_dict["n_leads"] = n_leads

        n_leads_processed = self.n_leads_processed
        if n_leads_processed is not UNSET:
            field_dict["n_leads_processed"] = n_leads_processed

        send_done_email = self.send_done_email
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: BulkActionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = BulkActionStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_query = d.pop("query", UNSET)
        query: str | Unset
        if isinstance(_raw_query, str):
            query = _raw_query
        else:
            query = UNSET
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_n_leads = d.pop("n_leads", UNSET)
        n_leads: int | None | Unset
        if (
            isinstance(_raw_n_leads, int) and not isinstance(_raw_n_leads, bool)
        ) or _raw_n_leads is None:
            n_leads = _raw_n_leads
        else:
            n_leads = UNSET
            if _raw_n_leads is not UNSET:
                d["n_leads"] = _raw_n_leads

        _raw_n_leads_processed = d.pop("n_leads_processed", UNSET)
        n_leads_processed: int | Unset
        if isinstance(_raw_n_leads_processed, int) and not isinstance(_raw_n_leads_processed, bool):
            n_leads_processed = _raw_n_leads_processed
        else:
            n_leads_processed = UNSET
            if _raw_n_leads_processed is not UNSET:
                d["n_leads_processed"] = _raw_n_leads_processed

        _raw_send_done_email = d.pop("send_done_email", UNSET)
        send_done_email: bool | Unset
        if isinstance(_raw_send_done_email, bool):
            send_done_email = _raw_send_done_email
        else:
            send_done_email = UNSET
            if _raw_send_done_email is not UNSET:
                d["send_done_email"] = _raw_send_done_email

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str | Unset
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str | Unset
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = UNSET
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            status=status,
            query=query,
            n_leads=n_leads,
            n_leads_processed=n_leads_processed,
            send_done_email=send_done_email,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
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
