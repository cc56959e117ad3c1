from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_action_type_v2 import StalledOpportunityActionTypeV2
from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails


T = TypeVar("T", bound="OpportunitySuggestedAction")


@_attrs_define
class OpportunitySuggestedAction:
    """A next step Close suggests for the opportunity (fields from Close's published OpenAPI document).

    Attributes:
        action (StalledOpportunityActionTypeV2):
        details (None | OpportunitySuggestedActionDetails):
        justification (str):
    """

    action: StalledOpportunityActionTypeV2
    details: None | OpportunitySuggestedActionDetails
    justification: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.action, Unset):  # absent only if trimmed by _fields
            action = self.action.value
            field_dict["action"] = action

        if not isinstance(self.details, Unset):  # absent only if trimmed by _fields
            details: dict[str, Any] | None
            if isinstance(self.details, OpportunitySuggestedActionDetails):
                details = self.details.to_dict()
            else:
                details = self.details
            field_dict["details"] = details

        if not isinstance(self.justification, Unset):  # absent only if trimmed by _fields
            justification = self.justification
            field_dict["justification"] = justification

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
            raise not_an_object("OpportunitySuggestedAction", src_dict)
        from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails  # noqa: PLC0415

        d = dict(src_dict)
        _raw_action = d.pop("action", UNSET)
        try:
            _fits = _raw_action is not UNSET
            if not _fits:
                raise TypeError()
            action = StalledOpportunityActionTypeV2(_raw_action)

        except (TypeError, ValueError, AttributeError, KeyError):
            action = MISSING
            if _raw_action is not UNSET:
                d["action"] = _raw_action

        _raw_details = d.pop("details", UNSET)
        try:
            _fits = _raw_details is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_details(data: object) -> None | OpportunitySuggestedActionDetails:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunitySuggestedActionDetails._carries_constants(data):
                        raise TypeError()

                    details_type_0 = OpportunitySuggestedActionDetails.from_dict(data)

                    return details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | OpportunitySuggestedActionDetails, data)

            details = _parse_details(_raw_details)

        except (TypeError, ValueError, AttributeError, KeyError):
            details = MISSING
            if _raw_details is not UNSET:
                d["details"] = _raw_details

        _raw_justification = d.pop("justification", UNSET)
        justification: str
        if isinstance(_raw_justification, str):
            justification = _raw_justification
        else:
            justification = MISSING
            if _raw_justification is not UNSET:
                d["justification"] = _raw_justification

        parsed_obj = cls(
            action=action,
            details=details,
            justification=justification,
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
