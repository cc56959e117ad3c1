from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_resolution import TaskResolution
from ..types import UNSET, Unset

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
        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        assigned_to = self.assigned_to

        date = self.date

        is_complete = self.is_complete

        organization_id = self.organization_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, TaskResolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if params is not UNSET:
            field_dict["_params"] = params
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if date is not UNSET:
            field_dict["date"] = date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_filter_params import TaskFilterParams  # noqa: PLC0415

        d = dict(src_dict)
        _params = d.pop("_params", UNSET)
        params: TaskFilterParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = TaskFilterParams.from_dict(_params)

        assigned_to = d.pop("assigned_to", UNSET)

        date = d.pop("date", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

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
            return cast(None | TaskResolution | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        text = d.pop("text", UNSET)

        task_bulk_update = cls(
            params=params,
            assigned_to=assigned_to,
            date=date,
            is_complete=is_complete,
            organization_id=organization_id,
            priority=priority,
            resolution=resolution,
            text=text,
        )

        task_bulk_update.additional_properties = d
        return task_bulk_update

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
