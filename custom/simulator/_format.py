"""Display formats Close adds to objects: phone numbers and money amounts."""

from __future__ import annotations

import re

__all__ = ["format_money", "normalize_phone"]


def normalize_phone(raw: str) -> tuple[str, str, str | None]:
    """(E.164, formatted, country) like Close: ``8004445555`` -> ``+18004445555``,
    ``+1 800-444-5555``, ``US``. Non-NANP numbers are kept as given."""
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 10 and not raw.strip().startswith("+"):
        digits = "1" + digits
    if len(digits) == 11 and digits.startswith("1"):
        e164 = "+" + digits
        return e164, f"+1 {digits[1:4]}-{digits[4:7]}-{digits[7:]}", "US"
    e164 = "+" + digits if digits else raw
    return e164, e164, None


def format_money(cents: int | float | None, period: str | None = None) -> str | None:
    """Cents as Close shows them: ``300000`` -> ``$3,000``; monthly values get ``monthly``,
    annual ones ``annually``."""
    if cents is None:
        return None
    dollars = cents / 100
    text = f"${dollars:,.0f}" if float(dollars).is_integer() else f"${dollars:,.2f}"
    suffix = {"monthly": " monthly", "annual": " annually"}.get(period or "", "")
    return text + suffix
