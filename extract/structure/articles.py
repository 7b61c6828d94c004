"""The articles of a decision's Besluit: `Artikel 1`, `Art. 2.`, `Enig artikel`.

Only the Besluit sections are read (the `sections` component puts an attached agreement in a
`bijlage` section and the quoted "Voorstel van beslissing" of a council member's item before the
Besluit), so an agreement's `Artikel N` never becomes one of the decision's articles. An
article's text runs from after its label (`Artikel 1 - `, `Artikel 1:` or the next line) to the
next article label or the section end; lines are joined as the gold joins wrapped lines, bullet
glyphs dropped, dashes kept as written. A per-article vote block (`Stemming op het artikel`) ends
the article's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extract.structure.headings import content
from extract.text.lines import iter_lines, join_wrapped

ARTICLE_LABEL = re.compile(
    r"^(?:(?:artikel|art\.?)\s*(?P<number>\d+)(?:\s*(?:bis|ter))?|(?P<enig>enig\s+artikel))\b\s*[.:\-–]?\s*",
    re.IGNORECASE,
)
REFERENCE = re.compile(r"^(?:/|§|,|van\b|en\b|tot\b|t\.e\.m\.|uit\b|juncto\b|lid\b)", re.IGNORECASE)
"""What follows `Artikel 41` when it cites a law (`Artikel 41 van het decreet ...`) instead of labelling."""
ARTICLE_END = re.compile(
    r"^(?:stemming op het artikel|namens de gemeenteraad|namens de raad|voor eensluidend|"
    r"bij verordening|\(get\.\)|de algemeen directeur|de voorzitter$|aldus beslist\b|"
    # the closing line of the minutes after the last item: `De voorzitter sluit de (openbare)
    # zitting om 22.15 uur.`, `De voorzitter sluit de vergadering om 23:53 uur.`, `De zitting
    # wordt gesloten om ...`, `Einde van de zitting`
    r"de (?:voorzitter|burgemeester) sluit de (?:\w+ )?(?:zitting|vergadering)\b|"
    r"de (?:\w+ )?(?:zitting|vergadering) wordt (?:gesloten|geschorst|opgeheven)\b|"
    r"(?:einde|sluiting) (?:van )?(?:de )?(?:\w+ )?(?:zitting|vergadering)\b)",
    re.IGNORECASE,
)
"""Lines that end the last article: signatures, a per-article vote, the closing of the session."""


@dataclass
class ArticleText:
    number: int
    text: str
    start: int
    end: int


def articles_in(text: str, start: int, end: int) -> list[ArticleText]:
    """The articles written in `text[start:end]`, in order."""
    found: list[ArticleText] = []
    current: dict | None = None

    def close() -> None:
        if current is None:
            return
        joined = unicodedata.normalize("NFC", join_wrapped("\n".join(current["lines"])))
        if joined:
            found.append(ArticleText(current["number"], joined, current["start"], current["end"]))

    for line in iter_lines(text, start, end):
        body, offset = content(line)
        if not body:
            continue
        match = ARTICLE_LABEL.match(body)
        if match and not REFERENCE.match(body[match.end() :]):
            close()
            number = 1 if match.group("enig") else int(match.group("number"))
            rest = body[match.end() :]
            current = {"number": number, "lines": [rest] if rest else [], "start": offset, "end": offset + len(body)}
            continue
        if current is None:
            continue
        if ARTICLE_END.match(body):
            close()
            current = None
            continue
        current["lines"].append(body)
        current["end"] = offset + len(body)
    close()
    return found
