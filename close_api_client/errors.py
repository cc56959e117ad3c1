"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Mapping


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(Exception):
    """A response body did not match the model of its operation.

    Keeps everything the server said (status, headers, raw body) so nothing is lost; the
    parsing failure is chained as ``__cause__``.
    """

    def __init__(
        self, status_code: int, headers: Mapping[str, str], content: bytes, *, operation: str
    ) -> None:
        self.status_code = status_code
        self.headers = dict(headers)
        self.content = content
        self.operation = operation
        super().__init__(
            f"{operation}: could not parse the {status_code} response body "
            f"({len(content)} bytes); status, headers and raw body are kept on this error"
        )


__all__ = ["ResponseParseError", "UnexpectedStatus"]
