from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_a_page, not_an_object

if TYPE_CHECKING:
    from ..models.scheduling_link import SchedulingLink


T = TypeVar("T", bound="SchedulingLinkList")


@_attrs_define
class SchedulingLinkList:
    """Scheduling links.

    Attributes:
        data (list[SchedulingLink]):
        has_more (bool):
    """

    data: list[SchedulingLink]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data

        if not isinstance(self.has_more, Unset):  # absent only if trimmed by _fields
            has_more = self.has_more
            field_dict["has_more"] = has_more

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

        This model is a list envelope, so its required fields are strict too: a body whose
        ``data`` is absent or not a list of objects is not a page, and raises ``TypeError``
        (``ResponseParseError`` from the endpoint function) instead of leaving ``data`` UNSET.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("SchedulingLinkList", src_dict)
        from ..models.scheduling_link import SchedulingLink  # noqa: PLC0415

        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET or not isinstance(_raw_data, list):
            raise not_a_page("SchedulingLinkList", "data", _raw_data)
        data = []
        _data = _raw_data
        for data_item_data in _data:
            data_item = SchedulingLink.from_dict(data_item_data)

            data.append(data_item)

        _raw_has_more = d.pop("has_more", UNSET)
        has_more: bool
        if isinstance(_raw_has_more, bool):
            has_more = _raw_has_more
        else:
            raise not_a_page("SchedulingLinkList", "has_more", _raw_has_more)

        parsed_obj = cls(
            data=data,
            has_more=has_more,
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
