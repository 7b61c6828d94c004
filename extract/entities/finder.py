"""Text → organisations: the rules of `mentions.py` and `enumerations.py`, clustered per organisation.

Pure functions over a text (no context), so they are unit-tested on real passages; the
`organizations` component is the thin wrapper around `find_organizations`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from extract.entities.cluster import (
    Cluster,
    aliases_of,
    canonical_name,
    cluster_mentions,
    resolve_overlaps,
    without_descriptive_head,
)
from extract.entities.enumerations import list_mentions
from extract.entities.mentions import (
    Mention,
    accept_name,
    acronym_mentions,
    alias_mentions,
    cue_mentions,
    body_mentions,
    head_mentions,
    legal_form_mentions,
    inside_instrument,
    scan,
)
from extract.entities.words import Word
from extract.text.scan import matches_not_after


@dataclass(frozen=True)
class FoundOrganization:
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


def city_mentions(text: str, words: list[Word], municipality: str | None) -> list[Mention]:
    """The municipality itself where the document names it (`te Mechelen`, `burgemeester van
    Mechelen`): the city or municipality is then one of the organisations the document names.

    The canonical head is the one the text writes before the name (`stad Heldergem` → `Stad
    Heldergem`, even when `de gemeente` is the commoner noun in its prose); when it writes neither
    or both equally, whichever of `stad` and `gemeente` the text uses as a noun more often (`Stad`
    when it uses neither).
    """
    if not municipality:
        return []
    place = re.escape(municipality)
    stad = len(re.findall(rf"\bstad\s+{place}\b", text, re.IGNORECASE))
    gemeente = len(re.findall(rf"\bgemeente\s+{place}\b", text, re.IGNORECASE))
    if stad == gemeente:
        stad, gemeente = len(_STAD.findall(text)), len(_GEMEENTE.findall(text))
    canonical = f"{'Gemeente' if gemeente > stad else 'Stad'} {municipality}"
    capitals = municipality.upper()
    return [
        Mention(word.start, word.end, word.text, "city", canonical=canonical)
        for i, word in enumerate(words)
        # as written, or in a capitals header after its head word (`GEMEENTE LINTERHOUT`)
        if word.text == municipality or (word.text == capitals and i > 0 and words[i - 1].text in {"STAD", "GEMEENTE"})
    ]


_STAD = re.compile(r"\b[Ss]tad\b")
_GEMEENTE = re.compile(r"\b[Gg]emeente\b(?!raad)")


def find_mentions(text: str, people: frozenset[str] = frozenset(), municipality: str | None = None) -> list[Mention]:
    """All organisation mentions of `text`, overlaps resolved (longest wins)."""
    prepared = scan(text)
    strong = (
        body_mentions(prepared)
        + legal_form_mentions(prepared)
        + head_mentions(prepared)
        + acronym_mentions(prepared)
        + cue_mentions(prepared)
    )
    strong = [m for m in strong if m.name not in people and (m.rule == "body" or accept_name(m.name))]
    strong += alias_mentions(prepared, strong)
    found = [m for m in strong + list_mentions(prepared, strong, people) if m.name != municipality]
    found += city_mentions(text, prepared.words, municipality)
    found = [m for m in resolve_overlaps(found) if not inside_instrument(text, m)]
    return resolve_overlaps(found + repeated_mentions(text, found))


def repeated_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """`repeat`: a name a rule found once is a name wherever the document writes it again
    (`PONTES. 1) Voordracht ...` after `opdrachthoudende vereniging PONTES`), same spelling,
    whole words only. Bare place names (the city) are not repeated."""
    forms: set[str] = set()
    for mention in found:
        if mention.rule == "city":
            continue
        for form in (mention.name, without_descriptive_head(mention.name)):
            if len(form) >= 3 and form[:1].isupper() and accept_name(form):
                forms.add(form)
    if not forms:
        return []
    # the forms, not preceded by a word character, `@`, `&` or `-` (`matches_not_after`)
    pattern = re.compile(r"(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w&-])")
    taken = sorted((m.start, m.end) for m in found)
    starts = [start for start, _ in taken]
    repeated = []
    for match in matches_not_after(pattern, text, _AFTER_WORD):
        k = bisect_right(starts, match.start())
        near = taken[max(0, k - 1) : k + 1]
        if any(start < match.end() and match.start() < end for start, end in near):
            continue  # already a mention of some rule
        repeated.append(Mention(match.start(), match.end(), match.group(0), "repeat", link=match.group(0)))
    return repeated


_AFTER_WORD = re.compile(r"[\w@&-]")


def find_organizations(
    text: str, people: frozenset[str] = frozenset(), municipality: str | None = None
) -> list[FoundOrganization]:
    """The organisations of `text`, in order of first mention."""
    clusters: list[Cluster] = cluster_mentions(find_mentions(text, people, municipality))
    found = []
    for cluster in clusters:
        name = canonical_name(cluster)
        found.append(FoundOrganization(name, tuple(aliases_of(cluster, name)), tuple(cluster.mentions)))
    return found
