from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.user_active_call import UserActiveCall


T = TypeVar("T", bound="UserClientAvailability")


@_attrs_define
class UserClientAvailability:
    """A user's status on one kind of client, and the calls they are on there.

    Attributes:
        type_ (str): The client, e.g. `web`, `native`, `mobile`.
        status (str): e.g. `online`, `offline`.
        active_calls (list[UserActiveCall]):
    """

    type_: str
    status: str
    active_calls: list[UserActiveCall]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.active_calls, Unset):  # absent only if trimmed by _fields
            active_calls = []
            for active_calls_item_data in self.active_calls:
                active_calls_item = active_calls_item_data.to_dict()
                active_calls.append(active_calls_item)

            field_dict["active_calls"] = active_calls

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
            raise not_an_object("UserClientAvailability", src_dict)
        from ..models.user_active_call import UserActiveCall  # noqa: PLC0415

        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: str
        if isinstance(_raw_type_, str):
            type_ = _raw_type_
        else:
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_status = d.pop("status", UNSET)
        status: str
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_active_calls = d.pop("active_calls", UNSET)
        try:
            _fits = _raw_active_calls is not UNSET and isinstance(_raw_active_calls, list)
            if not _fits:
                raise TypeError()
            active_calls = []
            _active_calls = _raw_active_calls
            for active_calls_item_data in _active_calls:
                active_calls_item = UserActiveCall.from_dict(active_calls_item_data)

                active_calls.append(active_calls_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            active_calls = MISSING
            if _raw_active_calls is not UNSET:
                d["active_calls"] = _raw_active_calls

        parsed_obj = cls(
            type_=type_,
            status=status,
            active_calls=active_calls,
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
