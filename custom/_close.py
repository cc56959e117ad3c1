"""``Close``: the SDK as ``close.<resource>.<verb>(...)``, over one ``create_client`` client.

The resources are generated (``close_api_client.api.Resources``: one cached attribute per tag of
openapi.yaml, each a class with one method per operation), so they follow the spec; this class
adds only what is not in the spec: where the client comes from and when it is closed.

``Close(...)`` takes exactly ``create_client``'s options (its signature is reused, not copied:
a new option there is a new option here) and owns the client it makes. ``Close.from_client``
wraps a client someone else owns (a FastAPI app's, a ``with_options`` tenant) and leaves it
open when the wrapper is closed.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import TracebackType
from typing import Concatenate, ParamSpec, Self, TypeVar

from close_api_client import AuthenticatedClient
from close_api_client.api import Resources

from . import _client

__all__ = ["Close"]

P = ParamSpec("P")
S = TypeVar("S")
_Init = Callable[[S, AuthenticatedClient], None]


def _options_of(
    factory: Callable[P, AuthenticatedClient],
) -> Callable[[_Init[S]], Callable[Concatenate[S, P], None]]:
    """Give an ``__init__(self, client)`` the parameters of ``factory``, which makes the client.

    mypy checks ``Close(api_key=..., tz=...)`` against ``create_client``'s own signature, and
    ``help(Close)`` shows it. The factory is looked up on ``custom._client`` at each call, so a
    test that patches ``create_client`` there patches ``Close`` too.
    """

    def decorate(init: _Init[S]) -> Callable[Concatenate[S, P], None]:
        name = factory.__name__

        def __init__(self: S, /, *args: P.args, **kwargs: P.kwargs) -> None:
            made: AuthenticatedClient = getattr(_client, name)(*args, **kwargs)
            init(self, made)

        signature = inspect.signature(factory)
        own = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
        __init__.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[own, *signature.parameters.values()], return_annotation=None
        )
        __init__.__doc__ = init.__doc__
        __init__.__qualname__ = init.__qualname__
        return __init__

    return decorate


class Close(Resources):
    """The Close API as resources: ``close.leads.get(id)``, ``close.leads.list(...)``...

    ```python
    async with Close(tz="America/New_York") as close:  # create_client's options
        lead = await close.leads.create(name="Acme", contacts=[LeadContactCreate(name="Ann")])
        async for found in close.leads.list(query="name:Acme"):
            ...
    ```
    One attribute per tag of openapi.yaml, built on first use; one method per operation (the
    naming rule is in the README, "Resources"). ``close.client`` is the underlying
    ``AuthenticatedClient``, for the module functions, ``paginate``, ``stats`` and
    ``with_options``.
    """

    _owns_client: bool

    @_options_of(_client.create_client)
    def __init__(self, client: AuthenticatedClient) -> None:
        """A client made by ``create_client`` with these options; closed with this object."""
        super().__init__(client)
        self._authenticated = client
        self._owns_client = True

    @classmethod
    def from_client(cls, client: AuthenticatedClient) -> Self:
        """Resources over an existing client, which stays open when this object is closed."""
        close = cls.__new__(cls)
        Resources.__init__(close, client)
        close._authenticated = client
        close._owns_client = False
        return close

    @property
    def client(self) -> AuthenticatedClient:
        """The ``AuthenticatedClient`` every resource uses."""
        return self._authenticated

    async def aclose(self) -> None:
        """Close the client if this object made it (``Close(...)``), not one it was given."""
        if self._owns_client:
            await self._authenticated.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<Close ({'own' if self._owns_client else 'borrowed'} client)>"
