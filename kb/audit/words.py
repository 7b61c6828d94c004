"""Dutch formatting of numbers and dates for findings (the report's readers are Flemish auditors)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def euro(value: Decimal | None) -> str:
    """Decimal('22938') → `€ 22.938,00` (dot groups thousands, comma before the cents)."""
    if value is None:
        return "?"
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{sign}€ {groups},{cents}"


def day(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "?"


def years_text(years: list[int]) -> str:
    """[2021, 2022] → `2021 en 2022`; [2023] → `2023`."""
    words = [str(y) for y in years]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]
