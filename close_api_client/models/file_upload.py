from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.file_upload_download import FileUploadDownload
    from ..models.file_upload_form import FileUploadForm


T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """A signed upload.

    Attributes:
        upload (FileUploadForm | Unset): The signed S3 form POST.
        download (FileUploadDownload | Unset): Where the file can be referenced after the upload.
    """

    upload: FileUploadForm | Unset = UNSET
    download: FileUploadDownload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload, Unset):
            upload = self.upload.to_dict()
        if upload is not UNSET:
            field_dict["upload"] = upload

        download: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download, Unset):
            download = self.download.to_dict()
        if download is not UNSET:
            field_dict["download"] = download

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
            raise not_an_object("FileUpload", src_dict)
        from ..models.file_upload_download import FileUploadDownload  # noqa: PLC0415
        from ..models.file_upload_form import FileUploadForm  # noqa: PLC0415

        d = dict(src_dict)
        _raw_upload = d.pop("upload", UNSET)
        try:
            _fits = _raw_upload is UNSET or isinstance(_raw_upload, dict)
            if not _fits:
                raise TypeError()
            _upload = _raw_upload
            upload: FileUploadForm | Unset
            if isinstance(_upload, Unset):
                upload = UNSET
            else:
                upload = FileUploadForm.from_dict(_upload)

        except (TypeError, ValueError, AttributeError, KeyError):
            upload = UNSET
            if _raw_upload is not UNSET:
                d["upload"] = _raw_upload

        _raw_download = d.pop("download", UNSET)
        try:
            _fits = _raw_download is UNSET or isinstance(_raw_download, dict)
            if not _fits:
                raise TypeError()
            _download = _raw_download
            download: FileUploadDownload | Unset
            if isinstance(_download, Unset):
                download = UNSET
            else:
                download = FileUploadDownload.from_dict(_download)

        except (TypeError, ValueError, AttributeError, KeyError):
            download = UNSET
            if _raw_download is not UNSET:
                d["download"] = _raw_download

        parsed_obj = cls(
            upload=upload,
            download=download,
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
