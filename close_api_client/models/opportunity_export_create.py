from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.export_params import ExportParams


T = TypeVar("T", bound="OpportunityExportCreate")


@_attrs_define
class OpportunityExportCreate:
    """An export of the opportunities matching opportunity filters.

    Attributes:
        format_ (ExportFormat): File format; JSON is recommended for backups and migrations.
        params (ExportParams | Unset): Filters of the opportunity list (`GET /opportunity/`), e.g. `status_id`,
            `user_id__in`.
        fields (list[str] | Unset):
        send_done_email (bool | Unset):
        include_activities (bool | Unset):  Default: False.
        include_smart_fields (bool | Unset):  Default: False.
    """

    format_: ExportFormat
    params: ExportParams | Unset = UNSET
    fields: list[str] | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    include_activities: bool | Unset = False
    include_smart_fields: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.format_, Unset):  # absent only if trimmed by _fields
            format_ = self.format_.value
            field_dict["format"] = format_

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

        send_done_email = self.send_done_email
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        include_activities = self.include_activities
        if include_activities is not UNSET:
            field_dict["include_activities"] = include_activities

        include_smart_fields = self.include_smart_fields
        if include_smart_fields is not UNSET:
            field_dict["include_smart_fields"] = include_smart_fields

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
            raise not_an_object("OpportunityExportCreate", src_dict)
        from ..models.export_params import ExportParams  # noqa: PLC0415

        d = dict(src_dict)
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

        _raw_send_done_email = d.pop("send_done_email", UNSET)
        send_done_email: bool | Unset
        if isinstance(_raw_send_done_email, bool):
            send_done_email = _raw_send_done_email
        else:
            send_done_email = UNSET
            if _raw_send_done_email is not UNSET:
                d["send_done_email"] = _raw_send_done_email

        _raw_include_activities = d.pop("include_activities", UNSET)
        include_activities: bool | Unset
        if isinstance(_raw_include_activities, bool):
            include_activities = _raw_include_activities
        else:
            include_activities = UNSET
            if _raw_include_activities is not UNSET:
                d["include_activities"] = _raw_include_activities

        _raw_include_smart_fields = d.pop("include_smart_fields", UNSET)
        include_smart_fields: bool | Unset
        if isinstance(_raw_include_smart_fields, bool):
            include_smart_fields = _raw_include_smart_fields
        else:
            include_smart_fields = UNSET
            if _raw_include_smart_fields is not UNSET:
                d["include_smart_fields"] = _raw_include_smart_fields

        parsed_obj = cls(
            format_=format_,
            params=params,
            fields=fields,
            send_done_email=send_done_email,
            include_activities=include_activities,
            include_smart_fields=include_smart_fields,
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
