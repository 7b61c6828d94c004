"""Dates and amounts written the Flemish way: the pieces every writer in `render` builds on.

The site shows `1 september 2021` and `€ 30.000,00` (`render.site.formatting`); the synthetic
corpus writes every form real minutes use (`render.synth.dutch`: `1-09-2021`, `22 938 euro`,
`€ 11.470,-`). Month names, digit grouping and the decimal comma are defined once, here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip

CENT = Decimal("0.01")


def long_date(day: date) -> str:
    """`14 december 2020`: day without leading zero, month name, year."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def group_thousands(whole: int, separator: str = ".") -> str:
    """`22938` → `22.938` (or `22 938` with a space separator)."""
    return f"{whole:,}".replace(",", separator)


def euros_and_cents(value: Decimal) -> tuple[int, int]:
    """The whole euros and the cents of an amount's absolute value, rounded to the cent."""
    whole, cents = divmod(int(abs(value).quantize(CENT) * 100), 100)
    return whole, cents


def decimal_comma(value: Decimal) -> str:
    """`30.000,00`: the absolute value with dots grouping thousands and a comma before two cents."""
    whole, cents = euros_and_cents(value)
    return f"{group_thousands(whole)},{cents:02d}"
