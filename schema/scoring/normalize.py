"""Normalisation rules of the scoring section."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_TRAILING_PUNCT = re.compile(r"[\s.,;:!?…]+$")


def norm_text(value: Any) -> str:
    """Lowercased, whitespace collapsed, trailing punctuation stripped (titles, articles, questions)."""
    text = " ".join(unicodedata.normalize("NFC", str(value)).split()).lower()
    return _TRAILING_PUNCT.sub("", text)


def norm_name(value: Any) -> str:
    """Names of persons and organisations: case-insensitive, whitespace-normalised."""
    return " ".join(unicodedata.normalize("NFC", str(value)).split()).casefold()


def norm_scalar(value: Any) -> Any:
    """Equality of scalar fields: strings case-insensitive, everything else as is."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    return value


def norm_money(value: Any) -> str | None:
    """Money strings compared as numbers with two decimals (`30000` equals `30000.00`)."""
    if value is None:
        return None
    try:
        return f"{float(str(value).replace(',', '.')):.2f}"
    except ValueError:
        return str(value)
