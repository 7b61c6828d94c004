"""Who decided a dated event, and under which agenda item: `event_body`, `event_agenda_item`.

An event has a deciding body only when the body is its actor, not when it is merely named:
- the words before the date name it (`Gemeenteraad 26 april 2021 - agendapunt 7`,
  `Collegebeslissing 14 juni 2021`, `De gemeenteraad van 24 juni 2024 hecht goedkeuring`,
  `Het college van burgemeester en schepenen d.d. 09/02/2023`);
- or the words after the date open with it (`6 mei 2019: Het college (agendapunt 38) gaat
  akkoord`, `07.01.2025 – punt 14: college verwijst`, `26 april 2016: In de gemeenteraad werd`);
- or a verb comes first and the body is its subject (`Op 25 maart 2024 beslist de gemeenteraad`,
  `Op 22 mei 2023 keurde het college`);
- or a decision noun opens the event and the body follows in the same clause
  (`installatievergadering nieuwe gemeenteraad`, `Principiële beslissing gemeenteraad`,
  `Goedkeuring gebruiksovereenkomst ... door de gemeenteraad`).
A body after `aan`/`naar`/`met`/`voor` is a recipient (`mail ... voor te leggen aan de
gemeenteraad`, `verwijzing naar de gemeenteraad`); an event that opens with another noun (`mail`,
`indiening van de gemeenteraadsbeslissing`, `overleg`, `advies stedelijke cultuurraad`) has none.
"""

from __future__ import annotations

import re

from extract.chronology.vocab import vocab
from schema.vocab import Body

_RECIPIENT = re.compile(
    r"(?:\b(?:aan|naar|met|voor|bij|tot|tegen)\s+(?:de|het|het\s+nieuwe|de\s+nieuwe)?\s*)$", re.IGNORECASE
)
_LEADING_NOISE = re.compile(
    r"^[\s:;,–—-]*(?:\(?\s*(?:agenda)?punt\s*(?:nr\.?\s*)?\d+\s*\)?[\s:;,–—-]*)?", re.IGNORECASE
)
_ARTICLE = r"(?:in\s+)?(?:de|het|'t)?\s*"
_AGENDA_ITEM = re.compile(r"\b(?:agenda)?punt\s*(?:nr\.?\s*)?(\d{1,3})\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:](?:\s|$)")


def _first_actor(text: str) -> Body | None:
    """The first body named in `text` that is not a recipient."""
    v = vocab()
    for match in v.body_pattern.finditer(text):
        if _RECIPIENT.search(text[: match.start()]):
            continue
        return v.body_of_form(match.group(0))
    return None


def _opens_with_body(after: str) -> Body | None:
    v = vocab()
    rest = _LEADING_NOISE.sub("", after, count=1)
    opening = re.match(_ARTICLE + r"(" + v.body_pattern.pattern + r")", rest, re.IGNORECASE)
    if opening:
        return v.body_of_form(opening.group(1))
    inverted = re.match(r"\w+\s+(?:de|het)\s+(" + v.body_pattern.pattern + r")", rest, re.IGNORECASE)
    if inverted:
        return v.body_of_form(inverted.group(1))
    opener = re.match(r"(?:principiële\s+|definitieve\s+)?(" + v.opener_pattern.pattern + r")", rest, re.IGNORECASE)
    if opener:
        clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
        return _first_actor(clause[opener.end() :])
    return None


def event_body(label: str, after: str) -> Body | None:
    """The deciding body of an event: `label` = words before its date, `after` = words after it."""
    label_words = label.split()[-12:]
    found = _first_actor(" ".join(label_words))
    return found if found is not None else _opens_with_body(after)


def event_agenda_item(label: str, head: str) -> int | None:
    """The agenda item number in the event's own words (`agendapunt 7`, `– punt 33`, `(punt 13)`).

    `head` must stop before any later date: a `punt` after another date belongs to that other
    decision (`... van het gemeenteraadsbesluit van 26 april 2016 – agendapunt 7`).
    """
    for part in (head, label):
        match = _AGENDA_ITEM.search(part)
        if match:
            return int(match.group(1))
    return None
