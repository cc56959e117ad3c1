from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        id = self.id

        organization_id = self.organization_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        query = self.query

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        n_docs: int | None | Unset
        if isinstance(self.n_docs, Unset):
            n_docs = UNSET
        else:
            n_docs = self.n_docs

        n_docs_processed = self.n_docs_processed

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if query is not UNSET:
            field_dict["query"] = query
        if params is not UNSET:
            field_dict["params"] = params
        if fields is not UNSET:
            field_dict["fields"] = fields
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if n_docs is not UNSET:
            field_dict["n_docs"] = n_docs
        if n_docs_processed is not UNSET:
            field_dict["n_docs_processed"] = n_docs_processed
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
        from ..models.export_params import ExportParams  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _status = d.pop("status", UNSET)
        status: ExportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExportStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: ExportType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExportType(_type_)

        _format_ = d.pop("format", UNSET)
        format_: ExportFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ExportFormat(_format_)

        query = d.pop("query", UNSET)

        _params = d.pop("params", UNSET)
        params: ExportParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ExportParams.from_dict(_params)

        fields = cast(list[str], d.pop("fields", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_n_docs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n_docs = _parse_n_docs(d.pop("n_docs", UNSET))

        n_docs_processed = d.pop("n_docs_processed", UNSET)

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

        export = cls(
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

        export.additional_properties = d
        return export

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
