"""Amount kinds, decided from the words around the amount (Mechelen, Aalst wording)."""

from decimal import Decimal

import pytest

from extract.money.kinds import KindContext, classify
from extract.money.mentions import find_money
from schema.vocab import AmountKind


def _kinds(sentence: str, context: KindContext | None = None) -> list[str]:
    context = context or KindContext()
    kinds: list[str] = []
    previous = previous_kind = None
    for mention in find_money(sentence):
        kind = classify(sentence, mention, (0, len(sentence)), previous, previous_kind, context)
        kinds.append(kind.value)
        previous, previous_kind = mention, kind
    return kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("voorziet de Stad Mechelen een bijkomende toelage (30.000 euro/jaar) aan Arktos", ["annual"]),
        ("De overeenkomst voorziet in een jaarlijkse toelage van 30.000 euro.", ["annual"]),
        ("Steunpunt Welzijn vzw, minimaal 10 werkplaatsen, jaarlijkse toelage t.w.v. 40 011, 66 EUR", ["annual"]),
        ("De totale kostprijs voor de stad Mechelen bedraagt in totaal €22.938,- (incl. BTW)", ["total"]),
        ("Op 10/11/2023 werd een bedrag van 18.769 euro toegekend.", ["total"]),
        ("Op 05/07/2023 werd een aanvraag ingediend voor 18.768,96 EUR.", ["other"]),
        (
            "De uitgave voor deze opdracht wordt geraamd op € 247.933,88 excl. btw of € 300.000,00 incl. 21% btw, "
            "en het maximale bestelbedrag bedraagt € 413.223,14 excl. btw of € 500.000,00 incl. 21% btw.",
            ["total", "total", "other", "other"],
        ),
        ("abonnementsprijs van € 30 per maand", ["other"]),
        ("Totaal ontvangsten € 9.129.092,90 Totaal kosten € 9.008.994,55", ["other", "other"]),
        ("bijkomende financiering te voorzien van 6.000 euro voor CLB Het Kompas", ["other"]),
    ],
)
def test_kinds_from_wording(sentence: str, kinds: list[str]) -> None:
    assert _kinds(sentence) == kinds


def test_credit_in_the_financial_section_is_budget() -> None:
    fg = KindContext(in_fg=True)
    assert _kinds("Voor 2020 is er 11 470 euro voorzien: AC000131", fg) == ["budget"]
    # a contribution for one year next to the credit that covers it (Mechelen 2025 item 32)
    sentence = "De convenantbijdrage voor 2025 bedraagt 6.235,39 euro en is voorzien op MJP006143 voor een bedrag van 5.410,00 euro."
    assert _kinds(sentence, fg) == ["annual", "budget"]


def test_schedule_amounts_are_instalments_and_their_sum_the_total() -> None:
    context = KindContext(installments=frozenset({Decimal("11470.00"), Decimal("5734.00")}), schedule_total=Decimal("22938.00"))
    assert _kinds("verspreid over 3 jaar: 11.470 euro in 2020", context) == ["installment"]
    assert _kinds("Cofinanciering van 22 938 euro te spreiden over 2 of 3 jaar", context) == ["total"]


def test_pipe_table_column_header() -> None:
    # Aalst 29: the column header names the kind
    text = "| Budget HVZ Zuid-Oost | Dotatie Aalst\nGewone dienst | 24 759 193,87 EUR | 6 988 748,19 EUR\n"
    assert _kinds(text) == ["budget", "total"]


def test_budget_table_cells_are_budget() -> None:
    assert _kinds("€ 232.585", KindContext(in_budget_table=True)) == [AmountKind.BUDGET.value]
