from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_integration_data import MeetingIntegrationData
    from ..models.meeting_integration_o_auth_client import MeetingIntegrationOAuthClient


T = TypeVar("T", bound="MeetingIntegration")


@_attrs_define
class MeetingIntegration:
    """A third-party integration attached to a meeting.

    Attributes:
        id (str): `evtint_...`
        integration_name (str | Unset):
        integration_data (MeetingIntegrationData | Unset): An OAuth app's data for a meeting (open).
        oauth_client (MeetingIntegrationOAuthClient | Unset): The OAuth app that owns an integration.
    """

    id: str
    integration_name: str | Unset = UNSET
    integration_data: MeetingIntegrationData | Unset = UNSET
    oauth_client: MeetingIntegrationOAuthClient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        integration_name = self.integration_name

        integration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_data, Unset):
            integration_data = self.integration_data.to_dict()

        oauth_client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_client, Unset):
            oauth_client = self.oauth_client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if integration_name is not UNSET:
            field_dict["integration_name"] = integration_name
        if integration_data is not UNSET:
            field_dict["integration_data"] = integration_data
        if oauth_client is not UNSET:
            field_dict["oauth_client"] = oauth_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_integration_data import MeetingIntegrationData  # noqa: PLC0415
        from ..models.meeting_integration_o_auth_client import MeetingIntegrationOAuthClient  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        integration_name = d.pop("integration_name", UNSET)

        _integration_data = d.pop("integration_data", UNSET)
        integration_data: MeetingIntegrationData | Unset
        if isinstance(_integration_data, Unset):
            integration_data = UNSET
        else:
            integration_data = MeetingIntegrationData.from_dict(_integration_data)

        _oauth_client = d.pop("oauth_client", UNSET)
        oauth_client: MeetingIntegrationOAuthClient | Unset
        if isinstance(_oauth_client, Unset):
            oauth_client = UNSET
        else:
            oauth_client = MeetingIntegrationOAuthClient.from_dict(_oauth_client)

        meeting_integration = cls(
            id=id,
            integration_name=integration_name,
            integration_data=integration_data,
            oauth_client=oauth_client,
        )

        meeting_integration.additional_properties = d
        return meeting_integration

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
