"""The `referenced_agreements` component: earlier agreements a decision describes.

Read from the Voorgeschiedenis (every sentence), the Feiten (sentences told in the past that
name a party) and the legal grounds (LBLOD publications cite earlier council decisions there:
`Gemeenteraadsbeslissing van 18 februari 2020 tot goedkeuring nieuwe convenant ... tussen de stad
Aalst en AGSA`) of each decision by `agreements.passage_agreements`. Who approved the agreement comes from the
decision's history events (the `history` component): the event whose passage holds the sentence
(`Gemeenteraadsbeslissing van 18 februari 2020 tot goedkeuring nieuwe convenant ...`), else, in
the Voorgeschiedenis, the event heading the list the sentence belongs to (`Gemeenteraad 26 april
2021 - agendapunt 7:` followed by bullets).

The agreement the decision itself approves is not an earlier one: a sentence whose parties are
all parties of the decision and whose period is the decision's own (or none) is skipped.
"""

from __future__ import annotations

from extract.context import DecisionBlock, ExtractionContext, SectionName
from extract.entities.organizations import NOTES_KEY
from extract.entities.parties import is_political
from extract.references.agreements import AgreementMatch, OrgMention, passage_agreements
from extract.registry import component
from schema.records import HistoryEvent, ReferencedAgreement

STAGE = "referenced_agreements"


def _mentions(ctx: ExtractionContext) -> list[OrgMention]:
    found = []
    for org in ctx.notes.get(NOTES_KEY, []):
        if is_political(org):
            continue
        found += [OrgMention(org.name, m.start, m.end) for m in org.mentions]
    return found


def _own_agreement(match: AgreementMatch, block: DecisionBlock) -> bool:
    decision = block.decision
    own_parties = {party.name for party in decision.parties}
    if not match.parties or not set(match.parties) <= own_parties:
        return False
    if match.period is None or decision.period is None:
        return True
    return (match.period.start, match.period.end) == (decision.period.start, decision.period.end)


def _approval(match: AgreementMatch, events: list[HistoryEvent], section_start: int, listed: bool) -> HistoryEvent | None:
    """The history event that approved the agreement (see the module docstring)."""
    for event in events:
        if event.span.start <= match.start < event.span.end or match.start <= event.span.start < match.end:
            return event
    if not listed:
        return None
    before = [e for e in events if section_start <= e.span.start and e.span.end <= match.start]
    if before and before[-1].text.rstrip().endswith(":"):
        return before[-1]
    return None


def block_agreements(ctx: ExtractionContext, block: DecisionBlock, orgs: list[OrgMention]) -> None:
    seen: set[tuple[object, ...]] = set()
    zones = [(s, False, False) for s in block.all_sections(SectionName.VOORGESCHIEDENIS)]
    zones += [(s, True, True) for s in block.all_sections(SectionName.FEITEN)]
    zones += [(s, False, True) for s in block.all_sections(SectionName.JURIDISCHE_GROND)]
    for section, past_only, need_party in zones:
        listed = section.name is SectionName.VOORGESCHIEDENIS
        found = passage_agreements(ctx.text, section.start, section.end, orgs, past_only=past_only, need_party=need_party)
        for match in found:
            if _own_agreement(match, block):
                continue
            period = match.period
            key = (match.kind, tuple(match.parties), period and period.start, period and period.end)
            if key in seen:
                continue
            seen.add(key)
            event = _approval(match, block.decision.history, section.start, listed)
            made = ctx.make(
                STAGE, ReferencedAgreement, kind=match.kind, parties=match.parties,
                start=period.start if period else None, end=period.end if period else None, project=match.project,
                decided_by=event.body if event else None, decided_on=event.date if event else None,
                agenda_item=event.agenda_item if event else None, span=ctx.span(match.start, match.end),
            )  # fmt: skip
            if made is not None:
                block.decision.referenced_agreements.append(made)


@component(STAGE, requires=["sections", "organizations", "parties", "history"], assigns=["referenced_agreements"])
def referenced_agreements(ctx: ExtractionContext) -> None:
    orgs = _mentions(ctx)
    for block in ctx.blocks:
        block_agreements(ctx, block, orgs)
