from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_errors, Unset):
            field_errors = self.field_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors
        if field_errors is not UNSET:
            field_dict["field-errors"] = field_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_error_type_1 import ErrorErrorType1  # noqa: PLC0415
        from ..models.error_field_errors import ErrorFieldErrors  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(data: object) -> ErrorErrorType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorErrorType1 | None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        errors = cast(list[Any], d.pop("errors", UNSET))

        _field_errors = d.pop("field-errors", UNSET)
        field_errors: ErrorFieldErrors | Unset
        if isinstance(_field_errors, Unset):
            field_errors = UNSET
        else:
            field_errors = ErrorFieldErrors.from_dict(_field_errors)

        error = cls(
            error=error,
            errors=errors,
            field_errors=field_errors,
        )

        error.additional_properties = d
        return error

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
