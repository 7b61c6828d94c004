"""Characters printed twice, removed once per page.

Some writers fake bold by printing each glyph twice with a tiny offset, and some print a text
run twice over itself (a shadow or an overlay); the text layer then reads `GGooeeddkkeeuurriinngg`.
pdfplumber's own `dedupe_chars` finds them but restores the page order with `list.index`, which
is quadratic: 5 s for 15 pages of Nazareth minutes. This module applies the same rule in
O(n log n).

The rule (pdfplumber's): characters with the same text, font name, size and orientation whose
positions chain within `tolerance` points, vertically and then horizontally, are one character;
the first in reading position is kept. One change: the tolerance never exceeds a tenth of the
font size. pdfplumber's fixed 1 pt merges real letters of tiny text (Aspose writes invisible 1 pt
section labels, where the two `e`s of `Algemeen` stand 0.56 pt apart and `Algemen` came out),
while a fake-bold double print is offset by a small fraction of the glyph.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from pdfplumber.utils.clustering import cluster_objects

_IDENTITY = itemgetter("upright", "text", "fontname", "size")
_POSITION = itemgetter("doctop", "x0")
SIZE_SHARE = 0.1
"""Largest offset between two prints of one character, as a share of the font size."""


def duplicate_char_ids(chars: Sequence[dict[str, Any]], tolerance: float) -> set[int]:
    """`id()`s of the characters that duplicate another one (all but the first of each cluster)."""
    duplicates: set[int] = set()
    for identity, group in groupby(sorted(chars, key=_IDENTITY), key=_IDENTITY):
        size = identity[3]
        within = min(tolerance, SIZE_SHARE * size) if size else tolerance
        for row in cluster_objects(list(group), itemgetter("doctop"), within):
            for cluster in cluster_objects(row, itemgetter("x0"), within):
                if len(cluster) > 1:
                    keep = min(cluster, key=_POSITION)
                    duplicates.update(id(char) for char in cluster if char is not keep)
    return duplicates


def dedupe_chars(chars: Iterable[dict[str, Any]], tolerance: float) -> list[dict[str, Any]]:
    """The characters without duplicates, in their original order."""
    chars = list(chars)
    duplicates = duplicate_char_ids(chars, tolerance)
    return [char for char in chars if id(char) not in duplicates]


def page_without_duplicate_chars(page: Any, tolerance: float) -> Any:
    """A pdfplumber derived page whose characters are deduplicated (other objects unchanged)."""
    duplicates = duplicate_char_ids(page.chars, tolerance)
    if not duplicates:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in duplicates)
