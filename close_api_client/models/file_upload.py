from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload, Unset):
            upload = self.upload.to_dict()

        download: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download, Unset):
            download = self.download.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload is not UNSET:
            field_dict["upload"] = upload
        if download is not UNSET:
            field_dict["download"] = download

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_upload_download import FileUploadDownload  # noqa: PLC0415
        from ..models.file_upload_form import FileUploadForm  # noqa: PLC0415

        d = dict(src_dict)
        _upload = d.pop("upload", UNSET)
        upload: FileUploadForm | Unset
        if isinstance(_upload, Unset):
            upload = UNSET
        else:
            upload = FileUploadForm.from_dict(_upload)

        _download = d.pop("download", UNSET)
        download: FileUploadDownload | Unset
        if isinstance(_download, Unset):
            download = UNSET
        else:
            download = FileUploadDownload.from_dict(_download)

        file_upload = cls(
            upload=upload,
            download=download,
        )

        file_upload.additional_properties = d
        return file_upload

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
