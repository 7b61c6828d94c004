"""Earlier agreements described in a passage: `passage_agreements(text, start, end, orgs, ...)`.

A sentence describes an agreement when it holds an agreement noun (`samenwerkingsovereenkomst`,
`convenant`, `protocolakkoord`; see `vocab.toml`). What it says about it:

- parties: the organisations named after the noun in the same sentence (`tussen Stad Mechelen,
  Arktos vzw en GO! Scholengroep 5`, `met Pidpa`), up to a word that opens the agreement's subject
  (`inzake`, `in functie van`, `voor de uitvoering`: `overeenkomst met BePark inzake ... De Lijn`
  binds BePark only). Names are the document's canonical organisation names (the entities
  clustering), so `Arktos Antwerpen` in the text is the party `Arktos vzw`;
- period: the chronology's period rules on the sentence (`voor de periode van 1-09-2020 tot
  31-08-2022`, `vanaf 1 februari 2024 tot en met 31 januari 2027`);
- project: a quoted or capitalised name after `project` (`het project “Krachtige Scholen”`), or a
  quoted name right after the noun (`convenant ‘Stadhuis/Pupillen’`).

A sentence that names neither a party nor a period (`de samenwerkingsovereenkomsten die werden
afgesloten met de scholen`) describes nothing that can be listed under a partner and is skipped;
in Feiten a named party is required. A noun after a present determiner (`deze overeenkomst`,
`de nieuwe convenant`) is the agreement being decided, not an earlier one.
Pure: text and organisation mentions in, matches out; the component adds provenance and history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.chronology.periods import KIND_RANK, PeriodCandidate, range_periods
from extract.references.vocab import vocabulary

_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z•▪●\-–]|\s*$)|\n\s*[•▪●]\s")
"""A full stop before a capital or a bullet, or a new bullet: NOT a blank line, which PDF-derived
text puts inside sentences (`tussen Stad Mechelen,\n\nArktos vzw en ...`)."""
_QUOTED = r"[“\"‘'„]([^”\"’'“]{2,80})[”\"’']"
_CAPITALISED = r"([A-Z][\w&!-]*(?:\s+(?:[A-Z0-9][\w&!-]*|van|voor|de|het|en))*)"


@dataclass(frozen=True)
class OrgMention:
    """A mention of one of the document's organisations, by its canonical name."""

    name: str
    start: int
    end: int


@dataclass
class AgreementMatch:
    kind: str
    start: int  # the sentence, the agreement's provenance
    end: int
    parties: list[str] = field(default_factory=list)
    period: PeriodCandidate | None = None
    project: str | None = None


def sentence_bounds(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """The sentence of `text[start:end]` around `position` (a bullet or a blank line ends it too)."""
    begin = start
    for match in _SENTENCE_END.finditer(text, start, position):
        begin = match.end()
    stop = _SENTENCE_END.search(text, position, end)
    finish = stop.end() if stop else end
    while begin < finish and text[begin] in " \t\n\r•▪●-–":
        begin += 1
    return begin, finish


def _party_end(text: str, noun_end: int, sentence_end: int) -> int:
    lowered = text[noun_end:sentence_end].lower()
    cuts = [lowered.find(stop) for stop in vocabulary().party_stops]
    cuts = [cut for cut in cuts if cut > 0]
    # a stop word right after the noun (`overeenkomst inzake X met Y`) does not end the party list
    first = min((cut for cut in cuts if lowered[:cut].strip()), default=None)
    return noun_end + first if first is not None else sentence_end


def parties_after(text: str, noun_end: int, sentence_end: int, orgs: list[OrgMention]) -> list[str]:
    """Canonical names of the organisations named between the noun and the end of the party list."""
    limit = _party_end(text, noun_end, sentence_end)
    names: list[str] = []
    for org in sorted(orgs, key=lambda o: o.start):
        if noun_end <= org.start and org.end <= limit and org.name not in names:
            names.append(org.name)
    return names


def project_in(text: str, noun_end: int, sentence_start: int, sentence_end: int) -> str | None:
    cues = "|".join(map(re.escape, vocabulary().project_cues))
    sentence = text[sentence_start:sentence_end]
    match = re.search(rf"\b(?:{cues})\s+(?:{_QUOTED}|{_CAPITALISED})", sentence)
    if match:
        return " ".join((match.group(1) or match.group(2)).split())
    right_after = re.match(rf"\s*{_QUOTED}", text[noun_end:sentence_end])
    return " ".join(right_after.group(1).split()) if right_after else None


def _period(text: str, start: int, end: int) -> PeriodCandidate | None:
    candidates = sorted(range_periods(text, start, end), key=lambda c: (KIND_RANK[c.kind], c.span_start))
    return candidates[0] if candidates else None


def passage_agreements(
    text: str, start: int, end: int, orgs: list[OrgMention], *, past_only: bool = False, need_party: bool = False
) -> list[AgreementMatch]:
    """The agreements the sentences of `text[start:end]` describe, one per sentence (its first noun).

    `past_only`: keep only sentences told in the past (`werd goedgekeurd`, `afgesloten`): in Feiten
    the present tense describes the agreement being decided, not an earlier one. `need_party`: a
    sentence must name a party (in Feiten and in the legal grounds, which also cite laws).
    """
    vocab = vocabulary()
    found: list[AgreementMatch] = []
    taken_until = start
    for noun in vocab.noun_pattern.finditer(text, start, end):
        if noun.start() < taken_until:
            continue
        s_start, s_end = sentence_bounds(text, start, end, noun.start())
        taken_until = s_end
        if past_only and not vocab.past_pattern.search(text, s_start, s_end):
            continue
        if vocab.present_pattern.search(text[max(s_start, noun.start() - 40) : noun.start()]):
            continue  # `deze overeenkomst`: the agreement being decided
        parties = parties_after(text, noun.end(), s_end, orgs)
        period = _period(text, s_start, s_end)
        if not parties and (period is None or need_party):
            continue
        found.append(
            AgreementMatch(
                kind=noun.group().lower(), start=s_start, end=s_end, parties=parties, period=period,
                project=project_in(text, noun.end(), s_start, s_end),
            )  # fmt: skip
        )
    return found
