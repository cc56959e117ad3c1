from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_envelope_address import EmailEnvelopeAddress


T = TypeVar("T", bound="EmailEnvelope")


@_attrs_define
class EmailEnvelope:
    """The email's parsed headers.

    Attributes:
        from_ (list[EmailEnvelopeAddress]):
        sender (list[EmailEnvelopeAddress]):
        to (list[EmailEnvelopeAddress]):
        cc (list[EmailEnvelopeAddress]):
        bcc (list[EmailEnvelopeAddress]):
        reply_to (list[EmailEnvelopeAddress]):
        date (str): The Date header as written, e.g. `Fri, 08 Feb 2013 05:03:15 +0000`.
        in_reply_to (None | str):
        message_id (str):
        subject (str):
    """

    from_: list[EmailEnvelopeAddress]
    sender: list[EmailEnvelopeAddress]
    to: list[EmailEnvelopeAddress]
    cc: list[EmailEnvelopeAddress]
    bcc: list[EmailEnvelopeAddress]
    reply_to: list[EmailEnvelopeAddress]
    date: str
    in_reply_to: None | str
    message_id: str
    subject: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = []
        for from_item_data in self.from_:
            from_item = from_item_data.to_dict()
            from_.append(from_item)

        sender = []
        for sender_item_data in self.sender:
            sender_item = sender_item_data.to_dict()
            sender.append(sender_item)

        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        cc = []
        for cc_item_data in self.cc:
            cc_item = cc_item_data.to_dict()
            cc.append(cc_item)

        bcc = []
        for bcc_item_data in self.bcc:
            bcc_item = bcc_item_data.to_dict()
            bcc.append(bcc_item)

        reply_to = []
        for reply_to_item_data in self.reply_to:
            reply_to_item = reply_to_item_data.to_dict()
            reply_to.append(reply_to_item)

        date = self.date

        in_reply_to: None | str
        in_reply_to = self.in_reply_to

        message_id = self.message_id

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "sender": sender,
                "to": to,
                "cc": cc,
                "bcc": bcc,
                "reply_to": reply_to,
                "date": date,
                "in_reply_to": in_reply_to,
                "message_id": message_id,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_envelope_address import EmailEnvelopeAddress  # noqa: PLC0415

        d = dict(src_dict)
        from_ = []
        _from_ = d.pop("from")
        for from_item_data in _from_:
            from_item = EmailEnvelopeAddress.from_dict(from_item_data)

            from_.append(from_item)

        sender = []
        _sender = d.pop("sender")
        for sender_item_data in _sender:
            sender_item = EmailEnvelopeAddress.from_dict(sender_item_data)

            sender.append(sender_item)

        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = EmailEnvelopeAddress.from_dict(to_item_data)

            to.append(to_item)

        cc = []
        _cc = d.pop("cc")
        for cc_item_data in _cc:
            cc_item = EmailEnvelopeAddress.from_dict(cc_item_data)

            cc.append(cc_item)

        bcc = []
        _bcc = d.pop("bcc")
        for bcc_item_data in _bcc:
            bcc_item = EmailEnvelopeAddress.from_dict(bcc_item_data)

            bcc.append(bcc_item)

        reply_to = []
        _reply_to = d.pop("reply_to")
        for reply_to_item_data in _reply_to:
            reply_to_item = EmailEnvelopeAddress.from_dict(reply_to_item_data)

            reply_to.append(reply_to_item)

        date = d.pop("date")

        def _parse_in_reply_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to"))

        message_id = d.pop("message_id")

        subject = d.pop("subject")

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
