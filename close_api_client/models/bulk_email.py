from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_contact_preference import BulkActionContactPreference
from ..models.bulk_action_status import BulkActionStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.bulk_email_s_query import BulkEmailSQuery
    from ..models.bulk_email_sort_item import BulkEmailSortItem


T = TypeVar("T", bound="BulkEmail")


@_attrs_define
class BulkEmail:
    """A bulk email action.

    Attributes:
        id (str): `bulkemail_...`
        organization_id (str):
        status (BulkActionStatus | None):
        query (None | str):
        template_id (None | str):
        contact_preference (BulkActionContactPreference | None):
        n_leads (int | None): Number of matching leads; null until counted.
        n_leads_processed (int):
        send_done_email (bool):
        date_created (datetime.datetime | None):
        date_updated (datetime.datetime | None):
        created_by (None | str):
        updated_by (None | str):
        email_account_id (None | str | Unset):
        n_objects (int | None | Unset):
        n_objects_processed (int | Unset):
        results_limit (int | None | Unset):
        s_query (BulkEmailSQuery | Unset):
        sender (None | str | Unset):
        sort (list[BulkEmailSortItem] | Unset):
    """

    id: str
    organization_id: str
    status: BulkActionStatus | None
    query: None | str
    template_id: None | str
    contact_preference: BulkActionContactPreference | None
    n_leads: int | None
    n_leads_processed: int
    send_done_email: bool
    date_created: datetime.datetime | None
    date_updated: datetime.datetime | None
    created_by: None | str
    updated_by: None | str
    email_account_id: None | str | Unset = UNSET
    n_objects: int | None | Unset = UNSET
    n_objects_processed: int | Unset = UNSET
    results_limit: int | None | Unset = UNSET
    s_query: BulkEmailSQuery | Unset = UNSET
    sender: None | str | Unset = UNSET
    sort: list[BulkEmailSortItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        status: None | str
        if isinstance(self.status, BulkActionStatus):
            status = self.status.value
        else:
            status = self.status

        query: None | str
        query = self.query

        template_id: None | str
        template_id = self.template_id

        contact_preference: None | str
        if isinstance(self.contact_preference, BulkActionContactPreference):
            contact_preference = self.contact_preference.value
        else:
            contact_preference = self.contact_preference

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

        email_account_id: None | str | Unset
        if isinstance(self.email_account_id, Unset):
            email_account_id = UNSET
        else:
            email_account_id = self.email_account_id

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

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

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
                "query": query,
                "template_id": template_id,
                "contact_preference": contact_preference,
                "n_leads": n_leads,
                "n_leads_processed": n_leads_processed,
                "send_done_email": send_done_email,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
        if email_account_id is not UNSET:
            field_dict["email_account_id"] = email_account_id
        if n_objects is not UNSET:
            field_dict["n_objects"] = n_objects
        if n_objects_processed is not UNSET:
            field_dict["n_objects_processed"] = n_objects_processed
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_email_s_query import BulkEmailSQuery  # noqa: PLC0415
        from ..models.bulk_email_sort_item import BulkEmailSortItem  # noqa: PLC0415

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

        def _parse_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        query = _parse_query(d.pop("query"))

        def _parse_template_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        template_id = _parse_template_id(d.pop("template_id"))

        def _parse_contact_preference(data: object) -> BulkActionContactPreference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_preference_type_0 = BulkActionContactPreference(data)

                return contact_preference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkActionContactPreference | None, data)

        contact_preference = _parse_contact_preference(d.pop("contact_preference"))

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

        def _parse_email_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_account_id = _parse_email_account_id(d.pop("email_account_id", UNSET))

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
        s_query: BulkEmailSQuery | Unset
        if isinstance(_s_query, Unset):
            s_query = UNSET
        else:
            s_query = BulkEmailSQuery.from_dict(_s_query)

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        _sort = d.pop("sort", UNSET)
        sort: list[BulkEmailSortItem] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = BulkEmailSortItem.from_dict(sort_item_data)

                sort.append(sort_item)

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
            email_account_id=email_account_id,
            n_objects=n_objects,
            n_objects_processed=n_objects_processed,
            results_limit=results_limit,
            s_query=s_query,
            sender=sender,
            sort=sort,
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
