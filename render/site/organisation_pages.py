"""`organisations/<slug>.html`: every agreement, amount and period the knowledge base has with one partner.

An organisation here is a cluster of the kb (`Arktos`, `Arktos vzw`, `Arktos Antwerpen vzw`), so a
partner's page gathers the decisions of every document whatever form of its name they use. Each
decision is counted once (its primary copy), so the text and the PDF of one document never double
an amount.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from render.site import urls
from render.site.decision_pages import referenced_rows
from render.site.formatting import money_to_nl, period_to_nl, shorten
from render.site.knowledge import Knowledge, OrgCluster, StoredDecision
from render.site.labels import labels
from render.site.models import (
    AgreementRow,
    Link,
    OrganisationPage,
    PageMeta,
    Timeline,
    TimelineBar,
    TimelineTick,
    YearAmount,
)
from render.site.rows import (
    YearItems,
    copies_links,
    fact_source,
    meeting_date,
    meeting_text,
    stored_link,
    year_items,
    years_to_rows,
)
from schema.records import ReferencedAgreement

ROOT = "../"
WIDTH, LABEL_ROW, AXIS = 800, 34, 22
LABEL_CHARS = 70


@dataclass(frozen=True)
class DatedPeriod:
    """A period to draw: what it is, when, where it links, and whether it is a referenced agreement."""

    label: str
    start: dt.date | None
    end: dt.date | None
    href: str
    referenced: bool


def _x(day: dt.date, first: dt.date, last: dt.date) -> float:
    total = max((last - first).days, 1)
    return round((day - first).days / total * WIDTH, 1)


def periods_to_timeline(periods: list[DatedPeriod]) -> Timeline | None:
    """An SVG timeline (one bar per period, a tick per 1 January), or None without dated periods.

    An open end is drawn to the last date shown, an open start from the first: the bar then says
    "at least until", which is what the text says.
    """
    dated = [p for p in periods if p.start or p.end]
    if not dated:
        return None
    days = [d for p in dated for d in (p.start, p.end) if d]
    first = dt.date(min(days).year, 1, 1)
    last = dt.date(max(days).year + 1, 1, 1)
    bars = []
    for row, period in enumerate(sorted(dated, key=lambda p: (p.start or p.end or first, p.label))):
        start, end = period.start or first, period.end or last
        x = _x(start, first, last)
        width = max(_x(end, first, last) - x, 2.0)
        right_half = x > WIDTH / 2
        bars.append(TimelineBar(x=x, y=AXIS + row * LABEL_ROW, width=width, label=shorten(period.label, LABEL_CHARS),
                                label_x=round(x + width, 1) if right_half else x,
                                label_anchor="end" if right_half else "start",
                                period=period_to_nl(period.start, period.end), href=period.href,
                                referenced=period.referenced))  # fmt: skip
    ticks = [TimelineTick(_x(dt.date(year, 1, 1), first, last), str(year)) for year in range(first.year, last.year + 1)]
    return Timeline(width=WIDTH, height=AXIS + len(bars) * LABEL_ROW + 4, bars=bars, ticks=ticks)


def _amounts_text(stored: StoredDecision) -> str:
    return "; ".join(
        f"{money_to_nl(a.value)} ({labels().label('amount_kind', a.kind)})" for a in stored.decision.amounts
    )


def partner_decisions(knowledge: Knowledge) -> dict[str, list[StoredDecision]]:
    """cluster id → primary decisions the organisation is a party to, oldest meeting first."""
    found: dict[str, list[StoredDecision]] = defaultdict(list)
    for stored in knowledge.primary_decisions():
        seen: set[str] = set()
        for index, party in enumerate(stored.decision.parties, start=1):
            cluster = knowledge.party_cluster(stored.id, index, party.name)
            if cluster and cluster.id not in seen:
                seen.add(cluster.id)
                found[cluster.id].append(stored)
    return found


def _agreement(knowledge: Knowledge, stored: StoredDecision) -> AgreementRow:
    decision = stored.decision
    parties = []
    for index, party in enumerate(decision.parties, start=1):
        cluster = knowledge.party_cluster(stored.id, index, party.name)
        parties.append(Link(party.name, ROOT + urls.organisation(cluster.id) if cluster else ""))
    period = decision.period
    return AgreementRow(
        kind=decision.decision_type or "besluit", title=decision.title or stored.id,
        period=period_to_nl(period.start, period.end) if period else "", parties=parties,
        amounts=_amounts_text(stored), decision=stored_link(stored, ROOT),
        meeting=meeting_text(stored.document),
        source=fact_source(stored, "title", 1, decision.title_span or decision.span, ROOT),
        also_in=copies_links(knowledge, stored.id, ROOT),
    )  # fmt: skip


def _per_year(decisions: list[StoredDecision]) -> list[YearAmount]:
    """The partner's amounts per year over all its decisions (each decision's own split per year)."""
    items: YearItems = defaultdict(list)
    links: dict[int, list[Link]] = defaultdict(list)
    for stored in decisions:
        per_year, _ = year_items(stored, ROOT)
        for year, entries in per_year.items():
            items[year] += entries
            links[year].append(stored_link(stored, ROOT))
    return years_to_rows(items, links)


Referenced = list[tuple[ReferencedAgreement, AgreementRow]]


def referenced_by_partner(knowledge: Knowledge) -> dict[str, Referenced]:
    """cluster id → referenced agreements (described in a Voorgeschiedenis) naming it as a party."""
    found: dict[str, Referenced] = defaultdict(list)
    for stored in knowledge.primary_decisions():
        if not stored.decision.referenced_agreements:
            continue
        rows = referenced_rows(knowledge, stored, ROOT)
        for index, agreement in enumerate(stored.decision.referenced_agreements, start=1):
            clusters = {
                c.id for p, name in enumerate(agreement.parties, start=1)
                if (c := knowledge.referenced_party_cluster(stored.id, index, p, name)) is not None
            }  # fmt: skip
            for cluster_id in clusters:
                found[cluster_id].append((agreement, rows[index - 1]))
    return found


def organisation_page(
    knowledge: Knowledge, cluster: OrgCluster, decisions: list[StoredDecision], referenced: Referenced
) -> OrganisationPage:
    """The page of one organisation; `decisions` and `referenced` come from `partner_decisions` and
    `referenced_by_partner`, computed once for all organisations."""
    decisions = sorted(decisions, key=lambda stored: (meeting_date(stored) or dt.date.min, stored.id))
    agreements = [_agreement(knowledge, stored) for stored in decisions]
    periods = [
        DatedPeriod(stored.decision.title or stored.id, stored.decision.period.start, stored.decision.period.end,
                    ROOT + urls.decision(stored.id), False)
        for stored in decisions if stored.decision.period is not None
    ]  # fmt: skip
    for agreement, row in referenced:
        label = f"{row.kind}: {row.project}" if row.project else row.kind
        periods.append(DatedPeriod(label, agreement.start, agreement.end, row.source.href, True))
    mentioned = sorted(knowledge.mentions.get(cluster.id, set()), key=lambda d: knowledge.documents[d].source)
    return OrganisationPage(
        page=PageMeta(title=cluster.name, root=ROOT, trail=[Link("Overzicht", ROOT + urls.INDEX)]),
        name=cluster.name, names=cluster.names, agreements=agreements, referenced=[row for _, row in referenced],
        amounts_per_year=_per_year(decisions), timeline=periods_to_timeline(periods),
        mentioned_in=[Link(knowledge.documents[d].source, ROOT + urls.document(d)) for d in mentioned],
    )  # fmt: skip
