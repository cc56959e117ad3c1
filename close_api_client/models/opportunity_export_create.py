from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..types import UNSET, Unset

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
        format_ = self.format_.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        send_done_email = self.send_done_email

        include_activities = self.include_activities

        include_smart_fields = self.include_smart_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if fields is not UNSET:
            field_dict["fields"] = fields
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email
        if include_activities is not UNSET:
            field_dict["include_activities"] = include_activities
        if include_smart_fields is not UNSET:
            field_dict["include_smart_fields"] = include_smart_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_params import ExportParams  # noqa: PLC0415

        d = dict(src_dict)
        format_ = ExportFormat(d.pop("format"))

        _params = d.pop("params", UNSET)
        params: ExportParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ExportParams.from_dict(_params)

        fields = cast(list[str], d.pop("fields", UNSET))

        send_done_email = d.pop("send_done_email", UNSET)

        include_activities = d.pop("include_activities", UNSET)

        include_smart_fields = d.pop("include_smart_fields", UNSET)

        opportunity_export_create = cls(
            format_=format_,
            params=params,
            fields=fields,
            send_done_email=send_done_email,
            include_activities=include_activities,
            include_smart_fields=include_smart_fields,
        )

        opportunity_export_create.additional_properties = d
        return opportunity_export_create

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
