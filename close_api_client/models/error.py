from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.error_error_type_1 import ErrorErrorType1
    from ..models.error_field_errors import ErrorFieldErrors


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Close's error body. `error` is a message string (or, for some errors, an object);
    validation errors add `errors` (messages not tied to a field) and `field-errors`
    (messages per field name).

        Attributes:
            error (ErrorErrorType1 | None | str | Unset):
            errors (list[Any] | Unset):
            field_errors (ErrorFieldErrors | Unset):
    """

    error: ErrorErrorType1 | None | str | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    field_errors: ErrorFieldErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_error_type_1 import ErrorErrorType1  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        if errors is not UNSET:
            field_dict["errors"] = errors

        field_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_errors, Unset):
            field_errors = self.field_errors.to_dict()
        if field_errors is not UNSET:
            field_dict["field-errors"] = field_errors

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
            raise not_an_object("Error", src_dict)
        from ..models.error_error_type_1 import ErrorErrorType1  # noqa: PLC0415
        from ..models.error_field_errors import ErrorFieldErrors  # noqa: PLC0415

        d = dict(src_dict)
        _raw_error = d.pop("error", UNSET)
        try:

            def _parse_error(data: object) -> ErrorErrorType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not ErrorErrorType1._carries_constants(data):
                        raise TypeError()

                    error_type_1 = ErrorErrorType1.from_dict(data)

                    return error_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = (
                    isinstance(data, str) or data is None
                )  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ErrorErrorType1 | None | str | Unset, data)

            error = _parse_error(_raw_error)

        except (TypeError, ValueError, AttributeError, KeyError):
            error = UNSET
            if _raw_error is not UNSET:
                d["error"] = _raw_error

        _raw_errors = d.pop("errors", UNSET)
        errors: list[Any] | Unset
        if isinstance(_raw_errors, list):
            errors = _raw_errors
        else:
            errors = UNSET
            if _raw_errors is not UNSET:
                d["errors"] = _raw_errors

        _raw_field_errors = d.pop("field-errors", UNSET)
        try:
            _fits = _raw_field_errors is UNSET or isinstance(_raw_field_errors, dict)
            if not _fits:
                raise TypeError()
            _field_errors = _raw_field_errors
            field_errors: ErrorFieldErrors | Unset
            if isinstance(_field_errors, Unset):
                field_errors = UNSET
            else:
                field_errors = ErrorFieldErrors.from_dict(_field_errors)

        except (TypeError, ValueError, AttributeError, KeyError):
            field_errors = UNSET
            if _raw_field_errors is not UNSET:
                d["field-errors"] = _raw_field_errors

        parsed_obj = cls(
            error=error,
            errors=errors,
            field_errors=field_errors,
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
