"""Rules on the agreement period: payments billed outside it, years of it without a budget line."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from kb.audit.facts import DecisionFacts, Quote
from kb.audit.findings import Hit
from kb.audit.plancheck import PlanContext
from kb.audit.registry import rule
from kb.audit.words import day, euro, years_text
from schema.records import Payment


def payment_label(payment: Payment, index: int) -> str:
    return payment.label or f"betaling {index}"


@rule("payment-outside-period", "error", "Betaling buiten de looptijd")
def payment_outside_period(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """A payment-schedule row bills a period that starts before or ends after the agreement period.

    Pattern: a facturatie table `01/02/2022 € 5.734,- P3: 1 januari 2022 – 31 december 2022` in an
    agreement that `loopt van 1 februari 2020 tot en met 30 september 2022`. Only the billed period
    (start/end of the row) is compared; an invoice date after the end is normal (billing in arrears).
    Needs the decision's period with both ends.
    """
    period = facts.decision.period
    if period is None or period.start is None or period.end is None:
        return
    for index, payment in enumerate(facts.decision.payments, start=1):
        before = payment.start is not None and payment.start < period.start
        after = payment.end is not None and payment.end > period.end
        if not (before or after):
            continue
        label = payment_label(payment, index)
        billed = f"{day(payment.start)} – {day(payment.end)}"
        side = "na het einde" if after else "vóór het begin"
        yield Hit(
            subject=label,
            message=(f"{label} ({euro(payment.amount)}) wordt gefactureerd voor {billed}, {side} van de overeenkomst "
                     f"({day(period.start)} – {day(period.end)})."),
            numbers={"bedrag": payment.amount},
            quotes=(facts.quote(f"betaling {label}", payment.span), facts.quote("looptijd", period.span)),
        )  # fmt: skip


@rule("period-year-without-budget-line", "warning", "Jaar van de looptijd zonder begrotingslijn")
def period_year_without_budget_line(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """A calendar year the agreement period runs into has no budget line in the decision.

    Pattern: `voor de periode van 1-09-2021 tot 31-08-2023` with a Financiële gevolgen table whose
    rows are for 2021 and 2022 only. Applies only when the decision's budget lines state years
    (a line without a year, `krediet van 30.000,00 euro recurrent voorzien`, covers no year in
    particular and is not read as a gap). Payments falling due in an uncovered year are named.
    """
    period = facts.decision.period
    lines = [line for line in facts.decision.budget_lines if line.year is not None]
    if period is None or period.start is None or period.end is None or not lines:
        return
    covered = {line.year for line in lines}
    missing = [year for year in range(period.start.year, period.end.year + 1) if year not in covered]
    if not missing:
        return
    numbers: dict[str, Decimal] = {}
    quotes: list[Quote] = [facts.quote("looptijd", period.span)]
    for line in lines:
        if line.amount is not None:
            key = f"begrotingslijn {line.year} {line.mjp or ''}".strip()
            numbers[key] = numbers.get(key, Decimal(0)) + line.amount
        quotes.append(facts.quote(f"begrotingslijn {line.year}", line.span))
    due = [(i, p) for i, p in enumerate(facts.decision.payments, start=1) if p.due and p.due.year in missing]
    for index, payment in due:
        numbers[payment_label(payment, index)] = payment.amount
        quotes.append(facts.quote(f"betaling {payment_label(payment, index)}", payment.span))
    paid = "; ".join(f"{payment_label(p, i)} ({euro(p.amount)}, {day(p.due)})" for i, p in due)
    codes = {line.mjp for line in lines if line.mjp}
    # With one cited line and a plan version, show what the plan holds for the first uncovered year.
    ref = plan.ref(codes.pop(), missing[0]) if plan.choice.found and len(codes) == 1 else None
    yield Hit(
        subject=",".join(map(str, missing)),
        message=(f"De overeenkomst loopt van {day(period.start)} tot {day(period.end)}, maar de begrotingslijnen "
                 f"dekken alleen {years_text(sorted(covered))}: geen begrotingslijn voor {years_text(missing)}."
                 + (f" Betalingen in die jaren: {paid}." if due else "")),
        numbers=numbers,
        quotes=tuple(quotes),
        plan=ref,
    )  # fmt: skip
