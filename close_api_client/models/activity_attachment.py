from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="ActivityAttachment")


@_attrs_define
class ActivityAttachment:
    """A file attached to an email or WhatsApp message.

    Attributes:
        url (str | Unset):
        filename (None | str | Unset):
        size (int | None | Unset): Size in bytes.
        content_type (None | str | Unset):
        thumbnail_url (None | str | Unset):
        content_id (None | str | Unset):
        inline_only (bool | Unset):
    """

    url: str | Unset = UNSET
    filename: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    content_type: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    content_id: None | str | Unset = UNSET
    inline_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename
        if filename is not UNSET:
            field_dict["filename"] = filename

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size
        if size is not UNSET:
            field_dict["size"] = size

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        inline_only = self.inline_only
        if inline_only is not UNSET:
            field_dict["inline_only"] = inline_only

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
            raise not_an_object("ActivityAttachment", src_dict)
        d = dict(src_dict)
        _raw_url = d.pop("url", UNSET)
        url: str | Unset
        if isinstance(_raw_url, str):
            url = _raw_url
        else:
            url = UNSET
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_filename = d.pop("filename", UNSET)
        filename: None | str | Unset
        if isinstance(_raw_filename, str) or _raw_filename is None:
            filename = _raw_filename
        else:
            filename = UNSET
            if _raw_filename is not UNSET:
                d["filename"] = _raw_filename

        _raw_size = d.pop("size", UNSET)
        size: int | None | Unset
        if (isinstance(_raw_size, int) and not isinstance(_raw_size, bool)) or _raw_size is None:
            size = _raw_size
        else:
            size = UNSET
            if _raw_size is not UNSET:
                d["size"] = _raw_size

        _raw_content_type = d.pop("content_type", UNSET)
        content_type: None | str | Unset
        if isinstance(_raw_content_type, str) or _raw_content_type is None:
            content_type = _raw_content_type
        else:
            content_type = UNSET
            if _raw_content_type is not UNSET:
                d["content_type"] = _raw_content_type

        _raw_thumbnail_url = d.pop("thumbnail_url", UNSET)
        thumbnail_url: None | str | Unset
        if isinstance(_raw_thumbnail_url, str) or _raw_thumbnail_url is None:
            thumbnail_url = _raw_thumbnail_url
        else:
            thumbnail_url = UNSET
            if _raw_thumbnail_url is not UNSET:
                d["thumbnail_url"] = _raw_thumbnail_url

        _raw_content_id = d.pop("content_id", UNSET)
        content_id: None | str | Unset
        if isinstance(_raw_content_id, str) or _raw_content_id is None:
            content_id = _raw_content_id
        else:
            content_id = UNSET
            if _raw_content_id is not UNSET:
                d["content_id"] = _raw_content_id

        _raw_inline_only = d.pop("inline_only", UNSET)
        inline_only: bool | Unset
        if isinstance(_raw_inline_only, bool):
            inline_only = _raw_inline_only
        else:
            inline_only = UNSET
            if _raw_inline_only is not UNSET:
                d["inline_only"] = _raw_inline_only

        parsed_obj = cls(
            url=url,
            filename=filename,
            size=size,
            content_type=content_type,
            thumbnail_url=thumbnail_url,
            content_id=content_id,
            inline_only=inline_only,
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
