from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.lead_statuses, Unset):  # absent only if trimmed by _fields
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

            field_dict["lead_statuses"] = lead_statuses

        if not isinstance(self.pipelines, Unset):  # absent only if trimmed by _fields
            pipelines = []
            for pipelines_item_data in self.pipelines:
                pipelines_item = pipelines_item_data.to_dict()
                pipelines.append(pipelines_item)

            field_dict["pipelines"] = pipelines

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency

        currency_symbol = self.currency_symbol
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol

        plan_type = self.plan_type
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        if memberships is not UNSET:
            field_dict["memberships"] = memberships

        inactive_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inactive_memberships, Unset):
            inactive_memberships = []
            for inactive_memberships_item_data in self.inactive_memberships:
                inactive_memberships_item = inactive_memberships_item_data.to_dict()
                inactive_memberships.append(inactive_memberships_item)

        if inactive_memberships is not UNSET:
            field_dict["inactive_memberships"] = inactive_memberships

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
            raise not_an_object("Organization", src_dict)
        from ..models.lead_status import LeadStatus  # noqa: PLC0415
        from ..models.membership import Membership  # noqa: PLC0415
        from ..models.pipeline import Pipeline  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_lead_statuses = d.pop("lead_statuses", UNSET)
        try:
            _fits = _raw_lead_statuses is not UNSET and isinstance(_raw_lead_statuses, list)
            if not _fits:
                raise TypeError()
            lead_statuses = []
            _lead_statuses = _raw_lead_statuses
            for lead_statuses_item_data in _lead_statuses:
                lead_statuses_item = LeadStatus.from_dict(lead_statuses_item_data)

                lead_statuses.append(lead_statuses_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            lead_statuses = MISSING
            if _raw_lead_statuses is not UNSET:
                d["lead_statuses"] = _raw_lead_statuses

        _raw_pipelines = d.pop("pipelines", UNSET)
        try:
            _fits = _raw_pipelines is not UNSET and isinstance(_raw_pipelines, list)
            if not _fits:
                raise TypeError()
            pipelines = []
            _pipelines = _raw_pipelines
            for pipelines_item_data in _pipelines:
                pipelines_item = Pipeline.from_dict(pipelines_item_data)

                pipelines.append(pipelines_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            pipelines = MISSING
            if _raw_pipelines is not UNSET:
                d["pipelines"] = _raw_pipelines

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_currency = d.pop("currency", UNSET)
        currency: str | Unset
        if isinstance(_raw_currency, str):
            currency = _raw_currency
        else:
            currency = UNSET
            if _raw_currency is not UNSET:
                d["currency"] = _raw_currency

        _raw_currency_symbol = d.pop("currency_symbol", UNSET)
        currency_symbol: str | Unset
        if isinstance(_raw_currency_symbol, str):
            currency_symbol = _raw_currency_symbol
        else:
            currency_symbol = UNSET
            if _raw_currency_symbol is not UNSET:
                d["currency_symbol"] = _raw_currency_symbol

        _raw_plan_type = d.pop("plan_type", UNSET)
        plan_type: str | Unset
        if isinstance(_raw_plan_type, str):
            plan_type = _raw_plan_type
        else:
            plan_type = UNSET
            if _raw_plan_type is not UNSET:
                d["plan_type"] = _raw_plan_type

        _raw_memberships = d.pop("memberships", UNSET)
        try:
            _fits = _raw_memberships is UNSET or isinstance(_raw_memberships, list)
            if not _fits:
                raise TypeError()
            _memberships = _raw_memberships
            memberships: list[Membership] | Unset = UNSET
            if _memberships is not UNSET:
                memberships = []
                for memberships_item_data in _memberships:
                    memberships_item = Membership.from_dict(memberships_item_data)

                    memberships.append(memberships_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            memberships = UNSET
            if _raw_memberships is not UNSET:
                d["memberships"] = _raw_memberships

        _raw_inactive_memberships = d.pop("inactive_memberships", UNSET)
        try:
            _fits = _raw_inactive_memberships is UNSET or isinstance(
                _raw_inactive_memberships, list
            )
            if not _fits:
                raise TypeError()
            _inactive_memberships = _raw_inactive_memberships
            inactive_memberships: list[Membership] | Unset = UNSET
            if _inactive_memberships is not UNSET:
                inactive_memberships = []
                for inactive_memberships_item_data in _inactive_memberships:
                    inactive_memberships_item = Membership.from_dict(inactive_memberships_item_data)

                    inactive_memberships.append(inactive_memberships_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            inactive_memberships = UNSET
            if _raw_inactive_memberships is not UNSET:
                d["inactive_memberships"] = _raw_inactive_memberships

        parsed_obj = cls(
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
