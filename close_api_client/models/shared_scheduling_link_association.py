from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SharedSchedulingLinkAssociation")


@_attrs_define
class SharedSchedulingLinkAssociation:
    """The mapping of a Shared Scheduling Link for one user, to a User Scheduling Link or a URL.

    Attributes:
        organization_id (str):
        shared_scheduling_link_id (str | Unset):
        user_id (None | str | Unset):
        user_scheduling_link_id (None | str | Unset):
        url (None | str | Unset):
    """

    organization_id: str
    shared_scheduling_link_id: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_scheduling_link_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        shared_scheduling_link_id = self.shared_scheduling_link_id
        if shared_scheduling_link_id is not UNSET:
            field_dict["shared_scheduling_link_id"] = shared_scheduling_link_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        user_scheduling_link_id: None | str | Unset
        if isinstance(self.user_scheduling_link_id, Unset):
            user_scheduling_link_id = UNSET
        else:
            user_scheduling_link_id = self.user_scheduling_link_id
        if user_scheduling_link_id is not UNSET:
            field_dict["user_scheduling_link_id"] = user_scheduling_link_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

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
            raise not_an_object("SharedSchedulingLinkAssociation", src_dict)
        d = dict(src_dict)
        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_shared_scheduling_link_id = d.pop("shared_scheduling_link_id", UNSET)
        shared_scheduling_link_id: str | Unset
        if isinstance(_raw_shared_scheduling_link_id, str):
            shared_scheduling_link_id = _raw_shared_scheduling_link_id
        else:
            shared_scheduling_link_id = UNSET
            if _raw_shared_scheduling_link_id is not UNSET:
                d["shared_scheduling_link_id"] = _raw_shared_scheduling_link_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_user_scheduling_link_id = d.pop("user_scheduling_link_id", UNSET)
        user_scheduling_link_id: None | str | Unset
        if isinstance(_raw_user_scheduling_link_id, str) or _raw_user_scheduling_link_id is None:
            user_scheduling_link_id = _raw_user_scheduling_link_id
        else:
            user_scheduling_link_id = UNSET
            if _raw_user_scheduling_link_id is not UNSET:
                d["user_scheduling_link_id"] = _raw_user_scheduling_link_id

        _raw_url = d.pop("url", UNSET)
        url: None | str | Unset
        if isinstance(_raw_url, str) or _raw_url is None:
            url = _raw_url
        else:
            url = UNSET
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        parsed_obj = cls(
            organization_id=organization_id,
            shared_scheduling_link_id=shared_scheduling_link_id,
            user_id=user_id,
            user_scheduling_link_id=user_scheduling_link_id,
            url=url,
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
