"""The `votes` component: every vote of each decision, and which one is on the proposal itself."""

from __future__ import annotations

from extract.context import DecisionBlock, ExtractionContext, SectionName
from extract.people.vote_rules import SubjectedVote, find_votes, main_vote_index, stray_vote_wording
from extract.registry import component
from schema.records import Vote, Voter
from schema.vocab import VoteSide

STAGE = "votes"

NOT_VOTED_IN = (
    SectionName.JURIDISCHE_GROND,
    SectionName.VOORGESCHIEDENIS,
    SectionName.ADVIES,
    SectionName.BIJLAGE,
)
"""Sections that may quote votes of other bodies or earlier sessions (an advisory committee's
count, a statute's quorum, an earlier council decision), never the vote on this item."""


def vote_ranges(block: DecisionBlock) -> list[tuple[int, int]]:
    """The block without its `NOT_VOTED_IN` sections.

    Not only the Stemming/Besluit sections: Mechelen puts `De beslissing wordt genomen met …`
    right under the title, before any section heading, and Nazareth writes `Besluit: Met 19
    stemmen voor …` inline, where a section reader may not see a heading.
    """
    excluded = sorted((s.heading_start, s.end) for s in block.all_sections(*NOT_VOTED_IN))
    ranges: list[tuple[int, int]] = []
    position = block.start
    for start, end in excluded:
        if start > position:
            ranges.append((position, min(start, block.end)))
        position = max(position, end)
    if position < block.end:
        ranges.append((position, block.end))
    return ranges


VOTE_PLACES = (SectionName.STEMMING, SectionName.BESLUIT)


def in_vote_place(block: DecisionBlock, offset: int) -> bool:
    """True when `offset` lies in a Stemming or Besluit section, or in no section at all.

    A Feiten section may retell how another body voted (`De algemene vergadering beslist met
    eenparigheid …`); when the item also has a vote where votes are recorded, that one is the
    item's.
    """
    for section in block.sections:
        if section.heading_start <= offset < section.end:
            return section.name in VOTE_PLACES
    return True


def choose_main_vote(block: DecisionBlock, found: list[SubjectedVote]) -> int | None:
    """`main_vote_index` over the votes in vote places when there are any, else over all."""
    candidates = [i for i, item in enumerate(found) if in_vote_place(block, item.vote.start)] or list(range(len(found)))
    chosen = main_vote_index([found[i] for i in candidates])
    return None if chosen is None else candidates[chosen]


def _to_vote(ctx: ExtractionContext, found: SubjectedVote) -> Vote | None:
    finding = found.vote
    return ctx.make(
        STAGE,
        Vote,
        unanimous=finding.unanimous,
        for_count=finding.count(VoteSide.FOR),
        against=finding.count(VoteSide.AGAINST),
        abstentions=finding.count(VoteSide.ABSTAIN),
        voters=[Voter(name=name, side=side) for name, side in finding.voters],
        subject=found.subject or finding.heading,
        span=ctx.span(finding.start, finding.end),
    )


def _gap_before(ctx: ExtractionContext, index: int) -> tuple[int, int]:
    """The text between the previous block (or the document start) and block `index`."""
    previous_end = ctx.blocks[index - 1].end if index else 0
    return previous_end, max(previous_end, ctx.blocks[index].start)


def _block_votes(ctx: ExtractionContext, block: DecisionBlock) -> list[SubjectedVote]:
    found: list[SubjectedVote] = []
    for start, end in vote_ranges(block):
        votes_here = find_votes(ctx.text, start, end)
        found.extend(votes_here)
        for stray_start, stray_end in stray_vote_wording(ctx.text, start, end, votes_here):
            ctx.issue(STAGE, f"vote wording not read as a vote: {ctx.text[stray_start:stray_end]!r}", span=ctx.span(stray_start, stray_end))
    return found


@component("votes", requires=["sections"], assigns=["votes"])
def votes(ctx: ExtractionContext) -> None:
    if not ctx.blocks:
        found = find_votes(ctx.text, 0, len(ctx.text))
        if found:
            ctx.issue(STAGE, f"{len(found)} vote(s) found but no decision to attach them to", span=ctx.span(found[0].vote.start, found[-1].vote.end))
        return
    for index, block in enumerate(ctx.blocks):
        found = _block_votes(ctx, block)
        gap_start, gap_end = _gap_before(ctx, index)
        in_gap = find_votes(ctx.text, gap_start, gap_end) if gap_end > gap_start else []
        if in_gap and not found:
            # LBLOD item pages print the vote before repeating the item's title, where the
            # block starts (Boortmeerbeek): a vote just before an item without one is its vote.
            found = in_gap
        elif in_gap:
            ctx.issue(STAGE, f"{len(in_gap)} vote(s) between decisions left unattached", span=ctx.span(gap_start, gap_end))
        built = [(item, _to_vote(ctx, item)) for item in found]
        kept = [(item, vote) for item, vote in built if vote is not None]
        block.decision.votes = [vote for _, vote in kept]
        block.decision.main_vote = choose_main_vote(block, [item for item, _ in kept])
        if kept and block.decision.main_vote is None:
            ctx.issue(STAGE, f"{len(kept)} vote(s) on amendments or articles only: no vote on the item", span=block.decision.span)
