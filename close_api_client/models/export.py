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
        id (str): `expo_...`
        organization_id (str):
        status (ExportStatus): Progress of an export.
        type_ (ExportType): What an export contains; `opps` for opportunity exports.
        format_ (ExportFormat): File format; JSON is recommended for backups and migrations.
        fields (list[str]):
        download_url (None | str): Link to the gzip-compressed file once done.
        n_docs (int | None):
        n_docs_processed (int):
        send_done_email (bool):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by (None | str):
        updated_by (None | str):
        query (str | Unset): The lead search query (lead exports).
        params (ExportParams | Unset): Filters of the opportunity list (`GET /opportunity/`), e.g. `status_id`,
            `user_id__in`.
    """

    id: str
    organization_id: str
    status: ExportStatus
    type_: ExportType
    format_: ExportFormat
    fields: list[str]
    download_url: None | str
    n_docs: int | None
    n_docs_processed: int
    send_done_email: bool
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by: None | str
    updated_by: None | str
    query: str | Unset = UNSET
    params: ExportParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        status = self.status.value

        type_ = self.type_.value

        format_ = self.format_.value

        fields = self.fields

        download_url: None | str
        download_url = self.download_url

        n_docs: int | None
        n_docs = self.n_docs

        n_docs_processed = self.n_docs_processed

        send_done_email = self.send_done_email

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        query = self.query

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "status": status,
                "type": type_,
                "format": format_,
                "fields": fields,
                "download_url": download_url,
                "n_docs": n_docs,
                "n_docs_processed": n_docs_processed,
                "send_done_email": send_done_email,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_params import ExportParams  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        status = ExportStatus(d.pop("status"))

        type_ = ExportType(d.pop("type"))

        format_ = ExportFormat(d.pop("format"))

        fields = cast(list[str], d.pop("fields"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download_url"))

        def _parse_n_docs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        n_docs = _parse_n_docs(d.pop("n_docs"))

        n_docs_processed = d.pop("n_docs_processed")

        send_done_email = d.pop("send_done_email")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

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

        query = d.pop("query", UNSET)

        _params = d.pop("params", UNSET)
        params: ExportParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ExportParams.from_dict(_params)

        export = cls(
            id=id,
            organization_id=organization_id,
            status=status,
            type_=type_,
            format_=format_,
            fields=fields,
            download_url=download_url,
            n_docs=n_docs,
            n_docs_processed=n_docs_processed,
            send_done_email=send_done_email,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            query=query,
            params=params,
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
