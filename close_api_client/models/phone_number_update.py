from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """Settings to change on a phone number.

    Attributes:
        label (None | str | Unset):
        forward_to (None | str | Unset): E.164 number to forward calls to.
        forward_to_enabled (bool | Unset):
        voicemail_greeting_url (None | str | Unset): An https URL of an mp3 recording.
        participants (list[str] | Unset): User ids taking part in a group number.
        phone_numbers (list[str] | Unset): External numbers (E.164) taking part in a group number.
        press_1_to_accept (bool | Unset):
    """

    label: None | str | Unset = UNSET
    forward_to: None | str | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    voicemail_greeting_url: None | str | Unset = UNSET
    participants: list[str] | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    press_1_to_accept: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        forward_to: None | str | Unset
        if isinstance(self.forward_to, Unset):
            forward_to = UNSET
        else:
            forward_to = self.forward_to
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to

        forward_to_enabled = self.forward_to_enabled
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled

        voicemail_greeting_url: None | str | Unset
        if isinstance(self.voicemail_greeting_url, Unset):
            voicemail_greeting_url = UNSET
        else:
            voicemail_greeting_url = self.voicemail_greeting_url
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        if participants is not UNSET:
            field_dict["participants"] = participants

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers

        press_1_to_accept = self.press_1_to_accept
        if press_1_to_accept is not UNSET:
            field_dict["press_1_to_accept"] = press_1_to_accept

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
            raise not_an_object("PhoneNumberUpdate", src_dict)
        d = dict(src_dict)
        _raw_label = d.pop("label", UNSET)
        label: None | str | Unset
        if isinstance(_raw_label, str) or _raw_label is None:
            label = _raw_label
        else:
            label = UNSET
            if _raw_label is not UNSET:
                d["label"] = _raw_label

        _raw_forward_to = d.pop("forward_to", UNSET)
        forward_to: None | str | Unset
        if isinstance(_raw_forward_to, str) or _raw_forward_to is None:
            forward_to = _raw_forward_to
        else:
            forward_to = UNSET
            if _raw_forward_to is not UNSET:
                d["forward_to"] = _raw_forward_to

        _raw_forward_to_enabled = d.pop("forward_to_enabled", UNSET)
        forward_to_enabled: bool | Unset
        if isinstance(_raw_forward_to_enabled, bool):
            forward_to_enabled = _raw_forward_to_enabled
        else:
            forward_to_enabled = UNSET
            if _raw_forward_to_enabled is not UNSET:
                d["forward_to_enabled"] = _raw_forward_to_enabled

        _raw_voicemail_greeting_url = d.pop("voicemail_greeting_url", UNSET)
        voicemail_greeting_url: None | str | Unset
        if isinstance(_raw_voicemail_greeting_url, str) or _raw_voicemail_greeting_url is None:
            voicemail_greeting_url = _raw_voicemail_greeting_url
        else:
            voicemail_greeting_url = UNSET
            if _raw_voicemail_greeting_url is not UNSET:
                d["voicemail_greeting_url"] = _raw_voicemail_greeting_url

        _raw_participants = d.pop("participants", UNSET)
        participants: list[str] | Unset
        if isinstance(_raw_participants, list) and all(
            isinstance(item, str) for item in _raw_participants
        ):
            participants = _raw_participants
        else:
            participants = UNSET
            if _raw_participants is not UNSET:
                d["participants"] = _raw_participants

        _raw_phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[str] | Unset
        if isinstance(_raw_phone_numbers, list) and all(
            isinstance(item, str) for item in _raw_phone_numbers
        ):
            phone_numbers = _raw_phone_numbers
        else:
            phone_numbers = UNSET
            if _raw_phone_numbers is not UNSET:
                d["phone_numbers"] = _raw_phone_numbers

        _raw_press_1_to_accept = d.pop("press_1_to_accept", UNSET)
        press_1_to_accept: bool | Unset
        if isinstance(_raw_press_1_to_accept, bool):
            press_1_to_accept = _raw_press_1_to_accept
        else:
            press_1_to_accept = UNSET
            if _raw_press_1_to_accept is not UNSET:
                d["press_1_to_accept"] = _raw_press_1_to_accept

        parsed_obj = cls(
            label=label,
            forward_to=forward_to,
            forward_to_enabled=forward_to_enabled,
            voicemail_greeting_url=voicemail_greeting_url,
            participants=participants,
            phone_numbers=phone_numbers,
            press_1_to_accept=press_1_to_accept,
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
