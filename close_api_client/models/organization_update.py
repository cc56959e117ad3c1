from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_lead_status_ref import OrganizationLeadStatusRef


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """Fields to change on an organization.

    Attributes:
        name (str | Unset):
        currency (str | Unset): ISO 4217 code, e.g. `USD`.
        lead_statuses (list[OrganizationLeadStatusRef] | Unset): Every existing lead status, by id, in the new order.
    """

    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    lead_statuses: list[OrganizationLeadStatusRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        lead_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lead_statuses, Unset):
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_lead_status_ref import OrganizationLeadStatusRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        _lead_statuses = d.pop("lead_statuses", UNSET)
        lead_statuses: list[OrganizationLeadStatusRef] | Unset = UNSET
        if _lead_statuses is not UNSET:
            lead_statuses = []
            for lead_statuses_item_data in _lead_statuses:
                lead_statuses_item = OrganizationLeadStatusRef.from_dict(lead_statuses_item_data)

                lead_statuses.append(lead_statuses_item)

        organization_update = cls(
            name=name,
            currency=currency,
            lead_statuses=lead_statuses,
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
