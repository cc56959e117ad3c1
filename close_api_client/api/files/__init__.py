"""The ``files`` operations: one module each, and ``FilesResource`` (``close.files``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.file_upload import FileUpload
    from ...models.file_upload_request import FileUploadRequest


class FilesResource:
    """The ``files`` operations as methods: ``close.files.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``files.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @overload
    async def upload(
        self,
        *,
        filename: str,
        content_type: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> FileUpload: ...

    @overload
    async def upload(
        self,
        *,
        body: FileUploadRequest,
    ) -> FileUpload: ...

    async def upload(
        self,
        *,
        filename: str | Unset = UNSET,
        content_type: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: FileUploadRequest | Unset = UNSET,
    ) -> FileUpload:
        """Get a signed upload for a file

         Returns a signed S3 form: POST the file as multipart/form-data to `upload.url` with every
        `upload.fields` entry within 60 seconds; after S3 answers 201, reference the file by
        `download.url` (e.g. as an attachment) for up to 24 hours.

        Args:
            filename (str):
            content_type (str): MIME type, e.g. `image/jpeg`.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (FileUploadRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `upload_file.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            FileUpload
        """

        if isinstance(body, Unset):
            if isinstance(filename, Unset):
                raise TypeError("upload() needs filename= (or body=)")
            if isinstance(content_type, Unset):
                raise TypeError("upload() needs content_type= (or body=)")
            from ...models.file_upload_request import FileUploadRequest

            body = FileUploadRequest(
                filename=filename,
                content_type=content_type,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                filename,
                content_type,
                custom,
            )
        ):
            raise TypeError("upload() takes body= or field keywords, not both")

        from .upload_file import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )
