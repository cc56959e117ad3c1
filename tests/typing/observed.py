"""Fields real Close data sends as null or as another spelling are typed so."""

from typing import reveal_type

from close_api_client import AuthenticatedClient
from close_api_client.api.emails import get_email
from close_api_client.api.opportunities import update_opportunity
from close_api_client.models import OpportunityUpdate


async def headers(client: AuthenticatedClient) -> None:
    email = await get_email.asyncio("acti_1", client=client)
    if email.envelope:
        reveal_type(email.envelope.message_id)
        reveal_type(email.envelope.date)
    won = await update_opportunity.asyncio("oppo_1", client=client, body=OpportunityUpdate())
    reveal_type(won.date_won)
