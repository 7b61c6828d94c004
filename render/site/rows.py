"""Fact records → display rows, shared by the decision, organisation, budget and meeting pages.

Pure functions of a record plus the page's `root`: each row carries its formatted value and the
`SourceRef` (page, quote, link to the anchored passage) that every fact on the site shows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from render.site import urls
from render.site.anchors import decision_scope, fact_anchor
from render.site.formatting import EMPTY, date_to_nl, money_to_nl, period_to_nl
from render.site.knowledge import Knowledge, StoredDecision, StoredDocument
from render.site.labels import labels
from render.site.models import BudgetLineRow, Link, SourceRef, Voter, VoteRow, YearAmount
from schema.provenance import Span
from schema.records import BudgetLine, Decision, Vote

QUOTE_LIMIT = 300


def source_ref(document: StoredDocument, span: Span, anchor: str, root: str) -> SourceRef:
    """The passage `span` of `document` as page, quote and link to its anchor on the document page."""
    return SourceRef(span.page, span.quote(document.text, QUOTE_LIMIT), root + urls.document(document.id, anchor),
                     document.source)  # fmt: skip


def fact_source(stored: StoredDecision, kind: str, index: int, span: Span, root: str) -> SourceRef:
    """Source of the `index`-th (1-based) fact of `kind` of a stored decision."""
    return source_ref(stored.document, span, fact_anchor(decision_scope(stored.position), kind, index), root)


def stored_link(stored: StoredDecision, root: str) -> Link:
    """A link to the decision's page, named by its title."""
    return Link(stored.decision.title or stored.id, root + urls.decision(stored.id))


def decision_link(knowledge: Knowledge, decision_id: str, root: str) -> Link:
    return stored_link(knowledge.decisions[decision_id], root)


def decision_links(knowledge: Knowledge, decision_ids: list[str], root: str) -> list[Link]:
    """Links to the stored decisions among `decision_ids` (ids of other databases are skipped)."""
    return [decision_link(knowledge, d, root) for d in decision_ids if d in knowledge.decisions]


def agenda_label(decision: Decision) -> str:
    """The agenda item as the document labels it (`42`, `2.1`), empty when it names none."""
    return decision.item_label or (str(decision.agenda_item) if decision.agenda_item is not None else "")


def item_heading(decision: Decision, fallback: str) -> str:
    """`42. Goedkeuring …`: the agenda label and the title, as a list of items shows them."""
    label = agenda_label(decision)
    title = decision.title or fallback
    return f"{label}. {title}" if label else title


def copies_links(knowledge: Knowledge, decision_id: str, root: str) -> list[Link]:
    """The other copies of a decision, named by their source file (`ook in: 000_….pdf`)."""
    return [
        Link(knowledge.decisions[other].document.source, root + urls.decision(other))
        for other in knowledge.copies(decision_id)
    ]


def meeting_text(stored: StoredDocument) -> str:
    """`gemeenteraad Mechelen, 14 december 2020` from what the document says of its meeting."""
    record = stored.record
    meeting = record.meeting
    parts = [labels().label("body", meeting.body) if meeting and meeting.body else "", record.municipality or ""]
    head = " ".join(part for part in parts if part)
    when = date_to_nl(meeting.date) if meeting and meeting.date else ""
    return ", ".join(part for part in (head, when) if part) or EMPTY


def meeting_date(stored: StoredDecision) -> dt.date | None:
    meeting = stored.document.record.meeting
    return meeting.date if meeting else None


def meeting_link(knowledge: Knowledge, stored: StoredDocument, root: str) -> Link | None:
    if stored.meeting_id is None or stored.meeting_id not in knowledge.meetings:
        return None
    return Link(meeting_text(stored), root + urls.meeting(stored.meeting_id))


def vote_result(vote: Vote) -> str:
    """`eenparig`, `21 voor, 8 tegen, 3 onthoudingen` (counts as written)."""
    if vote.unanimous:
        return "eenparig"
    counts = [(vote.for_count, "voor"), (vote.against, "tegen"), (vote.abstentions, "onthoudingen")]
    text = ", ".join(f"{count} {word}" for count, word in counts if count is not None)
    return text or "aantallen onbekend"


def vote_rows(stored: StoredDecision, root: str) -> list[VoteRow]:
    decision = stored.decision
    return [
        VoteRow(
            subject=vote.subject or ("voorstel" if index == decision.main_vote else ""),
            result=vote_result(vote),
            is_main=index == decision.main_vote,
            voters=[Voter(voter.name, labels().label("vote_side", voter.side)) for voter in vote.voters],
            source=fact_source(stored, "vote", index + 1, vote.span, root),
        )
        for index, vote in enumerate(decision.votes)
    ]


def code_link(code: str | None, root: str) -> Link | None:
    return Link(code, root + urls.budget(code)) if code else None


def budget_line_row(
    stored: StoredDecision, index: int, line: BudgetLine, root: str, with_decision: bool = False
) -> BudgetLineRow:
    return BudgetLineRow(
        year=str(line.year) if line.year else EMPTY,
        action=code_link(line.action, root),
        mjp=code_link(line.mjp, root),
        budget_key=line.budget_key or "",
        amount=money_to_nl(line.amount),
        available=money_to_nl(line.available) if line.available is not None else "",
        description=line.description or "",
        source=fact_source(stored, "budget_line", index, line.span, root),
        uncertain=", ".join(line.uncertain_pieces),
        decision=stored_link(stored, root) if with_decision else None,
    )


YearItems = dict[int, list[tuple[Decimal, SourceRef]]]


def year_items(stored: StoredDecision, root: str) -> tuple[YearItems, str]:
    """Amounts of one decision by budget year, each with its source, and what they are read from.

    The budget lines are the decision's own split per year (`2021 … 30.000,00`); without them the
    payment schedule is grouped by the year each payment falls due (or starts). A single amount is
    never spread over the period's years: that would be a calculation, not a fact of the text.
    """
    decision = stored.decision
    per_year: YearItems = defaultdict(list)
    for index, line in enumerate(decision.budget_lines, start=1):
        if line.year is not None and line.amount is not None:
            per_year[line.year].append((line.amount, fact_source(stored, "budget_line", index, line.span, root)))
    if per_year:
        return per_year, "volgens de begrotingslijnen"
    for index, payment in enumerate(decision.payments, start=1):
        when = payment.due or payment.start or payment.end
        if when is not None:
            per_year[when.year].append((payment.amount, fact_source(stored, "payment", index, payment.span, root)))
    return per_year, "volgens het betalingsschema" if per_year else ""


def years_to_rows(per_year: YearItems, decisions: dict[int, list[Link]] | None = None) -> list[YearAmount]:
    """One `YearAmount` per year, oldest first: the sum, the passages it adds up, the decisions."""
    return [
        YearAmount(str(year), money_to_nl(sum((amount for amount, _ in items), Decimal(0))),
                   [source for _, source in items], (decisions or {}).get(year, []))
        for year, items in sorted(per_year.items())
    ]  # fmt: skip


def years_of_decision(stored: StoredDecision, root: str) -> tuple[list[YearAmount], str]:
    per_year, basis = year_items(stored, root)
    return years_to_rows(per_year), basis


def period_of(stored: StoredDecision) -> str:
    period = stored.decision.period
    return period_to_nl(period.start, period.end) if period else EMPTY
