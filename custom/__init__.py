"""The handwritten layer over the generated ``close_api_client`` package.

```python
from custom import Paging, create_client, paginate, tz_offset
from close_api_client.api.leads import list_leads

async with create_client(api_key="...", tz="America/New_York") as client:
    async for lead in paginate(list_leads, Paging(page_size=100), client=client, query="x"):
        ...  # lead: Lead, inferred from list_leads; a misspelt filter is a mypy error
```
Everything cross-cutting (rate limits, retries, ``x-tz-offset``, long-URL override, typed
errors) lives in one httpx transport under the client, so every generated endpoint function
gets it; see ``custom._transport``.
"""

from typing import TYPE_CHECKING

from . import errors
from ._client import create_client, stats, with_options
from ._close import Close
from ._listing import Listing
from ._pagination import Page, Paging, pages, paginate
from ._retry import RetryPolicy
from ._stats import ClientStats
from ._store import MemoryStore, Store
from ._transport import CloseTransport
from ._tz import tz_offset

if TYPE_CHECKING:  # imported on first use at run time (see __getattr__); typed for mypy here
    from ._store import RedisStore

__all__ = [
    "ClientStats",
    "Close",
    "CloseTransport",
    "Listing",
    "MemoryStore",
    "Page",
    "Paging",
    "RedisStore",
    "RetryPolicy",
    "Store",
    "create_client",
    "errors",
    "pages",
    "paginate",
    "stats",
    "tz_offset",
    "with_options",
]


def __getattr__(name: str) -> object:
    """``custom.RedisStore`` is imported on first use: the core needs no Redis client."""
    if name == "RedisStore":
        from . import _store

        return _store.RedisStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
