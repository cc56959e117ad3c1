from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.user_active_call_lead import UserActiveCallLead


T = TypeVar("T", bound="UserActiveCall")


@_attrs_define
class UserActiveCall:
    """A call the user is currently on.

    Attributes:
        id (str): The call activity id (`acti_...`).
        lead (UserActiveCallLead | Unset): The lead of an active call.
        method (str | Unset): How the call was placed, e.g. `regular`.
    """

    id: str
    lead: UserActiveCallLead | Unset = UNSET
    method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        lead: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lead, Unset):
            lead = self.lead.to_dict()
        if lead is not UNSET:
            field_dict["lead"] = lead

        method = self.method
        if method is not UNSET:
            field_dict["method"] = method

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
            raise not_an_object("UserActiveCall", src_dict)
        from ..models.user_active_call_lead import UserActiveCallLead  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_lead = d.pop("lead", UNSET)
        try:
            _fits = _raw_lead is UNSET or isinstance(_raw_lead, dict)
            if not _fits:
                raise TypeError()
            _lead = _raw_lead
            lead: UserActiveCallLead | Unset
            if isinstance(_lead, Unset):
                lead = UNSET
            else:
                lead = UserActiveCallLead.from_dict(_lead)

        except (TypeError, ValueError, AttributeError, KeyError):
            lead = UNSET
            if _raw_lead is not UNSET:
                d["lead"] = _raw_lead

        _raw_method = d.pop("method", UNSET)
        method: str | Unset
        if isinstance(_raw_method, str):
            method = _raw_method
        else:
            method = UNSET
            if _raw_method is not UNSET:
                d["method"] = _raw_method

        parsed_obj = cls(
            id=id,
            lead=lead,
            method=method,
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
