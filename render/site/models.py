"""Typed context models of the site's pages: what each template may show, and nothing else.

Every page template renders exactly one of the `*Page` dataclasses below (see
`render.site.environment.PAGE_TEMPLATES`); templates never query. Values are already formatted for
display (Dutch dates, `€ 30.000,00`) and every href is already relative to the page, so a template
is markup only. Text stays plain `str`: the Jinja environment escapes it, which is what keeps a
`<script>` in a council document a piece of text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Link:
    """A hyperlink: the text shown and an href relative to the page that shows it."""

    text: str
    href: str


@dataclass(frozen=True)
class SourceRef:
    """Where a fact was read: page number, the quoted passage and a link to it in the document page."""

    page: int
    quote: str
    href: str
    source: str
    """File name of the document, for the Markdown summary that may be read away from the site."""


@dataclass(frozen=True)
class PageMeta:
    """What the base layout needs: the title, the way back to the site root, the trail and extras."""

    title: str
    root: str
    """Relative prefix from this page to the site root: `""` for index.html, `"../"` one folder down."""
    trail: list[Link] = field(default_factory=list)
    audit: Link | None = None
    """The audit report of the budget lines, when it was rendered."""


@dataclass(frozen=True)
class Row:
    """One labelled fact: a label, its display value, optional link, and its source passage."""

    label: str
    value: str
    source: SourceRef
    link: Link | None = None


@dataclass(frozen=True)
class YearAmount:
    """An amount for one budget year, with the passages it adds up."""

    year: str
    amount: str
    sources: list[SourceRef] = field(default_factory=list)
    decisions: list[Link] = field(default_factory=list)


@dataclass(frozen=True)
class BudgetLineRow:
    """A cited budget line; the codes link to the site's budget pages."""

    year: str
    action: Link | None
    mjp: Link | None
    budget_key: str
    amount: str
    available: str
    description: str
    source: SourceRef
    uncertain: str = ""
    decision: Link | None = None


@dataclass(frozen=True)
class PaymentRow:
    label: str
    due: str
    period: str
    amount: str
    source: SourceRef


@dataclass(frozen=True)
class GoalRow:
    number: str
    level: str
    text: str
    source: SourceRef


@dataclass(frozen=True)
class Voter:
    name: str
    side: str


@dataclass(frozen=True)
class VoteRow:
    """A vote held on a decision: what was voted on, the result in words, and who voted how."""

    subject: str
    result: str
    is_main: bool
    voters: list[Voter]
    source: SourceRef


@dataclass(frozen=True)
class HistoryRow:
    """A Voorgeschiedenis event with the stored decision it names, when the knowledge base has it."""

    date: str
    body: str
    agenda_item: str
    text: str
    source: SourceRef
    target: Link | None
    status: str
    """Dutch: `in de kennisbank`, `meerdere kandidaten`, `niet in de kennisbank`."""


@dataclass(frozen=True)
class AgreementRow:
    """An agreement with a partner: approved by a decision in the knowledge base, or described in one."""

    kind: str
    title: str
    period: str
    parties: list[Link]
    amounts: str
    decision: Link
    meeting: str
    source: SourceRef
    also_in: list[Link] = field(default_factory=list)
    project: str = ""
    relation: str = ""
    """How `decision` relates to the agreement: empty when it approves it, `vermeld in` when it only describes it."""
    approved_by: Link | None = None
    """For an agreement only described: the stored decision that approved it, when the kb links it."""


@dataclass(frozen=True)
class Summary:
    """The agreement summary of one decision: the sections `Overeenkomst` to `Voorgeschiedenis`."""

    parties: list[Row]
    period: Row | None
    amounts_per_year: list[YearAmount]
    amounts_basis: str
    amounts: list[Row]
    budget_lines: list[BudgetLineRow]
    payments: list[PaymentRow]
    goals: list[GoalRow]
    history: list[HistoryRow]
    referenced: list[AgreementRow]
    votes: list[VoteRow]
    articles: list[Row]
    missing: list[str] = field(default_factory=list)
    """Headings of the sections the decision states nothing for (shown as one line, not as empty sections)."""


@dataclass(frozen=True)
class DecisionPage:
    """`decisions/<id>.html` and `summaries/<id>.md`: one decision, each fact with its source."""

    page: PageMeta
    decision_id: str
    title: str
    title_source: SourceRef
    domain: str
    agenda_item: str
    decision_type: str
    municipality: str
    meeting: Link | None
    meeting_text: str
    document: Link
    source_name: str
    also_in: list[Link]
    summary: Summary
    cited_by: list[Link]
    shares_citations_with: list[Link]
    markdown: Link
    fact_count: int


@dataclass(frozen=True)
class Segment:
    """A run of document text; `marked` runs are (part of) a fact, `anchors` start here."""

    text: str
    marked: bool
    anchors: list[str]
    tip: str
    """The Dutch labels of the facts covering the run (shown as a tooltip)."""


@dataclass(frozen=True)
class TextPage:
    number: int
    anchor: str
    segments: list[Segment]


@dataclass(frozen=True)
class DocumentPage:
    """`documents/<id>.html`: the document's text by page, every fact passage marked and anchored."""

    page: PageMeta
    document_id: str
    source: str
    kind: str
    document_type: str
    municipality: str
    meeting: Link | None
    meeting_text: str
    signed: str
    page_count: int
    sha256: str
    also_in: list[Link]
    decisions: list[Link]
    attendees: list[Row]
    questions: list[Row]
    pages: list[TextPage]


@dataclass(frozen=True)
class TimelineBar:
    """One period on the SVG timeline: coordinates in the SVG's user units, precomputed."""

    x: float
    y: float
    width: float
    label: str
    label_x: float
    label_anchor: str
    """SVG `text-anchor`: `start` at the bar's start, `end` at its end for bars in the right half."""
    period: str
    href: str
    referenced: bool


@dataclass(frozen=True)
class TimelineTick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    bars: list[TimelineBar]
    ticks: list[TimelineTick]


@dataclass(frozen=True)
class OrganisationPage:
    """`organisations/<slug>.html`: everything the knowledge base has with one organisation."""

    page: PageMeta
    name: str
    names: list[str]
    """Every form the organisation is written in (merged names, for review)."""
    agreements: list[AgreementRow]
    referenced: list[AgreementRow]
    amounts_per_year: list[YearAmount]
    timeline: Timeline | None
    mentioned_in: list[Link]


@dataclass(frozen=True)
class BudgetPage:
    """`budget/<code>.html`: every decision citing a meerjarenplan line or action code, per year."""

    page: PageMeta
    code: str
    code_kind: str
    lines: list[BudgetLineRow]
    per_year: list[YearAmount]
    related: list[Link]
    audit: Link | None


@dataclass(frozen=True)
class AttendeeRow:
    name: str
    role: str
    status: str
    source: SourceRef


@dataclass(frozen=True)
class MeetingItem:
    agenda_item: str
    decision: Link
    votes: list[VoteRow]
    also_in: list[Link]


@dataclass(frozen=True)
class MeetingPage:
    """`meetings/<id>.html`: who attended, which items were decided and how each was voted."""

    page: PageMeta
    title: str
    municipality: str
    body: str
    date: str
    session: str
    documents: list[Link]
    attendees: list[AttendeeRow]
    items: list[MeetingItem]


@dataclass(frozen=True)
class Count:
    label: str
    number: int
    detail: str = ""


@dataclass(frozen=True)
class IndexDecision:
    date: str
    meeting: str
    decision: Link
    parties: list[Link]
    period: str
    also_in: list[Link]


@dataclass(frozen=True)
class IndexPage:
    """`index.html`: counts, the search box and lists leading to every other page."""

    page: PageMeta
    counts: list[Count]
    decisions: list[IndexDecision]
    organisations: list[Link]
    meetings: list[Link]
    budget_codes: list[Link]
    documents: list[Link]
