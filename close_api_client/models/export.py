from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_status import ExportStatus
from ..models.export_type import ExportType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.export_params import ExportParams


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """An export and its progress.

    Attributes:
        id (str | Unset): `expo_...`
        organization_id (str | Unset):
        status (ExportStatus | Unset): Progress of an export.
        type_ (ExportType | Unset): What an export contains; `opps` for opportunity exports.
        format_ (ExportFormat | Unset): File format; JSON is recommended for backups and migrations.
        query (str | Unset): The lead search query (lead exports).
        params (ExportParams | Unset): Filters of the opportunity list (`GET /opportunity/`), e.g. `status_id`,
            `user_id__in`.
        fields (list[str] | Unset):
        download_url (None | str | Unset): Link to the gzip-compressed file once done.
        n_docs (int | None | Unset):
        n_docs_processed (int | Unset):
        send_done_email (bool | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    type_: ExportType | Unset = UNSET
    format_: ExportFormat | Unset = UNSET
    query: str | Unset = UNSET
    params: ExportParams | Unset = UNSET
    fields: list[str] | Unset = UNSET
    download_url: None | str | Unset = UNSET
    n_docs: int | None | Unset = UNSET
    n_docs_processed: int | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        if format_ is not UNSET:
            field_dict["format"] = format_

        query = self.query
        if query is not UNSET:
            field_dict["query"] = query

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()
        if params is not UNSET:
            field_dict["params"] = params

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        if fields is not UNSET:
            field_dict["fields"] = fields

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        n_docs: int | None | Unset
        if isinstance(self.n_docs, Unset):
            n_docs = UNSET
        else:
            n_docs = self.n_docs
        if n_docs is not UNSET:
            field_dict["n_docs"] = n_docs

        n_docs_processed = self.n_docs_processed
        if n_docs_processed is not UNSET:
            field_dict["n_docs_processed"] = n_docs_processed

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
        from ..models.export_params import ExportParams  # noqa: PLC0415

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
            status: ExportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ExportStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: ExportType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ExportType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_format_ = d.pop("format", UNSET)
        try:
            _format_ = _raw_format_
            format_: ExportFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = ExportFormat(_format_)

        except (TypeError, ValueError, AttributeError, KeyError):
            format_ = UNSET
            if _raw_format_ is not UNSET:
                d["format"] = _raw_format_

        _raw_query = d.pop("query", UNSET)
        query: str | Unset
        if isinstance(_raw_query, str):
            query = _raw_query
        else:
            query = UNSET
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_params = d.pop("params", UNSET)
        try:
            _fits = _raw_params is UNSET or isinstance(_raw_params, dict)
            if not _fits:
                raise TypeError()
            _params = _raw_params
            params: ExportParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = ExportParams.from_dict(_params)

        except (TypeError, ValueError, AttributeError, KeyError):
            params = UNSET
            if _raw_params is not UNSET:
                d["params"] = _raw_params

        _raw_fields = d.pop("fields", UNSET)
        fields: list[str] | Unset
        if isinstance(_raw_fields, list) and all(isinstance(item, str) for item in _raw_fields):
            fields = _raw_fields
        else:
            fields = UNSET
            if _raw_fields is not UNSET:
                d["fields"] = _raw_fields

        _raw_download_url = d.pop("download_url", UNSET)
        download_url: None | str | Unset
        if isinstance(_raw_download_url, str) or _raw_download_url is None:
            download_url = _raw_download_url
        else:
            download_url = UNSET
            if _raw_download_url is not UNSET:
                d["download_url"] = _raw_download_url

        _raw_n_docs = d.pop("n_docs", UNSET)
        n_docs: int | None | Unset
        if (
            isinstance(_raw_n_docs, int) and not isinstance(_raw_n_docs, bool)
        ) or _raw_n_docs is None:
            n_docs = _raw_n_docs
        else:
            n_docs = UNSET
            if _raw_n_docs is not UNSET:
                d["n_docs"] = _raw_n_docs

        _raw_n_docs_processed = d.pop("n_docs_processed", UNSET)
        n_docs_processed: int | Unset
        if isinstance(_raw_n_docs_processed, int) and not isinstance(_raw_n_docs_processed, bool):
            n_docs_processed = _raw_n_docs_processed
        else:
            n_docs_processed = UNSET
            if _raw_n_docs_processed is not UNSET:
                d["n_docs_processed"] = _raw_n_docs_processed

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
            type_=type_,
            format_=format_,
            query=query,
            params=params,
            fields=fields,
            download_url=download_url,
            n_docs=n_docs,
            n_docs_processed=n_docs_processed,
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
