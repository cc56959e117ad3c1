from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_speaker_side import MeetingSpeakerSide
from ..types import UNSET, Unset

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
        speaker_label = self.speaker_label

        speaker_side: None | str | Unset
        if isinstance(self.speaker_side, Unset):
            speaker_side = UNSET
        elif isinstance(self.speaker_side, MeetingSpeakerSide):
            speaker_side = self.speaker_side.value
        else:
            speaker_side = self.speaker_side

        talk_time = self.talk_time

        talk_percentage = self.talk_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speaker_label is not UNSET:
            field_dict["speaker_label"] = speaker_label
        if speaker_side is not UNSET:
            field_dict["speaker_side"] = speaker_side
        if talk_time is not UNSET:
            field_dict["talk_time"] = talk_time
        if talk_percentage is not UNSET:
            field_dict["talk_percentage"] = talk_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        speaker_label = d.pop("speaker_label", UNSET)

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
            return cast(MeetingSpeakerSide | None | Unset, data)

        speaker_side = _parse_speaker_side(d.pop("speaker_side", UNSET))

        talk_time = d.pop("talk_time", UNSET)

        talk_percentage = d.pop("talk_percentage", UNSET)

        meeting_transcript_speaker = cls(
            speaker_label=speaker_label,
            speaker_side=speaker_side,
            talk_time=talk_time,
            talk_percentage=talk_percentage,
        )

        meeting_transcript_speaker.additional_properties = d
        return meeting_transcript_speaker

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
