"""`decisions/<id>.html` (and the Markdown summary): one decision as an agreement summary.

The sections follow what policy staff look for in an agreement: parties, period, amounts per year,
budget lines, payment schedule, goals, history, votes and the articles of the Besluit. Every row
carries the quoted passage it was read from and links to it in the document page.
"""

from __future__ import annotations

from collections import defaultdict

from render.site import urls
from render.site.formatting import EMPTY, collapse, date_to_nl, money_to_nl, period_to_nl
from render.site.knowledge import Knowledge, StoredDecision
from render.site.labels import labels
from render.site.models import (
    AgreementRow,
    DecisionPage,
    GoalRow,
    HistoryRow,
    Link,
    PageMeta,
    PaymentRow,
    Row,
    Summary,
)
from render.site.rows import (
    agenda_label,
    budget_line_row,
    copies_links,
    decision_link,
    decision_links,
    fact_source,
    meeting_link,
    meeting_text,
    stored_link,
    vote_rows,
    years_of_decision,
)
from schema.records import ReferencedAgreement

ROOT = "../"
STATUS = {"resolved": "in de kennisbank", "ambiguous": "meerdere kandidaten", "unresolved": "niet in de kennisbank"}


def cited_by(knowledge: Knowledge) -> dict[str, list[str]]:
    """decision id (primary copy) → primary copies of the decisions whose Voorgeschiedenis names it."""
    found: dict[str, set[str]] = defaultdict(set)
    for (citing, _), link in knowledge.history_links.items():
        if link.target and citing in knowledge.decisions:
            found[knowledge.group_of.get(link.target, link.target)].add(knowledge.group_of.get(citing, citing))
    return {target: sorted(citing) for target, citing in found.items()}


def _parties(knowledge: Knowledge, stored: StoredDecision) -> list[Row]:
    rows = []
    for index, party in enumerate(stored.decision.parties, start=1):
        cluster = knowledge.party_cluster(stored.id, index, party.name)
        link = Link(cluster.name, ROOT + urls.organisation(cluster.id)) if cluster else None
        rows.append(Row("Partij", party.name, fact_source(stored, "party", index, party.span, ROOT), link))
    return rows


def _history(knowledge: Knowledge, stored: StoredDecision) -> list[HistoryRow]:
    rows = []
    for index, event in enumerate(stored.decision.history, start=1):
        link = knowledge.history_links.get((stored.id, index))
        target = None
        if link and link.target in knowledge.decisions:
            target = decision_link(knowledge, link.target, ROOT)
        status = STATUS.get(link.status, link.status) if link else "niet gekoppeld"
        rows.append(HistoryRow(
            date=date_to_nl(event.date), body=labels().label("body", event.body) if event.body else "",
            agenda_item=f"agendapunt {event.agenda_item}" if event.agenda_item is not None else "",
            text=collapse(event.text), source=fact_source(stored, "history", index, event.span, ROOT),
            target=target, status=status,
        ))  # fmt: skip
    return rows


def approving_decision(knowledge: Knowledge, stored: StoredDecision, agreement: ReferencedAgreement) -> str | None:
    """The stored decision that approved a referenced agreement, when the kb resolved it.

    A Voorgeschiedenis names the approving meeting once (`Gemeenteraad 26 april 2021 - agendapunt
    7:`) and lists the agreements it approved under it; the history event with the same body, date
    and agenda item carries the kb's link to that decision.
    """
    if agreement.decided_on is None:
        return None
    for index, event in enumerate(stored.decision.history, start=1):
        same = (event.date, event.body, event.agenda_item) == (agreement.decided_on, agreement.decided_by,
                                                                agreement.agenda_item)  # fmt: skip
        link = knowledge.history_links.get((stored.id, index))
        if same and link and link.target in knowledge.decisions:
            return link.target
    return None


def referenced_rows(knowledge: Knowledge, stored: StoredDecision, root: str) -> list[AgreementRow]:
    """Earlier agreements the decision describes (Voorgeschiedenis), each under its parties."""
    rows = []
    for index, agreement in enumerate(stored.decision.referenced_agreements, start=1):
        parties = []
        for position, name in enumerate(agreement.parties, start=1):
            cluster = knowledge.referenced_party_cluster(stored.id, index, position, name)
            parties.append(Link(name, root + urls.organisation(cluster.id)) if cluster else Link(name, ""))
        decided = ""
        if agreement.decided_by or agreement.decided_on:
            by = labels().label("body", agreement.decided_by) if agreement.decided_by else ""
            item = f", agendapunt {agreement.agenda_item}" if agreement.agenda_item is not None else ""
            decided = f"goedgekeurd: {by} {date_to_nl(agreement.decided_on) if agreement.decided_on else ''}{item}"
        approved = approving_decision(knowledge, stored, agreement)
        rows.append(AgreementRow(
            kind=agreement.kind, title=agreement.project or agreement.kind,
            period=period_to_nl(agreement.start, agreement.end), parties=parties, amounts="",
            decision=stored_link(stored, root), meeting=decided,
            source=fact_source(stored, "referenced_agreement", index, agreement.span, root),
            project=agreement.project or "", relation="vermeld in",
            approved_by=decision_link(knowledge, approved, root) if approved else None,
        ))  # fmt: skip
    return rows


def summary_of(knowledge: Knowledge, stored: StoredDecision) -> Summary:
    decision = stored.decision
    period = None
    if decision.period is not None:
        value = period_to_nl(decision.period.start, decision.period.end)
        period = Row("Periode", value, fact_source(stored, "period", 1, decision.period.span, ROOT))
    per_year, basis = years_of_decision(stored, ROOT)
    amounts = [
        Row(labels().label("amount_kind", amount.kind), money_to_nl(amount.value),
            fact_source(stored, "amount", index, amount.span, ROOT))
        for index, amount in enumerate(decision.amounts, start=1)
    ]  # fmt: skip
    payments = [
        PaymentRow(payment.label or str(index), date_to_nl(payment.due) if payment.due else EMPTY,
                   period_to_nl(payment.start, payment.end) if payment.start or payment.end else "",
                   money_to_nl(payment.amount), fact_source(stored, "payment", index, payment.span, ROOT))
        for index, payment in enumerate(decision.payments, start=1)
    ]  # fmt: skip
    goals = [
        GoalRow(goal.number or "", labels().label("goal_level", goal.level), collapse(goal.text),
                fact_source(stored, "goal", index, goal.span, ROOT))
        for index, goal in enumerate(decision.goals, start=1)
    ]  # fmt: skip
    articles = [
        Row(f"Artikel {article.number}", collapse(article.text),
            fact_source(stored, "article", index, article.span, ROOT))
        for index, article in enumerate(decision.articles, start=1)
    ]  # fmt: skip
    summary = Summary(
        parties=_parties(knowledge, stored), period=period, amounts_per_year=per_year, amounts_basis=basis,
        amounts=amounts,
        budget_lines=[budget_line_row(stored, i, line, ROOT) for i, line in enumerate(decision.budget_lines, 1)],
        payments=payments, goals=goals, history=_history(knowledge, stored),
        referenced=referenced_rows(knowledge, stored, ROOT), votes=vote_rows(stored, ROOT), articles=articles,
    )  # fmt: skip
    summary.missing.extend(missing_sections(summary))
    return summary


def missing_sections(summary: Summary) -> list[str]:
    """The section headings with nothing to show, in page order."""
    sections = [
        ("Bedragen per jaar", summary.amounts_per_year or summary.amounts), ("Begrotingslijnen", summary.budget_lines),
        ("Betalingsschema", summary.payments), ("Doelstellingen", summary.goals),
        ("Voorgeschiedenis", summary.history or summary.referenced), ("Stemming", summary.votes),
        ("Besluit", summary.articles),
    ]  # fmt: skip
    return [heading for heading, content in sections if not content]


def _fact_count(summary: Summary) -> int:
    lists = (summary.parties, summary.amounts, summary.budget_lines, summary.payments, summary.goals,
             summary.history, summary.referenced, summary.votes, summary.articles)  # fmt: skip
    return 1 + sum(len(items) for items in lists) + (summary.period is not None)


def decision_page(
    knowledge: Knowledge, stored: StoredDecision, citing: dict[str, list[str]], audit: bool
) -> DecisionPage:
    """The context of one decision's page; `citing` is `cited_by(knowledge)`, computed once."""
    decision = stored.decision
    document = stored.document
    summary = summary_of(knowledge, stored)
    group = knowledge.group_of.get(stored.id, stored.id)
    item = agenda_label(decision)
    title = decision.title or f"Besluit {stored.id}"
    meeting = meeting_link(knowledge, document, ROOT)
    trail = [Link("Overzicht", ROOT + urls.INDEX)] + ([meeting] if meeting else [])
    return DecisionPage(
        page=PageMeta(title=title, root=ROOT, trail=trail,
                      audit=Link("Audit begrotingslijnen", ROOT + urls.AUDIT_INDEX) if audit else None),
        decision_id=stored.id, title=title,
        title_source=fact_source(stored, "title", 1, decision.title_span or decision.span, ROOT),
        domain=decision.domain or "", agenda_item=item, decision_type=decision.decision_type or "",
        municipality=document.record.municipality or "", meeting=meeting, meeting_text=meeting_text(document),
        document=Link(document.source, ROOT + urls.document(document.id)), source_name=document.source,
        also_in=copies_links(knowledge, stored.id, ROOT), summary=summary,
        cited_by=decision_links(knowledge, citing.get(group, []), ROOT),
        shares_citations_with=decision_links(knowledge, knowledge.shared_citations.get(group, []), ROOT),
        markdown=Link("Samenvatting als Markdown", ROOT + urls.summary(stored.id)),
        fact_count=_fact_count(summary),
    )  # fmt: skip
