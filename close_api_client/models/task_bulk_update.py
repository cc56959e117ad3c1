from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_resolution import TaskResolution
from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.task_filter_params import TaskFilterParams


T = TypeVar("T", bound="TaskBulkUpdate")


@_attrs_define
class TaskBulkUpdate:
    """The changes applied to every matching task, and optionally the filters in `_params`.

    Attributes:
        params (TaskFilterParams | Unset): Task list filters given in the body instead of the query string (for long
            values),
            e.g. `{"id__in": "task_a,task_b"}`; any filter of the list operation is accepted.
        assigned_to (str | Unset):
        date (str | Unset): A date (`2015-01-05`) or a date-time.
        is_complete (bool | Unset):
        organization_id (str | Unset):
        priority (TaskPriority | Unset):
        resolution (None | TaskResolution | Unset):
        text (str | Unset):
    """

    params: TaskFilterParams | Unset = UNSET
    assigned_to: str | Unset = UNSET
    date: str | Unset = UNSET
    is_complete: bool | Unset = UNSET
    organization_id: str | Unset = UNSET
    priority: TaskPriority | Unset = UNSET
    resolution: None | TaskResolution | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()
        if params is not UNSET:
            field_dict["_params"] = params

        assigned_to = self.assigned_to
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        date = self.date
        if date is not UNSET:
            field_dict["date"] = date

        is_complete = self.is_complete
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        if priority is not UNSET:
            field_dict["priority"] = priority

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, TaskResolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

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
            raise not_an_object("TaskBulkUpdate", src_dict)
        from ..models.task_filter_params import TaskFilterParams  # noqa: PLC0415

        d = dict(src_dict)
        _raw_params = d.pop("_params", UNSET)
        try:
            _fits = _raw_params is UNSET or isinstance(_raw_params, dict)
            if not _fits:
                raise TypeError()
            _params = _raw_params
            params: TaskFilterParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = TaskFilterParams.from_dict(_params)

        except (TypeError, ValueError, AttributeError, KeyError):
            params = UNSET
            if _raw_params is not UNSET:
                d["_params"] = _raw_params

        _raw_assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: str | Unset
        if isinstance(_raw_assigned_to, str):
            assigned_to = _raw_assigned_to
        else:
            assigned_to = UNSET
            if _raw_assigned_to is not UNSET:
                d["assigned_to"] = _raw_assigned_to

        _raw_date = d.pop("date", UNSET)
        date: str | Unset
        if isinstance(_raw_date, str):
            date = _raw_date
        else:
            date = UNSET
            if _raw_date is not UNSET:
                d["date"] = _raw_date

        _raw_is_complete = d.pop("is_complete", UNSET)
        is_complete: bool | Unset
        if isinstance(_raw_is_complete, bool):
            is_complete = _raw_is_complete
        else:
            is_complete = UNSET
            if _raw_is_complete is not UNSET:
                d["is_complete"] = _raw_is_complete

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_priority = d.pop("priority", UNSET)
        try:
            _priority = _raw_priority
            priority: TaskPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = TaskPriority(_priority)

        except (TypeError, ValueError, AttributeError, KeyError):
            priority = UNSET
            if _raw_priority is not UNSET:
                d["priority"] = _raw_priority

        _raw_resolution = d.pop("resolution", UNSET)
        try:

            def _parse_resolution(data: object) -> None | TaskResolution | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    resolution_type_0 = TaskResolution(data)

                    return resolution_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | TaskResolution | Unset, data)

            resolution = _parse_resolution(_raw_resolution)

        except (TypeError, ValueError, AttributeError, KeyError):
            resolution = UNSET
            if _raw_resolution is not UNSET:
                d["resolution"] = _raw_resolution

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        parsed_obj = cls(
            params=params,
            assigned_to=assigned_to,
            date=date,
            is_complete=is_complete,
            organization_id=organization_id,
            priority=priority,
            resolution=resolution,
            text=text,
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
