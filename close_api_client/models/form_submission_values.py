from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import not_an_object

T = TypeVar("T", bound="FormSubmissionValues")


@_attrs_define
class FormSubmissionValues:
    """Submitted values by form field id (`formfld_...`) or, in `values_by_name`, by field name."""

    additional_properties: dict[str, bool | None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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
            raise not_an_object("FormSubmissionValues", src_dict)
        d = dict(src_dict)
        parsed_obj = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> bool | None | str:
                    if data is None:
                        return data
                    fits_plain = (
                        isinstance(data, str) or isinstance(data, bool) or data is None
                    )  # a bool, so mypy keeps the cast below
                    if not fits_plain:
                        raise TypeError()
                    return cast(bool | None | str, data)

                additional_property = _parse_additional_property(prop_dict)

            except (TypeError, ValueError, AttributeError, KeyError):
                additional_properties[prop_name] = prop_dict  # kept as sent, like a field
                continue
            additional_properties[prop_name] = additional_property

        parsed_obj.additional_properties = additional_properties
        return parsed_obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
