from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        integration_name = self.integration_name
        if integration_name is not UNSET:
            field_dict["integration_name"] = integration_name

        integration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_data, Unset):
            integration_data = self.integration_data.to_dict()
        if integration_data is not UNSET:
            field_dict["integration_data"] = integration_data

        oauth_client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth_client, Unset):
            oauth_client = self.oauth_client.to_dict()
        if oauth_client is not UNSET:
            field_dict["oauth_client"] = oauth_client

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
            raise not_an_object("MeetingIntegration", src_dict)
        from ..models.meeting_integration_data import MeetingIntegrationData  # noqa: PLC0415
        from ..models.meeting_integration_o_auth_client import MeetingIntegrationOAuthClient  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_integration_name = d.pop("integration_name", UNSET)
        integration_name: str | Unset
        if isinstance(_raw_integration_name, str):
            integration_name = _raw_integration_name
        else:
            integration_name = UNSET
            if _raw_integration_name is not UNSET:
                d["integration_name"] = _raw_integration_name

        _raw_integration_data = d.pop("integration_data", UNSET)
        try:
            _fits = _raw_integration_data is UNSET or isinstance(_raw_integration_data, dict)
            if not _fits:
                raise TypeError()
            _integration_data = _raw_integration_data
            integration_data: MeetingIntegrationData | Unset
            if isinstance(_integration_data, Unset):
                integration_data = UNSET
            else:
                integration_data = MeetingIntegrationData.from_dict(_integration_data)

        except (TypeError, ValueError, AttributeError, KeyError):
            integration_data = UNSET
            if _raw_integration_data is not UNSET:
                d["integration_data"] = _raw_integration_data

        _raw_oauth_client = d.pop("oauth_client", UNSET)
        try:
            _fits = _raw_oauth_client is UNSET or isinstance(_raw_oauth_client, dict)
            if not _fits:
                raise TypeError()
            _oauth_client = _raw_oauth_client
            oauth_client: MeetingIntegrationOAuthClient | Unset
            if isinstance(_oauth_client, Unset):
                oauth_client = UNSET
            else:
                oauth_client = MeetingIntegrationOAuthClient.from_dict(_oauth_client)

        except (TypeError, ValueError, AttributeError, KeyError):
            oauth_client = UNSET
            if _raw_oauth_client is not UNSET:
                d["oauth_client"] = _raw_oauth_client

        parsed_obj = cls(
            id=id,
            integration_name=integration_name,
            integration_data=integration_data,
            oauth_client=oauth_client,
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
