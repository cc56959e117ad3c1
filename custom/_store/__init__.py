"""Where the rate-limit gate keeps its state, and the webhook receiver its dedupe.

``MemoryStore`` (the default) is one process; ``RedisStore`` (the ``redis`` extra) is every
process and host that points at the same Redis. Both implement ``Store``; see ``_protocol``.
``RedisStore`` is imported on first use, so the core needs no Redis client installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._memory import DEFAULT_DEDUPE_SIZE, MemoryStore
from ._protocol import Admission, DedupeStore, GateStore, Store

if TYPE_CHECKING:
    from ._redis import RedisStore

__all__ = [
    "DEFAULT_DEDUPE_SIZE",
    "Admission",
    "DedupeStore",
    "GateStore",
    "MemoryStore",
    "RedisStore",
    "Store",
]


def __getattr__(name: str) -> Any:
    if name == "RedisStore":
        try:
            from ._redis import RedisStore
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "RedisStore needs the redis extra: pip install 'close-api-client[redis]'"
            ) from exc
        return RedisStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
