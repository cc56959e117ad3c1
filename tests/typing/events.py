"""An event's data is typed by its object_type, for the object types the spec knows."""

from typing import reveal_type

from close_api_client import AuthenticatedClient
from close_api_client.api.events import list_events
from close_api_client.models import CallActivityEvent, Event, LeadEvent, WebhookDelivery
from custom import paginate


async def names(client: AuthenticatedClient) -> list[str]:
    found = []
    async for event in paginate(list_events, client=client, object_type="lead"):
        if isinstance(event, LeadEvent) and event.data:
            reveal_type(event.data)
            found.append(event.data.display_name)
        elif isinstance(event, CallActivityEvent) and event.data:
            reveal_type(event.data.duration)
        elif isinstance(event, Event):
            reveal_type(event.data)
    return found


def on_delivery(delivery: WebhookDelivery) -> str:
    event = delivery.event
    reveal_type(event.id)
    return f"{event.object_type} {event.action}"
