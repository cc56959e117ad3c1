from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        has_speaker_labels = self.has_speaker_labels
        if has_speaker_labels is not UNSET:
            field_dict["has_speaker_labels"] = has_speaker_labels

        speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = []
            for speakers_item_data in self.speakers:
                speakers_item = speakers_item_data.to_dict()
                speakers.append(speakers_item)

        if speakers is not UNSET:
            field_dict["speakers"] = speakers

        utterances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.utterances, Unset):
            utterances = []
            for utterances_item_data in self.utterances:
                utterances_item = utterances_item_data.to_dict()
                utterances.append(utterances_item)

        if utterances is not UNSET:
            field_dict["utterances"] = utterances

        summary_text: None | str | Unset
        if isinstance(self.summary_text, Unset):
            summary_text = UNSET
        else:
            summary_text = self.summary_text
        if summary_text is not UNSET:
            field_dict["summary_text"] = summary_text

        summary_html: None | str | Unset
        if isinstance(self.summary_html, Unset):
            summary_html = UNSET
        else:
            summary_html = self.summary_html
        if summary_html is not UNSET:
            field_dict["summary_html"] = summary_html

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
            raise not_an_object("MeetingTranscript", src_dict)
        from ..models.meeting_transcript_speaker import MeetingTranscriptSpeaker  # noqa: PLC0415
        from ..models.meeting_transcript_utterance import MeetingTranscriptUtterance  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_has_speaker_labels = d.pop("has_speaker_labels", UNSET)
        has_speaker_labels: bool | Unset
        if isinstance(_raw_has_speaker_labels, bool):
            has_speaker_labels = _raw_has_speaker_labels
        else:
            has_speaker_labels = UNSET
            if _raw_has_speaker_labels is not UNSET:
                d["has_speaker_labels"] = _raw_has_speaker_labels

        _raw_speakers = d.pop("speakers", UNSET)
        try:
            _fits = _raw_speakers is UNSET or isinstance(_raw_speakers, list)
            if not _fits:
                raise TypeError()
            _speakers = _raw_speakers
            speakers: list[MeetingTranscriptSpeaker] | Unset = UNSET
            if _speakers is not UNSET:
                speakers = []
                for speakers_item_data in _speakers:
                    speakers_item = MeetingTranscriptSpeaker.from_dict(speakers_item_data)

                    speakers.append(speakers_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            speakers = UNSET
            if _raw_speakers is not UNSET:
                d["speakers"] = _raw_speakers

        _raw_utterances = d.pop("utterances", UNSET)
        try:
            _fits = _raw_utterances is UNSET or isinstance(_raw_utterances, list)
            if not _fits:
                raise TypeError()
            _utterances = _raw_utterances
            utterances: list[MeetingTranscriptUtterance] | Unset = UNSET
            if _utterances is not UNSET:
                utterances = []
                for utterances_item_data in _utterances:
                    utterances_item = MeetingTranscriptUtterance.from_dict(utterances_item_data)

                    utterances.append(utterances_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            utterances = UNSET
            if _raw_utterances is not UNSET:
                d["utterances"] = _raw_utterances

        _raw_summary_text = d.pop("summary_text", UNSET)
        summary_text: None | str | Unset
        if isinstance(_raw_summary_text, str) or _raw_summary_text is None:
            summary_text = _raw_summary_text
        else:
            summary_text = UNSET
            if _raw_summary_text is not UNSET:
                d["summary_text"] = _raw_summary_text

        _raw_summary_html = d.pop("summary_html", UNSET)
        summary_html: None | str | Unset
        if isinstance(_raw_summary_html, str) or _raw_summary_html is None:
            summary_html = _raw_summary_html
        else:
            summary_html = UNSET
            if _raw_summary_html is not UNSET:
                d["summary_html"] = _raw_summary_html

        parsed_obj = cls(
            id=id,
            has_speaker_labels=has_speaker_labels,
            speakers=speakers,
            utterances=utterances,
            summary_text=summary_text,
            summary_html=summary_html,
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
