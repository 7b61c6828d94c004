"""`index.html`: what the knowledge base holds (counts), the search box, and lists to every page."""

from __future__ import annotations

import datetime as dt

from render.site import urls
from render.site.formatting import date_to_nl
from render.site.knowledge import Knowledge
from render.site.meeting_pages import meeting_title
from render.site.models import Count, IndexDecision, IndexPage, Link, PageMeta
from render.site.rows import copies_links, meeting_date, meeting_text, period_of, stored_link

ROOT = ""


def _counts(knowledge: Knowledge, organisations: int) -> list[Count]:
    primary = knowledge.primary_decisions()
    kinds = sorted({d.kind for d in knowledge.documents.values()})
    per_kind = ", ".join(f"{sum(d.kind == k for d in knowledge.documents.values())} {k.upper()}" for k in kinds)
    copies = len(knowledge.decisions) - len(primary)
    amounts = sum(len(d.decision.amounts) for d in primary)
    budget = sum(1 for d in primary for line in d.decision.budget_lines if line.amount is not None)
    return [
        Count("Documenten", len(knowledge.documents), per_kind),
        Count("Besluiten", len(primary), f"plus {copies} kopie(ën) in een andere bron" if copies else ""),
        Count("Organisaties", organisations),
        Count("Vergaderingen", len(knowledge.meetings)),
        Count("Bedragen", amounts, f"en {budget} begrotingslijnen met bedrag" if budget else ""),
    ]


def _with_count(name: str, count: int) -> str:
    return f"{name} ({count})" if count else name


def index_page(knowledge: Knowledge, organisations: dict[str, int], budget_codes: list[str], audit: bool) -> IndexPage:
    """`organisations`: cluster id → number of decisions it is party to (pages exist for all of them)."""
    primary = sorted(
        knowledge.primary_decisions(),
        key=lambda d: (-(meeting_date(d) or dt.date.min).toordinal(), d.document.source, d.position),
    )
    decisions = []
    for stored in primary:
        parties: list[Link] = []
        for index, party in enumerate(stored.decision.parties, start=1):
            cluster = knowledge.party_cluster(stored.id, index, party.name)
            if cluster is not None and all(link.text != cluster.name for link in parties):
                parties.append(Link(cluster.name, urls.organisation(cluster.id)))
        when = meeting_date(stored)
        decisions.append(IndexDecision(
            date=date_to_nl(when) if when else "", meeting=meeting_text(stored.document),
            decision=stored_link(stored, ""), parties=parties,
            period=period_of(stored) if stored.decision.period else "",
            also_in=copies_links(knowledge, stored.id, ROOT),
        ))  # fmt: skip
    ranked = sorted(organisations, key=lambda c: (-organisations[c], knowledge.clusters[c].name.casefold()))
    return IndexPage(
        page=PageMeta(title="Besluitenbank", root=ROOT,
                      audit=Link("Audit begrotingslijnen", urls.AUDIT_INDEX) if audit else None),
        counts=_counts(knowledge, len(organisations)),
        decisions=decisions,
        organisations=[Link(_with_count(knowledge.clusters[c].name, organisations[c]), urls.organisation(c))
                       for c in ranked],
        meetings=[Link(meeting_title(m), urls.meeting(m.id)) for m in sorted(knowledge.meetings.values(),
                                                                          key=lambda m: m.date, reverse=True)],
        budget_codes=[Link(code, urls.budget(code)) for code in budget_codes],
        documents=[Link(d.source, urls.document(d.id)) for d in knowledge.documents.values()],
    )  # fmt: skip
