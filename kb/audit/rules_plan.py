"""Rules that check a decision's budget lines against the plan version chosen for it.

All of them say nothing when no plan version applies (none imported, or none for the decision's
municipality): the report states which version each decision was checked against, or none.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from kb.audit.facts import DecisionFacts
from kb.audit.findings import Hit
from kb.audit.plancheck import PlanContext
from kb.audit.registry import rule
from kb.audit.words import euro, years_text
from schema.records import BudgetLine


def _cited(facts: DecisionFacts) -> dict[str, list[BudgetLine]]:
    """Budget lines per cited MJP code, in order of first citation."""
    cited: dict[str, list[BudgetLine]] = {}
    for line in facts.decision.budget_lines:
        if line.mjp:
            cited.setdefault(line.mjp, []).append(line)
    return cited


def _line_quote(facts: DecisionFacts, line: BudgetLine):  # noqa: ANN202 - Quote
    return facts.quote(f"begrotingslijn {line.year or ''} {line.mjp or ''}".strip(), line.span)


@rule("line-absent-from-plan", "warning", "Geciteerde MJP-lijn niet in het meerjarenplan")
def line_absent_from_plan(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """The decision cites an MJP code that the plan version it is checked against does not hold.

    Pattern: `AC000131 -- ... -- MJP006171 -- Wijk-werken IGEMO project Ensure` with no line MJP006171
    in the version. Never matched to a similar code, nor to the same code in another version (codes
    are unique only within a version); where another version holds it, the message says so.
    """
    if not plan.choice.found:
        return
    for mjp, lines in _cited(facts).items():
        if plan.line(mjp) is not None:
            continue
        other = plan.elsewhere(mjp)
        note = f" (komt wel voor in versie {', '.join(other)}: niet gekoppeld, andere versie)" if other else ""
        amounts = [line.amount for line in lines if line.amount is not None]
        yield Hit(
            subject=mjp,
            message=f"{mjp} staat niet in meerjarenplan {plan.choice.version}{note}.",
            numbers={"geciteerd bedrag": sum(amounts, Decimal(0))} if amounts else {},
            quotes=tuple(_line_quote(facts, line) for line in lines),
            plan=plan.ref(mjp),
        )


@rule("action-not-in-line", "error", "Actiecode hoort niet bij de MJP-lijn")
def action_not_in_line(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """The action code (AC) cited with an MJP line is not the action that line hangs under in the plan.

    Pattern: `AC000109 ... MJP007706` where the plan puts MJP007706 under another AC. Only lines
    present in the version and citing an AC are compared.
    """
    if not plan.choice.found:
        return
    seen: set[tuple[str, str]] = set()
    for line in facts.decision.budget_lines:
        row = plan.line(line.mjp) if line.mjp else None
        if row is None or not line.action or not row.ac or line.action == row.ac or (line.mjp, line.action) in seen:
            continue
        seen.add((line.mjp, line.action))  # type: ignore[arg-type]
        yield Hit(
            subject=f"{line.mjp} {line.action}",
            message=(f"De beslissing citeert {line.action} bij {line.mjp}; in meerjarenplan {plan.choice.version} "
                     f"hoort {line.mjp} bij {row.ac} ({row.ac_title or 'zonder titel'})."),
            numbers={},
            quotes=(_line_quote(facts, line),),
            plan=plan.ref(line.mjp, line.year),  # type: ignore[arg-type]
        )  # fmt: skip


@rule("budget-line-over-plan", "error", "Begrotingslijn hoger dan het plancijfer")
def budget_line_over_plan(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """A budget line's amount for a year exceeds the plan figure of that line and year.

    Pattern: `2025 · MJP006143 · 5.410,00` against the plan's raming for MJP006143 in 2025. Only
    positive plan figures are compared; a missing or zero figure is `year-without-plan-credit`.
    """
    if not plan.choice.found:
        return
    for line in facts.decision.budget_lines:
        if not line.mjp or line.year is None or line.amount is None:
            continue
        ref = plan.ref(line.mjp, line.year)
        if ref.figure is None or ref.figure <= 0 or line.amount <= ref.figure:
            continue
        yield Hit(
            subject=f"{line.mjp} {line.year}",
            message=(f"Begrotingslijn {line.year} {line.mjp}: {euro(line.amount)}, hoger dan het plancijfer "
                     f"({ref.kind} {euro(ref.figure)}) in {ref.version}."),
            numbers={"begrotingslijn": line.amount, "plancijfer": ref.figure},
            quotes=(_line_quote(facts, line),),
            plan=ref,
        )  # fmt: skip


def _years_to_check(facts: DecisionFacts, lines: list[BudgetLine]) -> list[int]:
    """The years a line is cited for; for lines without a year, the years of the agreement period."""
    years = {line.year for line in lines if line.year is not None}
    period = facts.decision.period
    if any(line.year is None for line in lines) and period and period.start and period.end:
        years |= set(range(period.start.year, period.end.year + 1))
    return sorted(years)


@rule("year-without-plan-credit", "warning", "Geen plankrediet voor een geciteerd jaar")
def year_without_plan_credit(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """A year the decision relies on a plan line for has no (or a zero) figure on that line.

    The years are those of the decision's budget lines for the code; a line without a year
    (`krediet van 30.000,00 euro recurrent voorzien ... (MJP004210)`) relies on the line for every
    year of the agreement period. Years outside the version's plan period are not checked
    (a 2020-2025 plan has no 2026 figures to check against).
    """
    version = plan.version
    if version is None:
        return
    for mjp, lines in _cited(facts).items():
        row = plan.line(mjp)
        if row is None:
            continue  # line-absent-from-plan says it
        years = [y for y in _years_to_check(facts, lines) if version.label.covers(y)]
        empty = [y for y in years if y not in row.figures or row.figures[y][1] <= 0]
        if not empty:
            continue
        yield Hit(
            subject=f"{mjp} {','.join(map(str, empty))}",
            message=(f"{mjp} heeft in {version.version} geen krediet voor {years_text(empty)}"
                     f" (de beslissing rekent op die lijn voor {years_text(years)})."),
            numbers={f"plancijfer {y}": row.figures[y][1] for y in empty if y in row.figures},
            quotes=tuple(_line_quote(facts, line) for line in lines),
            plan=plan.ref(mjp, empty[0]),
        )  # fmt: skip
