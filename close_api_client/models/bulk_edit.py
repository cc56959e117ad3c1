from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_status import BulkActionStatus
from ..models.bulk_edit_type import BulkEditType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.bulk_edit_s_query import BulkEditSQuery
    from ..models.bulk_edit_sort_item import BulkEditSortItem


T = TypeVar("T", bound="BulkEdit")


@_attrs_define
class BulkEdit:
    """A bulk edit action.

    Attributes:
        id (str): `bulkedit_...`
        organization_id (str):
        status (BulkActionStatus | None):
        type_ (BulkEditType): What a bulk edit changes.
        lead_status_id (None | str):
        query (None | str):
        n_leads (int | None):
        n_leads_processed (int):
        send_done_email (bool):
        date_created (datetime.datetime | None):
        date_updated (datetime.datetime | None):
        created_by (None | str):
        updated_by (None | str):
        custom_field_name (None | str | Unset):
        custom_field_value (None | str | Unset):
        n_objects (int | None | Unset):
        n_objects_processed (int | Unset):
        results_limit (int | None | Unset):
        s_query (BulkEditSQuery | Unset):
        sort (list[BulkEditSortItem] | Unset):
    """

    id: str
    organization_id: str
    status: BulkActionStatus | None
    type_: BulkEditType
    lead_status_id: None | str
    query: None | str
    n_leads: int | None
    n_leads_processed: int
    send_done_email: bool
    date_created: datetime.datetime | None
    date_updated: datetime.datetime | None
    created_by: None | str
    updated_by: None | str
    custom_field_name: None | str | Unset = UNSET
    custom_field_value: None | str | Unset = UNSET
    n_objects: int | None | Unset = UNSET
    n_objects_processed: int | Unset = UNSET
    results_limit: int | None | Unset = UNSET
    s_query: BulkEditSQuery | Unset = UNSET
    sort: list[BulkEditSortItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        status: None | str
        if isinstance(self.status, BulkActionStatus):
            status = self.status.value
        else:
            status = self.status

        type_ = self.type_.value

        lead_status_id: None | str
        lead_status_id = self.lead_status_id

        query: None | str
        query = self.query

        n_leads: int | None
        n_leads = self.n_leads

        n_leads_processed = self.n_leads_processed

        send_done_email = self.send_done_email

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str
        if isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        custom_field_name: None | str | Unset
        if isinstance(self.custom_field_name, Unset):
            custom_field_name = UNSET
        else:
            custom_field_name = self.custom_field_name

        custom_field_value: None | str | Unset
        if isinstance(self.custom_field_value, Unset):
            custom_field_value = UNSET
        else:
            custom_field_value = self.custom_field_value

        n_objects: int | None | Unset
        if isinstance(self.n_objects, Unset):
            n_objects = UNSET
        else:
            n_objects = self.n_objects

        n_objects_processed = self.n_objects_processed

        results_limit: int | None | Unset
        if isinstance(self.results_limit, Unset):
            results_limit = UNSET
        else:
            results_limit = self.results_limit

        s_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s_query, Unset):
            s_query = self.s_query.to_dict()

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "status": status,
                "type": type_,
                "lead_status_id": lead_status_id,
                "query": query,
                "n_leads": n_leads,
                "n_leads_processed": n_leads_processed,
                "send_done_email": send_done_email,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
        if custom_field_name is not UNSET:
            field_dict["custom_field_name"] = custom_field_name
        if custom_field_value is not UNSET:
            field_dict["custom_field_value"] = custom_field_value
        if n_objects is not UNSET:
            field_dict["n_objects"] = n_objects
        if n_objects_processed is not UNSET:
            field_dict["n_objects_processed"] = n_objects_processed
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_edit_s_query import BulkEditSQuery  # noqa: PLC0415
        from ..models.bulk_edit_sort_item import BulkEditSortItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        def _parse_status(data: object) -> BulkActionStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BulkActionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkActionStatus | None, data)

        status = _parse_status(d.pop("status"))

        type_ = BulkEditType(d.pop("type"))

        def _parse_lead_status_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_status_id = _parse_lead_status_id(d.pop("lead_status_id"))

        def _parse_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        query = _parse_query(d.pop("query"))

        def _parse_n_leads(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        n_leads = _parse_n_leads(d.pop("n_leads"))

        n_leads_processed = d.pop("n_leads_processed")

        send_done_email = d.pop("send_done_email")

        def _parse_date_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_created = _parse_date_created(d.pop("date_created"))

        def _parse_date_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = parse_datetime(data)

                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_updated = _parse_date_updated(d.pop("date_updated"))

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

        def _parse_custom_field_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_field_name = _parse_custom_field_name(d.pop("custom_field_name", UNSET))

        def _parse_custom_field_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_field_value = _parse_custom_field_value(d.pop("custom_field_value", UNSET))

        def _parse_n_objects(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n_objects = _parse_n_objects(d.pop("n_objects", UNSET))

        n_objects_processed = d.pop("n_objects_processed", UNSET)

        def _parse_results_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_limit = _parse_results_limit(d.pop("results_limit", UNSET))

        _s_query = d.pop("s_query", UNSET)
        s_query: BulkEditSQuery | Unset
        if isinstance(_s_query, Unset):
            s_query = UNSET
        else:
            s_query = BulkEditSQuery.from_dict(_s_query)

        _sort = d.pop("sort", UNSET)
        sort: list[BulkEditSortItem] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = BulkEditSortItem.from_dict(sort_item_data)

                sort.append(sort_item)

        bulk_edit = cls(
            id=id,
            organization_id=organization_id,
            status=status,
            type_=type_,
            lead_status_id=lead_status_id,
            query=query,
            n_leads=n_leads,
            n_leads_processed=n_leads_processed,
            send_done_email=send_done_email,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            custom_field_name=custom_field_name,
            custom_field_value=custom_field_value,
            n_objects=n_objects,
            n_objects_processed=n_objects_processed,
            results_limit=results_limit,
            s_query=s_query,
            sort=sort,
        )

        bulk_edit.additional_properties = d
        return bulk_edit

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
