"""The `organizations` component: every organisation named in the document, once.

`finder.find_organizations` runs the mention rules over the whole text and clusters the mentions
per organisation. The component turns the result into `Organization` records (canonical name, the
other written forms as aliases, every mention's span) and leaves it in `ctx.notes` for `parties`.
"""

from __future__ import annotations

from extract.context import ExtractionContext
from extract.entities.finder import find_organizations
from extract.registry import component
from schema.records import Organization

NOTES_KEY = "organizations"
"""`ctx.notes[NOTES_KEY]`: list[FoundOrganization] of the document, for the `parties` component."""


def _people(ctx: ExtractionContext) -> frozenset[str]:
    """Names of persons the people components found (attendees, voters): never organisations."""
    names = {attendee.name for attendee in ctx.record.attendees}
    for block in ctx.blocks:
        vote = block.decision.vote
        if vote is not None:
            names.update(voter.name for voter in vote.voters)
    return frozenset(names)


@component("organizations", requires=["blocks"], assigns=["organizations"])
def organizations(ctx: ExtractionContext) -> None:
    found = find_organizations(ctx.text, _people(ctx), ctx.record.municipality)
    ctx.notes[NOTES_KEY] = found
    for org in found:
        record = ctx.make(
            "organizations",
            Organization,
            name=org.name,
            aliases=list(org.aliases),
            mentions=[ctx.span(m.start, m.end) for m in org.mentions],
        )
        if record is not None:
            ctx.record.organizations.append(record)
