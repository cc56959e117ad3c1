from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.lead_status import LeadStatus
    from ..models.membership import Membership
    from ..models.pipeline import Pipeline


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization (workspace). Lead statuses and pipelines are listed in display order.

    Attributes:
        id (str | Unset): `orga_...`
        name (str | Unset):
        currency (str | Unset): ISO 4217 code, e.g. `USD`.
        currency_symbol (str | Unset):
        plan_type (str | Unset): e.g. `lite`.
        lead_statuses (list[LeadStatus] | Unset):
        pipelines (list[Pipeline] | Unset):
        memberships (list[Membership] | Unset): Current members, with `user_*` fields (or `user` when expanded).
        inactive_memberships (list[Membership] | Unset): Former members.
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    plan_type: str | Unset = UNSET
    lead_statuses: list[LeadStatus] | Unset = UNSET
    pipelines: list[Pipeline] | Unset = UNSET
    memberships: list[Membership] | Unset = UNSET
    inactive_memberships: list[Membership] | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        currency_symbol = self.currency_symbol

        plan_type = self.plan_type

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

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        inactive_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inactive_memberships, Unset):
            inactive_memberships = []
            for inactive_memberships_item_data in self.inactive_memberships:
                inactive_memberships_item = inactive_memberships_item_data.to_dict()
                inactive_memberships.append(inactive_memberships_item)

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses
        if pipelines is not UNSET:
            field_dict["pipelines"] = pipelines
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if inactive_memberships is not UNSET:
            field_dict["inactive_memberships"] = inactive_memberships
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lead_status import LeadStatus  # noqa: PLC0415
        from ..models.membership import Membership  # noqa: PLC0415
        from ..models.pipeline import Pipeline  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        plan_type = d.pop("plan_type", UNSET)

        _lead_statuses = d.pop("lead_statuses", UNSET)
        lead_statuses: list[LeadStatus] | Unset = UNSET
        if _lead_statuses is not UNSET:
            lead_statuses = []
            for lead_statuses_item_data in _lead_statuses:
                lead_statuses_item = LeadStatus.from_dict(lead_statuses_item_data)

                lead_statuses.append(lead_statuses_item)

        _pipelines = d.pop("pipelines", UNSET)
        pipelines: list[Pipeline] | Unset = UNSET
        if _pipelines is not UNSET:
            pipelines = []
            for pipelines_item_data in _pipelines:
                pipelines_item = Pipeline.from_dict(pipelines_item_data)

                pipelines.append(pipelines_item)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[Membership] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = Membership.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        _inactive_memberships = d.pop("inactive_memberships", UNSET)
        inactive_memberships: list[Membership] | Unset = UNSET
        if _inactive_memberships is not UNSET:
            inactive_memberships = []
            for inactive_memberships_item_data in _inactive_memberships:
                inactive_memberships_item = Membership.from_dict(inactive_memberships_item_data)

                inactive_memberships.append(inactive_memberships_item)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        organization = cls(
            id=id,
            name=name,
            currency=currency,
            currency_symbol=currency_symbol,
            plan_type=plan_type,
            lead_statuses=lead_statuses,
            pipelines=pipelines,
            memberships=memberships,
            inactive_memberships=inactive_memberships,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
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
