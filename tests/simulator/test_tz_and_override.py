"""x-tz-offset parsing, and `_params` with x-http-method-override: GET."""

import httpx
import pytest

from custom.simulator import CloseSimulator


@pytest.mark.parametrize("value", ["-4", "-2.5", "5.75", "+14", "0"])
async def test_decimal_hour_offsets_are_accepted(http: httpx.AsyncClient, value: str) -> None:
    assert (await http.get("lead/", headers={"x-tz-offset": value})).status_code == 200


@pytest.mark.parametrize("value", ["-04:00", "EST", "nan", "15", "-13", "1e2"])
async def test_malformed_offsets_get_400(http: httpx.AsyncClient, value: str) -> None:
    response = await http.get("lead/", headers={"x-tz-offset": value})
    assert response.status_code == 400 and "x-tz-offset" in response.json()["error"]


async def test_post_with_method_override_and_params_is_exactly_the_get(
    sim: CloseSimulator, http: httpx.AsyncClient
) -> None:
    ids = sim.seed_leads(5)
    params = {"lead_id": ids[2], "_fields": "id,_type"}
    as_get = await http.get("activity/", params=params)
    as_post = await http.post(
        "activity/",
        json={"_params": {"lead_id": ids[2], "_fields": ["id", "_type"]}},
        headers={"x-http-method-override": "GET"},
    )
    assert as_post.status_code == 200 and as_post.json() == as_get.json()
    many = await http.post(
        "lead/",
        json={"_params": {"id__in": ",".join(ids[:3]) + "," + ",".join(["lead_x"] * 300)}},
        headers={"x-http-method-override": "GET"},
    )
    assert [lead["id"] for lead in many.json()["data"]] == ids[:3]
    assert sim.requests[-1].method == "GET" and sim.requests[-1].group == "GET /lead/"
    assert len(sim.store.leads) == 5  # nothing was created
