from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.funnel_stage import FunnelStage


T = TypeVar("T", bound="FunnelStagesUserReport")


@_attrs_define
class FunnelStagesUserReport:
    """The stage metrics of one user.

    Attributes:
        user_id (str | Unset):
        stages (list[FunnelStage] | Unset):
    """

    user_id: str | Unset = UNSET
    stages: list[FunnelStage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        if stages is not UNSET:
            field_dict["stages"] = stages

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
            raise not_an_object("FunnelStagesUserReport", src_dict)
        from ..models.funnel_stage import FunnelStage  # noqa: PLC0415

        d = dict(src_dict)
        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_stages = d.pop("stages", UNSET)
        try:
            _fits = _raw_stages is UNSET or isinstance(_raw_stages, list)
            if not _fits:
                raise TypeError()
            _stages = _raw_stages
            stages: list[FunnelStage] | Unset = UNSET
            if _stages is not UNSET:
                stages = []
                for stages_item_data in _stages:
                    stages_item = FunnelStage.from_dict(stages_item_data)

                    stages.append(stages_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            stages = UNSET
            if _raw_stages is not UNSET:
                d["stages"] = _raw_stages

        parsed_obj = cls(
            user_id=user_id,
            stages=stages,
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
