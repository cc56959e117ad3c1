from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_contact_preference import BulkActionContactPreference
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="BulkEmailCreate")


@_attrs_define
class BulkEmailCreate:
    """A bulk email to start.

    Attributes:
        query (str): Lead search query selecting the leads.
        template_id (str):
        contact_preference (BulkActionContactPreference | Unset): `lead`: only the first contact email of each lead;
            `contact`: the first email of every contact.
        send_done_email (bool | Unset): Email a confirmation when done (default true).
    """

    query: str
    template_id: str
    contact_preference: BulkActionContactPreference | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.query, Unset):  # absent only if trimmed by _fields
            query = self.query
            field_dict["query"] = query

        if not isinstance(self.template_id, Unset):  # absent only if trimmed by _fields
            template_id = self.template_id
            field_dict["template_id"] = template_id

        contact_preference: str | Unset = UNSET
        if not isinstance(self.contact_preference, Unset):
            contact_preference = self.contact_preference.value

        if contact_preference is not UNSET:
            field_dict["contact_preference"] = contact_preference

        send_done_email = self.send_done_email
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

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
            raise not_an_object("BulkEmailCreate", src_dict)
        d = dict(src_dict)
        _raw_query = d.pop("query", UNSET)
        query: str
        if isinstance(_raw_query, str):
            query = _raw_query
        else:
            query = MISSING
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_template_id = d.pop("template_id", UNSET)
        template_id: str
        if isinstance(_raw_template_id, str):
            template_id = _raw_template_id
        else:
            template_id = MISSING
            if _raw_template_id is not UNSET:
                d["template_id"] = _raw_template_id

        _raw_contact_preference = d.pop("contact_preference", UNSET)
        try:
            _contact_preference = _raw_contact_preference
            contact_preference: BulkActionContactPreference | Unset
            if isinstance(_contact_preference, Unset):
                contact_preference = UNSET
            else:
                contact_preference = BulkActionContactPreference(_contact_preference)

        except (TypeError, ValueError, AttributeError, KeyError):
            contact_preference = UNSET
            if _raw_contact_preference is not UNSET:
                d["contact_preference"] = _raw_contact_preference

        _raw_send_done_email = d.pop("send_done_email", UNSET)
        send_done_email: bool | Unset
        if isinstance(_raw_send_done_email, bool):
            send_done_email = _raw_send_done_email
        else:
            send_done_email = UNSET
            if _raw_send_done_email is not UNSET:
                d["send_done_email"] = _raw_send_done_email

        parsed_obj = cls(
            query=query,
            template_id=template_id,
            contact_preference=contact_preference,
            send_done_email=send_done_email,
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
