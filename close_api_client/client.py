"""The clients the generated endpoint functions take: a base URL and an ``httpx.AsyncClient``.

Async only: every generated function is a coroutine. Make clients with ``custom.create_client``
(Close's auth, rate limits, retries, typed errors); these classes are the plain containers it
fills. There are no ``with_headers``/``with_timeout`` mutators: they would change the shared
``httpx.AsyncClient`` under every copy; ``custom.with_options`` derives a client instead.
"""

import ssl
from typing import Any, Self

import httpx
from attrs import define, field

from .errors import ClientClosedError


@define
class Client:
    """A client for endpoints that need none.

    ``base_url``, ``cookies``, ``headers``, ``timeout``, ``verify_ssl``, ``follow_redirects`` and
    ``httpx_args`` configure the ``httpx.AsyncClient`` built on first use, unless one was given
    with ``set_async_httpx_client`` (which ``custom.create_client`` does).
    """

    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _closed: bool = field(default=False, init=False)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; it replaces every other setting of this client."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` requests go through (built on first use).

        Raises ``ClientClosedError`` once the client was closed: httpx's own error for that
        is a bare ``RuntimeError`` that ``except CloseError`` would miss.
        """
        if self._closed:
            raise ClientClosedError(
                f"this {type(self).__name__} was closed (aclose() or the end of its "
                "`async with` block); make a new client"
            )
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    @property
    def is_closed(self) -> bool:
        """True once ``aclose()`` ran (or the ``async with`` block ended)."""
        return self._closed

    async def aclose(self) -> None:
        """Close the connection pool; calling it again does nothing.

        For clients that live as long as the application (a FastAPI lifespan, a worker), where
        ``async with`` does not fit. Any later request raises ``ClientClosedError``.
        """
        if self._closed:
            return
        self._closed = True
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """``async with client:`` closes it at the end of the block (``aclose()``)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()


@define
class AuthenticatedClient:
    """A client for endpoints that need credentials.

    ``base_url``, ``cookies``, ``headers``, ``timeout``, ``verify_ssl``, ``follow_redirects`` and
    ``httpx_args`` configure the ``httpx.AsyncClient`` built on first use, unless one was given
    with ``set_async_httpx_client`` (which ``custom.create_client`` does).

    Attributes:
        token: The token sent in ``auth_header_name`` (``create_client`` keeps a placeholder here
            and the real credential in an ``httpx.Auth`` whose repr hides it).
        prefix: The prefix of the Authorization header value.
        auth_header_name: The name of the Authorization header.
    """

    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _closed: bool = field(default=False, init=False)
    token: str = ""
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; it replaces every other setting of this client."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` requests go through (built on first use).

        Raises ``ClientClosedError`` once the client was closed: httpx's own error for that
        is a bare ``RuntimeError`` that ``except CloseError`` would miss.
        """
        if self._closed:
            raise ClientClosedError(
                f"this {type(self).__name__} was closed (aclose() or the end of its "
                "`async with` block); make a new client"
            )
        if self._async_client is None:
            self._headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    @property
    def is_closed(self) -> bool:
        """True once ``aclose()`` ran (or the ``async with`` block ended)."""
        return self._closed

    async def aclose(self) -> None:
        """Close the connection pool; calling it again does nothing.

        For clients that live as long as the application (a FastAPI lifespan, a worker), where
        ``async with`` does not fit. Any later request raises ``ClientClosedError``.
        """
        if self._closed:
            return
        self._closed = True
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """``async with client:`` closes it at the end of the block (``aclose()``)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()
