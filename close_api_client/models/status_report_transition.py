from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="StatusReportTransition")


@_attrs_define
class StatusReportTransition:
    """Objects that moved from one status to another in the period; the `from_` fields are null for objects created in the
    period.

        Attributes:
            from_status_id (None | str):
            from_status_label (None | str):
            from_status_is_deleted (bool | None):
            to_status_id (str):
            to_status_label (str):
            to_status_is_deleted (bool):
            count (int):
            query (str):
            leads_page_url (str):
            opportunities_page_url (str | Unset): Opportunity status report only.
    """

    from_status_id: None | str
    from_status_label: None | str
    from_status_is_deleted: bool | None
    to_status_id: str
    to_status_label: str
    to_status_is_deleted: bool
    count: int
    query: str
    leads_page_url: str
    opportunities_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.from_status_id, Unset):  # absent only if trimmed by _fields
            from_status_id: None | str
            from_status_id = self.from_status_id
            field_dict["from_status_id"] = from_status_id

        if not isinstance(self.from_status_label, Unset):  # absent only if trimmed by _fields
            from_status_label: None | str
            from_status_label = self.from_status_label
            field_dict["from_status_label"] = from_status_label

        if not isinstance(self.from_status_is_deleted, Unset):  # absent only if trimmed by _fields
            from_status_is_deleted: bool | None
            from_status_is_deleted = self.from_status_is_deleted
            field_dict["from_status_is_deleted"] = from_status_is_deleted

        if not isinstance(self.to_status_id, Unset):  # absent only if trimmed by _fields
            to_status_id = self.to_status_id
            field_dict["to_status_id"] = to_status_id

        if not isinstance(self.to_status_label, Unset):  # absent only if trimmed by _fields
            to_status_label = self.to_status_label
            field_dict["to_status_label"] = to_status_label

        if not isinstance(self.to_status_is_deleted, Unset):  # absent only if trimmed by _fields
            to_status_is_deleted = self.to_status_is_deleted
            field_dict["to_status_is_deleted"] = to_status_is_deleted

        if not isinstance(self.count, Unset):  # absent only if trimmed by _fields
            count = self.count
            field_dict["count"] = count

        if not isinstance(self.query, Unset):  # absent only if trimmed by _fields
            query = self.query
            field_dict["_query"] = query

        if not isinstance(self.leads_page_url, Unset):  # absent only if trimmed by _fields
            leads_page_url = self.leads_page_url
            field_dict["_leads_page_url"] = leads_page_url

        opportunities_page_url = self.opportunities_page_url
        if opportunities_page_url is not UNSET:
            field_dict["_opportunities_page_url"] = opportunities_page_url

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
            raise not_an_object("StatusReportTransition", src_dict)
        d = dict(src_dict)
        _raw_from_status_id = d.pop("from_status_id", UNSET)
        from_status_id: None | str
        if isinstance(_raw_from_status_id, str) or _raw_from_status_id is None:
            from_status_id = _raw_from_status_id
        else:
            from_status_id = MISSING
            if _raw_from_status_id is not UNSET:
                d["from_status_id"] = _raw_from_status_id

        _raw_from_status_label = d.pop("from_status_label", UNSET)
        from_status_label: None | str
        if isinstance(_raw_from_status_label, str) or _raw_from_status_label is None:
            from_status_label = _raw_from_status_label
        else:
            from_status_label = MISSING
            if _raw_from_status_label is not UNSET:
                d["from_status_label"] = _raw_from_status_label

        _raw_from_status_is_deleted = d.pop("from_status_is_deleted", UNSET)
        from_status_is_deleted: bool | None
        if isinstance(_raw_from_status_is_deleted, bool) or _raw_from_status_is_deleted is None:
            from_status_is_deleted = _raw_from_status_is_deleted
        else:
            from_status_is_deleted = MISSING
            if _raw_from_status_is_deleted is not UNSET:
                d["from_status_is_deleted"] = _raw_from_status_is_deleted

        _raw_to_status_id = d.pop("to_status_id", UNSET)
        to_status_id: str
        if isinstance(_raw_to_status_id, str):
            to_status_id = _raw_to_status_id
        else:
            to_status_id = MISSING
            if _raw_to_status_id is not UNSET:
                d["to_status_id"] = _raw_to_status_id

        _raw_to_status_label = d.pop("to_status_label", UNSET)
        to_status_label: str
        if isinstance(_raw_to_status_label, str):
            to_status_label = _raw_to_status_label
        else:
            to_status_label = MISSING
            if _raw_to_status_label is not UNSET:
                d["to_status_label"] = _raw_to_status_label

        _raw_to_status_is_deleted = d.pop("to_status_is_deleted", UNSET)
        to_status_is_deleted: bool
        if isinstance(_raw_to_status_is_deleted, bool):
            to_status_is_deleted = _raw_to_status_is_deleted
        else:
            to_status_is_deleted = MISSING
            if _raw_to_status_is_deleted is not UNSET:
                d["to_status_is_deleted"] = _raw_to_status_is_deleted

        _raw_count = d.pop("count", UNSET)
        count: int
        if isinstance(_raw_count, int) and not isinstance(_raw_count, bool):
            count = _raw_count
        else:
            count = MISSING
            if _raw_count is not UNSET:
                d["count"] = _raw_count

        _raw_query = d.pop("_query", UNSET)
        query: str
        if isinstance(_raw_query, str):
            query = _raw_query
        else:
            query = MISSING
            if _raw_query is not UNSET:
                d["_query"] = _raw_query

        _raw_leads_page_url = d.pop("_leads_page_url", UNSET)
        leads_page_url: str
        if isinstance(_raw_leads_page_url, str):
            leads_page_url = _raw_leads_page_url
        else:
            leads_page_url = MISSING
            if _raw_leads_page_url is not UNSET:
                d["_leads_page_url"] = _raw_leads_page_url

        _raw_opportunities_page_url = d.pop("_opportunities_page_url", UNSET)
        opportunities_page_url: str | Unset
        if isinstance(_raw_opportunities_page_url, str):
            opportunities_page_url = _raw_opportunities_page_url
        else:
            opportunities_page_url = UNSET
            if _raw_opportunities_page_url is not UNSET:
                d["_opportunities_page_url"] = _raw_opportunities_page_url

        parsed_obj = cls(
            from_status_id=from_status_id,
            from_status_label=from_status_label,
            from_status_is_deleted=from_status_is_deleted,
            to_status_id=to_status_id,
            to_status_label=to_status_label,
            to_status_is_deleted=to_status_is_deleted,
            count=count,
            query=query,
            leads_page_url=leads_page_url,
            opportunities_page_url=opportunities_page_url,
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
