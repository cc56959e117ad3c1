from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_link_source import SchedulingLinkSource
from ..models.scheduling_link_type import SchedulingLinkType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SchedulingLink")


@_attrs_define
class SchedulingLink:
    """A User or Shared Scheduling Link (`type`).

    Attributes:
        id (str): `schlnk_...`
        organization_id (str):
        type_ (SchedulingLinkType): `USER` (one user's link) or `SHARED` (a team-wide link mapped per user).
        source (SchedulingLinkSource): Who manages the link: `MANUAL` (created in Close or with the API), `THIRD_PARTY`
            (an
            OAuth application, via the integration endpoints) or `CALENDLY` (Close's Calendly sync).
        name (str):
        description (None | str):
        url (None | str): The booking URL; null for shared links.
        duration_in_minutes (int | None):
        source_id (None | str): The integrating application's identifier of the link.
        source_type (None | str): Short descriptor shown in Close, e.g. `Multi-Use`.
        template_tag (None | str): For shared links, the email-template tag, derived from the name.
        user_id (None | str): The owner; null for shared links.
        oauth_client_id (None | str | Unset): The OAuth application managing a `THIRD_PARTY` link (`oa2client_...`).
    """

    id: str
    organization_id: str
    type_: SchedulingLinkType
    source: SchedulingLinkSource
    name: str
    description: None | str
    url: None | str
    duration_in_minutes: int | None
    source_id: None | str
    source_type: None | str
    template_tag: None | str
    user_id: None | str
    oauth_client_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.source, Unset):  # absent only if trimmed by _fields
            source = self.source.value
            field_dict["source"] = source

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.description, Unset):  # absent only if trimmed by _fields
            description: None | str
            description = self.description
            field_dict["description"] = description

        if not isinstance(self.url, Unset):  # absent only if trimmed by _fields
            url: None | str
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.duration_in_minutes, Unset):  # absent only if trimmed by _fields
            duration_in_minutes: int | None
            duration_in_minutes = self.duration_in_minutes
            field_dict["duration_in_minutes"] = duration_in_minutes

        if not isinstance(self.source_id, Unset):  # absent only if trimmed by _fields
            source_id: None | str
            source_id = self.source_id
            field_dict["source_id"] = source_id

        if not isinstance(self.source_type, Unset):  # absent only if trimmed by _fields
            source_type: None | str
            source_type = self.source_type
            field_dict["source_type"] = source_type

        if not isinstance(self.template_tag, Unset):  # absent only if trimmed by _fields
            template_tag: None | str
            template_tag = self.template_tag
            field_dict["template_tag"] = template_tag

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        oauth_client_id: None | str | Unset
        if isinstance(self.oauth_client_id, Unset):
            oauth_client_id = UNSET
        else:
            oauth_client_id = self.oauth_client_id
        if oauth_client_id is not UNSET:
            field_dict["oauth_client_id"] = oauth_client_id

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
            raise not_an_object("SchedulingLink", src_dict)
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

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = SchedulingLinkType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_source = d.pop("source", UNSET)
        try:
            _fits = _raw_source is not UNSET
            if not _fits:
                raise TypeError()
            source = SchedulingLinkSource(_raw_source)

        except (TypeError, ValueError, AttributeError, KeyError):
            source = MISSING
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_description = d.pop("description", UNSET)
        description: None | str
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = MISSING
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_url = d.pop("url", UNSET)
        url: None | str
        if isinstance(_raw_url, str) or _raw_url is None:
            url = _raw_url
        else:
            url = MISSING
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_duration_in_minutes = d.pop("duration_in_minutes", UNSET)
        duration_in_minutes: int | None
        if (
            isinstance(_raw_duration_in_minutes, int)
            and not isinstance(_raw_duration_in_minutes, bool)
        ) or _raw_duration_in_minutes is None:
            duration_in_minutes = _raw_duration_in_minutes
        else:
            duration_in_minutes = MISSING
            if _raw_duration_in_minutes is not UNSET:
                d["duration_in_minutes"] = _raw_duration_in_minutes

        _raw_source_id = d.pop("source_id", UNSET)
        source_id: None | str
        if isinstance(_raw_source_id, str) or _raw_source_id is None:
            source_id = _raw_source_id
        else:
            source_id = MISSING
            if _raw_source_id is not UNSET:
                d["source_id"] = _raw_source_id

        _raw_source_type = d.pop("source_type", UNSET)
        source_type: None | str
        if isinstance(_raw_source_type, str) or _raw_source_type is None:
            source_type = _raw_source_type
        else:
            source_type = MISSING
            if _raw_source_type is not UNSET:
                d["source_type"] = _raw_source_type

        _raw_template_tag = d.pop("template_tag", UNSET)
        template_tag: None | str
        if isinstance(_raw_template_tag, str) or _raw_template_tag is None:
            template_tag = _raw_template_tag
        else:
            template_tag = MISSING
            if _raw_template_tag is not UNSET:
                d["template_tag"] = _raw_template_tag

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_oauth_client_id = d.pop("oauth_client_id", UNSET)
        oauth_client_id: None | str | Unset
        if isinstance(_raw_oauth_client_id, str) or _raw_oauth_client_id is None:
            oauth_client_id = _raw_oauth_client_id
        else:
            oauth_client_id = UNSET
            if _raw_oauth_client_id is not UNSET:
                d["oauth_client_id"] = _raw_oauth_client_id

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            type_=type_,
            source=source,
            name=name,
            description=description,
            url=url,
            duration_in_minutes=duration_in_minutes,
            source_id=source_id,
            source_type=source_type,
            template_tag=template_tag,
            user_id=user_id,
            oauth_client_id=oauth_client_id,
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
