from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = currency

        lead_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lead_statuses, Unset):
            lead_statuses = []
            for lead_statuses_item_data in self.lead_statuses:
                lead_statuses_item = lead_statuses_item_data.to_dict()
                lead_statuses.append(lead_statuses_item)

        if lead_statuses is not UNSET:
            field_dict["lead_statuses"] = lead_statuses

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
            raise not_an_object("OrganizationUpdate", src_dict)
        from ..models.organization_lead_status_ref import OrganizationLeadStatusRef  # noqa: PLC0415

        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_currency = d.pop("currency", UNSET)
        currency: str | Unset
        if isinstance(_raw_currency, str):
            currency = _raw_currency
        else:
            currency = UNSET
            if _raw_currency is not UNSET:
                d["currency"] = _raw_currency

        _raw_lead_statuses = d.pop("lead_statuses", UNSET)
        try:
            _fits = _raw_lead_statuses is UNSET or isinstance(_raw_lead_statuses, list)
            if not _fits:
                raise TypeError()
            _lead_statuses = _raw_lead_statuses
            lead_statuses: list[OrganizationLeadStatusRef] | Unset = UNSET
            if _lead_statuses is not UNSET:
                lead_statuses = []
                for lead_statuses_item_data in _lead_statuses:
                    lead_statuses_item = OrganizationLeadStatusRef.from_dict(
                        lead_statuses_item_data
                    )

                    lead_statuses.append(lead_statuses_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            lead_statuses = UNSET
            if _raw_lead_statuses is not UNSET:
                d["lead_statuses"] = _raw_lead_statuses

        parsed_obj = cls(
            name=name,
            currency=currency,
            lead_statuses=lead_statuses,
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
