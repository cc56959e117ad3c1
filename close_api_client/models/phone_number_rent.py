from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_rent_carrier_type import PhoneNumberRentCarrierType
from ..models.phone_number_sharing import PhoneNumberSharing
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="PhoneNumberRent")


@_attrs_define
class PhoneNumberRent:
    """What number to rent.

    Attributes:
        country (str): Two-letter ISO country code, e.g. `US`.
        sharing (PhoneNumberSharing): Whether a rented number belongs to one user or is a group number.
        prefix (str | Unset): Area code or prefix, without the country code.
        with_sms (bool | Unset): Force (`true`) or waive (`false`) SMS capability; by default SMS-capable numbers are
            rented where Close supports SMS. Pass it only after a `has-voice-only` answer.
        bundle_id (None | str | Unset):
        carrier_type (None | PhoneNumberRentCarrierType | Unset):
        with_mms (bool | None | Unset): By default, MMS-capable numbers are rented if Close supports MMS for the given
            country. Renting an MMS-capable number can be forced by setting this flag to `true`. If set to `false`, certain
            prefixes that don't support MMS can be rented in countries where Close supports MMS. In most scenarios, this
            flag should not be passed. When you request an MMS number, you must set `with_sms` to `true` as well.
    """

    country: str
    sharing: PhoneNumberSharing
    prefix: str | Unset = UNSET
    with_sms: bool | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    carrier_type: None | PhoneNumberRentCarrierType | Unset = UNSET
    with_mms: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.country, Unset):  # absent only if trimmed by _fields
            country = self.country
            field_dict["country"] = country

        if not isinstance(self.sharing, Unset):  # absent only if trimmed by _fields
            sharing = self.sharing.value
            field_dict["sharing"] = sharing

        prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        with_sms = self.with_sms
        if with_sms is not UNSET:
            field_dict["with_sms"] = with_sms

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id

        carrier_type: None | str | Unset
        if isinstance(self.carrier_type, Unset):
            carrier_type = UNSET
        elif isinstance(self.carrier_type, PhoneNumberRentCarrierType):
            carrier_type = self.carrier_type.value
        else:
            carrier_type = self.carrier_type
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type

        with_mms: bool | None | Unset
        if isinstance(self.with_mms, Unset):
            with_mms = UNSET
        else:
            with_mms = self.with_mms
        if with_mms is not UNSET:
            field_dict["with_mms"] = with_mms

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
            raise not_an_object("PhoneNumberRent", src_dict)
        d = dict(src_dict)
        _raw_country = d.pop("country", UNSET)
        country: str
        if isinstance(_raw_country, str):
            country = _raw_country
        else:
            country = MISSING
            if _raw_country is not UNSET:
                d["country"] = _raw_country

        _raw_sharing = d.pop("sharing", UNSET)
        try:
            _fits = _raw_sharing is not UNSET
            if not _fits:
                raise TypeError()
            sharing = PhoneNumberSharing(_raw_sharing)

        except (TypeError, ValueError, AttributeError, KeyError):
            sharing = MISSING
            if _raw_sharing is not UNSET:
                d["sharing"] = _raw_sharing

        _raw_prefix = d.pop("prefix", UNSET)
        prefix: str | Unset
        if isinstance(_raw_prefix, str):
            prefix = _raw_prefix
        else:
            prefix = UNSET
            if _raw_prefix is not UNSET:
                d["prefix"] = _raw_prefix

        _raw_with_sms = d.pop("with_sms", UNSET)
        with_sms: bool | Unset
        if isinstance(_raw_with_sms, bool):
            with_sms = _raw_with_sms
        else:
            with_sms = UNSET
            if _raw_with_sms is not UNSET:
                d["with_sms"] = _raw_with_sms

        _raw_bundle_id = d.pop("bundle_id", UNSET)
        bundle_id: None | str | Unset
        if isinstance(_raw_bundle_id, str) or _raw_bundle_id is None:
            bundle_id = _raw_bundle_id
        else:
            bundle_id = UNSET
            if _raw_bundle_id is not UNSET:
                d["bundle_id"] = _raw_bundle_id

        _raw_carrier_type = d.pop("carrier_type", UNSET)
        try:

            def _parse_carrier_type(data: object) -> None | PhoneNumberRentCarrierType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    carrier_type_type_0 = PhoneNumberRentCarrierType(data)

                    return carrier_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | PhoneNumberRentCarrierType | Unset, data)

            carrier_type = _parse_carrier_type(_raw_carrier_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            carrier_type = UNSET
            if _raw_carrier_type is not UNSET:
                d["carrier_type"] = _raw_carrier_type

        _raw_with_mms = d.pop("with_mms", UNSET)
        with_mms: bool | None | Unset
        if isinstance(_raw_with_mms, bool) or _raw_with_mms is None:
            with_mms = _raw_with_mms
        else:
            with_mms = UNSET
            if _raw_with_mms is not UNSET:
                d["with_mms"] = _raw_with_mms

        parsed_obj = cls(
            country=country,
            sharing=sharing,
            prefix=prefix,
            with_sms=with_sms,
            bundle_id=bundle_id,
            carrier_type=carrier_type,
            with_mms=with_mms,
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
