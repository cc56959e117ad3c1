from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.search_custom_field import SearchCustomField
    from ..models.search_number_range_condition import SearchNumberRangeCondition
    from ..models.search_reference_condition import SearchReferenceCondition
    from ..models.search_regular_field import SearchRegularField
    from ..models.search_text_condition import SearchTextCondition
    from ..models.unknown_search_condition import UnknownSearchCondition
    from ..models.unknown_search_field import UnknownSearchField


T = TypeVar("T", bound="SearchFieldConditionQuery")


@_attrs_define
class SearchFieldConditionQuery:
    """Matches objects whose `field` meets `condition`.

    Attributes:
        type_ (Literal['field_condition']):  Default: 'field_condition'.
        field (SearchCustomField | SearchRegularField | UnknownSearchField): The field of a `field_condition`: a built-
            in `regular_field`, a `custom_field`, or any
            other field kind as `UnknownSearchField`.
        condition (SearchNumberRangeCondition | SearchReferenceCondition | SearchTextCondition |
            UnknownSearchCondition): The condition of a `field_condition`, chosen by the field's value type: `text`,
            `reference` (ids), `number_range`, or any other condition as `UnknownSearchCondition`.
        negate (bool | Unset):
    """

    field: SearchCustomField | SearchRegularField | UnknownSearchField
    condition: (
        SearchNumberRangeCondition
        | SearchReferenceCondition
        | SearchTextCondition
        | UnknownSearchCondition
    )
    type_: Literal["field_condition"] = "field_condition"
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_custom_field import SearchCustomField  # noqa: PLC0415
        from ..models.search_number_range_condition import SearchNumberRangeCondition  # noqa: PLC0415
        from ..models.search_reference_condition import SearchReferenceCondition  # noqa: PLC0415
        from ..models.search_regular_field import SearchRegularField  # noqa: PLC0415
        from ..models.search_text_condition import SearchTextCondition  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.field, Unset):  # absent only if trimmed by _fields
            field: dict[str, Any]
            if isinstance(self.field, SearchRegularField):
                field = self.field.to_dict()
            elif isinstance(self.field, SearchCustomField):
                field = self.field.to_dict()
            else:
                field = self.field.to_dict()

            field_dict["field"] = field

        if not isinstance(self.condition, Unset):  # absent only if trimmed by _fields
            condition: dict[str, Any]
            if isinstance(self.condition, SearchTextCondition):
                condition = self.condition.to_dict()
            elif isinstance(self.condition, SearchReferenceCondition):
                condition = self.condition.to_dict()
            elif isinstance(self.condition, SearchNumberRangeCondition):
                condition = self.condition.to_dict()
            else:
                condition = self.condition.to_dict()

            field_dict["condition"] = condition

        negate = self.negate
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("type") == "field_condition"

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
            raise not_an_object("SearchFieldConditionQuery", src_dict)
        from ..models.search_custom_field import SearchCustomField  # noqa: PLC0415
        from ..models.search_number_range_condition import SearchNumberRangeCondition  # noqa: PLC0415
        from ..models.search_reference_condition import SearchReferenceCondition  # noqa: PLC0415
        from ..models.search_regular_field import SearchRegularField  # noqa: PLC0415
        from ..models.search_text_condition import SearchTextCondition  # noqa: PLC0415
        from ..models.unknown_search_condition import UnknownSearchCondition  # noqa: PLC0415
        from ..models.unknown_search_field import UnknownSearchField  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["field_condition"], d.pop("type"))
        if type_ != "field_condition":
            raise ValueError(f"type must match const 'field_condition', got '{type_}'")

        _raw_field = d.pop("field", UNSET)
        try:
            _fits = _raw_field is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_field(
                data: object,
            ) -> SearchCustomField | SearchRegularField | UnknownSearchField:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchRegularField._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_field_type_0 = SearchRegularField.from_dict(data)

                    return componentsschemas_search_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchCustomField._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_field_type_1 = SearchCustomField.from_dict(data)

                    return componentsschemas_search_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_2 = UnknownSearchField.from_dict(data)

                return componentsschemas_search_field_type_2

            field = _parse_field(_raw_field)

        except (TypeError, ValueError, AttributeError, KeyError):
            field = MISSING
            if _raw_field is not UNSET:
                d["field"] = _raw_field

        _raw_condition = d.pop("condition", UNSET)
        try:
            _fits = _raw_condition is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_condition(
                data: object,
            ) -> (
                SearchNumberRangeCondition
                | SearchReferenceCondition
                | SearchTextCondition
                | UnknownSearchCondition
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchTextCondition._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_condition_type_0 = SearchTextCondition.from_dict(data)

                    return componentsschemas_search_condition_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchReferenceCondition._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_condition_type_1 = SearchReferenceCondition.from_dict(
                        data
                    )

                    return componentsschemas_search_condition_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchNumberRangeCondition._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_condition_type_2 = (
                        SearchNumberRangeCondition.from_dict(data)
                    )

                    return componentsschemas_search_condition_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_condition_type_3 = UnknownSearchCondition.from_dict(data)

                return componentsschemas_search_condition_type_3

            condition = _parse_condition(_raw_condition)

        except (TypeError, ValueError, AttributeError, KeyError):
            condition = MISSING
            if _raw_condition is not UNSET:
                d["condition"] = _raw_condition

        _raw_negate = d.pop("negate", UNSET)
        negate: bool | Unset
        if isinstance(_raw_negate, bool):
            negate = _raw_negate
        else:
            negate = UNSET
            if _raw_negate is not UNSET:
                d["negate"] = _raw_negate

        parsed_obj = cls(
            type_=type_,
            field=field,
            condition=condition,
            negate=negate,
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
