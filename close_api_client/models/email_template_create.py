from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment


T = TypeVar("T", bound="EmailTemplateCreate")


@_attrs_define
class EmailTemplateCreate:
    """A new email template.

    Attributes:
        name (str):
        subject (str | Unset):
        body (str | Unset):
        is_shared (bool | Unset):
        attachments (list[ActivityAttachment] | Unset): Files uploaded with the Files API (`download.url`).
    """

    name: str
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    attachments: list[ActivityAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body

        is_shared = self.is_shared
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

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
            raise not_an_object("EmailTemplateCreate", src_dict)
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415

        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_subject = d.pop("subject", UNSET)
        subject: str | Unset
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = UNSET
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        _raw_body = d.pop("body", UNSET)
        body: str | Unset
        if isinstance(_raw_body, str):
            body = _raw_body
        else:
            body = UNSET
            if _raw_body is not UNSET:
                d["body"] = _raw_body

        _raw_is_shared = d.pop("is_shared", UNSET)
        is_shared: bool | Unset
        if isinstance(_raw_is_shared, bool):
            is_shared = _raw_is_shared
        else:
            is_shared = UNSET
            if _raw_is_shared is not UNSET:
                d["is_shared"] = _raw_is_shared

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[ActivityAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        parsed_obj = cls(
            name=name,
            subject=subject,
            body=body,
            is_shared=is_shared,
            attachments=attachments,
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
