from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.event_meta import EventMeta
    from ..models.event_object_data import EventObjectData


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """An entry of the event log. Several quick updates of one object can be consolidated into
    one event (same `date_created`, later `date_updated`, merged `previous_data`). This is
    the event of any `object_type`; `AnyEvent` has a typed model per object type the spec
    knows (`LeadEvent.data` is a `Lead`), with this one as the fallback.

        Attributes:
            id (str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            organization_id (str):
            user_id (None | str | Unset): The user whose action caused the event, or null.
            request_id (None | str | Unset): The API request that caused the event; groups events of one request.
            api_key_id (None | str | Unset): The API key used, when the event came from an API-key request.
            object_id (str | Unset):
            lead_id (None | str | Unset):
            action (EventAction | Unset): What happened to the object. Most events are `created`, `updated` or `deleted`;
                some
                object types have their own actions.
            changed_fields (list[str] | Unset): For updates, the names of the fields that changed.
            previous_data (EventObjectData | Unset): An object's fields as carried by an event (any object type).
            meta (EventMeta | Unset): Extra context of an event, depending on its type.
            object_type (str | Unset): e.g. `lead`, `contact`, `activity.email`, `status_change.opportunity`.
            data (EventObjectData | None | Unset): The object as the API returns it; null for deletes.
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    organization_id: str
    user_id: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    object_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    action: EventAction | Unset = UNSET
    changed_fields: list[str] | Unset = UNSET
    previous_data: EventObjectData | Unset = UNSET
    meta: EventMeta | Unset = UNSET
    object_type: str | Unset = UNSET
    data: EventObjectData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_object_data import EventObjectData  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id

        object_id = self.object_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        if action is not UNSET:
            field_dict["action"] = action

        changed_fields: list[str] | Unset = UNSET
        if not isinstance(self.changed_fields, Unset):
            changed_fields = self.changed_fields

        if changed_fields is not UNSET:
            field_dict["changed_fields"] = changed_fields

        previous_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_data, Unset):
            previous_data = self.previous_data.to_dict()
        if previous_data is not UNSET:
            field_dict["previous_data"] = previous_data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        object_type = self.object_type
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EventObjectData):
            data = self.data.to_dict()
        else:
            data = self.data
        if data is not UNSET:
            field_dict["data"] = data

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
            raise not_an_object("Event", src_dict)
        from ..models.event_meta import EventMeta  # noqa: PLC0415
        from ..models.event_object_data import EventObjectData  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_request_id = d.pop("request_id", UNSET)
        request_id: None | str | Unset
        if isinstance(_raw_request_id, str) or _raw_request_id is None:
            request_id = _raw_request_id
        else:
            request_id = UNSET
            if _raw_request_id is not UNSET:
                d["request_id"] = _raw_request_id

        _raw_api_key_id = d.pop("api_key_id", UNSET)
        api_key_id: None | str | Unset
        if isinstance(_raw_api_key_id, str) or _raw_api_key_id is None:
            api_key_id = _raw_api_key_id
        else:
            api_key_id = UNSET
            if _raw_api_key_id is not UNSET:
                d["api_key_id"] = _raw_api_key_id

        _raw_object_id = d.pop("object_id", UNSET)
        object_id: str | Unset
        if isinstance(_raw_object_id, str):
            object_id = _raw_object_id
        else:
            object_id = UNSET
            if _raw_object_id is not UNSET:
                d["object_id"] = _raw_object_id

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str | Unset
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_action = d.pop("action", UNSET)
        try:
            _action = _raw_action
            action: EventAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = EventAction(_action)

        except (TypeError, ValueError, AttributeError, KeyError):
            action = UNSET
            if _raw_action is not UNSET:
                d["action"] = _raw_action

        _raw_changed_fields = d.pop("changed_fields", UNSET)
        changed_fields: list[str] | Unset
        if isinstance(_raw_changed_fields, list) and all(
            isinstance(item, str) for item in _raw_changed_fields
        ):
            changed_fields = _raw_changed_fields
        else:
            changed_fields = UNSET
            if _raw_changed_fields is not UNSET:
                d["changed_fields"] = _raw_changed_fields

        _raw_previous_data = d.pop("previous_data", UNSET)
        try:
            _fits = _raw_previous_data is UNSET or isinstance(_raw_previous_data, dict)
            if not _fits:
                raise TypeError()
            _previous_data = _raw_previous_data
            previous_data: EventObjectData | Unset
            if isinstance(_previous_data, Unset):
                previous_data = UNSET
            else:
                previous_data = EventObjectData.from_dict(_previous_data)

        except (TypeError, ValueError, AttributeError, KeyError):
            previous_data = UNSET
            if _raw_previous_data is not UNSET:
                d["previous_data"] = _raw_previous_data

        _raw_meta = d.pop("meta", UNSET)
        try:
            _fits = _raw_meta is UNSET or isinstance(_raw_meta, dict)
            if not _fits:
                raise TypeError()
            _meta = _raw_meta
            meta: EventMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = EventMeta.from_dict(_meta)

        except (TypeError, ValueError, AttributeError, KeyError):
            meta = UNSET
            if _raw_meta is not UNSET:
                d["meta"] = _raw_meta

        _raw_object_type = d.pop("object_type", UNSET)
        object_type: str | Unset
        if isinstance(_raw_object_type, str):
            object_type = _raw_object_type
        else:
            object_type = UNSET
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_data = d.pop("data", UNSET)
        try:

            def _parse_data(data: object) -> EventObjectData | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not EventObjectData._carries_constants(data):
                        raise TypeError()

                    data_type_0 = EventObjectData.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(EventObjectData | None | Unset, data)

            data = _parse_data(_raw_data)

        except (TypeError, ValueError, AttributeError, KeyError):
            data = UNSET
            if _raw_data is not UNSET:
                d["data"] = _raw_data

        parsed_obj = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            organization_id=organization_id,
            user_id=user_id,
            request_id=request_id,
            api_key_id=api_key_id,
            object_id=object_id,
            lead_id=lead_id,
            action=action,
            changed_fields=changed_fields,
            previous_data=previous_data,
            meta=meta,
            object_type=object_type,
            data=data,
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
