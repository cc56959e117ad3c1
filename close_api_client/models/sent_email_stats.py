from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries.to_dict()
        if queries is not UNSET:
            field_dict["_queries"] = queries

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        template_url: None | str | Unset
        if isinstance(self.template_url, Unset):
            template_url = UNSET
        else:
            template_url = self.template_url
        if template_url is not UNSET:
            field_dict["template_url"] = template_url

        is_shared = self.is_shared
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        total = self.total
        if total is not UNSET:
            field_dict["total"] = total

        opened = self.opened
        if opened is not UNSET:
            field_dict["opened"] = opened

        responded = self.responded
        if responded is not UNSET:
            field_dict["responded"] = responded

        percentage_opened = self.percentage_opened
        if percentage_opened is not UNSET:
            field_dict["percentage_opened"] = percentage_opened

        percentage_responded = self.percentage_responded
        if percentage_responded is not UNSET:
            field_dict["percentage_responded"] = percentage_responded

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
            raise not_an_object("SentEmailStats", src_dict)
        from ..models.sent_email_stats_queries import SentEmailStatsQueries  # noqa: PLC0415

        d = dict(src_dict)
        _raw_queries = d.pop("_queries", UNSET)
        try:
            _fits = _raw_queries is UNSET or isinstance(_raw_queries, dict)
            if not _fits:
                raise TypeError()
            _queries = _raw_queries
            queries: SentEmailStatsQueries | Unset
            if isinstance(_queries, Unset):
                queries = UNSET
            else:
                queries = SentEmailStatsQueries.from_dict(_queries)

        except (TypeError, ValueError, AttributeError, KeyError):
            queries = UNSET
            if _raw_queries is not UNSET:
                d["_queries"] = _raw_queries

        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_template_id = d.pop("template_id", UNSET)
        template_id: None | str | Unset
        if isinstance(_raw_template_id, str) or _raw_template_id is None:
            template_id = _raw_template_id
        else:
            template_id = UNSET
            if _raw_template_id is not UNSET:
                d["template_id"] = _raw_template_id

        _raw_template_url = d.pop("template_url", UNSET)
        template_url: None | str | Unset
        if isinstance(_raw_template_url, str) or _raw_template_url is None:
            template_url = _raw_template_url
        else:
            template_url = UNSET
            if _raw_template_url is not UNSET:
                d["template_url"] = _raw_template_url

        _raw_is_shared = d.pop("is_shared", UNSET)
        is_shared: bool | Unset
        if isinstance(_raw_is_shared, bool):
            is_shared = _raw_is_shared
        else:
            is_shared = UNSET
            if _raw_is_shared is not UNSET:
                d["is_shared"] = _raw_is_shared

        _raw_total = d.pop("total", UNSET)
        total: int | Unset
        if isinstance(_raw_total, int) and not isinstance(_raw_total, bool):
            total = _raw_total
        else:
            total = UNSET
            if _raw_total is not UNSET:
                d["total"] = _raw_total

        _raw_opened = d.pop("opened", UNSET)
        opened: int | Unset
        if isinstance(_raw_opened, int) and not isinstance(_raw_opened, bool):
            opened = _raw_opened
        else:
            opened = UNSET
            if _raw_opened is not UNSET:
                d["opened"] = _raw_opened

        _raw_responded = d.pop("responded", UNSET)
        responded: int | Unset
        if isinstance(_raw_responded, int) and not isinstance(_raw_responded, bool):
            responded = _raw_responded
        else:
            responded = UNSET
            if _raw_responded is not UNSET:
                d["responded"] = _raw_responded

        _raw_percentage_opened = d.pop("percentage_opened", UNSET)
        percentage_opened: float | Unset
        if isinstance(_raw_percentage_opened, int | float) and not isinstance(
            _raw_percentage_opened, bool
        ):
            percentage_opened = _raw_percentage_opened
        else:
            percentage_opened = UNSET
            if _raw_percentage_opened is not UNSET:
                d["percentage_opened"] = _raw_percentage_opened

        _raw_percentage_responded = d.pop("percentage_responded", UNSET)
        percentage_responded: float | Unset
        if isinstance(_raw_percentage_responded, int | float) and not isinstance(
            _raw_percentage_responded, bool
        ):
            percentage_responded = _raw_percentage_responded
        else:
            percentage_responded = UNSET
            if _raw_percentage_responded is not UNSET:
                d["percentage_responded"] = _raw_percentage_responded

        parsed_obj = cls(
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
