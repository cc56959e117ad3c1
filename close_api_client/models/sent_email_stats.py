from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sent_email_stats_queries import SentEmailStatsQueries


T = TypeVar("T", bound="SentEmailStats")


@_attrs_define
class SentEmailStats:
    """Sent email counts for one template (or for all emails).

    Attributes:
        queries (SentEmailStatsQueries | Unset): Lead search queries listing the counted emails.
        name (str | Unset):
        template_id (None | str | Unset):
        template_url (None | str | Unset):
        is_shared (bool | Unset):
        total (int | Unset):
        opened (int | Unset):
        responded (int | Unset):
        percentage_opened (float | Unset):
        percentage_responded (float | Unset):
    """

    queries: SentEmailStatsQueries | Unset = UNSET
    name: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    template_url: None | str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    total: int | Unset = UNSET
    opened: int | Unset = UNSET
    responded: int | Unset = UNSET
    percentage_opened: float | Unset = UNSET
    percentage_responded: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries.to_dict()

        name = self.name

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_url: None | str | Unset
        if isinstance(self.template_url, Unset):
            template_url = UNSET
        else:
            template_url = self.template_url

        is_shared = self.is_shared

        total = self.total

        opened = self.opened

        responded = self.responded

        percentage_opened = self.percentage_opened

        percentage_responded = self.percentage_responded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queries is not UNSET:
            field_dict["_queries"] = queries
        if name is not UNSET:
            field_dict["name"] = name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_url is not UNSET:
            field_dict["template_url"] = template_url
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if total is not UNSET:
            field_dict["total"] = total
        if opened is not UNSET:
            field_dict["opened"] = opened
        if responded is not UNSET:
            field_dict["responded"] = responded
        if percentage_opened is not UNSET:
            field_dict["percentage_opened"] = percentage_opened
        if percentage_responded is not UNSET:
            field_dict["percentage_responded"] = percentage_responded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sent_email_stats_queries import SentEmailStatsQueries  # noqa: PLC0415

        d = dict(src_dict)
        _queries = d.pop("_queries", UNSET)
        queries: SentEmailStatsQueries | Unset
        if isinstance(_queries, Unset):
            queries = UNSET
        else:
            queries = SentEmailStatsQueries.from_dict(_queries)

        name = d.pop("name", UNSET)

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_url = _parse_template_url(d.pop("template_url", UNSET))

        is_shared = d.pop("is_shared", UNSET)

        total = d.pop("total", UNSET)

        opened = d.pop("opened", UNSET)

        responded = d.pop("responded", UNSET)

        percentage_opened = d.pop("percentage_opened", UNSET)

        percentage_responded = d.pop("percentage_responded", UNSET)

        sent_email_stats = cls(
            queries=queries,
            name=name,
            template_id=template_id,
            template_url=template_url,
            is_shared=is_shared,
            total=total,
            opened=opened,
            responded=responded,
            percentage_opened=percentage_opened,
            percentage_responded=percentage_responded,
        )

        sent_email_stats.additional_properties = d
        return sent_email_stats

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
