"""Parts of the page that look like goals but are not: running slide headers and purpose blocks.

- Slides repeat their header on every page (`2.1. Actieplan – acties (vervolg)`); such a line
  inside a list of actions is skipped, neither an action nor the end of the list.
- A report on an organisation (`Doel: ...` in the annual-account summaries of subsidised
  organisations) states that organisation's own purpose; lists inside it are not goals of the
  decision. The block runs from the purpose label to the next `Key: value` line of the report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extract.goals.items import line_mark
from extract.goals.vocab import vocab
from extract.text.lines import Line, collapse

_CONTINUED = re.compile(r"\(\s*vervolg\s*\)", re.IGNORECASE)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")
_KEY_VALUE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?: [a-zà-ÿ]+){0,2}\s?:\s*\S")


def header_key(stripped: str) -> str:
    """A line normalised for comparing running headers (dashes unified, `(vervolg)` dropped)."""
    return collapse(_CONTINUED.sub("", stripped).replace("–", "-").replace("—", "-")).lower()


def running_headers(text: str) -> frozenset[str]:
    """Keys of the lines that repeat as slide or page headers in `text`.

    A header repeats, carries a section number or a `(vervolg)` mark, and never closes a sentence,
    which keeps repeated list items (`- Evenementen;`) out.
    """
    counts: Counter[str] = Counter()
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped or len(stripped) > 80 or stripped[-1] in ".;!?,":
            continue
        if _NUMBERED_HEADING.match(stripped) or _CONTINUED.search(stripped):
            counts[header_key(stripped)] += 1
    return frozenset(key for key, count in counts.items() if count >= 2)


def purpose_zones(lines: Sequence[Line]) -> set[int]:
    """Indices of the lines inside an organisation's purpose block (see the module docstring)."""
    inside: set[int] = set()
    open_zone = False
    for index, line in enumerate(lines):
        stripped = line.stripped
        body = stripped[line_mark(stripped).content :]
        if vocab().purpose_label.match(body):
            open_zone = True
        elif open_zone and _KEY_VALUE.match(stripped):
            open_zone = False
        if open_zone:
            inside.add(index)
    return inside
