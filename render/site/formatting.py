"""How the site writes dates, money, periods and file names, the way Flemish staff expect them.

Pure functions, unit-tested: `1 september 2021`, `€ 30.000,00`, `1 september 2021 – 31 augustus
2023`, and slugs that are safe file names on every system.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from render.dutch import decimal_comma, long_date

EMPTY = "–"
"""Shown where a value is unknown: a dash reads as "not stated", an empty cell as a bug."""


def date_to_nl(day: dt.date | None) -> str:
    """`1 september 2021`; `–` when unknown."""
    return EMPTY if day is None else long_date(day)


def money_to_nl(value: Decimal | None) -> str:
    """`€ 30.000,00`, `€ -1.250,50`: thousands with dots, decimal comma, always two decimals."""
    if value is None:
        return EMPTY
    return f"€ {'-' if value < 0 else ''}{decimal_comma(value)}"


def period_to_nl(start: dt.date | None, end: dt.date | None) -> str:
    """`1 september 2021 – 31 augustus 2023`, `vanaf 1 januari 2020`, `tot 31 december 2025`."""
    if start and end:
        return f"{date_to_nl(start)} – {date_to_nl(end)}"
    if start:
        return f"vanaf {date_to_nl(start)}"
    if end:
        return f"tot {date_to_nl(end)}"
    return EMPTY


def slugify(text: str, fallback: str = "x") -> str:
    """A lowercase ASCII file-name slug: `CLB GO! Mechelen` → `clb-go-mechelen`, `Emmaüs` → `emmaus`.

    Diacritics are folded, anything else that is not a letter or digit becomes one hyphen. Two
    names may share a slug (`Emmaus`/`Emmaüs`): `unique_slugs` resolves that.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80].strip("-")
    return slug or fallback


def unique_slugs(keys: list[str], names: dict[str, str]) -> dict[str, str]:
    """One distinct slug per key (in the order given): the second `emmaus` becomes `emmaus-2`."""
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key in keys:
        base = slugify(names.get(key, key))
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        result[key] = slug
    return result


def collapse(text: str) -> str:
    """Whitespace (line breaks, form feeds, runs of spaces) as single spaces."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """`text` collapsed, cut at `limit` characters with an ellipsis."""
    text = collapse(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
