from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_applies_to import OutcomeAppliesTo
from ..models.outcome_type import OutcomeType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="OutcomeCreate")


@_attrs_define
class OutcomeCreate:
    """A new outcome.

    Attributes:
        name (str):
        description (None | str | Unset):
        type_ (OutcomeType | Unset): `custom` (default) or `vm-dropped` (set automatically on calls after a voicemail
            drop).
        applies_to (list[OutcomeAppliesTo] | None | Unset): Deprecated; derived from `type`.
    """

    name: str
    description: None | str | Unset = UNSET
    type_: OutcomeType | Unset = UNSET
    applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        applies_to: list[str] | None | Unset
        if isinstance(self.applies_to, Unset):
            applies_to = UNSET
        elif isinstance(self.applies_to, list):
            applies_to = []
            for applies_to_type_0_item_data in self.applies_to:
                applies_to_type_0_item = applies_to_type_0_item_data.value
                applies_to.append(applies_to_type_0_item)

        else:
            applies_to = self.applies_to
        if applies_to is not UNSET:
            field_dict["applies_to"] = applies_to

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
            raise not_an_object("OutcomeCreate", src_dict)
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_description = d.pop("description", UNSET)
        description: None | str | Unset
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = UNSET
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: OutcomeType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = OutcomeType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_applies_to = d.pop("applies_to", UNSET)
        try:

            def _parse_applies_to(data: object) -> list[OutcomeAppliesTo] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    applies_to_type_0 = []
                    _applies_to_type_0 = data
                    for applies_to_type_0_item_data in _applies_to_type_0:
                        applies_to_type_0_item = OutcomeAppliesTo(applies_to_type_0_item_data)

                        applies_to_type_0.append(applies_to_type_0_item)

                    return applies_to_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[OutcomeAppliesTo] | None | Unset, data)

            applies_to = _parse_applies_to(_raw_applies_to)

        except (TypeError, ValueError, AttributeError, KeyError):
            applies_to = UNSET
            if _raw_applies_to is not UNSET:
                d["applies_to"] = _raw_applies_to

        parsed_obj = cls(
            name=name,
            description=description,
            type_=type_,
            applies_to=applies_to,
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
