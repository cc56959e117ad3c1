from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_speaker_side import MeetingSpeakerSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_transcript_word import MeetingTranscriptWord


T = TypeVar("T", bound="MeetingTranscriptUtterance")


@_attrs_define
class MeetingTranscriptUtterance:
    """What one speaker said, with times in seconds.

    Attributes:
        speaker_label (str | Unset):
        speaker_side (MeetingSpeakerSide | None | Unset):
        start (float | Unset):
        end (float | Unset):
        text (str | Unset):
        words (list[MeetingTranscriptWord] | Unset):
    """

    speaker_label: str | Unset = UNSET
    speaker_side: MeetingSpeakerSide | None | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    text: str | Unset = UNSET
    words: list[MeetingTranscriptWord] | Unset = UNSET
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

        start = self.start

        end = self.end

        text = self.text

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speaker_label is not UNSET:
            field_dict["speaker_label"] = speaker_label
        if speaker_side is not UNSET:
            field_dict["speaker_side"] = speaker_side
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if text is not UNSET:
            field_dict["text"] = text
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_transcript_word import MeetingTranscriptWord  # noqa: PLC0415

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

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        text = d.pop("text", UNSET)

        _words = d.pop("words", UNSET)
        words: list[MeetingTranscriptWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = MeetingTranscriptWord.from_dict(words_item_data)

                words.append(words_item)

        meeting_transcript_utterance = cls(
            speaker_label=speaker_label,
            speaker_side=speaker_side,
            start=start,
            end=end,
            text=text,
            words=words,
        )

        meeting_transcript_utterance.additional_properties = d
        return meeting_transcript_utterance

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
