from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_speaker_side import MeetingSpeakerSide
from ..types import UNSET, Unset, not_an_object

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

        start = self.start
        if start is not UNSET:
            field_dict["start"] = start

        end = self.end
        if end is not UNSET:
            field_dict["end"] = end

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        if words is not UNSET:
            field_dict["words"] = words

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
            raise not_an_object("MeetingTranscriptUtterance", src_dict)
        from ..models.meeting_transcript_word import MeetingTranscriptWord  # noqa: PLC0415

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

        _raw_start = d.pop("start", UNSET)
        start: float | Unset
        if isinstance(_raw_start, int | float) and not isinstance(_raw_start, bool):
            start = _raw_start
        else:
            start = UNSET
            if _raw_start is not UNSET:
                d["start"] = _raw_start

        _raw_end = d.pop("end", UNSET)
        end: float | Unset
        if isinstance(_raw_end, int | float) and not isinstance(_raw_end, bool):
            end = _raw_end
        else:
            end = UNSET
            if _raw_end is not UNSET:
                d["end"] = _raw_end

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_words = d.pop("words", UNSET)
        try:
            _fits = _raw_words is UNSET or isinstance(_raw_words, list)
            if not _fits:
                raise TypeError()
            _words = _raw_words
            words: list[MeetingTranscriptWord] | Unset = UNSET
            if _words is not UNSET:
                words = []
                for words_item_data in _words:
                    words_item = MeetingTranscriptWord.from_dict(words_item_data)

                    words.append(words_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            words = UNSET
            if _raw_words is not UNSET:
                d["words"] = _raw_words

        parsed_obj = cls(
            speaker_label=speaker_label,
            speaker_side=speaker_side,
            start=start,
            end=end,
            text=text,
            words=words,
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
