from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_envelope_address import EmailEnvelopeAddress


T = TypeVar("T", bound="EmailEnvelope")


@_attrs_define
class EmailEnvelope:
    """The email's parsed headers.

    Attributes:
        from_ (list[EmailEnvelopeAddress] | Unset):
        sender (list[EmailEnvelopeAddress] | Unset):
        to (list[EmailEnvelopeAddress] | Unset):
        cc (list[EmailEnvelopeAddress] | Unset):
        bcc (list[EmailEnvelopeAddress] | Unset):
        reply_to (list[EmailEnvelopeAddress] | Unset):
        date (str | Unset): The Date header as written, e.g. `Fri, 08 Feb 2013 05:03:15 +0000`.
        in_reply_to (None | str | Unset):
        message_id (str | Unset):
        subject (str | Unset):
    """

    from_: list[EmailEnvelopeAddress] | Unset = UNSET
    sender: list[EmailEnvelopeAddress] | Unset = UNSET
    to: list[EmailEnvelopeAddress] | Unset = UNSET
    cc: list[EmailEnvelopeAddress] | Unset = UNSET
    bcc: list[EmailEnvelopeAddress] | Unset = UNSET
    reply_to: list[EmailEnvelopeAddress] | Unset = UNSET
    date: str | Unset = UNSET
    in_reply_to: None | str | Unset = UNSET
    message_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = []
            for from_item_data in self.from_:
                from_item = from_item_data.to_dict()
                from_.append(from_item)

        sender: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = []
            for sender_item_data in self.sender:
                sender_item = sender_item_data.to_dict()
                sender.append(sender_item)

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        reply_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = []
            for reply_to_item_data in self.reply_to:
                reply_to_item = reply_to_item_data.to_dict()
                reply_to.append(reply_to_item)

        date = self.date

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to

        message_id = self.message_id

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if sender is not UNSET:
            field_dict["sender"] = sender
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if date is not UNSET:
            field_dict["date"] = date
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_envelope_address import EmailEnvelopeAddress  # noqa: PLC0415

        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: list[EmailEnvelopeAddress] | Unset = UNSET
        if _from_ is not UNSET:
            from_ = []
            for from_item_data in _from_:
                from_item = EmailEnvelopeAddress.from_dict(from_item_data)

                from_.append(from_item)

        _sender = d.pop("sender", UNSET)
        sender: list[EmailEnvelopeAddress] | Unset = UNSET
        if _sender is not UNSET:
            sender = []
            for sender_item_data in _sender:
                sender_item = EmailEnvelopeAddress.from_dict(sender_item_data)

                sender.append(sender_item)

        _to = d.pop("to", UNSET)
        to: list[EmailEnvelopeAddress] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailEnvelopeAddress.from_dict(to_item_data)

                to.append(to_item)

        _cc = d.pop("cc", UNSET)
        cc: list[EmailEnvelopeAddress] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailEnvelopeAddress.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailEnvelopeAddress] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailEnvelopeAddress.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        _reply_to = d.pop("reply_to", UNSET)
        reply_to: list[EmailEnvelopeAddress] | Unset = UNSET
        if _reply_to is not UNSET:
            reply_to = []
            for reply_to_item_data in _reply_to:
                reply_to_item = EmailEnvelopeAddress.from_dict(reply_to_item_data)

                reply_to.append(reply_to_item)

        date = d.pop("date", UNSET)

        def _parse_in_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to", UNSET))

        message_id = d.pop("message_id", UNSET)

        subject = d.pop("subject", UNSET)

        email_envelope = cls(
            from_=from_,
            sender=sender,
            to=to,
            cc=cc,
            bcc=bcc,
            reply_to=reply_to,
            date=date,
            in_reply_to=in_reply_to,
            message_id=message_id,
            subject=subject,
        )

        email_envelope.additional_properties = d
        return email_envelope

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
