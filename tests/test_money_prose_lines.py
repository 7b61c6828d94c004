"""Budget lines cited in running text, on Mechelen, Aalst and Destelbergen wording."""

from decimal import Decimal

from extract.money.mentions import find_money
from extract.money.prose_lines import codes_in, lines_in_sentence, plan_version


def _lines(sentence: str, budget_context: bool = True):
    codes, _ = codes_in(sentence, 0, len(sentence), budget_context)
    return [
        (line.year, line.action, line.mjp, line.budget_key, line.amount)
        for line in lines_in_sentence(sentence, (0, len(sentence)), codes, find_money(sentence))
    ]


def test_one_line_with_action_plan_line_and_key() -> None:
    # Mechelen seed 003
    sentence = (
        "Voor 2020 is er 11 470 euro voorzien: AC000131 -- Mechelen verhoogt de kans van Mechelaars op "
        "tewerkstelling -- MJP006171 -- Wijk-werken IGEMO project Ensure -- 2020/6490120/60/0550/01."
    )
    assert _lines(sentence) == [(2020, "AC000131", "MJP006171", "2020/6490120/60/0550/01", Decimal("11470.00"))]


def test_plan_period_is_no_year() -> None:
    # Mechelen seed 001
    sentence = (
        "Er is een krediet van 30.000,00 euro recurrent voorzien in de meerjarenplanning 2020-2025 "
        "(MJP004210) voor de uitvoering van het programma."
    )
    assert _lines(sentence) == [(None, None, "MJP004210", None, Decimal("30000.00"))]


def test_amount_of_the_clause_holding_the_code() -> None:
    # Mechelen 2025 item 32
    sentence = "De convenantbijdrage voor 2025 bedraagt 6.235,39 euro en is voorzien op MJP006143 voor een bedrag van 5.410,00 euro."
    assert _lines(sentence) == [(2025, None, "MJP006143", None, Decimal("5410.00"))]


def test_several_codes_of_one_kind_give_one_line_each() -> None:
    # Mechelen 2025 item 41, Destelbergen 09
    assert _lines("De nodige budgetten zijn beschikbaar op de ramingnummers MJP009545 en MJP005487.") == [
        (None, None, "MJP009545", None, None),
        (None, None, "MJP005487", None, None),
    ]
    sentence = (
        "De uitgave voor deze opdracht zal voorzien worden in het Exploitatiekrediet van 2024,\n"
        "op kredietcode 6103010/011904, 6103010/011905 en 6103010/075200"
    )
    assert [line[0] for line in _lines(sentence, budget_context=False)] == [2024, 2024, 2024]
    assert [line[3] for line in _lines(sentence, budget_context=False)] == [
        "6103010/011904", "6103010/011905", "6103010/075200",
    ]


def test_action_code_outside_the_financial_section() -> None:
    # Aalst 13: an action code in a commitment sentence, no amount, no year
    sentence = "(kadert in de werkingsmiddelen voor de publieksontsluiting van de Sint-Martinuskerk AC000249)."
    assert _lines(sentence, budget_context=False) == [(None, "AC000249", None, None, None)]


def test_key_without_budget_context_is_ignored() -> None:
    assert _lines("Het dossier 2023/1234567/01 werd besproken.", budget_context=False) == []


def test_dash_separated_codes() -> None:
    assert _lines("MJP000217 - AC000300 – 0119-08/2210007") == [(None, "AC000300", "MJP000217", "0119-08/2210007", None)]


def test_plan_version() -> None:
    text = "De financiële middelen zijn voorzien in de aanpassing meerjarenplan 2020-2025 nr. 4:"
    assert plan_version(text, 0, len(text)) == "2020-2025/4"
    assert plan_version("Geen", 0, 4) is None
