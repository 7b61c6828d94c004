"""What kind of document this is: notulen, besluitenlijst, antwoord, presentatie or overig.

Read from the document's header (its first lines) first, because templates name themselves there
(`Besluitenlijst Gemeenteraad`, `BESLUITENLIJST`, `Antwoord college`, `Uitnodiging
gemeenteraadszitting` / `AANVULLENDE AGENDA`); then from decision evidence in the body (an item
heading, a vote sentence, a `Besluit` heading, `Artikel 1`): minutes. A text with none of these is
slides or a policy note when it reads as bullets and numbered sections (`presentatie`), else
`overig`.
"""

from __future__ import annotations

import re

from extract.text.lines import iter_lines
from schema.vocab import DocumentType

HEADER_LINES = 8
BESLUITENLIJST = re.compile(r"\bbesluitenlijst\b", re.IGNORECASE)
ANTWOORD = re.compile(r"^\W*antwoord\b", re.IGNORECASE)
AGENDA = re.compile(r"\b(?:uitnodiging|agenda)\b", re.IGNORECASE)
MINUTES_WORD = re.compile(r"\b(?:notulen|verslag|uittreksel|zittingsverslag)\b", re.IGNORECASE)
DECISION_EVIDENCE = re.compile(
    r"(?im)^\W*(?:besluit\b|artikel\s+1\b|enig artikel\b|de beslissing wordt genomen|"
    r"goedgekeurd met|stemming\b|de gemeenteraad beslist)|met eenparigheid van stemmen|\bstemmen voor\b"
)
BULLET_LINE = re.compile(r"^\s*(?:[•\-–*o>]|\d+(?:\.\d+)*\.?\s)")


def header_lines(text: str, count: int = HEADER_LINES) -> list[str]:
    return [line.stripped for line in iter_lines(text) if not line.is_blank][:count]


def document_type_of(text: str, has_headings: bool, strong_headings: bool = False) -> DocumentType:
    """The document type (see module docstring).

    `has_headings`: the segmenter found heading candidates; `strong_headings`: some are of an
    unambiguous item style (`42. DOMAIN. Title`, a case code): the text is minutes.
    """
    header = header_lines(text)
    joined = "\n".join(header)
    if BESLUITENLIJST.search(joined):
        return DocumentType.BESLUITENLIJST
    if any(ANTWOORD.match(line) for line in header[:3]):
        return DocumentType.ANTWOORD
    if strong_headings:
        return DocumentType.NOTULEN  # an item heading opens the text or an unambiguous item style
    if AGENDA.search(joined) and not MINUTES_WORD.search(joined) and not DECISION_EVIDENCE.search(text):
        return DocumentType.OVERIG
    if DECISION_EVIDENCE.search(text) or (has_headings and MINUTES_WORD.search(joined)):
        return DocumentType.NOTULEN
    lines = [line for line in iter_lines(text) if not line.is_blank]
    if lines and sum(bool(BULLET_LINE.match(line.text)) for line in lines) / len(lines) >= 0.15:
        return DocumentType.PRESENTATIE
    return DocumentType.NOTULEN if has_headings else DocumentType.OVERIG
