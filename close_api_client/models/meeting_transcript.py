from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_transcript_speaker import MeetingTranscriptSpeaker
    from ..models.meeting_transcript_utterance import MeetingTranscriptUtterance


T = TypeVar("T", bound="MeetingTranscript")


@_attrs_define
class MeetingTranscript:
    """The transcript of one Close Notetaker bot.

    Attributes:
        id (str | Unset):
        has_speaker_labels (bool | Unset):
        speakers (list[MeetingTranscriptSpeaker] | Unset):
        utterances (list[MeetingTranscriptUtterance] | Unset):
        summary_text (None | str | Unset):
        summary_html (None | str | Unset):
    """

    id: str | Unset = UNSET
    has_speaker_labels: bool | Unset = UNSET
    speakers: list[MeetingTranscriptSpeaker] | Unset = UNSET
    utterances: list[MeetingTranscriptUtterance] | Unset = UNSET
    summary_text: None | str | Unset = UNSET
    summary_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        has_speaker_labels = self.has_speaker_labels

        speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = []
            for speakers_item_data in self.speakers:
                speakers_item = speakers_item_data.to_dict()
                speakers.append(speakers_item)

        utterances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.utterances, Unset):
            utterances = []
            for utterances_item_data in self.utterances:
                utterances_item = utterances_item_data.to_dict()
                utterances.append(utterances_item)

        summary_text: None | str | Unset
        if isinstance(self.summary_text, Unset):
            summary_text = UNSET
        else:
            summary_text = self.summary_text

        summary_html: None | str | Unset
        if isinstance(self.summary_html, Unset):
            summary_html = UNSET
        else:
            summary_html = self.summary_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if has_speaker_labels is not UNSET:
            field_dict["has_speaker_labels"] = has_speaker_labels
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if utterances is not UNSET:
            field_dict["utterances"] = utterances
        if summary_text is not UNSET:
            field_dict["summary_text"] = summary_text
        if summary_html is not UNSET:
            field_dict["summary_html"] = summary_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_transcript_speaker import MeetingTranscriptSpeaker  # noqa: PLC0415
        from ..models.meeting_transcript_utterance import MeetingTranscriptUtterance  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        has_speaker_labels = d.pop("has_speaker_labels", UNSET)

        _speakers = d.pop("speakers", UNSET)
        speakers: list[MeetingTranscriptSpeaker] | Unset = UNSET
        if _speakers is not UNSET:
            speakers = []
            for speakers_item_data in _speakers:
                speakers_item = MeetingTranscriptSpeaker.from_dict(speakers_item_data)

                speakers.append(speakers_item)

        _utterances = d.pop("utterances", UNSET)
        utterances: list[MeetingTranscriptUtterance] | Unset = UNSET
        if _utterances is not UNSET:
            utterances = []
            for utterances_item_data in _utterances:
                utterances_item = MeetingTranscriptUtterance.from_dict(utterances_item_data)

                utterances.append(utterances_item)

        def _parse_summary_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_text = _parse_summary_text(d.pop("summary_text", UNSET))

        def _parse_summary_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_html = _parse_summary_html(d.pop("summary_html", UNSET))

        meeting_transcript = cls(
            id=id,
            has_speaker_labels=has_speaker_labels,
            speakers=speakers,
            utterances=utterances,
            summary_text=summary_text,
            summary_html=summary_html,
        )

        meeting_transcript.additional_properties = d
        return meeting_transcript

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
