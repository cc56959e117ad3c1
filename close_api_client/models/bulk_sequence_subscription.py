from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_contact_preference import BulkActionContactPreference
from ..models.bulk_action_status import BulkActionStatus
from ..models.bulk_sequence_subscription_action_type import BulkSequenceSubscriptionActionType
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.bulk_sequence_subscription_s_query import BulkSequenceSubscriptionSQuery
    from ..models.bulk_sequence_subscription_sort_item import BulkSequenceSubscriptionSortItem


T = TypeVar("T", bound="BulkSequenceSubscription")


@_attrs_define
class BulkSequenceSubscription:
    """A bulk sequence subscription action.

    Attributes:
        id (str): `bulkseqsub_...`
        organization_id (str):
        status (BulkActionStatus | None):
        query (None | str):
        action_type (BulkSequenceSubscriptionActionType): `subscribe` contacts that never received the sequence;
            `resume` paused, `resume_finished` finished or `pause` active subscriptions.
        sequence_id (None | str):
        sender_account_id (None | str):
        sender_name (None | str):
        sender_email (None | str):
        contact_preference (BulkActionContactPreference | None):
        n_leads (int | None):
        n_leads_processed (int):
        send_done_email (bool):
        date_created (datetime.datetime | None):
        date_updated (datetime.datetime | None):
        created_by (None | str):
        updated_by (None | str):
        calls_assigned_to (list[str] | None | Unset):
        from_phone_number_id (None | str | Unset):
        n_objects (int | None | Unset):
        n_objects_processed (int | Unset):
        results_limit (int | None | Unset):
        s_query (BulkSequenceSubscriptionSQuery | Unset):
        sort (list[BulkSequenceSubscriptionSortItem] | Unset):
    """

    id: str
    organization_id: str
    status: BulkActionStatus | None
    query: None | str
    action_type: BulkSequenceSubscriptionActionType
    sequence_id: None | str
    sender_account_id: None | str
    sender_name: None | str
    sender_email: None | str
    contact_preference: BulkActionContactPreference | None
    n_leads: int | None
    n_leads_processed: int
    send_done_email: bool
    date_created: datetime.datetime | None
    date_updated: datetime.datetime | None
    created_by: None | str
    updated_by: None | str
    calls_assigned_to: list[str] | None | Unset = UNSET
    from_phone_number_id: None | str | Unset = UNSET
    n_objects: int | None | Unset = UNSET
    n_objects_processed: int | Unset = UNSET
    results_limit: int | None | Unset = UNSET
    s_query: BulkSequenceSubscriptionSQuery | Unset = UNSET
    sort: list[BulkSequenceSubscriptionSortItem] | Unset = UNSET
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

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status: None | str
            if isinstance(self.status, BulkActionStatus):
                status = self.status.value
            else:
                status = self.status
            field_dict["status"] = status

        if not isinstance(self.query, Unset):  # absent only if trimmed by _fields
            query: None | str
            query = self.query
            field_dict["query"] = query

        if not isinstance(self.action_type, Unset):  # absent only if trimmed by _fields
            action_type = self.action_type.value
            field_dict["action_type"] = action_type

        if not isinstance(self.sequence_id, Unset):  # absent only if trimmed by _fields
            sequence_id: None | str
            sequence_id = self.sequence_id
            field_dict["sequence_id"] = sequence_id

        if not isinstance(self.sender_account_id, Unset):  # absent only if trimmed by _fields
            sender_account_id: None | str
            sender_account_id = self.sender_account_id
            field_dict["sender_account_id"] = sender_account_id

        if not isinstance(self.sender_name, Unset):  # absent only if trimmed by _fields
            sender_name: None | str
            sender_name = self.sender_name
            field_dict["sender_name"] = sender_name

        if not isinstance(self.sender_email, Unset):  # absent only if trimmed by _fields
            sender_email: None | str
            sender_email = self.sender_email
            field_dict["sender_email"] = sender_email

        if not isinstance(self.contact_preference, Unset):  # absent only if trimmed by _fields
            contact_preference: None | str
            if isinstance(self.contact_preference, BulkActionContactPreference):
                contact_preference = self.contact_preference.value
            else:
                contact_preference = self.contact_preference
            field_dict["contact_preference"] = contact_preference

        if not isinstance(self.n_leads, Unset):  # absent only if trimmed by _fields
            n_leads: int | None
            n_leads = self.n_leads
            field_dict["n_leads"] = n_leads

        if not isinstance(self.n_leads_processed, Unset):  # absent only if trimmed by _fields
            n_leads_processed = self.n_leads_processed
            field_dict["n_leads_processed"] = n_leads_processed

        if not isinstance(self.send_done_email, Unset):  # absent only if trimmed by _fields
            send_done_email = self.send_done_email
            field_dict["send_done_email"] = send_done_email

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created: None | str
            if isinstance(self.date_created, datetime.datetime):
                date_created = self.date_created.isoformat()
            else:
                date_created = self.date_created
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated: None | str
            if isinstance(self.date_updated, datetime.datetime):
                date_updated = self.date_updated.isoformat()
            else:
                date_updated = self.date_updated
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        calls_assigned_to: list[str] | None | Unset
        if isinstance(self.calls_assigned_to, Unset):
            calls_assigned_to = UNSET
        elif isinstance(self.calls_assigned_to, list):
            calls_assigned_to = self.calls_assigned_to

        else:
            calls_assigned_to = self.calls_assigned_to
        if calls_assigned_to is not UNSET:
            field_dict["calls_assigned_to"] = calls_assigned_to

        from_phone_number_id: None | str | Unset
        if isinstance(self.from_phone_number_id, Unset):
            from_phone_number_id = UNSET
        else:
            from_phone_number_id = self.from_phone_number_id
        if from_phone_number_id is not UNSET:
            field_dict["from_phone_number_id"] = from_phone_number_id

        n_objects: int | None | Unset
        if isinstance(self.n_objects, Unset):
            n_objects = UNSET
        else:
            n_objects = self.n_objects
        if n_objects is not UNSET:
            field_dict["n_objects"] = n_objects

        n_objects_processed = self.n_objects_processed
        if n_objects_processed is not UNSET:
            field_dict["n_objects_processed"] = n_objects_processed

        results_limit: int | None | Unset
        if isinstance(self.results_limit, Unset):
            results_limit = UNSET
        else:
            results_limit = self.results_limit
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit

        s_query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s_query, Unset):
            s_query = self.s_query.to_dict()
        if s_query is not UNSET:
            field_dict["s_query"] = s_query

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        if sort is not UNSET:
            field_dict["sort"] = sort

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
            raise not_an_object("BulkSequenceSubscription", src_dict)
        from ..models.bulk_sequence_subscription_s_query import BulkSequenceSubscriptionSQuery  # noqa: PLC0415
        from ..models.bulk_sequence_subscription_sort_item import BulkSequenceSubscriptionSortItem  # noqa: PLC0415

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

        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(BulkActionStatus | None, data)

            status = _parse_status(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_query = d.pop("query", UNSET)
        query: None | str
        if isinstance(_raw_query, str) or _raw_query is None:
            query = _raw_query
        else:
            query = MISSING
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_action_type = d.pop("action_type", UNSET)
        try:
            _fits = _raw_action_type is not UNSET
            if not _fits:
                raise TypeError()
            action_type = BulkSequenceSubscriptionActionType(_raw_action_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            action_type = MISSING
            if _raw_action_type is not UNSET:
                d["action_type"] = _raw_action_type

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: None | str
        if isinstance(_raw_sequence_id, str) or _raw_sequence_id is None:
            sequence_id = _raw_sequence_id
        else:
            sequence_id = MISSING
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sender_account_id = d.pop("sender_account_id", UNSET)
        sender_account_id: None | str
        if isinstance(_raw_sender_account_id, str) or _raw_sender_account_id is None:
            sender_account_id = _raw_sender_account_id
        else:
            sender_account_id = MISSING
            if _raw_sender_account_id is not UNSET:
                d["sender_account_id"] = _raw_sender_account_id

        _raw_sender_name = d.pop("sender_name", UNSET)
        sender_name: None | str
        if isinstance(_raw_sender_name, str) or _raw_sender_name is None:
            sender_name = _raw_sender_name
        else:
            sender_name = MISSING
            if _raw_sender_name is not UNSET:
                d["sender_name"] = _raw_sender_name

        _raw_sender_email = d.pop("sender_email", UNSET)
        sender_email: None | str
        if isinstance(_raw_sender_email, str) or _raw_sender_email is None:
            sender_email = _raw_sender_email
        else:
            sender_email = MISSING
            if _raw_sender_email is not UNSET:
                d["sender_email"] = _raw_sender_email

        _raw_contact_preference = d.pop("contact_preference", UNSET)
        try:
            _fits = _raw_contact_preference is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(BulkActionContactPreference | None, data)

            contact_preference = _parse_contact_preference(_raw_contact_preference)

        except (TypeError, ValueError, AttributeError, KeyError):
            contact_preference = MISSING
            if _raw_contact_preference is not UNSET:
                d["contact_preference"] = _raw_contact_preference

        _raw_n_leads = d.pop("n_leads", UNSET)
        n_leads: int | None
        if (
            isinstance(_raw_n_leads, int) and not isinstance(_raw_n_leads, bool)
        ) or _raw_n_leads is None:
            n_leads = _raw_n_leads
        else:
            n_leads = MISSING
            if _raw_n_leads is not UNSET:
                d["n_leads"] = _raw_n_leads

        _raw_n_leads_processed = d.pop("n_leads_processed", UNSET)
        n_leads_processed: int
        if isinstance(_raw_n_leads_processed, int) and not isinstance(_raw_n_leads_processed, bool):
            n_leads_processed = _raw_n_leads_processed
        else:
            n_leads_processed = MISSING
            if _raw_n_leads_processed is not UNSET:
                d["n_leads_processed"] = _raw_n_leads_processed

        _raw_send_done_email = d.pop("send_done_email", UNSET)
        send_done_email: bool
        if isinstance(_raw_send_done_email, bool):
            send_done_email = _raw_send_done_email
        else:
            send_done_email = MISSING
            if _raw_send_done_email is not UNSET:
                d["send_done_email"] = _raw_send_done_email

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            date_created = _parse_date_created(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            date_updated = _parse_date_updated(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

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

        _raw_calls_assigned_to = d.pop("calls_assigned_to", UNSET)
        calls_assigned_to: list[str] | None | Unset
        if (
            isinstance(_raw_calls_assigned_to, list)
            and all(isinstance(item, str) for item in _raw_calls_assigned_to)
        ) or _raw_calls_assigned_to is None:
            calls_assigned_to = _raw_calls_assigned_to
        else:
            calls_assigned_to = UNSET
            if _raw_calls_assigned_to is not UNSET:
                d["calls_assigned_to"] = _raw_calls_assigned_to

        _raw_from_phone_number_id = d.pop("from_phone_number_id", UNSET)
        from_phone_number_id: None | str | Unset
        if isinstance(_raw_from_phone_number_id, str) or _raw_from_phone_number_id is None:
            from_phone_number_id = _raw_from_phone_number_id
        else:
            from_phone_number_id = UNSET
            if _raw_from_phone_number_id is not UNSET:
                d["from_phone_number_id"] = _raw_from_phone_number_id

        _raw_n_objects = d.pop("n_objects", UNSET)
        n_objects: int | None | Unset
        if (
            isinstance(_raw_n_objects, int) and not isinstance(_raw_n_objects, bool)
        ) or _raw_n_objects is None:
            n_objects = _raw_n_objects
        else:
            n_objects = UNSET
            if _raw_n_objects is not UNSET:
                d["n_objects"] = _raw_n_objects

        _raw_n_objects_processed = d.pop("n_objects_processed", UNSET)
        n_objects_processed: int | Unset
        if isinstance(_raw_n_objects_processed, int) and not isinstance(
            _raw_n_objects_processed, bool
        ):
            n_objects_processed = _raw_n_objects_processed
        else:
            n_objects_processed = UNSET
            if _raw_n_objects_processed is not UNSET:
                d["n_objects_processed"] = _raw_n_objects_processed

        _raw_results_limit = d.pop("results_limit", UNSET)
        results_limit: int | None | Unset
        if (
            isinstance(_raw_results_limit, int) and not isinstance(_raw_results_limit, bool)
        ) or _raw_results_limit is None:
            results_limit = _raw_results_limit
        else:
            results_limit = UNSET
            if _raw_results_limit is not UNSET:
                d["results_limit"] = _raw_results_limit

        _raw_s_query = d.pop("s_query", UNSET)
        try:
            _fits = _raw_s_query is UNSET or isinstance(_raw_s_query, dict)
            if not _fits:
                raise TypeError()
            _s_query = _raw_s_query
            s_query: BulkSequenceSubscriptionSQuery | Unset
            if isinstance(_s_query, Unset):
                s_query = UNSET
            else:
                s_query = BulkSequenceSubscriptionSQuery.from_dict(_s_query)

        except (TypeError, ValueError, AttributeError, KeyError):
            s_query = UNSET
            if _raw_s_query is not UNSET:
                d["s_query"] = _raw_s_query

        _raw_sort = d.pop("sort", UNSET)
        try:
            _fits = _raw_sort is UNSET or isinstance(_raw_sort, list)
            if not _fits:
                raise TypeError()
            _sort = _raw_sort
            sort: list[BulkSequenceSubscriptionSortItem] | Unset = UNSET
            if _sort is not UNSET:
                sort = []
                for sort_item_data in _sort:
                    sort_item = BulkSequenceSubscriptionSortItem.from_dict(sort_item_data)

                    sort.append(sort_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            sort = UNSET
            if _raw_sort is not UNSET:
                d["sort"] = _raw_sort

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            status=status,
            query=query,
            action_type=action_type,
            sequence_id=sequence_id,
            sender_account_id=sender_account_id,
            sender_name=sender_name,
            sender_email=sender_email,
            contact_preference=contact_preference,
            n_leads=n_leads,
            n_leads_processed=n_leads_processed,
            send_done_email=send_done_email,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            calls_assigned_to=calls_assigned_to,
            from_phone_number_id=from_phone_number_id,
            n_objects=n_objects,
            n_objects_processed=n_objects_processed,
            results_limit=results_limit,
            s_query=s_query,
            sort=sort,
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
