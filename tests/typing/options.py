"""close_lifespan takes create_client's options; RedisStore is importable and typed."""

from typing import reveal_type

from fastapi import FastAPI

from close_api_client.models import WebhookDelivery
from custom import RedisStore
from custom.fastapi import close_lifespan, webhook_router

store = RedisStore("redis://localhost:6379/0")
reveal_type(store)
app = FastAPI(lifespan=close_lifespan(redis_url="redis://localhost:6379/0", tz="UTC"))


async def on_event(delivery: WebhookDelivery) -> None:
    print(delivery.event.id)


app.include_router(webhook_router(on_event, signature_key="k", store=store))
