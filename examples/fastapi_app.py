"""A small FastAPI service on close-api-client: one shared client, a lead listing, webhooks.

    pip install 'close-api-client[fastapi]' uvicorn
    CLOSE_API_KEY=... CLOSE_WEBHOOK_KEY=<signature_key> uvicorn examples.fastapi_app:app

Configuration, read when the app is created:

- ``CLOSE_API_KEY``: the API key (read by ``create_client``);
- ``CLOSE_BASE_URL``: the API root (default ``https://api.close.com/api/v1``; point it at
  the simulator, ``python -m custom.simulator``, to run without Close);
- ``CLOSE_WEBHOOK_KEY``: the ``signature_key`` Close returned when the webhook subscription
  was created (several, comma-separated, when several subscriptions post here).

``GET /leads?limit=20&query=...`` lists leads through the SDK, page by page; relative dates
in ``query`` follow the caller's ``x-tz-offset`` (request header, or query parameter).
``POST /webhooks/close`` receives Close's signed webhook deliveries; ``record_event`` runs
for each event once, after the delivery has been answered.
"""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query

from close_api_client import AuthenticatedClient
from close_api_client.api.leads import list_leads
from close_api_client.models import WebhookDelivery
from custom import Paging, paginate, tz_offset
from custom.fastapi import close_lifespan, get_close_client, webhook_router

DEFAULT_BASE_URL = "https://api.close.com/api/v1"
Close = Annotated[AuthenticatedClient, Depends(get_close_client)]


def parse_tz_offset(value: str) -> float | str:
    """``x-tz-offset`` as Close takes it, decimal hours (``-4``, ``5.5``); a zone name
    (``Europe/Paris``) is accepted too."""
    try:
        return float(value)
    except ValueError:
        return value


def summary(lead: dict[str, Any]) -> dict[str, Any]:
    return {name: lead.get(name) for name in ("id", "display_name", "status_label")}


def create_app() -> FastAPI:
    api_key = os.environ.get("CLOSE_API_KEY")  # None: create_client reads it at startup
    base_url = os.environ.get("CLOSE_BASE_URL", DEFAULT_BASE_URL)
    webhook_keys = [key.strip() for key in os.environ["CLOSE_WEBHOOK_KEY"].split(",")]
    lifespan = close_lifespan(api_key=api_key, base_url=base_url)
    app = FastAPI(title="Close leads", lifespan=lifespan)
    app.state.webhook_events = []

    async def record_event(delivery: WebhookDelivery) -> None:
        # Real services would enqueue work here; this one keeps the events for inspection.
        app.state.webhook_events.append(delivery)

    app.include_router(
        webhook_router(record_event, signature_key=webhook_keys, path="/webhooks/close")
    )

    @app.get("/leads")
    async def leads(
        client: Close,
        limit: Annotated[int, Query(ge=1, le=1000)] = 20,
        query: str | None = None,
        x_tz_offset: Annotated[str | None, Header()] = None,
        tz: Annotated[str | None, Query(alias="x-tz-offset")] = None,
    ) -> list[dict[str, Any]]:
        offset = x_tz_offset or tz
        try:
            scope = tz_offset(None if offset is None else parse_tz_offset(offset))
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        filters: dict[str, Any] = {} if query is None else {"query": query}
        with scope:
            return [
                summary(lead.to_dict())
                async for lead in paginate(
                    list_leads, Paging(max_items=limit), client=client, **filters
                )
            ]

    return app


app = create_app()
