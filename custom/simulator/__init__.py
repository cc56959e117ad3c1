"""An embedded Close API simulator: in-memory, deterministic, spec-shaped, with rate limits,
faults, an event log and signed webhooks. For the demo, this project's tests, and users'
tests of services that call Close (like stripe-mock, but in-process).

```python
import httpx
from custom.simulator import CloseSimulator

sim = CloseSimulator(seed=1, clock=fake_clock)          # clock: monotonic seconds
sim.seed_leads(200)
async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sim.app),
                             base_url="https://api.close.com/api/v1/",
                             auth=("test_key", "")) as http:     # or: sim.client()
    leads = (await http.get("lead/", params={"query": "status:Potential"})).json()
```
Served on loopback: ``python -m custom.simulator --port 8765`` or ``with sim.serve() as url``.

Behaviour, modelled on Close's documentation:

- Auth: HTTP basic (API key as username, empty password) or ``Authorization: Bearer``; else
  401 ``{"error": ...}``.
- Resources: leads (embedded contacts/opportunities/tasks, ``custom`` and ``custom.cf_*``),
  ``/lead/merge/``, contacts, opportunities (list aggregates, ``date_won`` default), tasks,
  ``/activity/`` (mixed ``_type``) and ``/activity/note|call|email/``, read-only
  ``/activity/created/`` and ``/activity/status_change/lead|opportunity/``,
  ``/status/lead|opportunity/``, ``/custom_field/lead|contact|opportunity/``, ``/user/``,
  ``/me/``, ``/event/``, ``/data/search/``, ``/webhook/``; ``PUT /task/`` (bulk update,
  ``_task_bulk``), ``_group_by`` on opportunities (``_groups``), and the reports
  ``/report/activity/metrics/``, ``/report/activity/``, ``/report/funnel/opportunity/totals/``
  (``_reports``: what each counts).
- Lists: ``_skip``/``_limit``/``has_more`` with ``max_limit``/``max_skip`` (400 beyond),
  ``_fields`` (also on ``GET /lead/{id}/``), ``_order_by``, filters (``lead_id``, ``user_id``,
  ``date_created__gt`` ...),
  ``query`` in the search-syntax subset documented in ``custom.simulator._query``.
- ``/data/search/``: the advanced-filtering subset documented in ``custom.simulator._search``;
  cursors expire after 30 s of simulator clock.
- Rate limits per endpoint group with Close's 429 shapes and modes (``_ratelimit``); faults
  (``_faults``: 5xx, dropped connections, latency) and 429 storms (:meth:`CloseSimulator.storm`).
- ``x-tz-offset`` (decimal hours) for relative dates and defaults; malformed -> 400.
- ``x-http-method-override: GET`` + ``{"_params": {...}}`` behaves exactly like the GET.
- Every mutation appends an event; matching webhook subscriptions get signed deliveries.

Simplifications: one organization; every credential acts as the first user; no event
consolidation; webhook deliveries are not retried; dates have millisecond precision.
"""

from ._app import RequestRecord
from ._faults import Faults
from ._ratelimit import RateLimitMode, RateLimitRule
from ._simulator import CloseSimulator
from ._webhooks import WebhookDelivery, sign

__all__ = [
    "CloseSimulator",
    "Faults",
    "RateLimitMode",
    "RateLimitRule",
    "RequestRecord",
    "WebhookDelivery",
    "sign",
]
