from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.event_meta import EventMeta
    from ..models.event_object_data import EventObjectData


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """An entry of the event log. Several quick updates of one object can be consolidated into
    one event (same `date_created`, later `date_updated`, merged `previous_data`).

        Attributes:
            id (str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            organization_id (str):
            user_id (None | str | Unset): The user whose action caused the event, or null.
            request_id (None | str | Unset): The API request that caused the event; groups events of one request.
            api_key_id (None | str | Unset): The API key used, when the event came from an API-key request.
            object_type (str | Unset): e.g. `lead`, `contact`, `activity.email`, `status_change.opportunity`.
            object_id (str | Unset):
            lead_id (None | str | Unset):
            action (EventAction | Unset): What happened to the object. Most events are `created`, `updated` or `deleted`;
                some
                object types have their own actions.
            changed_fields (list[str] | Unset): For updates, the names of the fields that changed.
            data (EventObjectData | None | Unset): The object as the API returns it; null for deletes.
            previous_data (EventObjectData | Unset): An object's fields as carried by an event (any object type).
            meta (EventMeta | Unset): Extra context of an event, depending on its type.
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    organization_id: str
    user_id: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    object_type: str | Unset = UNSET
    object_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    action: EventAction | Unset = UNSET
    changed_fields: list[str] | Unset = UNSET
    data: EventObjectData | None | Unset = UNSET
    previous_data: EventObjectData | Unset = UNSET
    meta: EventMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_object_data import EventObjectData  # noqa: PLC0415

        id = self.id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        organization_id = self.organization_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        object_type = self.object_type

        object_id = self.object_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        changed_fields: list[str] | Unset = UNSET
        if not isinstance(self.changed_fields, Unset):
            changed_fields = self.changed_fields

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EventObjectData):
            data = self.data.to_dict()
        else:
            data = self.data

        previous_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_data, Unset):
            previous_data = self.previous_data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date_created": date_created,
                "date_updated": date_updated,
                "organization_id": organization_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if action is not UNSET:
            field_dict["action"] = action
        if changed_fields is not UNSET:
            field_dict["changed_fields"] = changed_fields
        if data is not UNSET:
            field_dict["data"] = data
        if previous_data is not UNSET:
            field_dict["previous_data"] = previous_data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_meta import EventMeta  # noqa: PLC0415
        from ..models.event_object_data import EventObjectData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        organization_id = d.pop("organization_id")

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id", UNSET))

        object_type = d.pop("object_type", UNSET)

        object_id = d.pop("object_id", UNSET)

        def _parse_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_id = _parse_lead_id(d.pop("lead_id", UNSET))

        _action = d.pop("action", UNSET)
        action: EventAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = EventAction(_action)

        changed_fields = cast(list[str], d.pop("changed_fields", UNSET))

        def _parse_data(data: object) -> EventObjectData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = EventObjectData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventObjectData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _previous_data = d.pop("previous_data", UNSET)
        previous_data: EventObjectData | Unset
        if isinstance(_previous_data, Unset):
            previous_data = UNSET
        else:
            previous_data = EventObjectData.from_dict(_previous_data)

        _meta = d.pop("meta", UNSET)
        meta: EventMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = EventMeta.from_dict(_meta)

        event = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            organization_id=organization_id,
            user_id=user_id,
            request_id=request_id,
            api_key_id=api_key_id,
            object_type=object_type,
            object_id=object_id,
            lead_id=lead_id,
            action=action,
            changed_fields=changed_fields,
            data=data,
            previous_data=previous_data,
            meta=meta,
        )

        event.additional_properties = d
        return event

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
