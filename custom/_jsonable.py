"""SDK models (attrs classes) as FastAPI return values: ``CloseModel[Lead]``.

FastAPI builds a pydantic field from a route's return annotation, and pydantic knows nothing
of attrs classes, so ``-> Lead`` fails at import ("Invalid args for response field") and a
returned ``Lead`` cannot be serialized. Rather than keep pydantic copies of every model,
``CloseModel[Lead]`` is ``Annotated[Lead, ...]`` with metadata that tells pydantic how to
handle it: an instance passes through unchanged (a dict, e.g. a request body, is parsed
with ``Lead.from_dict``), and it is serialized with its own ``to_dict()``, so unknown fields
and ``custom.cf_*`` values reach the response exactly as Close sent them. For type checkers
``CloseModel[Lead]`` *is* ``Lead``: a route returns the SDK's object with no conversion.

The OpenAPI schema FastAPI publishes for such a field is a plain JSON object named after the
model; the precise schema is the model's component in this project's ``openapi.yaml``.

``jsonable`` does the same conversion by hand (models, lists and dicts of them), for
``JSONResponse(jsonable(lead))`` or any other JSON encoder.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Protocol, TypeVar, runtime_checkable

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

__all__ = ["CloseModel", "jsonable"]

T = TypeVar("T")


@runtime_checkable
class _SdkModel(Protocol):
    """What every generated model has: ``to_dict()`` (and a ``from_dict`` classmethod)."""

    def to_dict(self) -> dict[str, Any]: ...


def jsonable(value: Any) -> Any:
    """``value`` with every SDK model replaced by its ``to_dict()`` (recursively through
    lists, tuples and dicts); anything else is returned unchanged."""
    if isinstance(value, _SdkModel):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {key: jsonable(item) for key, item in value.items()}
    return value


class _AttrsModelSchema:
    """Pydantic metadata for one generated model class (see the module docstring)."""

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        if not (isinstance(source, type) and hasattr(source, "from_dict")):
            raise TypeError(f"CloseModel[...] takes a close_api_client model, not {source!r}")

        def validate(value: Any) -> Any:
            if isinstance(value, source):
                return value
            if isinstance(value, Mapping):
                return source.from_dict(dict(value))
            raise ValueError(f"expected a {source.__name__} or a JSON object")

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda model: model.to_dict()
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "object", "additionalProperties": True}


CloseModel = Annotated[T, _AttrsModelSchema()]
"""``CloseModel[Lead]``: a ``Lead`` that FastAPI (pydantic) can return, validate and document."""
