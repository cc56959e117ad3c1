"""Object ids shaped like Close's (``lead_`` + 43 letters and digits, ``ev_`` + 22, ...).

Ids come from the simulator's seeded RNG, so the same seed and the same sequence of calls give
the same ids: tests can be rerun and compared.
"""

from __future__ import annotations

import random
import string

__all__ = ["IdFactory"]

_ALPHABET = string.ascii_letters + string.digits

# Close's long ids (objects) and short ids (events, requests, webhook subscriptions).
_SHORT = {"ev", "req", "whsub", "pipe", "memb", "role", "sub", "seq"}


class IdFactory:
    """Makes ids from one RNG; not shared with the fault or data RNGs, so enabling faults does
    not change the ids a test sees."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def new(self, prefix: str) -> str:
        length = 22 if prefix in _SHORT else 43
        return f"{prefix}_" + "".join(self._rng.choices(_ALPHABET, k=length))

    def hex(self, n_bytes: int = 32) -> str:
        """A hex secret, e.g. a webhook subscription's ``signature_key``."""
        return self._rng.randbytes(n_bytes).hex()
