"""Dutch number and money formats to `Decimal`.

Written forms met in council texts: `30.000,00`, `€22.938,-`, `22 938 euro`, `14 169,11 EUR`,
`32.760.864,18`, `€ 100.000`, `40 011, 66 EUR` (a stray space after the decimal comma), `30 000`.
The dot and the space group thousands; the comma is the decimal separator. Money is `Decimal`,
never float.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# An amount as written: digit groups separated by dots or (thin/no-break) spaces, optional
# decimal part after a comma (`,00`, `,-`, `, 66`).
AMOUNT_NUMBER = r"\d{1,3}(?:(?:\.|[ \u00a0\u202f])\d{3})+(?:,(?:\s?\d{1,2}\b|-))?|\d+(?:,(?:\s?\d{1,2}\b|-))?"
AMOUNT_NUMBER_RE = re.compile(AMOUNT_NUMBER)


def parse_dutch_number(text: str) -> Decimal | None:
    """`30.000,00` → Decimal('30000.00'); None when `text` is not a Dutch-formatted number."""
    value = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    value = re.sub(r"^[€\s]+|\s*(?:euro|eur)\.?$", "", value, flags=re.IGNORECASE)
    value = value.rstrip(",-").strip() if value.endswith(",-") else value
    if not value:
        return None
    if "," in value:
        integer, _, fraction = value.rpartition(",")
        fraction = fraction.strip()
        if not fraction.isdigit() or len(fraction) > 2:
            return None
    else:
        integer, fraction = value, ""
    integer = integer.strip()
    if not re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+|\d+", integer):
        return None
    digits = integer.replace(".", "").replace(" ", "")
    try:
        number = Decimal(digits + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None
    return number.quantize(Decimal("0.01"))
