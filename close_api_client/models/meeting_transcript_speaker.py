from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_speaker_side import MeetingSpeakerSide
from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="MeetingTranscriptSpeaker")


@_attrs_define
class MeetingTranscriptSpeaker:
    """A speaker of a transcript and their share of talk.

    Attributes:
        speaker_label (str | Unset):
        speaker_side (MeetingSpeakerSide | None | Unset):
        talk_time (float | Unset):
        talk_percentage (float | Unset):
    """

    speaker_label: str | Unset = UNSET
    speaker_side: MeetingSpeakerSide | None | Unset = UNSET
    talk_time: float | Unset = UNSET
    talk_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        speaker_label = self.speaker_label
        if speaker_label is not UNSET:
            field_dict["speaker_label"] = speaker_label

        speaker_side: None | str | Unset
        if isinstance(self.speaker_side, Unset):
            speaker_side = UNSET
        elif isinstance(self.speaker_side, MeetingSpeakerSide):
            speaker_side = self.speaker_side.value
        else:
            speaker_side = self.speaker_side
        if speaker_side is not UNSET:
            field_dict["speaker_side"] = speaker_side

        talk_time = self.talk_time
        if talk_time is not UNSET:
            field_dict["talk_time"] = talk_time

        talk_percentage = self.talk_percentage
        if talk_percentage is not UNSET:
            field_dict["talk_percentage"] = talk_percentage

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
            raise not_an_object("MeetingTranscriptSpeaker", src_dict)
        d = dict(src_dict)
        _raw_speaker_label = d.pop("speaker_label", UNSET)
        speaker_label: str | Unset
        if isinstance(_raw_speaker_label, str):
            speaker_label = _raw_speaker_label
        else:
            speaker_label = UNSET
            if _raw_speaker_label is not UNSET:
                d["speaker_label"] = _raw_speaker_label

        _raw_speaker_side = d.pop("speaker_side", UNSET)
        try:

            def _parse_speaker_side(data: object) -> MeetingSpeakerSide | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    speaker_side_type_0 = MeetingSpeakerSide(data)

                    return speaker_side_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(MeetingSpeakerSide | None | Unset, data)

            speaker_side = _parse_speaker_side(_raw_speaker_side)

        except (TypeError, ValueError, AttributeError, KeyError):
            speaker_side = UNSET
            if _raw_speaker_side is not UNSET:
                d["speaker_side"] = _raw_speaker_side

        _raw_talk_time = d.pop("talk_time", UNSET)
        talk_time: float | Unset
        if isinstance(_raw_talk_time, int | float) and not isinstance(_raw_talk_time, bool):
            talk_time = _raw_talk_time
        else:
            talk_time = UNSET
            if _raw_talk_time is not UNSET:
                d["talk_time"] = _raw_talk_time

        _raw_talk_percentage = d.pop("talk_percentage", UNSET)
        talk_percentage: float | Unset
        if isinstance(_raw_talk_percentage, int | float) and not isinstance(
            _raw_talk_percentage, bool
        ):
            talk_percentage = _raw_talk_percentage
        else:
            talk_percentage = UNSET
            if _raw_talk_percentage is not UNSET:
                d["talk_percentage"] = _raw_talk_percentage

        parsed_obj = cls(
            speaker_label=speaker_label,
            speaker_side=speaker_side,
            talk_time=talk_time,
            talk_percentage=talk_percentage,
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
