from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.opportunity_attachment_in import OpportunityAttachmentIn
    from ..models.opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0


T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate:
    """A new opportunity. Without `status_id` the organization's first opportunity status is
    used. Custom field values go in `custom.<field id>` keys (additional properties).

        Attributes:
            lead_id (str):
            status_id (str | Unset):
            status (str | Unset): A status label; prefer `status_id`.
            note (str | Unset):
            confidence (int | Unset): Likelihood of winning, in percent (0-100).
            value (int | Unset): The value in cents.
            value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            contact_id (None | str | Unset):
            user_id (None | str | Unset):
            date_won (datetime.date | None | Unset): Defaults to today (in the `x-tz-offset` time zone) when the status is
                of type `won`.
            attachments (list[OpportunityAttachmentIn] | None | Unset):
            created_by (None | str | Unset):
            custom_fields (None | OpportunityCreateCustomFieldsType0 | Unset):
            date_created (datetime.datetime | None | Unset):
            pipeline_id (None | str | Unset): Specify which pipeline this opportunity should belong to. When supplied
                without `status_id`, the opportunity will be created with the first available status of that pipeline. When
                supplied with `status_id`, the status must belong to the specified pipeline or a 400 error will be returned. If
                the pipeline does not exist, a 400 error will be returned. See the [Pipelines
                API](https://developer.close.com/api/resources/pipelines).
    """

    lead_id: str
    status_id: str | Unset = UNSET
    status: str | Unset = UNSET
    note: str | Unset = UNSET
    confidence: int | Unset = UNSET
    value: int | Unset = UNSET
    value_period: OpportunityValuePeriod | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    date_won: datetime.date | None | Unset = UNSET
    attachments: list[OpportunityAttachmentIn] | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    custom_fields: None | OpportunityCreateCustomFieldsType0 | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    pipeline_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_create_custom_fields_type_0 import (
            OpportunityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        lead_id = self.lead_id

        status_id = self.status_id

        status = self.status

        note = self.note

        confidence = self.confidence

        value = self.value

        value_period: str | Unset = UNSET
        if not isinstance(self.value_period, Unset):
            value_period = self.value_period.value

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        date_won: None | str | Unset
        if isinstance(self.date_won, Unset):
            date_won = UNSET
        elif isinstance(self.date_won, datetime.date):
            date_won = self.date_won.isoformat()
        else:
            date_won = self.date_won

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, OpportunityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        pipeline_id: None | str | Unset
        if isinstance(self.pipeline_id, Unset):
            pipeline_id = UNSET
        else:
            pipeline_id = self.pipeline_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead_id": lead_id,
            }
        )
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if value is not UNSET:
            field_dict["value"] = value
        if value_period is not UNSET:
            field_dict["value_period"] = value_period
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date_won is not UNSET:
            field_dict["date_won"] = date_won
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_attachment_in import OpportunityAttachmentIn  # noqa: PLC0415
        from ..models.opportunity_create_custom_fields_type_0 import (
            OpportunityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        lead_id = d.pop("lead_id")

        status_id = d.pop("status_id", UNSET)

        status = d.pop("status", UNSET)

        note = d.pop("note", UNSET)

        confidence = d.pop("confidence", UNSET)

        value = d.pop("value", UNSET)

        _value_period = d.pop("value_period", UNSET)
        value_period: OpportunityValuePeriod | Unset
        if isinstance(_value_period, Unset):
            value_period = UNSET
        else:
            value_period = OpportunityValuePeriod(_value_period)

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_date_won(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_won_type_0 = datetime.date.fromisoformat(data)

                return date_won_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_won = _parse_date_won(d.pop("date_won", UNSET))

        def _parse_attachments(data: object) -> list[OpportunityAttachmentIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = OpportunityAttachmentIn.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OpportunityAttachmentIn] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_custom_fields(data: object) -> None | OpportunityCreateCustomFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = OpportunityCreateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityCreateCustomFieldsType0 | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_pipeline_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pipeline_id = _parse_pipeline_id(d.pop("pipeline_id", UNSET))

        opportunity_create = cls(
            lead_id=lead_id,
            status_id=status_id,
            status=status,
            note=note,
            confidence=confidence,
            value=value,
            value_period=value_period,
            contact_id=contact_id,
            user_id=user_id,
            date_won=date_won,
            attachments=attachments,
            created_by=created_by,
            custom_fields=custom_fields,
            date_created=date_created,
            pipeline_id=pipeline_id,
        )

        opportunity_create.additional_properties = d
        return opportunity_create

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
