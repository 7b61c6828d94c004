"""Dates, amounts and budget codes written the ways Flemish minutes write them.

Each writer takes a style name so the generator can pick one at random and the tests can check
each style: the extractors must read every form that real minutes use, so the corpus uses them
all (`14 december 2020`, `1-09-2021`, `01/12/2020`; `30.000,00 euro`, `€ 11.470,-`,
`22 938 euro`, `14.169,11 EUR`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from render.dutch import decimal_comma, euros_and_cents, group_thousands, long_date

DATE_STYLES = ("long", "dash", "dash_padded", "slash", "slash_padded")
AMOUNT_STYLES = ("euro_cents", "euro_plain", "euro_spaced", "sign_dash", "sign_cents", "sign_plain", "eur_cents")


def date_to_dutch(day: date, style: str = "long") -> str:
    """`long` 14 december 2020, `dash` 1-09-2021, `dash_padded` 01-02-2020, `slash` 1/09/2021,
    `slash_padded` 01/12/2020."""
    if style == "long":
        return long_date(day)
    separator = "-" if style.startswith("dash") else "/"
    first = f"{day.day:02d}" if style.endswith("padded") else str(day.day)
    return f"{first}{separator}{day.month:02d}{separator}{day.year}"


def amount_to_dutch(value: Decimal, style: str = "euro_cents") -> str:
    """An amount as written: `30.000,00 euro`, `30.000 euro`, `22 938 euro`, `€ 11.470,-`,
    `€ 247.933,88`, `€ 5.734`, `14.169,11 EUR`. Styles without cents need a whole value."""
    whole, cents = euros_and_cents(value)
    with_cents = decimal_comma(value)
    if style in ("euro_plain", "euro_spaced", "sign_dash", "sign_plain") and cents:
        style = "euro_cents" if style.startswith("euro") else "sign_cents"
    if style == "euro_cents":
        return f"{with_cents} euro"
    if style == "euro_plain":
        return f"{group_thousands(whole)} euro"
    if style == "euro_spaced":
        return f"{group_thousands(whole, ' ')} euro"
    if style == "sign_dash":
        return f"€ {group_thousands(whole)},-"
    if style == "sign_cents":
        return f"€ {with_cents}"
    if style == "sign_plain":
        return f"€ {group_thousands(whole)}"
    if style == "eur_cents":
        return f"{with_cents} EUR"
    raise ValueError(f"unknown amount style {style!r}")


def amount_to_cell(value: Decimal) -> str:
    """A money cell of a budget table: `30.000,00` (no currency sign, as the tables print it)."""
    return decimal_comma(value)
