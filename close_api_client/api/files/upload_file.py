from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload import FileUpload
from ...models.file_upload_request import FileUploadRequest
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: FileUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/upload/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUpload | None:
    if response.status_code == 200:
        response_200 = FileUpload.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUpload]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /files/upload/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
) -> FileUpload | None:
    """Get a signed upload for a file

     Returns a signed S3 form: POST the file as multipart/form-data to `upload.url` with every
    `upload.fields` entry within 60 seconds; after S3 answers 201, reference the file by
    `download.url` (e.g. as an attachment) for up to 24 hours.

    Args:
        body (FileUploadRequest): The file to upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
