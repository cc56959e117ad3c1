from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_status import ExportStatus
from ..models.export_type import ExportType
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.format_, Unset):  # absent only if trimmed by _fields
            format_ = self.format_.value
            field_dict["format"] = format_

        if not isinstance(self.fields, Unset):  # absent only if trimmed by _fields
            fields = self.fields

            field_dict["fields"] = fields

        if not isinstance(self.download_url, Unset):  # absent only if trimmed by _fields
            download_url: None | str
            download_url = self.download_url
            field_dict["download_url"] = download_url

        if not isinstance(self.n_docs, Unset):  # absent only if trimmed by _fields
            n_docs: int | None
            n_docs = self.n_docs
            field_dict["n_docs"] = n_docs

        if not isinstance(self.n_docs_processed, Unset):  # absent only if trimmed by _fields
            n_docs_processed = self.n_docs_processed
            field_dict["n_docs_processed"] = n_docs_processed

        if not isinstance(self.send_done_email, Unset):  # absent only if trimmed by _fields
            send_done_email = self.send_done_email
            field_dict["send_done_email"] = send_done_email

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        query = self.query
        if query is not UNSET:
            field_dict["query"] = query

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()
        if params is not UNSET:
            field_dict["params"] = params

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
            raise not_an_object("Export", src_dict)
        from ..models.export_params import ExportParams  # noqa: PLC0415

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
            status = ExportStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = ExportType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_format_ = d.pop("format", UNSET)
        try:
            _fits = _raw_format_ is not UNSET
            if not _fits:
                raise TypeError()
            format_ = ExportFormat(_raw_format_)

        except (TypeError, ValueError, AttributeError, KeyError):
            format_ = MISSING
            if _raw_format_ is not UNSET:
                d["format"] = _raw_format_

        _raw_fields = d.pop("fields", UNSET)
        fields: list[str]
        if isinstance(_raw_fields, list) and all(isinstance(item, str) for item in _raw_fields):
            fields = _raw_fields
        else:
            fields = MISSING
            if _raw_fields is not UNSET:
                d["fields"] = _raw_fields

        _raw_download_url = d.pop("download_url", UNSET)
        download_url: None | str
        if isinstance(_raw_download_url, str) or _raw_download_url is None:
            download_url = _raw_download_url
        else:
            download_url = MISSING
            if _raw_download_url is not UNSET:
                d["download_url"] = _raw_download_url

        _raw_n_docs = d.pop("n_docs", UNSET)
        n_docs: int | None
        if (
            isinstance(_raw_n_docs, int) and not isinstance(_raw_n_docs, bool)
        ) or _raw_n_docs is None:
            n_docs = _raw_n_docs
        else:
            n_docs = MISSING
            if _raw_n_docs is not UNSET:
                d["n_docs"] = _raw_n_docs

        _raw_n_docs_processed = d.pop("n_docs_processed", UNSET)
        n_docs_processed: int
        if isinstance(_raw_n_docs_processed, int) and not isinstance(_raw_n_docs_processed, bool):
            n_docs_processed = _raw_n_docs_processed
        else:
            n_docs_processed = MISSING
            if _raw_n_docs_processed is not UNSET:
                d["n_docs_processed"] = _raw_n_docs_processed

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
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

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

        parsed_obj = cls(
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
