"""``CloseModel[...]``: SDK models returned (and received) by FastAPI routes.

Served by real uvicorn with the simulator on loopback as Close: the route returns the
``Lead`` the SDK parsed, and the service's answer equals what Close (the simulator) sent.
"""

from __future__ import annotations

from typing import Annotated

import httpx
import pytest
from conftest import API_KEY, AppServer, Listener
from fastapi import Body, Depends, FastAPI
from fastapi.exceptions import FastAPIError

from close_api_client import AuthenticatedClient
from close_api_client.api.leads import get_lead, list_leads
from close_api_client.models import Lead, LeadCreate
from custom import Paging, paginate
from custom.fastapi import CloseModel, close_lifespan, get_close_client, jsonable
from custom.simulator import CloseSimulator

# Module level: this file uses `from __future__ import annotations`, as many services do, so
# FastAPI resolves the annotations' strings in the module's globals.
Close = Annotated[AuthenticatedClient, Depends(get_close_client)]


def service(sim_url: str) -> FastAPI:
    app = FastAPI(lifespan=close_lifespan(api_key=API_KEY, base_url=sim_url))

    @app.get("/leads/{lead_id}")
    async def one(lead_id: str, close: Close) -> CloseModel[Lead]:
        return await get_lead.asyncio(lead_id, client=close)

    @app.get("/leads", response_model=list[CloseModel[Lead]])
    async def some(close: Close) -> list[Lead]:
        return [lead async for lead in paginate(list_leads, Paging(max_items=3), client=close)]

    @app.post("/echo")
    async def echo(body: Annotated[CloseModel[LeadCreate], Body()]) -> dict[str, str]:
        return {"type": type(body).__name__, "name": str(body.name)}

    return app


async def test_routes_return_sdk_models_under_uvicorn(
    sim: CloseSimulator, sim_url: str, listener: Listener
) -> None:
    field = sim.add_custom_field("lead", "Tier", "text")
    sim.seed_leads(4)
    lead_id = next(iter(sim.store.leads.items))
    async with sim.client() as direct:
        await direct.put(f"lead/{lead_id}/", json={f"custom.{field}": "gold"})
        expected = (await direct.get(f"lead/{lead_id}/")).json()
        first_three = (await direct.get("lead/", params={"_limit": 3})).json()["data"]
    with AppServer(service(sim_url), listener) as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            one = await http.get(f"/leads/{lead_id}")
            some = await http.get("/leads")
            echoed = await http.post("/echo", json={"name": "Acme"})
            schema = (await http.get("/openapi.json")).json()
    assert one.status_code == 200 and one.json() == expected
    assert one.json()[f"custom.{field}"] == "gold"  # extra keys survive the round trip
    assert some.json() == first_three
    assert echoed.json() == {"type": "LeadCreate", "name": "Acme"}
    answer = schema["paths"]["/leads/{lead_id}"]["get"]["responses"]["200"]
    assert answer["content"]["application/json"]["schema"]["type"] == "object"


def test_a_bare_attrs_annotation_still_fails_as_the_readme_says() -> None:
    app = FastAPI()
    with pytest.raises(FastAPIError, match="Invalid args for response field"):

        @app.get("/lead")
        async def lead() -> Lead:  # pragma: no cover - never registered
            return Lead()


def test_close_model_of_something_else_is_refused() -> None:
    app = FastAPI()
    with pytest.raises(TypeError, match="close_api_client model"):

        @app.get("/number")
        async def number() -> CloseModel[int]:  # pragma: no cover - never registered
            return 1


def test_jsonable_converts_models_inside_containers() -> None:
    lead = Lead.from_dict({"id": "lead_1", "custom.cf_a": 1})
    value = {"leads": [lead], "pair": (lead, 2), "plain": "x"}
    converted = jsonable(value)
    assert converted == {
        "leads": [{"id": "lead_1", "custom.cf_a": 1}],
        "pair": [{"id": "lead_1", "custom.cf_a": 1}, 2],
        "plain": "x",
    }
