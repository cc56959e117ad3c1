from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendAs")


@_attrs_define
class SendAs:
    """Permission for `allowed_user_id` to send emails as `allowing_user_id`.

    Attributes:
        id (str): `sdas_...`
        allowing_user_id (str):
        allowed_user_id (str):
        organization_id (str):
    """

    id: str
    allowing_user_id: str
    allowed_user_id: str
    organization_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        allowing_user_id = self.allowing_user_id

        allowed_user_id = self.allowed_user_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "allowing_user_id": allowing_user_id,
                "allowed_user_id": allowed_user_id,
                "organization_id": organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        allowing_user_id = d.pop("allowing_user_id")

        allowed_user_id = d.pop("allowed_user_id")

        organization_id = d.pop("organization_id")

        send_as = cls(
            id=id,
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
            organization_id=organization_id,
        )

        send_as.additional_properties = d
        return send_as

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
