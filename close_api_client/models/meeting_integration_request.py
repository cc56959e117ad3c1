from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_integration_data import MeetingIntegrationData


T = TypeVar("T", bound="MeetingIntegrationRequest")


@_attrs_define
class MeetingIntegrationRequest:
    """The integration data to store for the calling OAuth app.

    Attributes:
        integration_data (MeetingIntegrationData | Unset): An OAuth app's data for a meeting (open).
    """

    integration_data: MeetingIntegrationData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_data, Unset):
            integration_data = self.integration_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_data is not UNSET:
            field_dict["integration_data"] = integration_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_integration_data import MeetingIntegrationData  # noqa: PLC0415

        d = dict(src_dict)
        _integration_data = d.pop("integration_data", UNSET)
        integration_data: MeetingIntegrationData | Unset
        if isinstance(_integration_data, Unset):
            integration_data = UNSET
        else:
            integration_data = MeetingIntegrationData.from_dict(_integration_data)

        meeting_integration_request = cls(
            integration_data=integration_data,
        )

        meeting_integration_request.additional_properties = d
        return meeting_integration_request

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
