from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_update_lead_statuses_item import OrganizationUpdateLeadStatusesItem


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """
    Attributes:
        name (str | Unset):
        lead_statuses (list[OrganizationUpdateLeadStatusesItem] | Unset):
        currency (str | Unset):
    """

    name: str | Unset = UNSET
    lead_statuses: list[OrganizationUpdateLeadStatusesItem] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        lead_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lead_statuses, Unset):
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_update_lead_statuses_item import (
            OrganizationUpdateLeadStatusesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _lead_statuses = d.pop("lead_statuses", UNSET)
        lead_statuses: list[OrganizationUpdateLeadStatusesItem] | Unset = UNSET
        if _lead_statuses is not UNSET:
            lead_statuses = []
            for lead_statuses_item_data in _lead_statuses:
                lead_statuses_item = OrganizationUpdateLeadStatusesItem.from_dict(
                    lead_statuses_item_data
                )

                lead_statuses.append(lead_statuses_item)

        currency = d.pop("currency", UNSET)

        organization_update = cls(
            name=name,
            lead_statuses=lead_statuses,
            currency=currency,
        )

        organization_update.additional_properties = d
        return organization_update

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
