from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.form_field_choice import FormFieldChoice


T = TypeVar("T", bound="FormFieldDefinition")


@_attrs_define
class FormFieldDefinition:
    """One field of a form; its id keys the values of form submissions.

    Attributes:
        id (str): `formfld_...`
        name (str):
        type_ (str): The field type, e.g. `text`, `email`, `select`.
        choices (list[FormFieldChoice] | None): For select fields, the options; otherwise null.
    """

    id: str
    name: str
    type_: str
    choices: list[FormFieldChoice] | None
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

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.choices, Unset):  # absent only if trimmed by _fields
            choices: list[dict[str, Any]] | None
            if isinstance(self.choices, list):
                choices = []
                for choices_type_0_item_data in self.choices:
                    choices_type_0_item = choices_type_0_item_data.to_dict()
                    choices.append(choices_type_0_item)

            else:
                choices = self.choices
            field_dict["choices"] = choices

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
            raise not_an_object("FormFieldDefinition", src_dict)
        from ..models.form_field_choice import FormFieldChoice  # noqa: PLC0415

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

        _raw_type_ = d.pop("type", UNSET)
        type_: str
        if isinstance(_raw_type_, str):
            type_ = _raw_type_
        else:
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_choices = d.pop("choices", UNSET)
        try:
            _fits = _raw_choices is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_choices(data: object) -> list[FormFieldChoice] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    choices_type_0 = []
                    _choices_type_0 = data
                    for choices_type_0_item_data in _choices_type_0:
                        choices_type_0_item = FormFieldChoice.from_dict(choices_type_0_item_data)

                        choices_type_0.append(choices_type_0_item)

                    return choices_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[FormFieldChoice] | None, data)

            choices = _parse_choices(_raw_choices)

        except (TypeError, ValueError, AttributeError, KeyError):
            choices = MISSING
            if _raw_choices is not UNSET:
                d["choices"] = _raw_choices

        parsed_obj = cls(
            id=id,
            name=name,
            type_=type_,
            choices=choices,
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
