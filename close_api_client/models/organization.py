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
        id (str): `orga_...`
        name (str):
        lead_statuses (list[LeadStatus]):
        pipelines (list[Pipeline]):
        created_by (None | str):
        updated_by (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        currency (str | Unset): ISO 4217 code, e.g. `USD`.
        currency_symbol (str | Unset):
        plan_type (str | Unset): e.g. `lite`.
        memberships (list[Membership] | Unset): Current members, with `user_*` fields (or `user` when expanded).
        inactive_memberships (list[Membership] | Unset): Former members.
    """

    id: str
    name: str
    lead_statuses: list[LeadStatus]
    pipelines: list[Pipeline]
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    currency: str | Unset = UNSET
    currency_symbol: str | Unset = UNSET
    plan_type: str | Unset = UNSET
    memberships: list[Membership] | Unset = UNSET
    inactive_memberships: list[Membership] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        lead_statuses = []
        for lead_statuses_item_data in self.lead_statuses:
            lead_statuses_item = lead_statuses_item_data.to_dict()
            lead_statuses.append(lead_statuses_item)

        pipelines = []
        for pipelines_item_data in self.pipelines:
            pipelines_item = pipelines_item_data.to_dict()
            pipelines.append(pipelines_item)

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        currency = self.currency

        currency_symbol = self.currency_symbol

        plan_type = self.plan_type

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "lead_statuses": lead_statuses,
                "pipelines": pipelines,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if inactive_memberships is not UNSET:
            field_dict["inactive_memberships"] = inactive_memberships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lead_status import LeadStatus  # noqa: PLC0415
        from ..models.membership import Membership  # noqa: PLC0415
        from ..models.pipeline import Pipeline  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        lead_statuses = []
        _lead_statuses = d.pop("lead_statuses")
        for lead_statuses_item_data in _lead_statuses:
            lead_statuses_item = LeadStatus.from_dict(lead_statuses_item_data)

            lead_statuses.append(lead_statuses_item)

        pipelines = []
        _pipelines = d.pop("pipelines")
        for pipelines_item_data in _pipelines:
            pipelines_item = Pipeline.from_dict(pipelines_item_data)

            pipelines.append(pipelines_item)

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        currency = d.pop("currency", UNSET)

        currency_symbol = d.pop("currency_symbol", UNSET)

        plan_type = d.pop("plan_type", UNSET)

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

        organization = cls(
            id=id,
            name=name,
            lead_statuses=lead_statuses,
            pipelines=pipelines,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            currency=currency,
            currency_symbol=currency_symbol,
            plan_type=plan_type,
            memberships=memberships,
            inactive_memberships=inactive_memberships,
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
