"""Acronyms defined in parentheses: `Long Form (ACR)` names one organisation twice.

Minutes introduce an organisation once with its full name and then use the short form
(`De intergemeentelijke vereniging voor ontwikkeling van het gewest Mechelen en omgeving (IGEMO)`,
`Collaborative Antwerp Psychiatric Research Institute (CAPRI)`, `Centraal Meldpunt (CMP)
Risicojongeren`). The long form is found with the Schwartz & Hearst (2003) rule: the shortest run
of preceding words whose characters contain the acronym's letters in order, the first letter
opening a word; it works for Dutch compounds (`Meldpunt` covers `MP`) without a dictionary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.entities.words import Word

_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z&@-]*$")


@dataclass(frozen=True)
class Definition:
    acronym: Word
    long_start: int  # word index of the long form's first word
    long_end: int  # word index after the long form's last word


def looks_like_acronym(text: str) -> bool:
    """`IGEMO`, `KIK`, `HidroGem`, `CD&V`: at least two capitals, mostly capitals or CamelCase."""
    if not _ACRONYM.match(text) or len(text) < 2 or len(text) > 12:
        return False
    capitals = sum(c.isupper() for c in text)
    return capitals >= 2 and text[0].isupper()


def long_form_start(words: list[Word], end: int, acronym: str) -> int | None:
    """Index of the first word of the long form that ends before word `end`, or None.

    Schwartz & Hearst: match the acronym's letters right to left against the characters of the
    preceding words; the acronym's first letter must open a word. At most min(|A|+5, 2|A|) words
    are searched, and a sentence boundary or bracket stops the search.
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    if not letters:
        return None
    limit = min(len(letters) + 5, len(letters) * 2)
    first = max(0, end - limit)
    for i in range(end - 1, first - 1, -1):
        if words[i].text in {".", ";", ":", "(", ")", "•", "\uf0b7"} or words[i].newlines_before >= 3 and i < end - 1:
            first = i + 1 if words[i].text in {".", ";", ":", "(", ")", "•", "\uf0b7"} else i
            break
    chars = " ".join(word.text.lower() for word in words[first:end])
    starts = _word_starts(words, first, end)
    li = len(letters) - 1
    ci = len(chars) - 1
    while li >= 0:
        target = letters[li]
        while ci >= 0 and (chars[ci] != target or (li == 0 and ci not in starts)):
            ci -= 1
        if ci < 0:
            return None
        ci -= 1
        li -= 1
    position = ci + 1
    # the word that contains `position`
    offset = 0
    for i in range(first, end):
        if offset <= position < offset + len(words[i].text):
            return i
        offset += len(words[i].text) + 1
    return None


def _word_starts(words: list[Word], first: int, end: int) -> set[int]:
    starts: set[int] = set()
    offset = 0
    for i in range(first, end):
        starts.add(offset)
        # a hyphenated compound opens a word after its hyphen too (`Zenne-Dijle`)
        for k, char in enumerate(words[i].text):
            if char == "-" and k + 1 < len(words[i].text):
                starts.add(offset + k + 1)
        offset += len(words[i].text) + 1
    return starts


def find_definitions(words: list[Word]) -> list[Definition]:
    """Every `Long Form (ACR)` of the text whose long form the Schwartz & Hearst rule finds."""
    found: list[Definition] = []
    for i in range(1, len(words) - 2):
        if words[i].text != "(" or words[i + 2].text != ")":
            continue
        acronym = words[i + 1]
        if not looks_like_acronym(acronym.text):
            continue
        start = long_form_start(words, i, acronym.text)
        if start is None or start >= i:
            continue
        found.append(Definition(acronym=acronym, long_start=start, long_end=i))
    return found
