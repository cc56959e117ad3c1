from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.saved_search_type import SavedSearchType
from ..types import UNSET, Unset, parse_datetime

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

        id = self.id

        organization_id = self.organization_id

        name = self.name

        query: None | str
        query = self.query

        user_id: None | str
        user_id = self.user_id

        is_shared = self.is_shared

        used_recently = self.used_recently

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_user_dependent: bool | None | Unset
        if isinstance(self.is_user_dependent, Unset):
            is_user_dependent = UNSET
        else:
            is_user_dependent = self.is_user_dependent

        s_query: dict[str, Any] | None | Unset
        if isinstance(self.s_query, Unset):
            s_query = UNSET
        elif isinstance(self.s_query, SavedSearchSQueryType0):
            s_query = self.s_query.to_dict()
        else:
            s_query = self.s_query

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

        shared_with: list[str] | None | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        elif isinstance(self.shared_with, list):
            shared_with = self.shared_with

        else:
            shared_with = self.shared_with

        sharing_settings: dict[str, Any] | None | Unset
        if isinstance(self.sharing_settings, Unset):
            sharing_settings = UNSET
        elif isinstance(self.sharing_settings, SharingSettingsEmbeddedResponse):
            sharing_settings = self.sharing_settings.to_dict()
        else:
            sharing_settings = self.sharing_settings

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "query": query,
                "user_id": user_id,
                "is_shared": is_shared,
                "used_recently": used_recently,
            }
        )
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if description is not UNSET:
            field_dict["description"] = description
        if is_user_dependent is not UNSET:
            field_dict["is_user_dependent"] = is_user_dependent
        if s_query is not UNSET:
            field_dict["s_query"] = s_query
        if selected_fields is not UNSET:
            field_dict["selected_fields"] = selected_fields
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with
        if sharing_settings is not UNSET:
            field_dict["sharing_settings"] = sharing_settings
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saved_search_s_query_type_0 import SavedSearchSQueryType0  # noqa: PLC0415
        from ..models.saved_search_selected_fields_type_0_item import (
            SavedSearchSelectedFieldsType0Item,  # noqa: PLC0415
        )
        from ..models.sharing_settings_embedded_response import SharingSettingsEmbeddedResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        def _parse_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        query = _parse_query(d.pop("query"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        is_shared = d.pop("is_shared")

        used_recently = d.pop("used_recently")

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_is_user_dependent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_user_dependent = _parse_is_user_dependent(d.pop("is_user_dependent", UNSET))

        def _parse_s_query(data: object) -> None | SavedSearchSQueryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                s_query_type_0 = SavedSearchSQueryType0.from_dict(data)

                return s_query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SavedSearchSQueryType0 | Unset, data)

        s_query = _parse_s_query(d.pop("s_query", UNSET))

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
            return cast(list[SavedSearchSelectedFieldsType0Item] | None | Unset, data)

        selected_fields = _parse_selected_fields(d.pop("selected_fields", UNSET))

        def _parse_shared_with(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shared_with_type_0 = cast(list[str], data)

                return shared_with_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        shared_with = _parse_shared_with(d.pop("shared_with", UNSET))

        def _parse_sharing_settings(data: object) -> None | SharingSettingsEmbeddedResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sharing_settings_type_0 = SharingSettingsEmbeddedResponse.from_dict(data)

                return sharing_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SharingSettingsEmbeddedResponse | Unset, data)

        sharing_settings = _parse_sharing_settings(d.pop("sharing_settings", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: SavedSearchType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SavedSearchType(_type_)

        saved_search = cls(
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

        saved_search.additional_properties = d
        return saved_search

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
