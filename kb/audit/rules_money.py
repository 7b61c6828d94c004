"""Rules on a decision's own amounts: do they agree with each other?"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from kb.audit.facts import DecisionFacts
from kb.audit.findings import Hit
from kb.audit.plancheck import PlanContext
from kb.audit.registry import rule
from kb.audit.words import day, euro
from schema.records import Amount
from schema.vocab import AmountKind

CENT = Decimal("0.01")
VAT_RATES = (Decimal("1.21"), Decimal("1.06"))  # btw: an excl. figure in the Besluit, incl. in the table


def _of_kind(facts: DecisionFacts, kind: AmountKind) -> list[Amount]:
    return [amount for amount in facts.decision.amounts if amount.kind is kind]


@rule("instalments-vs-total", "error", "Schijven tellen niet op tot het totaal")
def instalments_vs_total(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """The rows of a payment schedule do not add up to the total the decision states.

    Pattern: `De totale kostprijs ... bedraagt in totaal €22.938,-` and a facturatie table of
    `€ 11.470,-`, `€ 5.734,-`, `€ 5.734,-`. Needs two or more schedule rows and a stated total; when
    several totals are stated (excl. and incl. btw), the sum must equal one of them.
    """
    payments = facts.decision.payments
    totals = _of_kind(facts, AmountKind.TOTAL)
    if len(payments) < 2 or not totals:
        return
    paid = sum((payment.amount for payment in payments), Decimal(0))
    if any(paid == total.value for total in totals):
        return
    distinct = sorted({total.value for total in totals})
    numbers = {"som van de schijven": paid} | {f"totaal {i}" if len(distinct) > 1 else "totaal": v
                                                 for i, v in enumerate(distinct, start=1)}  # fmt: skip
    quotes = [facts.quote("totaal", total.span) for total in totals]
    quotes += [facts.quote(f"schijf {p.label or i}", p.span) for i, p in enumerate(payments, start=1)]
    yield Hit(
        subject="betalingsschema",
        message=(f"De {len(payments)} schijven van het betalingsschema tellen op tot {euro(paid)}, "
                 f"het vermelde totaal is {' / '.join(euro(v) for v in distinct)} (verschil {euro(paid - distinct[0])})."),
        numbers=numbers,
        quotes=tuple(quotes),
    )  # fmt: skip


def whole_months(start: dt.date, end: dt.date) -> int | None:
    """Months from the 1st of a month to the last day of a month (`1-09-2021 tot 31-08-2023` → 24); else None."""
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


@rule("annual-times-years-vs-total", "warning", "Jaarbedrag × looptijd verschilt van het totaal")
def annual_times_years_vs_total(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """An annual amount times the length of the period differs from the stated total.

    Pattern: `een jaarlijkse toelage van 30.000 euro` for `de periode 01-01-2020 tot 31-12-2025`
    and a total of the whole agreement. Only periods of whole months are compared (months / 12
    years, to the cent); a period without both ends, or no stated total, says nothing.
    """
    period = facts.decision.period
    annuals, totals = _of_kind(facts, AmountKind.ANNUAL), _of_kind(facts, AmountKind.TOTAL)
    if period is None or period.start is None or period.end is None or not annuals or not totals:
        return
    months = whole_months(period.start, period.end)
    if months is None:
        return
    expected = {a.value: (a.value * months / 12).quantize(CENT) for a in annuals}
    if any(total.value == value for total in totals for value in expected.values()):
        return
    annual, product = next(iter(expected.items()))
    total = totals[0].value
    yield Hit(
        subject="jaarbedrag",
        message=(f"{euro(annual)} per jaar × {months} maanden ({day(period.start)} – {day(period.end)}) = "
                 f"{euro(product)}, maar het vermelde totaal is {euro(total)}."),
        numbers={"jaarbedrag": annual, "maanden": Decimal(months), "jaarbedrag × looptijd": product, "totaal": total},
        quotes=tuple([facts.quote("jaarbedrag", a.span) for a in annuals] + [facts.quote("totaal", t.span) for t in totals]
                     + [facts.quote("looptijd", period.span)]),
    )  # fmt: skip


def financial_figures(facts: DecisionFacts) -> set[Decimal]:
    """The amounts the Financiële gevolgen state: budget-line amounts and credits, `budget` amounts,
    and the sums of the budget lines (all, and per year), since a Besluit often states the total."""
    lines = facts.decision.budget_lines
    figures = {a.value for a in _of_kind(facts, AmountKind.BUDGET)}
    figures |= {v for line in lines for v in (line.amount, line.available) if v is not None}
    amounts = [line.amount for line in lines if line.amount is not None]
    if amounts:
        figures.add(sum(amounts, Decimal(0)))
    return figures


def matches_any(value: Decimal, figures: set[Decimal]) -> bool:
    """Equal to a figure, or to it with or without btw (21 %, 6 %), to the cent."""
    for figure in figures:
        if value == figure or any(abs(value * rate - figure) <= CENT or abs(figure * rate - value) <= CENT
                                  for rate in VAT_RATES):  # fmt: skip
            return True
    return False


@rule("title-article-amount-vs-financial", "warning", "Bedrag in titel of artikel wijkt af van Financiële gevolgen")
def title_article_amount_vs_financial(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """An amount in the title or an article of the Besluit is none of the amounts in Financiële gevolgen.

    Pattern: `Artikel 1 ... verleent een toelage van 6.235,39 euro` while the Financiële gevolgen say
    `voorzien op MJP006143 voor een bedrag van 5.410,00 euro`. Compared with every budget-line amount,
    stated credit, `budget` amount and the sum of the lines, also with or without btw. A decision
    without Financiële gevolgen figures says nothing.
    """
    figures = financial_figures(facts)
    if not figures:
        return
    decision = facts.decision
    places = [("titel", decision.title_span)] + [(f"artikel {a.number}", a.span) for a in decision.articles]
    for amount in decision.amounts:
        where = next((name for name, span in places if span is not None and facts.within(amount.span, span)), None)
        if where is None or amount.kind is AmountKind.BUDGET or matches_any(amount.value, figures):
            continue
        shown = sorted(figures)
        yield Hit(
            subject=f"{where} {amount.value}",
            message=(f"{where.capitalize()} vermeldt {euro(amount.value)}; de Financiële gevolgen vermelden "
                     f"{', '.join(euro(v) for v in shown)}."),
            numbers={where: amount.value} | {f"financiële gevolgen {i}": v for i, v in enumerate(shown, start=1)},
            quotes=(facts.quote(where, amount.span),
                    *(facts.quote(f"begrotingslijn {line.year or ''}".strip(), line.span) for line in decision.budget_lines)),
        )  # fmt: skip


@rule("budget-line-over-available", "error", "Begrotingslijn hoger dan het beschikbare krediet")
def budget_line_over_available(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """A budget line requests more than the credit the same line says is available.

    Pattern: a Budgetopgave row `2025 · MJP003401 · Beschikbaar krediet € 232.585 · Aangevraagd
    krediet € 225.084` (fine) versus one whose requested credit exceeds the available credit.
    """
    for line in facts.decision.budget_lines:
        if line.amount is None or line.available is None or line.amount <= line.available:
            continue
        yield Hit(
            subject=f"{line.mjp or '?'} {line.year or ''}".strip(),
            message=(f"Begrotingslijn {line.year or ''} {line.mjp or ''}: aangevraagd {euro(line.amount)}, "
                     f"beschikbaar krediet {euro(line.available)} (tekort {euro(line.amount - line.available)})."),
            numbers={"aangevraagd": line.amount, "beschikbaar": line.available},
            quotes=(facts.quote(f"begrotingslijn {line.year or ''}".strip(), line.span),),
        )  # fmt: skip


def _full_years(facts: DecisionFacts) -> set[int] | None:
    """Calendar years the period covers entirely; None when the decision states no full period."""
    period = facts.decision.period
    if period is None or period.start is None or period.end is None:
        return None
    return {y for y in range(period.start.year, period.end.year + 1)
            if period.start <= dt.date(y, 1, 1) and dt.date(y, 12, 31) <= period.end}  # fmt: skip


@rule("annual-over-budget-line", "warning", "Jaarbedrag hoger dan de begrotingslijn")
def annual_over_budget_line(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """The yearly amount the decision commits exceeds what its budget lines provide for a year.

    Pattern: `De convenantbijdrage voor 2025 bedraagt 6.235,39 euro en is voorzien op MJP006143 voor
    een bedrag van 5.410,00 euro.` Per budget year, the lines of that year plus the lines without a
    year (`35.000 euro per jaar`) must cover the largest `annual` amount. Years the agreement period covers only in part (a first
    year from September) may be provided pro rata and are not compared.
    """
    annuals = _of_kind(facts, AmountKind.ANNUAL)
    lines = [line for line in facts.decision.budget_lines if line.amount is not None]
    if not annuals or not lines:
        return
    top = max(annuals, key=lambda a: a.value)
    full = _full_years(facts)
    undated = sum((line.amount for line in lines if line.year is None), Decimal(0))  # type: ignore[misc]
    years = sorted({line.year for line in lines if line.year is not None})
    # A line without a year provides for every year, next to the lines of that year.
    groups: list[int | None] = list(years) or [None]
    for year in groups:
        provided = undated + sum((line.amount for line in lines if line.year == year and year is not None), Decimal(0))  # type: ignore[misc]
        if provided >= top.value or (year is not None and full is not None and year not in full):
            continue
        which = f"voor {year}" if year is not None else "(zonder jaar)"
        yield Hit(
            subject=str(year or ""),
            message=(f"Het jaarbedrag is {euro(top.value)}, de begrotingslijnen {which} voorzien {euro(provided)} "
                     f"(tekort {euro(top.value - provided)})."),
            numbers={"jaarbedrag": top.value, "begrotingslijnen": provided},
            quotes=(facts.quote("jaarbedrag", top.span),
                    *(facts.quote(f"begrotingslijn {line.year or ''}".strip(), line.span) for line in lines
                      if line.year in (year, None))),
        )  # fmt: skip
