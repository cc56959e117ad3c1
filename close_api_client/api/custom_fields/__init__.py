"""The ``custom_fields`` operations: one module each, and ``CustomFieldsResource`` (``close.custom_fields``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.activity_custom_field import ActivityCustomField
    from ...models.activity_custom_field_create import ActivityCustomFieldCreate
    from ...models.activity_custom_field_list import ActivityCustomFieldList
    from ...models.activity_custom_field_update import ActivityCustomFieldUpdate
    from ...models.custom_field import CustomField
    from ...models.custom_field_create import CustomFieldCreate
    from ...models.custom_field_list import CustomFieldList
    from ...models.custom_field_type import CustomFieldType
    from ...models.custom_field_update import CustomFieldUpdate
    from ...models.custom_object_custom_field import CustomObjectCustomField
    from ...models.custom_object_custom_field_create import CustomObjectCustomFieldCreate
    from ...models.custom_object_custom_field_list import CustomObjectCustomFieldList
    from ...models.custom_object_custom_field_update import CustomObjectCustomFieldUpdate
    from ...models.empty import Empty
    from ...models.shared_custom_field import SharedCustomField
    from ...models.shared_custom_field_association import SharedCustomFieldAssociation
    from ...models.shared_custom_field_association_create import SharedCustomFieldAssociationCreate
    from ...models.shared_custom_field_association_update import SharedCustomFieldAssociationUpdate
    from ...models.shared_custom_field_list import SharedCustomFieldList
    from ...models.shared_custom_field_object_type import SharedCustomFieldObjectType
    from ...models.shared_custom_field_update import SharedCustomFieldUpdate


class CustomFieldsResource:
    """The ``custom_fields`` operations as methods: ``close.custom_fields.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``custom_fields.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_lead_custom_fields(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[CustomField, CustomFieldList]:
        """List lead custom fields

         Lists the organization's lead custom fields. Values appear on leads as `custom.<field id>` keys.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_lead_custom_fields.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CustomField, CustomFieldList]
        """

        from custom._listing import Listing

        from . import list_lead_custom_fields

        return Listing(
            list_lead_custom_fields,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_lead_custom_field(
        self,
        *,
        name: str,
        type_: CustomFieldType,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomField: ...

    @overload
    async def create_lead_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField: ...

    async def create_lead_custom_field(
        self,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldCreate | Unset = UNSET,
    ) -> CustomField:
        """Create a lead custom field

         Creates a lead custom field (admins only: `manage_organization` permission).

        Args:
            name (str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_lead_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomField
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create_lead_custom_field() needs name= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_lead_custom_field() needs type_= (or body=)")
            from ...models.custom_field_create import CustomFieldCreate

            body = CustomFieldCreate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("create_lead_custom_field() takes body= or field keywords, not both")

        from .create_lead_custom_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_lead_custom_field(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a lead custom field

         Returns one lead custom field definition.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_lead_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomField
        """

        from .get_lead_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update_lead_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomField: ...

    @overload
    async def update_lead_custom_field(
        self,
        id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField: ...

    async def update_lead_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldUpdate | Unset = UNSET,
    ) -> CustomField:
        """Update a lead custom field

         Renames the field, changes its type, `accepts_multiple_values` or `choices`. A type change that
        converts stored values returns `converting_to_type` until the conversion is done.

        Args:
            id (str): The object's id.
            name (str | Unset):
            type_ (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`,
                `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_lead_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomField
        """

        if isinstance(body, Unset):
            from ...models.custom_field_update import CustomFieldUpdate

            body = CustomFieldUpdate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("update_lead_custom_field() takes body= or field keywords, not both")

        from .update_lead_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete_lead_custom_field(
        self,
        id: str,
    ) -> Empty:
        """Delete a lead custom field

         Deletes the field; it disappears from lead responses at once and stored values are removed.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_lead_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_lead_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    def list_contact_custom_fields(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[CustomField, CustomFieldList]:
        """List contact custom fields

         Lists the organization's contact custom fields. Values appear on contacts as `custom.<field id>`
        keys.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_contact_custom_fields.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CustomField, CustomFieldList]
        """

        from custom._listing import Listing

        from . import list_contact_custom_fields

        return Listing(
            list_contact_custom_fields,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_contact_custom_field(
        self,
        *,
        name: str,
        type_: CustomFieldType,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomField: ...

    @overload
    async def create_contact_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField: ...

    async def create_contact_custom_field(
        self,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldCreate | Unset = UNSET,
    ) -> CustomField:
        """Create a contact custom field

         Creates a contact custom field (admins only: `manage_organization` permission).

        Args:
            name (str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_contact_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomField
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create_contact_custom_field() needs name= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_contact_custom_field() needs type_= (or body=)")
            from ...models.custom_field_create import CustomFieldCreate

            body = CustomFieldCreate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("create_contact_custom_field() takes body= or field keywords, not both")

        from .create_contact_custom_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_contact_custom_field(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get a contact custom field

         Returns one contact custom field definition.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_contact_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomField
        """

        from .get_contact_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update_contact_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomField: ...

    @overload
    async def update_contact_custom_field(
        self,
        id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField: ...

    async def update_contact_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldUpdate | Unset = UNSET,
    ) -> CustomField:
        """Update a contact custom field

         Renames the field, changes its type, `accepts_multiple_values` or `choices`. A type change that
        converts stored values returns `converting_to_type` until the conversion is done.

        Args:
            id (str): The object's id.
            name (str | Unset):
            type_ (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`,
                `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_contact_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomField
        """

        if isinstance(body, Unset):
            from ...models.custom_field_update import CustomFieldUpdate

            body = CustomFieldUpdate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("update_contact_custom_field() takes body= or field keywords, not both")

        from .update_contact_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete_contact_custom_field(
        self,
        id: str,
    ) -> Empty:
        """Delete a contact custom field

         Deletes the field; it disappears from contact responses at once and stored values are removed.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_contact_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_contact_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    def list_opportunity_custom_fields(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[CustomField, CustomFieldList]:
        """List opportunity custom fields

         Lists the organization's opportunity custom fields. Values appear on opportunities as `custom.<field
        id>` keys.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_opportunity_custom_fields.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CustomField, CustomFieldList]
        """

        from custom._listing import Listing

        from . import list_opportunity_custom_fields

        return Listing(
            list_opportunity_custom_fields,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_opportunity_custom_field(
        self,
        *,
        name: str,
        type_: CustomFieldType,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomField: ...

    @overload
    async def create_opportunity_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> CustomField: ...

    async def create_opportunity_custom_field(
        self,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldCreate | Unset = UNSET,
    ) -> CustomField:
        """Create an opportunity custom field

         Creates an opportunity custom field (admins only: `manage_organization` permission).

        Args:
            name (str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_opportunity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomField
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create_opportunity_custom_field() needs name= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_opportunity_custom_field() needs type_= (or body=)")
            from ...models.custom_field_create import CustomFieldCreate

            body = CustomFieldCreate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError(
                "create_opportunity_custom_field() takes body= or field keywords, not both"
            )

        from .create_opportunity_custom_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_opportunity_custom_field(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomField:
        """Get an opportunity custom field

         Returns one opportunity custom field definition.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_opportunity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomField
        """

        from .get_opportunity_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update_opportunity_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomField: ...

    @overload
    async def update_opportunity_custom_field(
        self,
        id: str,
        *,
        body: CustomFieldUpdate,
    ) -> CustomField: ...

    async def update_opportunity_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldUpdate | Unset = UNSET,
    ) -> CustomField:
        """Update an opportunity custom field

         Renames the field, changes its type, `accepts_multiple_values`, `editable_with_roles` or `choices`.
        A type change that converts stored values returns `converting_to_type` until the conversion is done.

        Args:
            id (str): The object's id.
            name (str | Unset):
            type_ (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`,
                `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_opportunity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomField
        """

        if isinstance(body, Unset):
            from ...models.custom_field_update import CustomFieldUpdate

            body = CustomFieldUpdate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError(
                "update_opportunity_custom_field() takes body= or field keywords, not both"
            )

        from .update_opportunity_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete_opportunity_custom_field(
        self,
        id: str,
    ) -> Empty:
        """Delete an opportunity custom field

         Deletes the field; it disappears from responses at once and values on existing opportunities are
        permanently removed.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_opportunity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_opportunity_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    def list_activity_custom_fields(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[ActivityCustomField, ActivityCustomFieldList]:
        """List activity custom fields

         Lists the organization's activity custom fields. Each belongs to one Custom Activity Type
        (`custom_activity_type_id`).

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_activity_custom_fields.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[ActivityCustomField, ActivityCustomFieldList]
        """

        from custom._listing import Listing

        from . import list_activity_custom_fields

        return Listing(
            list_activity_custom_fields,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_activity_custom_field(
        self,
        *,
        custom_activity_type_id: str,
        name: str,
        type_: CustomFieldType,
        required: bool,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> ActivityCustomField: ...

    @overload
    async def create_activity_custom_field(
        self,
        *,
        body: ActivityCustomFieldCreate,
    ) -> ActivityCustomField: ...

    async def create_activity_custom_field(
        self,
        *,
        custom_activity_type_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        required: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: ActivityCustomFieldCreate | Unset = UNSET,
    ) -> ActivityCustomField:
        """Create an activity custom field

         Creates an activity custom field (admins only: `manage_organization` permission).
        `custom_activity_type_id` and `required` are required.

        Args:
            custom_activity_type_id (str):
            name (str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            required (bool): Whether a value is needed to publish the activity.
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (ActivityCustomFieldCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_activity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            ActivityCustomField
        """

        if isinstance(body, Unset):
            if isinstance(custom_activity_type_id, Unset):
                raise TypeError(
                    "create_activity_custom_field() needs custom_activity_type_id= (or body=)"
                )
            if isinstance(name, Unset):
                raise TypeError("create_activity_custom_field() needs name= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_activity_custom_field() needs type_= (or body=)")
            if isinstance(required, Unset):
                raise TypeError("create_activity_custom_field() needs required= (or body=)")
            from ...models.activity_custom_field_create import ActivityCustomFieldCreate

            body = ActivityCustomFieldCreate(
                custom_activity_type_id=custom_activity_type_id,
                name=name,
                type_=type_,
                required=required,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                custom_activity_type_id,
                name,
                type_,
                required,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError(
                "create_activity_custom_field() takes body= or field keywords, not both"
            )

        from .create_activity_custom_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_activity_custom_field(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ActivityCustomField:
        """Get an activity custom field

         Returns one activity custom field definition.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_activity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            ActivityCustomField
        """

        from .get_activity_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update_activity_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        required: bool | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> ActivityCustomField: ...

    @overload
    async def update_activity_custom_field(
        self,
        id: str,
        *,
        body: ActivityCustomFieldUpdate,
    ) -> ActivityCustomField: ...

    async def update_activity_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        required: bool | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: ActivityCustomFieldUpdate | Unset = UNSET,
    ) -> ActivityCustomField:
        """Update an activity custom field

         Renames the field, changes `accepts_multiple_values`, `required`, `editable_with_roles` or
        `choices`; `custom_activity_type_id` cannot change.

        Args:
            id (str): The object's id.
            name (str | Unset):
            description (None | str | Unset):
            required (bool | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (ActivityCustomFieldUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_activity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            ActivityCustomField
        """

        if isinstance(body, Unset):
            from ...models.activity_custom_field_update import ActivityCustomFieldUpdate

            body = ActivityCustomFieldUpdate(
                name=name,
                description=description,
                required=required,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                required,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError(
                "update_activity_custom_field() takes body= or field keywords, not both"
            )

        from .update_activity_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete_activity_custom_field(
        self,
        id: str,
    ) -> Empty:
        """Delete an activity custom field

         Deletes the field from its Custom Activity Type and from custom activity responses.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_activity_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_activity_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def list_custom_object_custom_fields(
        self,
    ) -> CustomObjectCustomFieldList:
        """List custom object custom fields

         Lists the organization's custom object custom fields. Each belongs to one Custom Object Type
        (`custom_object_type_id`).

        Args:

        Raises:
            custom.errors.APIError: As `list_custom_object_custom_fields.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomObjectCustomFieldList
        """

        from .list_custom_object_custom_fields import asyncio

        return await asyncio(
            client=self._client,
        )

    @overload
    async def create_custom_object_custom_field(
        self,
        *,
        custom_object_type_id: str,
        name: str,
        type_: CustomFieldType,
        required: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        referenced_custom_type_id: None | str | Unset = UNSET,
        back_reference_is_visible: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomObjectCustomField: ...

    @overload
    async def create_custom_object_custom_field(
        self,
        *,
        body: CustomObjectCustomFieldCreate,
    ) -> CustomObjectCustomField: ...

    async def create_custom_object_custom_field(
        self,
        *,
        custom_object_type_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        required: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        referenced_custom_type_id: None | str | Unset = UNSET,
        back_reference_is_visible: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomObjectCustomFieldCreate | Unset = UNSET,
    ) -> CustomObjectCustomField:
        """Create a custom object custom field

         Creates a custom object custom field (admins only: `manage_organization` permission).
        `custom_object_type_id` is required; `required` makes a value mandatory on save.

        Args:
            custom_object_type_id (str):
            name (str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            required (bool | Unset): Whether a value is needed to save the object.
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            referenced_custom_type_id (None | str | Unset): For `custom_object` fields, the Custom
                Object Type referenced.
            back_reference_is_visible (bool | None | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomObjectCustomFieldCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_custom_object_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomObjectCustomField
        """

        if isinstance(body, Unset):
            if isinstance(custom_object_type_id, Unset):
                raise TypeError(
                    "create_custom_object_custom_field() needs custom_object_type_id= (or body=)"
                )
            if isinstance(name, Unset):
                raise TypeError("create_custom_object_custom_field() needs name= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_custom_object_custom_field() needs type_= (or body=)")
            from ...models.custom_object_custom_field_create import CustomObjectCustomFieldCreate

            body = CustomObjectCustomFieldCreate(
                custom_object_type_id=custom_object_type_id,
                name=name,
                type_=type_,
                required=required,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
                referenced_custom_type_id=referenced_custom_type_id,
                back_reference_is_visible=back_reference_is_visible,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                custom_object_type_id,
                name,
                type_,
                required,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                referenced_custom_type_id,
                back_reference_is_visible,
                custom,
            )
        ):
            raise TypeError(
                "create_custom_object_custom_field() takes body= or field keywords, not both"
            )

        from .create_custom_object_custom_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_custom_object_custom_field(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomObjectCustomField:
        """Get a custom object custom field

         Returns one custom object custom field definition.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_custom_object_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomObjectCustomField
        """

        from .get_custom_object_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update_custom_object_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        required: bool | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomObjectCustomField: ...

    @overload
    async def update_custom_object_custom_field(
        self,
        id: str,
        *,
        body: CustomObjectCustomFieldUpdate,
    ) -> CustomObjectCustomField: ...

    async def update_custom_object_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        required: bool | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomObjectCustomFieldUpdate | Unset = UNSET,
    ) -> CustomObjectCustomField:
        """Update a custom object custom field

         Renames the field, changes `accepts_multiple_values`, `required`, `editable_with_roles` or
        `choices`; `custom_object_type_id` and `type` cannot change.

        Args:
            id (str): The object's id.
            name (str | Unset):
            description (None | str | Unset):
            required (bool | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomObjectCustomFieldUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_custom_object_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomObjectCustomField
        """

        if isinstance(body, Unset):
            from ...models.custom_object_custom_field_update import CustomObjectCustomFieldUpdate

            body = CustomObjectCustomFieldUpdate(
                name=name,
                description=description,
                required=required,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                required,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError(
                "update_custom_object_custom_field() takes body= or field keywords, not both"
            )

        from .update_custom_object_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete_custom_object_custom_field(
        self,
        id: str,
    ) -> None:
        """Delete a custom object custom field

         Deletes the field from its Custom Object Type; values on existing custom objects are permanently
        removed.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_custom_object_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_custom_object_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def list_shared_custom_fields(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> SharedCustomFieldList:
        """List shared custom fields

         Lists the organization's shared custom fields. A shared field can be associated with several object
        types (see `associations`).

        Args:
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `list_shared_custom_fields.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SharedCustomFieldList
        """

        from .list_shared_custom_fields import asyncio

        return await asyncio(
            client=self._client,
            fields=fields,
        )

    @overload
    async def create_shared_custom_field(
        self,
        *,
        name: str,
        type_: CustomFieldType,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SharedCustomField: ...

    @overload
    async def create_shared_custom_field(
        self,
        *,
        body: CustomFieldCreate,
    ) -> SharedCustomField: ...

    async def create_shared_custom_field(
        self,
        *,
        name: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        accepts_multiple_values: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldCreate | Unset = UNSET,
    ) -> SharedCustomField:
        """Create a shared custom field

         Creates a shared custom field (admins only: `manage_organization` permission). It applies to no
        object until associated with an object type.

        Args:
            name (str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            description (None | str | Unset):
            choices (list[str] | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_shared_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SharedCustomField
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create_shared_custom_field() needs name= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_shared_custom_field() needs type_= (or body=)")
            from ...models.custom_field_create import CustomFieldCreate

            body = CustomFieldCreate(
                name=name,
                type_=type_,
                description=description,
                choices=choices,
                accepts_multiple_values=accepts_multiple_values,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                type_,
                description,
                choices,
                accepts_multiple_values,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("create_shared_custom_field() takes body= or field keywords, not both")

        from .create_shared_custom_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_shared_custom_field(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SharedCustomField:
        """Get a shared custom field

         Returns one shared custom field definition.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_shared_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SharedCustomField
        """

        from .get_shared_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update_shared_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SharedCustomField: ...

    @overload
    async def update_shared_custom_field(
        self,
        id: str,
        *,
        body: SharedCustomFieldUpdate,
    ) -> SharedCustomField: ...

    async def update_shared_custom_field(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        choices: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedCustomFieldUpdate | Unset = UNSET,
    ) -> SharedCustomField:
        """Update a shared custom field

         Renames the field or changes its `choices`; `type` cannot change. Per-object-type settings live on
        the associations.

        Args:
            id (str): The object's id.
            name (str | Unset):
            description (None | str | Unset):
            choices (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedCustomFieldUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_shared_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SharedCustomField
        """

        if isinstance(body, Unset):
            from ...models.shared_custom_field_update import SharedCustomFieldUpdate

            body = SharedCustomFieldUpdate(
                name=name,
                description=description,
                choices=choices,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                choices,
                custom,
            )
        ):
            raise TypeError("update_shared_custom_field() takes body= or field keywords, not both")

        from .update_shared_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete_shared_custom_field(
        self,
        id: str,
    ) -> Empty:
        """Delete a shared custom field

         Deletes the shared field and all its associations; values on every associated object type are
        permanently removed.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_shared_custom_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_shared_custom_field import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def create_shared_custom_field_association(
        self,
        id: str,
        *,
        object_type: SharedCustomFieldObjectType,
        custom_activity_type_id: str | Unset = UNSET,
        custom_object_type_id: str | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        required: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SharedCustomFieldAssociation: ...

    @overload
    async def create_shared_custom_field_association(
        self,
        id: str,
        *,
        body: SharedCustomFieldAssociationCreate,
    ) -> SharedCustomFieldAssociation: ...

    async def create_shared_custom_field_association(
        self,
        id: str,
        *,
        object_type: SharedCustomFieldObjectType | Unset = UNSET,
        custom_activity_type_id: str | Unset = UNSET,
        custom_object_type_id: str | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        required: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedCustomFieldAssociationCreate | Unset = UNSET,
    ) -> SharedCustomFieldAssociation:
        """Associate a shared custom field with an object type

         Makes the shared custom field (path `id`) settable on an object type: `lead`, `contact`,
        `opportunity`, a custom activity type (`custom_activity_type_id`) or a custom object type
        (`custom_object_type_id`). `editable_with_roles` and `required` are per association.

        Args:
            id (str): The object's id.
            object_type (SharedCustomFieldObjectType): An object type a shared custom field can be
                associated with.
            custom_activity_type_id (str | Unset): Required when `object_type` is
                `custom_activity_type`.
            custom_object_type_id (str | Unset): Required when `object_type` is `custom_object_type`.
            editable_with_roles (list[str] | Unset):
            required (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedCustomFieldAssociationCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_shared_custom_field_association.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SharedCustomFieldAssociation
        """

        if isinstance(body, Unset):
            if isinstance(object_type, Unset):
                raise TypeError(
                    "create_shared_custom_field_association() needs object_type= (or body=)"
                )
            from ...models.shared_custom_field_association_create import (
                SharedCustomFieldAssociationCreate,
            )

            body = SharedCustomFieldAssociationCreate(
                object_type=object_type,
                custom_activity_type_id=custom_activity_type_id,
                custom_object_type_id=custom_object_type_id,
                editable_with_roles=editable_with_roles,
                required=required,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                object_type,
                custom_activity_type_id,
                custom_object_type_id,
                editable_with_roles,
                required,
                custom,
            )
        ):
            raise TypeError(
                "create_shared_custom_field_association() takes body= or field keywords, not both"
            )

        from .create_shared_custom_field_association import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def get_shared_custom_field_association(
        self,
        id: str,
        object_type: str,
    ) -> SharedCustomFieldAssociation:
        """Get a shared custom field association

         Returns the association of the shared custom field with one object type.

        Args:
            id (str): The object's id.
            object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
                `custom_activity_type/<custom activity type id>` or
                `custom_object_type/<custom object type id>`.

        Raises:
            custom.errors.APIError: As `get_shared_custom_field_association.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SharedCustomFieldAssociation
        """

        from .get_shared_custom_field_association import asyncio

        return await asyncio(
            id,
            object_type,
            client=self._client,
        )

    @overload
    async def update_shared_custom_field_association(
        self,
        id: str,
        object_type: str,
        *,
        editable_with_roles: list[str] | Unset = UNSET,
        required: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SharedCustomFieldAssociation: ...

    @overload
    async def update_shared_custom_field_association(
        self,
        id: str,
        object_type: str,
        *,
        body: SharedCustomFieldAssociationUpdate,
    ) -> SharedCustomFieldAssociation: ...

    async def update_shared_custom_field_association(
        self,
        id: str,
        object_type: str,
        *,
        editable_with_roles: list[str] | Unset = UNSET,
        required: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedCustomFieldAssociationUpdate | Unset = UNSET,
    ) -> SharedCustomFieldAssociation:
        """Update a shared custom field association

         Changes `required` or `editable_with_roles` of the association; nothing else can change.

        Args:
            id (str): The object's id.
            object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
                `custom_activity_type/<custom activity type id>` or
                `custom_object_type/<custom object type id>`.
            editable_with_roles (list[str] | Unset):
            required (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedCustomFieldAssociationUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_shared_custom_field_association.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SharedCustomFieldAssociation
        """

        if isinstance(body, Unset):
            from ...models.shared_custom_field_association_update import (
                SharedCustomFieldAssociationUpdate,
            )

            body = SharedCustomFieldAssociationUpdate(
                editable_with_roles=editable_with_roles,
                required=required,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                editable_with_roles,
                required,
                custom,
            )
        ):
            raise TypeError(
                "update_shared_custom_field_association() takes body= or field keywords, not both"
            )

        from .update_shared_custom_field_association import asyncio

        return await asyncio(
            id,
            object_type,
            client=self._client,
            body=body,
        )

    async def delete_shared_custom_field_association(
        self,
        id: str,
        object_type: str,
    ) -> None:
        """Disassociate a shared custom field from an object type

         Removes the association: the field disappears from that object type's responses, its
        stored values there are permanently deleted, and any `required` rule goes with it.

        Args:
            id (str): The object's id.
            object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
                `custom_activity_type/<custom activity type id>` or
                `custom_object_type/<custom object type id>`.

        Raises:
            custom.errors.APIError: As `delete_shared_custom_field_association.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_shared_custom_field_association import asyncio

        return await asyncio(
            id,
            object_type,
            client=self._client,
        )
