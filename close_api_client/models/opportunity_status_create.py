from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status_type import OpportunityStatusType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="OpportunityStatusCreate")


@_attrs_define
class OpportunityStatusCreate:
    """A new opportunity status.

    Attributes:
        label (str):
        type_ (OpportunityStatusType): The kind of an opportunity status.
        pipeline_id (str | Unset): The pipeline to add the status to.
    """

    label: str
    type_: OpportunityStatusType
    pipeline_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.label, Unset):  # absent only if trimmed by _fields
            label = self.label
            field_dict["label"] = label

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        pipeline_id = self.pipeline_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id

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
            raise not_an_object("OpportunityStatusCreate", src_dict)
        d = dict(src_dict)
        _raw_label = d.pop("label", UNSET)
        label: str
        if isinstance(_raw_label, str):
            label = _raw_label
        else:
            label = MISSING
            if _raw_label is not UNSET:
                d["label"] = _raw_label

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = OpportunityStatusType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_pipeline_id = d.pop("pipeline_id", UNSET)
        pipeline_id: str | Unset
        if isinstance(_raw_pipeline_id, str):
            pipeline_id = _raw_pipeline_id
        else:
            pipeline_id = UNSET
            if _raw_pipeline_id is not UNSET:
                d["pipeline_id"] = _raw_pipeline_id

        parsed_obj = cls(
            label=label,
            type_=type_,
            pipeline_id=pipeline_id,
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
