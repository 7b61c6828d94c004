"""Each audit rule on real wording: a passage that passes and one that fails.

The passages are short quotes of the seeds and of Mechelen's minutes of 27 January 2025 (failing
variants change one number of the real wording, marked as such). Facts are built the way the
extractor stores them: each with the span of the passage it is read from.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kb.audit.facts import DecisionFacts
from kb.audit.plancheck import PlanContext
from kb.audit.registry import RULES
from kb.plan import PlanLineRow, StoredVersion, VersionChoice, parse_label
from schema.provenance import Span
from schema.records import Amount, Article, BudgetLine, Decision, Payment, Period
from schema.vocab import AmountKind


class Passage:
    """A real passage and spans into it."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, needle: str) -> Span:
        start = self.text.index(needle)
        return Span(page=1, start=start, end=start + len(needle))

    def amount(self, needle: str, value: str, kind: AmountKind) -> Amount:
        return Amount(value=Decimal(value), kind=kind, text=needle, span=self.span(needle))

    def facts(self, date: dt.date | None = None, **fields: object) -> DecisionFacts:
        decision = Decision(title=fields.pop("title", "Goedkeuring"), span=Span(page=1, start=0, end=len(self.text)),
                            **fields)  # type: ignore[arg-type]
        return DecisionFacts("d-1", "d", "test.txt", "Mechelen", date, "vergadering", decision, self.text)


def run(rule_id: str, facts: DecisionFacts, plan: PlanContext | None = None) -> list:
    return list(RULES[rule_id].check(facts, plan or PlanContext.empty()))


def plan_context(rows: dict[str, tuple[str | None, dict[int, tuple[str, str]]]], label: str = "2020-2025/10") -> PlanContext:
    """A plan version holding `rows` = {mjp: (ac, {year: (kind, amount)})}."""
    version = StoredVersion(label, parse_label(label), dt.date(2020, 1, 1), "label", "plan.csv", len(rows), 0)
    lines = {
        (label, mjp): PlanLineRow(label, mjp, "Stad", None, None, None, None, ac, "actie", None, "omschrijving",
                                  {y: (k, Decimal(a)) for y, (k, a) in figures.items()})
        for mjp, (ac, figures) in rows.items()
    }  # fmt: skip
    return PlanContext(VersionChoice(label, "date", "van kracht op 27-01-2025"), lines, [version])


# --- seed 003 (Mechelen, IGEMO Ensure) -------------------------------------------------------
ENSURE = Passage(
    "Het project loopt van 1 februari 2020 tot en met 30 september 2022. De totale kostprijs voor de stad "
    "Mechelen bedraagt in totaal €22.938,- (incl. BTW), verspreid over 3 jaar.\n"
    "01/12/2020 € 11.470,- P1: 1 februari 2020 – 31 december 2020\n"
    "01/02/2021 € 5.734,- P2: 1 januari 2021 – 31 december 2021\n"
    "01/02/2022 € 5.734,- P3: 1 januari 2022 – 31 december 2022\n"
    "• Voor 2020 is er 11 470 euro voorzien: AC000131 -- Mechelen verhoogt de kans van Mechelaars op "
    "tewerkstelling -- MJP006171 -- Wijk-werken IGEMO project Ensure -- 2020/6490120/60/0550/01."
)


def ensure_payments(p3_end: dt.date = dt.date(2022, 12, 31), p3_amount: str = "5734") -> list[Payment]:
    rows = [("01/12/2020 € 11.470,- P1: 1 februari 2020 – 31 december 2020", "11470", dt.date(2020, 12, 1),
             dt.date(2020, 2, 1), dt.date(2020, 12, 31), "P1"),
            ("01/02/2021 € 5.734,- P2: 1 januari 2021 – 31 december 2021", "5734", dt.date(2021, 2, 1),
             dt.date(2021, 1, 1), dt.date(2021, 12, 31), "P2"),
            ("01/02/2022 € 5.734,- P3: 1 januari 2022 – 31 december 2022", p3_amount, dt.date(2022, 2, 1),
             dt.date(2022, 1, 1), p3_end, "P3")]  # fmt: skip
    return [Payment(span=ENSURE.span(t), amount=Decimal(a), due=d, start=s, end=e, label=lab) for t, a, d, s, e, lab in rows]


def ensure_facts(**changes: object) -> DecisionFacts:
    fields: dict[str, object] = {
        "period": Period(span=ENSURE.span("1 februari 2020 tot en met 30 september 2022"), start=dt.date(2020, 2, 1),
                         end=dt.date(2022, 9, 30)),
        "amounts": [ENSURE.amount("€22.938,-", "22938", AmountKind.TOTAL)],
        "payments": ensure_payments(),
        "budget_lines": [BudgetLine(span=ENSURE.span("Voor 2020 is er 11 470 euro voorzien"), year=2020, action="AC000131",
                                    mjp="MJP006171", budget_key="2020/6490120/60/0550/01", amount=Decimal("11470"))],
    }  # fmt: skip
    fields.update(changes)
    return ENSURE.facts(dt.date(2020, 12, 14), **fields)


def test_payment_outside_period_flags_p3_of_ensure() -> None:
    (hit,) = run("payment-outside-period", ensure_facts())
    assert hit.subject == "P3" and hit.numbers == {"bedrag": Decimal("5734")}
    assert "na het einde" in hit.message and "30-09-2022" in hit.message
    assert [q.label for q in hit.quotes] == ["betaling P3", "looptijd"]
    assert hit.quotes[0].passage.startswith("01/02/2022 € 5.734,- P3")


def test_payment_inside_period_passes() -> None:
    # the same schedule with P3 billed up to the agreement's end
    assert run("payment-outside-period", ensure_facts(payments=ensure_payments(p3_end=dt.date(2022, 9, 30)))) == []


def test_instalments_that_sum_to_the_total_pass() -> None:
    assert run("instalments-vs-total", ensure_facts()) == []  # 11.470 + 5.734 + 5.734 = 22.938


def test_instalments_that_do_not_sum_to_the_total_fail() -> None:
    # variant: the third invoice reads 5.743 instead of 5.734
    (hit,) = run("instalments-vs-total", ensure_facts(payments=ensure_payments(p3_amount="5743")))
    assert hit.numbers == {"som van de schijven": Decimal("22947"), "totaal": Decimal("22938")}
    assert "€ 22.947,00" in hit.message and "€ 22.938,00" in hit.message


def test_ensure_years_2021_and_2022_have_no_budget_line() -> None:
    (hit,) = run("period-year-without-budget-line", ensure_facts())
    assert hit.subject == "2021,2022" and "P2" in hit.message and "P3" in hit.message


# --- seed 000 (Mechelen, Arktos) --------------------------------------------------------------
ARKTOS = Passage(
    "voor de periode van 1-09-2021 tot 31-08-2023 in functie van de ondersteuning ‘bijzondere leerplek’.\n"
    "voorziet de Stad Mechelen een bijkomende toelage (30.000 euro/jaar) aan Arktos Antwerpen\n"
    "2021 AC000109 MJP007706 Toelage aan Arktos Antwerpen 30.000,00 30.000,00 30.000,00\n"
    "2022 AC000109 MJP007706 Toelage aan Arktos Antwerpen 30.000,00 30.000,00 30.000,00\n"
)


def arktos_line(year: int, amount: str = "30000", action: str = "AC000109") -> BudgetLine:
    return BudgetLine(span=ARKTOS.span(f"{year} AC000109 MJP007706"), year=year, action=action, mjp="MJP007706",
                      amount=Decimal(amount), available=Decimal("30000"))  # fmt: skip


def arktos_facts(**changes: object) -> DecisionFacts:
    fields: dict[str, object] = {
        "period": Period(span=ARKTOS.span("1-09-2021 tot 31-08-2023"), start=dt.date(2021, 9, 1), end=dt.date(2023, 8, 31)),
        "amounts": [ARKTOS.amount("30.000 euro", "30000", AmountKind.ANNUAL)],
        "budget_lines": [arktos_line(2021), arktos_line(2022)],
        "plan_version": "2020-2025/4",
    }
    fields.update(changes)
    return ARKTOS.facts(None, **fields)


def test_arktos_2023_has_no_budget_line() -> None:
    (hit,) = run("period-year-without-budget-line", arktos_facts())
    assert hit.subject == "2023"
    assert hit.numbers == {"begrotingslijn 2021 MJP007706": Decimal("30000"), "begrotingslijn 2022 MJP007706": Decimal("30000")}
    assert hit.quotes[0].passage == "1-09-2021 tot 31-08-2023"


def test_budget_lines_covering_every_year_pass() -> None:
    lines = [arktos_line(2021), arktos_line(2022), arktos_line(2022)]
    lines[2] = lines[2].model_copy(update={"year": 2023})
    assert run("period-year-without-budget-line", arktos_facts(budget_lines=lines)) == []


def test_lines_without_year_are_not_read_as_gaps() -> None:
    # seed 001: "Er is een krediet van 30.000,00 euro recurrent voorzien in de meerjarenplanning 2020-2025 (MJP004210)"
    kompas = Passage("voor de periode 01-01-2020 tot en met 31-12-2025. Er is een krediet van 30.000,00 euro recurrent "
                     "voorzien in de meerjarenplanning 2020-2025 (MJP004210)")  # fmt: skip
    facts = kompas.facts(period=Period(span=kompas.span("01-01-2020 tot en met 31-12-2025"), start=dt.date(2020, 1, 1),
                                       end=dt.date(2025, 12, 31)),
                         budget_lines=[BudgetLine(span=kompas.span("krediet van 30.000,00 euro"), mjp="MJP004210",
                                                  amount=Decimal("30000"))])  # fmt: skip
    assert run("period-year-without-budget-line", facts) == []
    full = plan_context({"MJP004210": (None, {y: ("krediet", "30000") for y in range(2020, 2026)})}, "2020-2025/4")
    assert run("year-without-plan-credit", facts, full) == []
    gap = plan_context({"MJP004210": (None, {y: ("krediet", "30000") for y in range(2020, 2024)})}, "2020-2025/4")
    (hit,) = run("year-without-plan-credit", facts, gap)
    assert hit.subject == "MJP004210 2024,2025" and hit.plan.year == 2024 and hit.plan.figure is None


def test_annual_times_years_equal_to_the_total_passes() -> None:
    total = ARKTOS.amount("30.000,00 30.000,00 30.000,00", "60000", AmountKind.TOTAL)  # 30.000 × 24 months
    assert run("annual-times-years-vs-total", arktos_facts(amounts=[*arktos_facts().decision.amounts, total])) == []


def test_annual_times_years_different_from_the_total_fails() -> None:
    # variant: a stated total of 30.000 for the two-year agreement
    total = ARKTOS.amount("30.000,00 30.000,00 30.000,00", "30000", AmountKind.TOTAL)
    (hit,) = run("annual-times-years-vs-total", arktos_facts(amounts=[*arktos_facts().decision.amounts, total]))
    assert hit.numbers["jaarbedrag × looptijd"] == Decimal("60000.00") and hit.numbers["maanden"] == 24


def test_arktos_lines_cover_the_annual_amount() -> None:
    assert run("annual-over-budget-line", arktos_facts()) == []


def test_action_code_of_the_plan_line() -> None:
    plan = plan_context({"MJP007706": ("AC000109", {2021: ("krediet", "30000"), 2022: ("krediet", "30000")})})
    assert run("action-not-in-line", arktos_facts(), plan) == []
    other = plan_context({"MJP007706": ("AC000110", {2021: ("krediet", "30000")})})
    (hit,) = run("action-not-in-line", arktos_facts(), other)
    assert "AC000109" in hit.message and "AC000110" in hit.message and hit.plan.action == "AC000110"


def test_budget_line_against_plan_figure() -> None:
    plan = plan_context({"MJP007706": ("AC000109", {2021: ("krediet", "30000"), 2022: ("krediet", "30000")})})
    assert run("budget-line-over-plan", arktos_facts(), plan) == []
    # variant: the 2022 row requests 30.000,01
    facts = arktos_facts(budget_lines=[arktos_line(2021), arktos_line(2022, "30000.01")])
    (hit,) = run("budget-line-over-plan", facts, plan)
    assert hit.numbers == {"begrotingslijn": Decimal("30000.01"), "plancijfer": Decimal("30000")}
    assert (hit.plan.version, hit.plan.mjp, hit.plan.year, hit.plan.figure) == ("2020-2025/10", "MJP007706", 2022, Decimal("30000"))


def test_cited_line_absent_from_the_plan_is_reported_never_matched() -> None:
    # The seeds cite MJP006171, which the real 2020-2025/10 extract does not hold.
    plan = plan_context({"MJP006143": ("AC000065", {2025: ("raming", "5410")})})
    (hit,) = run("line-absent-from-plan", ensure_facts(), plan)
    assert hit.subject == "MJP006171" and hit.plan.figure is None and hit.numbers == {"geciteerd bedrag": Decimal("11470")}
    present = plan_context({"MJP006171": ("AC000131", {2020: ("krediet", "11470")})})
    assert run("line-absent-from-plan", ensure_facts(), present) == []


# --- Mechelen, 27 January 2025 ----------------------------------------------------------------
CONVENANT = Passage(
    "De convenantbijdrage voor 2025 bedraagt 6.235,39 euro en is voorzien op MJP006143 voor\n"
    "een bedrag van 5.410,00 euro.\nArtikel 3\nDe gemeenteraad keurt de convenantbijdrage van 6.235,39 euro goed."
)


def convenant_facts(annual: str = "6235.39") -> DecisionFacts:
    article = CONVENANT.text.index("De gemeenteraad keurt")
    article_span = Span(page=1, start=article, end=len(CONVENANT.text))
    article_amount = Amount(value=Decimal(annual), kind=AmountKind.TOTAL, text="6.235,39 euro",
                            span=Span(page=1, start=CONVENANT.text.index("6.235,39", article), end=len(CONVENANT.text) - 5))
    return CONVENANT.facts(
        dt.date(2025, 1, 27),
        amounts=[CONVENANT.amount("6.235,39 euro", annual, AmountKind.ANNUAL),
                 CONVENANT.amount("5.410,00 euro", "5410", AmountKind.BUDGET), article_amount],
        budget_lines=[BudgetLine(span=CONVENANT.span("voorzien op MJP006143 voor\neen bedrag van 5.410,00 euro"),
                                 year=2025, mjp="MJP006143", amount=Decimal("5410"))],
        articles=[Article(number=3, text=CONVENANT.text[article:], span=article_span)],
    )  # fmt: skip


def test_annual_contribution_above_the_budget_line_fails() -> None:
    (hit,) = run("annual-over-budget-line", convenant_facts())
    assert hit.numbers == {"jaarbedrag": Decimal("6235.39"), "begrotingslijnen": Decimal("5410")}


def test_annual_contribution_within_the_budget_line_passes() -> None:
    assert run("annual-over-budget-line", convenant_facts(annual="5410.00")) == []


def test_article_amount_not_in_financiele_gevolgen_fails() -> None:
    (hit,) = run("title-article-amount-vs-financial", convenant_facts())
    assert hit.subject == "artikel 3 6235.39" and hit.numbers["artikel 3"] == Decimal("6235.39")


def test_article_amount_equal_to_financiele_gevolgen_passes() -> None:
    assert run("title-article-amount-vs-financial", convenant_facts(annual="5410.00")) == []


def test_article_amount_excl_btw_matches_the_line_incl_btw() -> None:
    # item 38: "een noodzakelijk budget van € 24.700, exclusief btw, en 29.887 euro, inclusief 21% btw"
    text = Passage("Artikel 2\nHet budget van € 24.700 excl. btw wordt goedgekeurd.\n2024 MJP012113 € 30.000 € 29.887")
    facts = text.facts(
        amounts=[text.amount("€ 24.700", "24700", AmountKind.TOTAL)],
        articles=[Article(number=2, text="Het budget van € 24.700 excl. btw wordt goedgekeurd.", span=text.span(
            "Het budget van € 24.700 excl. btw wordt goedgekeurd."))],
        budget_lines=[BudgetLine(span=text.span("2024 MJP012113 € 30.000 € 29.887"), year=2024, mjp="MJP012113",
                                 amount=Decimal("29887"), available=Decimal("30000"))],
    )  # fmt: skip
    assert run("title-article-amount-vs-financial", facts) == []
    assert run("budget-line-over-available", facts) == []


def test_requested_credit_above_available_credit_fails() -> None:
    # item 45: "202 MJP01223 Verwervingssubsid / 5 15 1 ie Bos van Loos € 0,00 € 7.600,00"
    text = Passage("202  MJP01223  Verwervingssubsid\n5  15 1 ie Bos van Loos  € 0,00  € 7.600,00")
    facts = text.facts(budget_lines=[BudgetLine(span=Span(page=1, start=0, end=len(text.text)), year=2025,
                                                mjp="MJP012231", amount=Decimal("7600"), available=Decimal("0"))])  # fmt: skip
    (hit,) = run("budget-line-over-available", facts)
    assert hit.numbers == {"aangevraagd": Decimal("7600"), "beschikbaar": Decimal("0")}


def test_requested_credit_within_available_credit_passes() -> None:
    # item 37: "202 MJP00340 kunstenorganis / 5 64 1 aties € 232.585 € 225.084"
    text = Passage("202  MJP00340 kunstenorganis\n5  64 1 aties  € 232.585  € 225.084")
    facts = text.facts(budget_lines=[BudgetLine(span=Span(page=1, start=0, end=len(text.text)), year=2025,
                                                mjp="MJP003401", amount=Decimal("225084"), available=Decimal("232585"))])  # fmt: skip
    assert run("budget-line-over-available", facts) == []
    assert run("malformed-code", facts) == []  # MJP00340 is the start of the repaired MJP003401


def test_malformed_code_in_prose_is_reported_with_the_similar_code_unmatched() -> None:
    # items 48 and 49: "Het saldo, nl. 74.324,95 euro, werd verschoven (met goedkeuring college) naar
    # MJP9818 ‘Toelage Hidrogem voor rioleringsprojecten’."
    text = Passage("Het saldo, nl. 74.324,95 euro, werd verschoven (met goedkeuring college) naar\n"
                   "MJP9818 ‘Toelage Hidrogem voor rioleringsprojecten’.\n"
                   " 202  MJP00981 rioleringsproje  €\n4  66 8 cten 830.907,82  € 74.324,95")  # fmt: skip
    line = BudgetLine(span=text.span(" 202  MJP00981 rioleringsproje"), year=2024, mjp="MJP009818",
                      amount=Decimal("74324.95"), available=Decimal("830907.82"))  # fmt: skip
    (hit,) = run("malformed-code", text.facts(budget_lines=[line]))
    assert hit.subject == "MJP9818" and "MJP009818 (niet gekoppeld)" in hit.message
    assert hit.quotes[0].passage == "MJP9818 ‘Toelage Hidrogem voor rioleringsprojecten’."
    assert run("line-absent-from-plan", text.facts(budget_lines=[line]),
               plan_context({"MJP009818": (None, {2024: ("raming", "74324.95")})})) == []  # fmt: skip


def test_uncertain_pieces_are_reported_and_a_plan_period_is_not_a_code() -> None:
    text = Passage("De financiële middelen zijn voorzien in MJP 2020-2025 op MJP0026 (onleesbaar).")
    line = BudgetLine(span=text.span("op MJP0026"), year=2025, uncertain_pieces=["MJP0026"])
    hits = run("malformed-code", text.facts(budget_lines=[line]))
    assert [h.subject for h in hits] == ["MJP0026"]
    assert run("malformed-code", text.facts()) != []  # without the line, the text scan still finds it


def test_every_rule_is_in_the_catalogue() -> None:
    from pathlib import Path

    catalogue = (Path(__file__).resolve().parent.parent / "kb" / "audit" / "RULES.md").read_text(encoding="utf-8")
    for rule_id, rule in RULES.items():
        assert f"| `{rule_id}` | {rule.severity} |" in catalogue, rule_id
        assert rule.doc, f"{rule_id} has no docstring"
