from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.organization_lead_statuses_item import OrganizationLeadStatusesItem
    from ..models.organization_memberships_item import OrganizationMembershipsItem
    from ..models.organization_pipelines_item import OrganizationPipelinesItem


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        name (str | Unset):
        lead_statuses (list[OrganizationLeadStatusesItem] | Unset):
        pipelines (list[OrganizationPipelinesItem] | Unset):
        created_by (Any | Unset): Shape not documented (only null shown).
        memberships (list[OrganizationMembershipsItem] | Unset):
        inactive_memberships (list[Any] | Unset):
        date_updated (datetime.datetime | Unset):
        date_created (datetime.datetime | Unset):
        id (str | Unset):
        plan_type (str | Unset):
        updated_by (Any | Unset): Shape not documented (only null shown).
        currency (str | Unset):
        currency_symbol (str | Unset):
    """

    name: str | Unset = UNSET
    lead_statuses: list[OrganizationLeadStatusesItem] | Unset = UNSET
    pipelines: list[OrganizationPipelinesItem] | Unset = UNSET
    created_by: Any | Unset = UNSET
    memberships: list[OrganizationMembershipsItem] | Unset = UNSET
    inactive_memberships: list[Any] | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    plan_type: str | Unset = UNSET
    updated_by: Any | Unset = UNSET
    currency: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        lead_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lead_statuses, Unset):
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

        pipelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pipelines, Unset):
            pipelines = []
            for pipelines_item_data in self.pipelines:
                pipelines_item = pipelines_item_data.to_dict()
                pipelines.append(pipelines_item)

        created_by = self.created_by

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        inactive_memberships: list[Any] | Unset = UNSET
        if not isinstance(self.inactive_memberships, Unset):
            inactive_memberships = self.inactive_memberships

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        id = self.id

        plan_type = self.plan_type

        updated_by = self.updated_by

        currency = self.currency

        currency_symbol = self.currency_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses
        if pipelines is not UNSET:
            field_dict["pipelines"] = pipelines
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if inactive_memberships is not UNSET:
            field_dict["inactive_memberships"] = inactive_memberships
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if id is not UNSET:
            field_dict["id"] = id
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_lead_statuses_item import OrganizationLeadStatusesItem  # noqa: PLC0415
        from ..models.organization_memberships_item import OrganizationMembershipsItem  # noqa: PLC0415
        from ..models.organization_pipelines_item import OrganizationPipelinesItem  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _lead_statuses = d.pop("lead_statuses", UNSET)
        lead_statuses: list[OrganizationLeadStatusesItem] | Unset = UNSET
        if _lead_statuses is not UNSET:
            lead_statuses = []
            for lead_statuses_item_data in _lead_statuses:
                lead_statuses_item = OrganizationLeadStatusesItem.from_dict(lead_statuses_item_data)

                lead_statuses.append(lead_statuses_item)

        _pipelines = d.pop("pipelines", UNSET)
        pipelines: list[OrganizationPipelinesItem] | Unset = UNSET
        if _pipelines is not UNSET:
            pipelines = []
            for pipelines_item_data in _pipelines:
                pipelines_item = OrganizationPipelinesItem.from_dict(pipelines_item_data)

                pipelines.append(pipelines_item)

        created_by = d.pop("created_by", UNSET)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[OrganizationMembershipsItem] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = OrganizationMembershipsItem.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        inactive_memberships = cast(list[Any], d.pop("inactive_memberships", UNSET))

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        id = d.pop("id", UNSET)

        plan_type = d.pop("plan_type", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        currency = d.pop("currency", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        organization = cls(
            name=name,
            lead_statuses=lead_statuses,
            pipelines=pipelines,
            created_by=created_by,
            memberships=memberships,
            inactive_memberships=inactive_memberships,
            date_updated=date_updated,
            date_created=date_created,
            id=id,
            plan_type=plan_type,
            updated_by=updated_by,
            currency=currency,
            currency_symbol=currency_symbol,
        )

        organization.additional_properties = d
        return organization

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
