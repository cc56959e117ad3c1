"""Nested response fields Close always sends are plain: no guard for UNSET."""

from typing import reveal_type

from close_api_client import AuthenticatedClient
from close_api_client.api.calls import get_call
from close_api_client.api.leads import get_lead


async def addresses(client: AuthenticatedClient) -> None:
    lead = await get_lead.asyncio("lead_1", client=client)
    emails = [e.email.lower() for c in lead.contacts for e in c.emails]
    phones = [p.phone for c in lead.contacts for p in c.phones]
    print(emails, phones)
    reveal_type(lead.contacts[0].emails[0].email)
    reveal_type(lead.contacts[0].phones[0].phone)
    call = await get_call.asyncio("acti_1", client=client)
    reveal_type(call.duration)
