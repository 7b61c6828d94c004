"""The `parties` component: the contracting or funded parties of each decision.

Who a decision binds or funds is written in its title (`Goedkeuring samenwerkingsovereenkomst
tussen stad Mechelen en Arktos vzw`, `IGEMO. 1) Voordracht kandidaten raad van bestuur`,
`Benoeming leden raad van bestuur AGB Energiepunt Mechelen`), or, when the title names no one, in
its Besluit (`akkoord te gaan met de nieuwe samenwerkingsovereenkomst ... met De Loods vzw`). The
rules, in order:

1. procurement, tax rules, street names and police ordinances have no parties (`excluded` words);
2. the organisations named in the title are the parties; when it names none, those named in the
   Besluit (the articles) are;
3. the city is a party when it signs (an `agreement` word: `overeenkomst`, `convenant`) or buys,
   sells or receives property (a `transfer` word: `aankoop`, `schenking`, `grondafstand`), also
   when the other side is a private person the text does not name; otherwise a city named in the
   title (`subsidies verstrekt door Stad Mechelen`) is the decider, not a party;
4. political parties are never parties of an ordinary decision.

Party names are the canonical names of the document's organisations (`ctx.notes`, written by
`organizations`). When the city is a party but the text names it only as `de stad`, the city is
added to the document's organisations as `Stad` (the bare form the gold accepts as an alias).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.context import DecisionBlock, ExtractionContext, SectionName
from extract.entities.finder import FoundOrganization
from extract.entities.mentions import Mention
from extract.entities.organizations import NOTES_KEY
from extract.entities.vocabulary import vocabulary
from extract.registry import component
from schema.records import Organization, PartyRef

_WORD = re.compile(r"[\wÀ-ÿ&-]+")
_BARE_CITY = re.compile(r"\b(?:de|De) (?:[Ss]tad|[Gg]emeente)\b(?! ?\w*raad)")


OPERATIVE_WORDS = 6
"""The operative noun of a title stands among its first words (`Beslissen tot onderhandse
verkoop ...`); a transfer or exclusion word later in the title is about something else
(`Aanstelling IVAREM als vaststeller ... Politieverordening`)."""


def _title_words(text: str) -> list[str]:
    """The title's words, lowercased, without case codes (`2023_GR_00604`) and numbers."""
    return [w.lower() for w in _WORD.findall(text) if not any(c.isdigit() or c == "_" for c in w)]


def has_word(text: str, terms: Sequence[str], first: int | None = None) -> bool:
    """Whether a word of `text` (of its `first` words) contains one of `terms`
    (`samenwerkingsovereenkomst` contains `overeenkomst`); a term of two words matches as a phrase."""
    words = _title_words(text)[:first]
    joined = " ".join(words)
    return any(" " in term and term in joined or any(term in word for word in words) for term in terms)


def is_city(org: FoundOrganization, municipality: str | None) -> bool:
    """`Stad Mechelen`, `Gemeente Willebroek` when it is the document's own municipality, `Stad`."""
    head, _, place = org.name.partition(" ")
    if head.lower() not in {"stad", "gemeente"}:
        return False
    return not place or municipality is None or place == municipality


def is_intermediary(org: FoundOrganization) -> bool:
    heads = vocabulary().party_words.intermediaries
    return any(form.lower().split()[0] in heads for form in (org.name, *org.aliases) if form.split())


def is_political(org: FoundOrganization) -> bool:
    political = set(vocabulary().political_parties)
    return org.name.lower() in political or any(alias.lower() in political for alias in org.aliases)


def _first_mention_in(org: FoundOrganization, ranges: Sequence[tuple[int, int]]) -> Mention | None:
    for mention in org.mentions:
        if any(start <= mention.start and mention.end <= end for start, end in ranges):
            return mention
    return None


def parties_of(
    title: str,
    title_range: tuple[int, int],
    besluit_ranges: Sequence[tuple[int, int]],
    organizations: Sequence[FoundOrganization],
    municipality: str | None = None,
) -> tuple[list[tuple[FoundOrganization, Mention]], bool]:
    """The parties of one decision (see the module docstring) with the mention each was read
    from, and whether the city is a party without being one of `organizations`' named forms."""
    words = vocabulary().party_words
    if has_word(title, words.excluded, OPERATIVE_WORDS):
        return [], False
    signs = has_word(title, words.agreement)
    transfers = has_word(title, words.transfer, OPERATIVE_WORDS)
    funds = has_word(title, words.funding)
    zones = [[title_range]] + ([list(besluit_ranges)] if signs or transfers or funds else [])
    found: list[tuple[FoundOrganization, Mention]] = []
    for ranges in zones:
        for org in organizations:
            mention = _first_mention_in(org, ranges)
            if mention is None or is_political(org) or is_intermediary(org) or is_city(org, municipality):
                continue
            found.append((org, mention))
        if found:
            break
    if not (found or transfers):
        return [], False
    if not signs and not transfers:
        return found, False
    city = next((org for org in organizations if is_city(org, municipality) and org.name.lower() not in {"stad", "gemeente"}), None)
    if city is None:
        return found, True
    mention = _first_mention_in(city, [title_range, *besluit_ranges]) or city.mentions[0]
    return [(city, mention), *found], False


def _besluit_ranges(block: DecisionBlock) -> list[tuple[int, int]]:
    sections = block.all_sections(SectionName.BESLUIT)
    return [(s.start, s.end) for s in sections] or [(block.heading_end, block.end)]


def _bare_city(ctx: ExtractionContext, block: DecisionBlock) -> Organization | None:
    """The city as `Stad` when the decision's text names it only as `de stad` (see docstring)."""
    for existing in ctx.record.organizations:
        if existing.name in {"Stad", "Gemeente"}:
            return existing
    match = _BARE_CITY.search(ctx.text, block.start, block.end)
    if match is None:
        return None
    name = "Gemeente" if "emeente" in match.group(0) else "Stad"
    org = ctx.make(
        "parties", Organization, name=name, aliases=[match.group(0)], mentions=[ctx.span(match.start(), match.end())]
    )
    if org is not None:
        ctx.record.organizations.append(org)
    return org


@component("parties", requires=["organizations", "sections"], assigns=["parties"])
def parties(ctx: ExtractionContext) -> None:
    organizations: list[FoundOrganization] = ctx.notes.get(NOTES_KEY, [])
    for block in ctx.blocks:
        decision = block.decision
        if decision.decision_type is None:
            continue  # no operative word (an actualiteitsdebat, a council member's point): nothing decided
        title_range = (block.heading_start, block.heading_end)
        found, needs_city = parties_of(
            decision.title or "", title_range, _besluit_ranges(block), organizations, ctx.record.municipality
        )
        seen: set[str] = set()
        for org, mention in found:
            if org.name in seen:
                continue
            seen.add(org.name)
            party = ctx.make("parties", PartyRef, name=org.name, span=ctx.span(mention.start, mention.end))
            if party is not None:
                decision.parties.append(party)
        if needs_city:
            city = _bare_city(ctx, block)
            if city is not None:
                decision.parties.insert(0, PartyRef(name=city.name, span=city.mentions[0]))
