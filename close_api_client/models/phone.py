from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="Phone")


@_attrs_define
class Phone:
    """A phone number of a contact.

    Attributes:
        phone (str): The number in E.164 form once stored.
        phone_formatted (str):
        type_ (str): e.g. `office`, `mobile`, `home`, `direct`, `fax`, `other`.
        country (None | str | Unset):
        outbound_sms_blocked (bool | Unset):
        tz_ids (list[str] | Unset):
    """

    phone: str
    phone_formatted: str
    type_: str
    country: None | str | Unset = UNSET
    outbound_sms_blocked: bool | Unset = UNSET
    tz_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.phone, Unset):  # absent only if trimmed by _fields
            phone = self.phone
            field_dict["phone"] = phone

        if not isinstance(self.phone_formatted, Unset):  # absent only if trimmed by _fields
            phone_formatted = self.phone_formatted
            field_dict["phone_formatted"] = phone_formatted

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country
        if country is not UNSET:
            field_dict["country"] = country

        outbound_sms_blocked = self.outbound_sms_blocked
        if outbound_sms_blocked is not UNSET:
            field_dict["outbound_sms_blocked"] = outbound_sms_blocked

        tz_ids: list[str] | Unset = UNSET
        if not isinstance(self.tz_ids, Unset):
            tz_ids = self.tz_ids

        if tz_ids is not UNSET:
            field_dict["tz_ids"] = tz_ids

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
            raise not_an_object("Phone", src_dict)
        d = dict(src_dict)
        _raw_phone = d.pop("phone", UNSET)
        phone: str
        if isinstance(_raw_phone, str):
            phone = _raw_phone
        else:
            phone = MISSING
            if _raw_phone is not UNSET:
                d["phone"] = _raw_phone

        _raw_phone_formatted = d.pop("phone_formatted", UNSET)
        phone_formatted: str
        if isinstance(_raw_phone_formatted, str):
            phone_formatted = _raw_phone_formatted
        else:
            phone_formatted = MISSING
            if _raw_phone_formatted is not UNSET:
                d["phone_formatted"] = _raw_phone_formatted

        _raw_type_ = d.pop("type", UNSET)
        type_: str
        if isinstance(_raw_type_, str):
            type_ = _raw_type_
        else:
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_country = d.pop("country", UNSET)
        country: None | str | Unset
        if isinstance(_raw_country, str) or _raw_country is None:
            country = _raw_country
        else:
            country = UNSET
            if _raw_country is not UNSET:
                d["country"] = _raw_country

        _raw_outbound_sms_blocked = d.pop("outbound_sms_blocked", UNSET)
        outbound_sms_blocked: bool | Unset
        if isinstance(_raw_outbound_sms_blocked, bool):
            outbound_sms_blocked = _raw_outbound_sms_blocked
        else:
            outbound_sms_blocked = UNSET
            if _raw_outbound_sms_blocked is not UNSET:
                d["outbound_sms_blocked"] = _raw_outbound_sms_blocked

        _raw_tz_ids = d.pop("tz_ids", UNSET)
        tz_ids: list[str] | Unset
        if isinstance(_raw_tz_ids, list) and all(isinstance(item, str) for item in _raw_tz_ids):
            tz_ids = _raw_tz_ids
        else:
            tz_ids = UNSET
            if _raw_tz_ids is not UNSET:
                d["tz_ids"] = _raw_tz_ids

        parsed_obj = cls(
            phone=phone,
            phone_formatted=phone_formatted,
            type_=type_,
            country=country,
            outbound_sms_blocked=outbound_sms_blocked,
            tz_ids=tz_ids,
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
