"""The errors the generated package raises, under ``CloseError``: the base of every SDK error.

``CloseError`` lives here, in the generated package, because the generated code raises
``ResponseParseError`` and ``UnexpectedStatus`` and cannot import the handwritten layer; the
handwritten layer (``custom.errors``) builds the rest of the hierarchy on it, so one
``except CloseError`` catches everything the SDK raises.
"""

from collections.abc import Mapping


class CloseError(Exception):
    """Base class of every exception the SDK raises (``custom.errors`` subclasses it too)."""


class ClientClosedError(CloseError):
    """A client (or a client derived from it) was used after ``aclose()``."""


class UnexpectedStatus(CloseError):
    """A non-2xx response reached a generated function.

    Only a client not made by ``custom.create_client`` gets this: that client's transport
    raises the typed errors of ``custom.errors`` first.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(CloseError):
    """A 2xx response body is not the JSON its operation returns.

    Raised only for a body that is not JSON, is not the expected container (an object where
    an object is expected), or nests too deeply to parse; a field holding an unexpected value
    never raises. Keeps everything the server said (status, headers, raw body) so nothing is
    lost; the parsing failure is chained as ``__cause__``.
    """

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        *,
        operation: str,
        reason: str = "",
    ) -> None:
        self.status_code = status_code
        self.headers = dict(headers)
        self.content = content
        self.operation = operation
        self.reason = reason
        """What is wrong with the body, when known (``LeadList: the required field 'data' is missing``)."""
        because = f": {reason}" if reason else ""
        super().__init__(
            f"{operation}: could not parse the {status_code} response body "
            f"({len(content)} bytes){because}; status, headers and raw body are kept on this error"
        )


__all__ = ["ClientClosedError", "CloseError", "ResponseParseError", "UnexpectedStatus"]
