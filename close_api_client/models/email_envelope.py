from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        from_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = []
            for from_item_data in self.from_:
                from_item = from_item_data.to_dict()
                from_.append(from_item)

        if from_ is not UNSET:
            field_dict["from"] = from_

        sender: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = []
            for sender_item_data in self.sender:
                sender_item = sender_item_data.to_dict()
                sender.append(sender_item)

        if sender is not UNSET:
            field_dict["sender"] = sender

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        if to is not UNSET:
            field_dict["to"] = to

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        if cc is not UNSET:
            field_dict["cc"] = cc

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        reply_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = []
            for reply_to_item_data in self.reply_to:
                reply_to_item = reply_to_item_data.to_dict()
                reply_to.append(reply_to_item)

        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        date = self.date
        if date is not UNSET:
            field_dict["date"] = date

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to

        message_id = self.message_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.email_envelope_address import EmailEnvelopeAddress  # noqa: PLC0415

        d = dict(src_dict)
        _raw_from_ = d.pop("from", UNSET)
        try:
            _fits = _raw_from_ is UNSET or isinstance(_raw_from_, list)
            if not _fits:
                raise TypeError()
            _from_ = _raw_from_
            from_: list[EmailEnvelopeAddress] | Unset = UNSET
            if _from_ is not UNSET:
                from_ = []
                for from_item_data in _from_:
                    from_item = EmailEnvelopeAddress.from_dict(from_item_data)

                    from_.append(from_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            from_ = UNSET
            if _raw_from_ is not UNSET:
                d["from"] = _raw_from_

        _raw_sender = d.pop("sender", UNSET)
        try:
            _fits = _raw_sender is UNSET or isinstance(_raw_sender, list)
            if not _fits:
                raise TypeError()
            _sender = _raw_sender
            sender: list[EmailEnvelopeAddress] | Unset = UNSET
            if _sender is not UNSET:
                sender = []
                for sender_item_data in _sender:
                    sender_item = EmailEnvelopeAddress.from_dict(sender_item_data)

                    sender.append(sender_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            sender = UNSET
            if _raw_sender is not UNSET:
                d["sender"] = _raw_sender

        _raw_to = d.pop("to", UNSET)
        try:
            _fits = _raw_to is UNSET or isinstance(_raw_to, list)
            if not _fits:
                raise TypeError()
            _to = _raw_to
            to: list[EmailEnvelopeAddress] | Unset = UNSET
            if _to is not UNSET:
                to = []
                for to_item_data in _to:
                    to_item = EmailEnvelopeAddress.from_dict(to_item_data)

                    to.append(to_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            to = UNSET
            if _raw_to is not UNSET:
                d["to"] = _raw_to

        _raw_cc = d.pop("cc", UNSET)
        try:
            _fits = _raw_cc is UNSET or isinstance(_raw_cc, list)
            if not _fits:
                raise TypeError()
            _cc = _raw_cc
            cc: list[EmailEnvelopeAddress] | Unset = UNSET
            if _cc is not UNSET:
                cc = []
                for cc_item_data in _cc:
                    cc_item = EmailEnvelopeAddress.from_dict(cc_item_data)

                    cc.append(cc_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            cc = UNSET
            if _raw_cc is not UNSET:
                d["cc"] = _raw_cc

        _raw_bcc = d.pop("bcc", UNSET)
        try:
            _fits = _raw_bcc is UNSET or isinstance(_raw_bcc, list)
            if not _fits:
                raise TypeError()
            _bcc = _raw_bcc
            bcc: list[EmailEnvelopeAddress] | Unset = UNSET
            if _bcc is not UNSET:
                bcc = []
                for bcc_item_data in _bcc:
                    bcc_item = EmailEnvelopeAddress.from_dict(bcc_item_data)

                    bcc.append(bcc_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            bcc = UNSET
            if _raw_bcc is not UNSET:
                d["bcc"] = _raw_bcc

        _raw_reply_to = d.pop("reply_to", UNSET)
        try:
            _fits = _raw_reply_to is UNSET or isinstance(_raw_reply_to, list)
            if not _fits:
                raise TypeError()
            _reply_to = _raw_reply_to
            reply_to: list[EmailEnvelopeAddress] | Unset = UNSET
            if _reply_to is not UNSET:
                reply_to = []
                for reply_to_item_data in _reply_to:
                    reply_to_item = EmailEnvelopeAddress.from_dict(reply_to_item_data)

                    reply_to.append(reply_to_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            reply_to = UNSET
            if _raw_reply_to is not UNSET:
                d["reply_to"] = _raw_reply_to

        _raw_date = d.pop("date", UNSET)
        date: str | Unset
        if isinstance(_raw_date, str):
            date = _raw_date
        else:
            date = UNSET
            if _raw_date is not UNSET:
                d["date"] = _raw_date

        _raw_in_reply_to = d.pop("in_reply_to", UNSET)
        in_reply_to: None | str | Unset
        if isinstance(_raw_in_reply_to, str) or _raw_in_reply_to is None:
            in_reply_to = _raw_in_reply_to
        else:
            in_reply_to = UNSET
            if _raw_in_reply_to is not UNSET:
                d["in_reply_to"] = _raw_in_reply_to

        _raw_message_id = d.pop("message_id", UNSET)
        message_id: str | Unset
        if isinstance(_raw_message_id, str):
            message_id = _raw_message_id
        else:
            message_id = UNSET
            if _raw_message_id is not UNSET:
                d["message_id"] = _raw_message_id

        _raw_subject = d.pop("subject", UNSET)
        subject: str | Unset
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = UNSET
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        parsed_obj = cls(
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
