from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_resolution import TaskResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Fields to change on a task (a patch); `text` only on `lead` tasks.

    Attributes:
        assigned_to (str | Unset):
        date (str | Unset): A date (`2015-01-05`) or a date-time.
        is_complete (bool | Unset):
        text (str | Unset):
        agent_config_id (None | str | Unset):
        contact_id (None | str | Unset):
        created_by (str | Unset):
        due_date (str | Unset): A date (`YYYY-MM-DD`) or a date-time, kept as sent.
        is_dateless (bool | Unset):
        lead_id (str | Unset):
        organization_id (str | Unset):
        priority (TaskPriority | Unset):
        resolution (None | TaskResolution | Unset):
    """

    assigned_to: str | Unset = UNSET
    date: str | Unset = UNSET
    is_complete: bool | Unset = UNSET
    text: str | Unset = UNSET
    agent_config_id: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    due_date: str | Unset = UNSET
    is_dateless: bool | Unset = UNSET
    lead_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    priority: TaskPriority | Unset = UNSET
    resolution: None | TaskResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_to = self.assigned_to

        date = self.date

        is_complete = self.is_complete

        text = self.text

        agent_config_id: None | str | Unset
        if isinstance(self.agent_config_id, Unset):
            agent_config_id = UNSET
        else:
            agent_config_id = self.agent_config_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        created_by = self.created_by

        due_date = self.due_date

        is_dateless = self.is_dateless

        lead_id = self.lead_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if date is not UNSET:
            field_dict["date"] = date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete
        if text is not UNSET:
            field_dict["text"] = text
        if agent_config_id is not UNSET:
            field_dict["agent_config_id"] = agent_config_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if is_dateless is not UNSET:
            field_dict["is_dateless"] = is_dateless
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_to = d.pop("assigned_to", UNSET)

        date = d.pop("date", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        text = d.pop("text", UNSET)

        def _parse_agent_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_config_id = _parse_agent_config_id(d.pop("agent_config_id", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        created_by = d.pop("created_by", UNSET)

        due_date = d.pop("due_date", UNSET)

        is_dateless = d.pop("is_dateless", UNSET)

        lead_id = d.pop("lead_id", UNSET)

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

        task_update = cls(
            assigned_to=assigned_to,
            date=date,
            is_complete=is_complete,
            text=text,
            agent_config_id=agent_config_id,
            contact_id=contact_id,
            created_by=created_by,
            due_date=due_date,
            is_dateless=is_dateless,
            lead_id=lead_id,
            organization_id=organization_id,
            priority=priority,
            resolution=resolution,
        )

        task_update.additional_properties = d
        return task_update

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
