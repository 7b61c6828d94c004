"""View models of the audit pages: plain data the templates print, with Dutch labels and links.

Built from an `AuditReport` and the stored plan lines. Links are relative: the index lives at
`audit/index.html` (decision pages at `../decisions/<id>.html`), a line page at
`audit/lines/<MJP>.html` (decision pages at `../../decisions/<id>.html`), matching the site's
`decisions/<decision_id>.html`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kb.audit import AuditReport, Finding, ReconRow
from kb.audit.registry import RULES
from kb.audit.words import euro
from kb.plan import PlanLineRow

SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "info"}
STATUS_NL = {"matched": "gevonden", "absent": "niet in het plan", "no-version": "geen planversie"}
KIND_NL = {"rekening": "rekening", "raming": "raming", "krediet": "krediet", None: ""}


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass
class QuoteView:
    label: str
    page: int
    passage: str


@dataclass
class SourceView:
    decision: Link
    source: str
    quotes: list[QuoteView]


@dataclass
class FindingView:
    rule: str
    rule_title: str
    severity: str
    severity_nl: str
    title: str
    date: str
    message: str
    numbers: list[tuple[str, str]]
    plan_row: str
    plan_choice: str
    line: Link | None
    sources: list[SourceView]


@dataclass
class ReconView:
    version: str
    mjp: Link
    year: str
    status: str
    kind: str
    figure: str
    committed: str
    remaining: str
    over: bool
    decisions: list[Link]
    repeats: list[str]


@dataclass
class LineVersionView:
    version: str
    entity: str
    hierarchy: list[tuple[str, str]]
    figures: list[tuple[str, str, str, str, str]]  # year, kind, figure, committed, remaining


@dataclass
class LinePage:
    code: str
    versions: list[LineVersionView]
    absent_in: list[str]
    rows: list[ReconView]
    findings: list[FindingView]
    root: str = "../../"


@dataclass
class IndexPage:
    versions: list[tuple[str, str, str, str]]
    counts: list[tuple[str, int]]
    summary: list[tuple[str, int]]
    findings: list[FindingView]
    rows: list[ReconView]
    decisions: list[tuple[Link, str, str, str]]
    rules: list[tuple[str, str, str, str]]
    root: str = "../"
    line_pages: set[str] = field(default_factory=set)


def _money(value: Decimal | None) -> str:
    return euro(value) if value is not None else "—"


def _decision_link(decision_id: str, title: str, root: str) -> Link:
    return Link(title or decision_id, f"{root}decisions/{decision_id}.html")


def _line_link(code: str, pages: set[str], root_audit: str) -> Link:
    return Link(code, f"{root_audit}lines/{code}.html" if code in pages else "")


def finding_view(finding: Finding, root: str, pages: set[str], root_audit: str) -> FindingView:
    code = finding.plan.mjp if finding.plan else None
    return FindingView(
        rule=finding.rule, rule_title=RULES[finding.rule].title, severity=finding.severity,
        severity_nl=SEVERITY_NL[finding.severity], title=finding.title, date=finding.date or "datum onbekend",
        message=finding.message,
        numbers=[(name, euro(value) if name != "maanden" else f"{value:.0f}") for name, value in finding.numbers.items()],
        plan_row=finding.plan.text() if finding.plan else "", plan_choice=finding.plan.choice if finding.plan else "",
        line=_line_link(code, pages, root_audit) if code else None,
        sources=[SourceView(_decision_link(s.decision_id, s.decision_id, root), s.source,
                            [QuoteView(q.label, q.page, q.passage) for q in s.quotes]) for s in finding.sources],
    )  # fmt: skip


def recon_view(row: ReconRow, root: str, pages: set[str], root_audit: str) -> ReconView:
    return ReconView(
        version=row.version or "—", mjp=_line_link(row.mjp, pages, root_audit),
        year=str(row.year) if row.year is not None else "zonder jaar", status=STATUS_NL[row.status],
        kind=KIND_NL.get(row.kind, row.kind or ""), figure=_money(row.figure), committed=_money(row.committed),
        remaining=_money(row.remaining), over=row.over_committed,
        decisions=[_decision_link(c.decision_id, f"{c.decision_id} ({_money(c.amount)})", root) for c in row.commitments],
        repeats=[f"{c.decision_id} herhaalt {c.repeat_of}" for c in row.commitments if c.repeat_of],
    )  # fmt: skip


def page_codes(report: AuditReport, lines: dict[tuple[str, str], PlanLineRow]) -> set[str]:
    """A page per plan line (of any version) and per cited code."""
    return {mjp for _, mjp in lines} | {row.mjp for row in report.reconciliation}


def index_page(report: AuditReport, pages: set[str]) -> IndexPage:
    root, audit = "../", ""
    versions = [(v.version, v.municipality or "alle", f"{v.valid_from:%d-%m-%Y}" + (" (opgegeven)" if v.valid_from_rule == "option" else " (uit het label)"),
                 f"{v.line_count} lijnen, {v.figure_count} cijfers") for v in report.versions]  # fmt: skip
    summary = report.summary
    decisions = []
    for dossier in report.dossiers:
        if not dossier.cites():
            continue
        facts, plan = dossier.preferred
        sources = ", ".join(f.source for f, _ in dossier.copies)
        decisions.append((_decision_link(facts.decision_id, facts.title, root), sources,
                          plan.choice.version or "geen", plan.choice.explanation))  # fmt: skip
    return IndexPage(
        versions=versions,
        counts=[(SEVERITY_NL[s], n) for s, n in report.counts().items()],
        summary=[("geciteerde lijnen (beslissing × code)", summary.citations), ("gevonden in het plan", summary.matched),
                 ("niet in het plan", summary.absent), ("zonder planversie", summary.no_version),
                 ("misvormde of afgebroken codes", summary.malformed), ("overschreden (lijn × jaar)", summary.over_committed)],
        findings=[finding_view(f, root, pages, audit) for f in report.findings],
        rows=[recon_view(r, root, pages, audit) for r in report.reconciliation],
        decisions=decisions,
        rules=[(r.id, SEVERITY_NL[r.severity], r.title, r.doc) for r in RULES.values()],
        line_pages=pages,
    )  # fmt: skip


def line_page(code: str, report: AuditReport, lines: dict[tuple[str, str], PlanLineRow], pages: set[str]) -> LinePage:
    root, audit = "../../", "../"
    rows = [r for r in report.reconciliation if r.mjp == code]
    committed = {(r.version, r.year): r for r in rows}
    versions = []
    for (version, mjp), line in sorted(lines.items()):
        if mjp != code:
            continue
        hierarchy = [(label, f"{c} {t or ''}".strip()) for label, c, t in
                     (("Beleidsdoelstelling", line.bd, line.bd_title), ("Actieplan", line.ap, line.ap_title),
                      ("Actie", line.ac, line.ac_title)) if c]  # fmt: skip
        hierarchy += [(label, value) for label, value in (("Dienst", line.service), ("Omschrijving", line.description)) if value]
        figures = []
        for year, (kind, amount) in sorted(line.figures.items()):
            row = committed.get((version, year))
            figures.append((str(year), kind, _money(amount), _money(row.committed) if row else "—",
                            _money(row.remaining) if row else _money(amount)))  # fmt: skip
        versions.append(LineVersionView(version, line.entity or "", hierarchy, figures))
    absent_in = sorted({r.version for r in rows if r.status == "absent" and r.version})
    findings = [f for f in report.findings if (f.plan and f.plan.mjp == code) or code in f.subject.split()]
    return LinePage(code, versions, absent_in, [recon_view(r, root, pages, audit) for r in rows],
                    [finding_view(f, root, pages, audit) for f in findings])  # fmt: skip
