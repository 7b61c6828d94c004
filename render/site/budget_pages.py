"""`budget/<code>.html`: every decision citing a meerjarenplan line (MJP…) or action code (AC…).

Finance staff look a line up by its code; the page lists each cited budget line with its
decision, year, amount and source passage, and the totals per year. Each decision counts once
(its primary copy): the text and the PDF of one document cite the same line.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from render.site import urls
from render.site.knowledge import Knowledge, StoredDecision
from render.site.models import BudgetPage, Link, PageMeta
from render.site.rows import YearItems, budget_line_row, fact_source, stored_link, years_to_rows
from schema.records import BudgetLine

ROOT = "../"


@dataclass(frozen=True)
class CitedLine:
    stored: StoredDecision
    index: int
    """1-based position of the line in its decision"""
    line: BudgetLine


def lines_by_code(knowledge: Knowledge) -> dict[str, list[CitedLine]]:
    """MJP or AC code → the budget lines citing it, in decision order."""
    found: dict[str, list[CitedLine]] = defaultdict(list)
    for stored in knowledge.primary_decisions():
        for index, line in enumerate(stored.decision.budget_lines, start=1):
            for code in {line.mjp, line.action} - {None}:
                found[str(code)].append(CitedLine(stored, index, line))
    return dict(sorted(found.items()))


def code_kind(code: str) -> str:
    return "meerjarenplanlijn" if code.startswith("MJP") else "actie"


def budget_page(code: str, cited: list[CitedLine], audit_codes: set[str]) -> BudgetPage:
    """The page of one code; `audit_codes` are the codes the audit report has a page for."""
    per_year: YearItems = defaultdict(list)
    links: dict[int, list[Link]] = defaultdict(list)
    related: set[str] = set()
    for item in cited:
        line = item.line
        related.update({line.mjp, line.action} - {None, code})  # type: ignore[arg-type]
        if line.year is not None and line.amount is not None:
            source = fact_source(item.stored, "budget_line", item.index, line.span, ROOT)
            per_year[line.year].append((line.amount, source))
            link = stored_link(item.stored, ROOT)
            if link not in links[line.year]:
                links[line.year].append(link)
    audit = Link(f"Audit van {code}", ROOT + urls.audit_line(code)) if code in audit_codes else None
    return BudgetPage(
        page=PageMeta(title=f"Begrotingslijn {code}", root=ROOT, trail=[Link("Overzicht", ROOT + urls.INDEX)],
                      audit=Link("Audit begrotingslijnen", ROOT + urls.AUDIT_INDEX) if audit_codes else None),
        code=code, code_kind=code_kind(code),
        lines=[budget_line_row(item.stored, item.index, item.line, ROOT, with_decision=True) for item in cited],
        per_year=years_to_rows(per_year, links),
        related=[Link(other, ROOT + urls.budget(other)) for other in sorted(related)],
        audit=audit,
    )  # fmt: skip
