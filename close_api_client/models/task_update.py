from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_resolution import TaskResolution
from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        assigned_to = self.assigned_to
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        date = self.date
        if date is not UNSET:
            field_dict["date"] = date

        is_complete = self.is_complete
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

        agent_config_id: None | str | Unset
        if isinstance(self.agent_config_id, Unset):
            agent_config_id = UNSET
        else:
            agent_config_id = self.agent_config_id
        if agent_config_id is not UNSET:
            field_dict["agent_config_id"] = agent_config_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        due_date = self.due_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date

        is_dateless = self.is_dateless
        if is_dateless is not UNSET:
            field_dict["is_dateless"] = is_dateless

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

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
            raise not_an_object("TaskUpdate", src_dict)
        d = dict(src_dict)
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

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_agent_config_id = d.pop("agent_config_id", UNSET)
        agent_config_id: None | str | Unset
        if isinstance(_raw_agent_config_id, str) or _raw_agent_config_id is None:
            agent_config_id = _raw_agent_config_id
        else:
            agent_config_id = UNSET
            if _raw_agent_config_id is not UNSET:
                d["agent_config_id"] = _raw_agent_config_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str | Unset
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: str | Unset
        if isinstance(_raw_created_by, str):
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_due_date = d.pop("due_date", UNSET)
        due_date: str | Unset
        if isinstance(_raw_due_date, str):
            due_date = _raw_due_date
        else:
            due_date = UNSET
            if _raw_due_date is not UNSET:
                d["due_date"] = _raw_due_date

        _raw_is_dateless = d.pop("is_dateless", UNSET)
        is_dateless: bool | Unset
        if isinstance(_raw_is_dateless, bool):
            is_dateless = _raw_is_dateless
        else:
            is_dateless = UNSET
            if _raw_is_dateless is not UNSET:
                d["is_dateless"] = _raw_is_dateless

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

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

        parsed_obj = cls(
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
