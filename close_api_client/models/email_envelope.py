from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        date (None | str): The Date header as written, e.g. `Fri, 08 Feb 2013 05:03:15 +0000`; null when the message has
            none.
        in_reply_to (None | str):
        message_id (None | str): The Message-ID header; null when the message has none.
        subject (str):
    """

    from_: list[EmailEnvelopeAddress]
    sender: list[EmailEnvelopeAddress]
    to: list[EmailEnvelopeAddress]
    cc: list[EmailEnvelopeAddress]
    bcc: list[EmailEnvelopeAddress]
    reply_to: list[EmailEnvelopeAddress]
    date: None | str
    in_reply_to: None | str
    message_id: None | str
    subject: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.from_, Unset):  # absent only if trimmed by _fields
            from_ = []
            for from_item_data in self.from_:
                from_item = from_item_data.to_dict()
                from_.append(from_item)

            field_dict["from"] = from_

        if not isinstance(self.sender, Unset):  # absent only if trimmed by _fields
            sender = []
            for sender_item_data in self.sender:
                sender_item = sender_item_data.to_dict()
                sender.append(sender_item)

            field_dict["sender"] = sender

        if not isinstance(self.to, Unset):  # absent only if trimmed by _fields
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

            field_dict["to"] = to

        if not isinstance(self.cc, Unset):  # absent only if trimmed by _fields
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

            field_dict["cc"] = cc

        if not isinstance(self.bcc, Unset):  # absent only if trimmed by _fields
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

            field_dict["bcc"] = bcc

        if not isinstance(self.reply_to, Unset):  # absent only if trimmed by _fields
            reply_to = []
            for reply_to_item_data in self.reply_to:
                reply_to_item = reply_to_item_data.to_dict()
                reply_to.append(reply_to_item)

            field_dict["reply_to"] = reply_to

        if not isinstance(self.date, Unset):  # absent only if trimmed by _fields
            date: None | str
            date = self.date
            field_dict["date"] = date

        if not isinstance(self.in_reply_to, Unset):  # absent only if trimmed by _fields
            in_reply_to: None | str
            in_reply_to = self.in_reply_to
            field_dict["in_reply_to"] = in_reply_to

        if not isinstance(self.message_id, Unset):  # absent only if trimmed by _fields
            message_id: None | str
            message_id = self.message_id
            field_dict["message_id"] = message_id

        if not isinstance(self.subject, Unset):  # absent only if trimmed by _fields
            subject = self.subject
            field_dict["subject"] = subject

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
            raise not_an_object("EmailEnvelope", src_dict)
        from ..models.email_envelope_address import EmailEnvelopeAddress  # noqa: PLC0415

        d = dict(src_dict)
        _raw_from_ = d.pop("from", UNSET)
        try:
            _fits = _raw_from_ is not UNSET and isinstance(_raw_from_, list)
            if not _fits:
                raise TypeError()
            from_ = []
            _from_ = _raw_from_
            for from_item_data in _from_:
                from_item = EmailEnvelopeAddress.from_dict(from_item_data)

                from_.append(from_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            from_ = MISSING
            if _raw_from_ is not UNSET:
                d["from"] = _raw_from_

        _raw_sender = d.pop("sender", UNSET)
        try:
            _fits = _raw_sender is not UNSET and isinstance(_raw_sender, list)
            if not _fits:
                raise TypeError()
            sender = []
            _sender = _raw_sender
            for sender_item_data in _sender:
                sender_item = EmailEnvelopeAddress.from_dict(sender_item_data)

                sender.append(sender_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            sender = MISSING
            if _raw_sender is not UNSET:
                d["sender"] = _raw_sender

        _raw_to = d.pop("to", UNSET)
        try:
            _fits = _raw_to is not UNSET and isinstance(_raw_to, list)
            if not _fits:
                raise TypeError()
            to = []
            _to = _raw_to
            for to_item_data in _to:
                to_item = EmailEnvelopeAddress.from_dict(to_item_data)

                to.append(to_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            to = MISSING
            if _raw_to is not UNSET:
                d["to"] = _raw_to

        _raw_cc = d.pop("cc", UNSET)
        try:
            _fits = _raw_cc is not UNSET and isinstance(_raw_cc, list)
            if not _fits:
                raise TypeError()
            cc = []
            _cc = _raw_cc
            for cc_item_data in _cc:
                cc_item = EmailEnvelopeAddress.from_dict(cc_item_data)

                cc.append(cc_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            cc = MISSING
            if _raw_cc is not UNSET:
                d["cc"] = _raw_cc

        _raw_bcc = d.pop("bcc", UNSET)
        try:
            _fits = _raw_bcc is not UNSET and isinstance(_raw_bcc, list)
            if not _fits:
                raise TypeError()
            bcc = []
            _bcc = _raw_bcc
            for bcc_item_data in _bcc:
                bcc_item = EmailEnvelopeAddress.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            bcc = MISSING
            if _raw_bcc is not UNSET:
                d["bcc"] = _raw_bcc

        _raw_reply_to = d.pop("reply_to", UNSET)
        try:
            _fits = _raw_reply_to is not UNSET and isinstance(_raw_reply_to, list)
            if not _fits:
                raise TypeError()
            reply_to = []
            _reply_to = _raw_reply_to
            for reply_to_item_data in _reply_to:
                reply_to_item = EmailEnvelopeAddress.from_dict(reply_to_item_data)

                reply_to.append(reply_to_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            reply_to = MISSING
            if _raw_reply_to is not UNSET:
                d["reply_to"] = _raw_reply_to

        _raw_date = d.pop("date", UNSET)
        date: None | str
        if isinstance(_raw_date, str) or _raw_date is None:
            date = _raw_date
        else:
            date = MISSING
            if _raw_date is not UNSET:
                d["date"] = _raw_date

        _raw_in_reply_to = d.pop("in_reply_to", UNSET)
        in_reply_to: None | str
        if isinstance(_raw_in_reply_to, str) or _raw_in_reply_to is None:
            in_reply_to = _raw_in_reply_to
        else:
            in_reply_to = MISSING
            if _raw_in_reply_to is not UNSET:
                d["in_reply_to"] = _raw_in_reply_to

        _raw_message_id = d.pop("message_id", UNSET)
        message_id: None | str
        if isinstance(_raw_message_id, str) or _raw_message_id is None:
            message_id = _raw_message_id
        else:
            message_id = MISSING
            if _raw_message_id is not UNSET:
                d["message_id"] = _raw_message_id

        _raw_subject = d.pop("subject", UNSET)
        subject: str
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = MISSING
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
