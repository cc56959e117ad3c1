from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload import FileUpload
from ...models.file_upload_request import FileUploadRequest
from ...types import Response, build_response

OPERATION = "POST /files/upload/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: FileUploadRequest,
) -> dict[str, Any]:
    if not isinstance(body, FileUploadRequest):
        raise TypeError(
            f"body must be a FileUploadRequest, got {type(body).__name__}"
            " (build one with FileUploadRequest(...) or FileUploadRequest.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/upload/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/files/upload/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUpload:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = FileUpload.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
) -> Response[FileUpload]:
    """Get a signed upload for a file

     Returns a signed S3 form: POST the file as multipart/form-data to `upload.url` with every
    `upload.fields` entry within 60 seconds; after S3 answers 201, reference the file by
    `download.url` (e.g. as an attachment) for up to 24 hours.

    Args:
        body (FileUploadRequest): The file to upload.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[FileUpload]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
) -> FileUpload:
    """Get a signed upload for a file

     Returns a signed S3 form: POST the file as multipart/form-data to `upload.url` with every
    `upload.fields` entry within 60 seconds; after S3 answers 201, reference the file by
    `download.url` (e.g. as an attachment) for up to 24 hours.

    Args:
        body (FileUploadRequest): The file to upload.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        FileUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
