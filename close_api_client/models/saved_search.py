from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.saved_search_type import SavedSearchType
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.saved_search_s_query_type_0 import SavedSearchSQueryType0
    from ..models.saved_search_selected_fields_type_0_item import SavedSearchSelectedFieldsType0Item
    from ..models.sharing_settings_embedded_response import SharingSettingsEmbeddedResponse


T = TypeVar("T", bound="SavedSearch")


@_attrs_define
class SavedSearch:
    """A Smart View, a saved lead search query.

    Attributes:
        id (str): `save_...`
        organization_id (str):
        name (str):
        query (None | str):
        user_id (None | str): The owner; null for organization-wide views.
        is_shared (bool):
        used_recently (bool):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        description (None | str | Unset):
        is_user_dependent (bool | None | Unset):
        s_query (None | SavedSearchSQueryType0 | Unset):
        selected_fields (list[SavedSearchSelectedFieldsType0Item] | None | Unset):
        shared_with (list[str] | None | Unset):
        sharing_settings (None | SharingSettingsEmbeddedResponse | Unset):
        type_ (SavedSearchType | Unset):
    """

    id: str
    organization_id: str
    name: str
    query: None | str
    user_id: None | str
    is_shared: bool
    used_recently: bool
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    is_user_dependent: bool | None | Unset = UNSET
    s_query: None | SavedSearchSQueryType0 | Unset = UNSET
    selected_fields: list[SavedSearchSelectedFieldsType0Item] | None | Unset = UNSET
    shared_with: list[str] | None | Unset = UNSET
    sharing_settings: None | SharingSettingsEmbeddedResponse | Unset = UNSET
    type_: SavedSearchType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.saved_search_s_query_type_0 import SavedSearchSQueryType0  # noqa: PLC0415
        from ..models.sharing_settings_embedded_response import SharingSettingsEmbeddedResponse  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.query, Unset):  # absent only if trimmed by _fields
            query: None | str
            query = self.query
            field_dict["query"] = query

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.is_shared, Unset):  # absent only if trimmed by _fields
            is_shared = self.is_shared
            field_dict["is_shared"] = is_shared

        if not isinstance(self.used_recently, Unset):  # absent only if trimmed by _fields
            used_recently = self.used_recently
            field_dict["used_recently"] = used_recently

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        is_user_dependent: bool | None | Unset
        if isinstance(self.is_user_dependent, Unset):
            is_user_dependent = UNSET
        else:
            is_user_dependent = self.is_user_dependent
        if is_user_dependent is not UNSET:
            field_dict["is_user_dependent"] = is_user_dependent

        s_query: dict[str, Any] | None | Unset
        if isinstance(self.s_query, Unset):
            s_query = UNSET
        elif isinstance(self.s_query, SavedSearchSQueryType0):
            s_query = self.s_query.to_dict()
        else:
            s_query = self.s_query
        if s_query is not UNSET:
            field_dict["s_query"] = s_query

        selected_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.selected_fields, Unset):
            selected_fields = UNSET
        elif isinstance(self.selected_fields, list):
            selected_fields = []
            for selected_fields_type_0_item_data in self.selected_fields:
                selected_fields_type_0_item = selected_fields_type_0_item_data.to_dict()
                selected_fields.append(selected_fields_type_0_item)

        else:
            selected_fields = self.selected_fields
        if selected_fields is not UNSET:
            field_dict["selected_fields"] = selected_fields

        shared_with: list[str] | None | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        elif isinstance(self.shared_with, list):
            shared_with = self.shared_with

        else:
            shared_with = self.shared_with
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with

        sharing_settings: dict[str, Any] | None | Unset
        if isinstance(self.sharing_settings, Unset):
            sharing_settings = UNSET
        elif isinstance(self.sharing_settings, SharingSettingsEmbeddedResponse):
            sharing_settings = self.sharing_settings.to_dict()
        else:
            sharing_settings = self.sharing_settings
        if sharing_settings is not UNSET:
            field_dict["sharing_settings"] = sharing_settings

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

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
            raise not_an_object("SavedSearch", src_dict)
        from ..models.saved_search_s_query_type_0 import SavedSearchSQueryType0  # noqa: PLC0415
        from ..models.saved_search_selected_fields_type_0_item import (
            SavedSearchSelectedFieldsType0Item,  # noqa: PLC0415
        )
        from ..models.sharing_settings_embedded_response import SharingSettingsEmbeddedResponse  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_query = d.pop("query", UNSET)
        query: None | str
        if isinstance(_raw_query, str) or _raw_query is None:
            query = _raw_query
        else:
            query = MISSING
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_is_shared = d.pop("is_shared", UNSET)
        is_shared: bool
        if isinstance(_raw_is_shared, bool):
            is_shared = _raw_is_shared
        else:
            is_shared = MISSING
            if _raw_is_shared is not UNSET:
                d["is_shared"] = _raw_is_shared

        _raw_used_recently = d.pop("used_recently", UNSET)
        used_recently: bool
        if isinstance(_raw_used_recently, bool):
            used_recently = _raw_used_recently
        else:
            used_recently = MISSING
            if _raw_used_recently is not UNSET:
                d["used_recently"] = _raw_used_recently

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_description = d.pop("description", UNSET)
        description: None | str | Unset
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = UNSET
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_is_user_dependent = d.pop("is_user_dependent", UNSET)
        is_user_dependent: bool | None | Unset
        if isinstance(_raw_is_user_dependent, bool) or _raw_is_user_dependent is None:
            is_user_dependent = _raw_is_user_dependent
        else:
            is_user_dependent = UNSET
            if _raw_is_user_dependent is not UNSET:
                d["is_user_dependent"] = _raw_is_user_dependent

        _raw_s_query = d.pop("s_query", UNSET)
        try:

            def _parse_s_query(data: object) -> None | SavedSearchSQueryType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SavedSearchSQueryType0._carries_constants(data):
                        raise TypeError()

                    s_query_type_0 = SavedSearchSQueryType0.from_dict(data)

                    return s_query_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | SavedSearchSQueryType0 | Unset, data)

            s_query = _parse_s_query(_raw_s_query)

        except (TypeError, ValueError, AttributeError, KeyError):
            s_query = UNSET
            if _raw_s_query is not UNSET:
                d["s_query"] = _raw_s_query

        _raw_selected_fields = d.pop("selected_fields", UNSET)
        try:

            def _parse_selected_fields(
                data: object,
            ) -> list[SavedSearchSelectedFieldsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    selected_fields_type_0 = []
                    _selected_fields_type_0 = data
                    for selected_fields_type_0_item_data in _selected_fields_type_0:
                        selected_fields_type_0_item = SavedSearchSelectedFieldsType0Item.from_dict(
                            selected_fields_type_0_item_data
                        )

                        selected_fields_type_0.append(selected_fields_type_0_item)

                    return selected_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[SavedSearchSelectedFieldsType0Item] | None | Unset, data)

            selected_fields = _parse_selected_fields(_raw_selected_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            selected_fields = UNSET
            if _raw_selected_fields is not UNSET:
                d["selected_fields"] = _raw_selected_fields

        _raw_shared_with = d.pop("shared_with", UNSET)
        shared_with: list[str] | None | Unset
        if (
            isinstance(_raw_shared_with, list)
            and all(isinstance(item, str) for item in _raw_shared_with)
        ) or _raw_shared_with is None:
            shared_with = _raw_shared_with
        else:
            shared_with = UNSET
            if _raw_shared_with is not UNSET:
                d["shared_with"] = _raw_shared_with

        _raw_sharing_settings = d.pop("sharing_settings", UNSET)
        try:

            def _parse_sharing_settings(
                data: object,
            ) -> None | SharingSettingsEmbeddedResponse | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SharingSettingsEmbeddedResponse._carries_constants(data):
                        raise TypeError()

                    sharing_settings_type_0 = SharingSettingsEmbeddedResponse.from_dict(data)

                    return sharing_settings_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | SharingSettingsEmbeddedResponse | Unset, data)

            sharing_settings = _parse_sharing_settings(_raw_sharing_settings)

        except (TypeError, ValueError, AttributeError, KeyError):
            sharing_settings = UNSET
            if _raw_sharing_settings is not UNSET:
                d["sharing_settings"] = _raw_sharing_settings

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: SavedSearchType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = SavedSearchType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            query=query,
            user_id=user_id,
            is_shared=is_shared,
            used_recently=used_recently,
            date_created=date_created,
            date_updated=date_updated,
            description=description,
            is_user_dependent=is_user_dependent,
            s_query=s_query,
            selected_fields=selected_fields,
            shared_with=shared_with,
            sharing_settings=sharing_settings,
            type_=type_,
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
