"""Euro amounts with a currency marker, on real wording of several municipalities."""

from decimal import Decimal

import pytest

from extract.money.mentions import find_money, number_to_decimal


@pytest.mark.parametrize(
    ("passage", "values"),
    [
        # Mechelen seed 003
        ("Cofinanciering van 22 938 euro te spreiden over 2 of 3 jaar", ["22938.00"]),
        ("bedraagt in totaal €22.938,- (incl. BTW)", ["22938.00"]),
        ("01/12/2020 € 11.470,- P1: 1 februari 2020 – 31 december 2020", ["11470.00"]),
        # Aalst: a stray space after the decimal comma, grouping by spaces, the marker after
        ("jaarlijkse toelage t.w.v. 40 011, 66 EUR", ["40011.66"]),
        ("Gewone dienst | 24 759 193,87 EUR | 6 988 748,19 EUR", ["24759193.87", "6988748.19"]),
        ("9.385 € eind januari 2024 na ondertekening", ["9385.00"]),
        ("Globaal Totaal 27 807,8 EUR |", ["27807.80"]),
        # Mechelen 2025: a negative account figure, excl./incl. pairs joined by a dash
        ("Boekhoudkundig resultaat -€ 208.952,31 middelen -€ 155.871,81", ["-208952.31", "-155871.81"]),
        ("Aandeel Stad Mechelen: € 150.850,26 excl. btw - € 182.528,81 incl. btw;", ["150850.26", "182528.81"]),
        ("175 euro/m² BBVO voor de functie", ["175.00"]),
        # Destelbergen
        ("raming: € 90.364,59 excl. btw of € 109.341,15 incl. 21% btw;", ["90364.59", "109341.15"]),
        # Nazareth: more than two decimals are kept to the cent
        ("€ 3.876,231 per inwoner", ["3876.23"]),
    ],
)
def test_marked_amounts(passage: str, values: list[str]) -> None:
    assert [str(m.value) for m in find_money(passage)] == values


def test_zero_and_unmarked_numbers_are_no_amounts() -> None:
    # `0,00` marks an empty credit; a date, a year range and a count are not money
    text = "Ontvangen toelage SH € 0,00 op 01/12/2020 voor 2020-2025 en 3.452 m²"
    assert find_money(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "De totale kostprijs bedraagt 22.938 euro (incl. BTW)"
    (mention,) = find_money(text, 10)
    assert text[mention.start : mention.end] == "22.938 euro"


def test_one_decimal_cells_are_flagged() -> None:
    (mention,) = find_money("€ 178.269,2  ")
    assert mention.one_decimal
    assert not find_money("€ 178.269,15")[0].one_decimal


def test_number_to_decimal() -> None:
    assert number_to_decimal("30.000,00") == Decimal("30000.00")
    assert number_to_decimal("1218,724") == Decimal("1218.72")
    assert number_to_decimal("abc") is None


def test_marker_and_number_on_two_lines() -> None:
    # Nazareth verslag: `kost ons dit €` / `3.876,231 / maand`, `bedrag van 40.011,00` / `EUR`
    assert [str(m.value) for m in find_money("kost ons dit €\n3.876,231 / maand")] == ["3876.23"]
    assert [str(m.value) for m in find_money("met een bedrag van 40.011,00\nEUR, met uitgifte")] == ["40011.00"]
    # a list number after a marker at a line end is no amount
    assert find_money("de prijs in €\n2. Volgende punt") == []


def test_space_grouped_and_bare_amounts_wrapped_before_the_currency_word() -> None:
    # thousands grouped with spaces wrap before the currency word or inside the number
    assert [str(m.value) for m in find_money("een toelage toe te kennen ten belope van 22 100\neuro.")] == ["22100.00"]
    assert [str(m.value) for m in find_money("een bijkomende toelage toe (56 100\neuro/jaar) voor")] == ["56100.00"]
    assert [str(m.value) for m in find_money("een bijkomende toelage toe (43\n200 euro/jaar) voor")] == ["43200.00"]
    # Nazareth-De Pinte notulen: `... werd vanaf 1 januari 2025 vastgelegd op 180` / `euro.`
    assert [str(m.value) for m in find_money("werd vanaf 1 januari 2025 vastgelegd op 180\neuro.")] == ["180.00"]
    # a year at a line end is not the amount of the marker that opens the next line
    assert [str(m.value) for m in find_money("voorzien in 2024\nEUR 5.000 voor de werking")] == ["5000.00"]


def test_wrapped_amounts_keep_their_prose_kind() -> None:
    from extract.money.analysis import analyse
    from schema.source import SourceDocument, join_pages

    text = (
        "Feiten en argumentatie\n"
        "• Het college stelt voor een eenmalige toelage toe te kennen ten belope van 18 200\neuro.\n"
        "• De stad kent Jeugdhuis De Kroon vzw een bijkomende toelage toe (56 100\neuro/jaar) voor de duur van de overeenkomst.\n"
    )
    full, pages = join_pages([text])
    source = SourceDocument(name="x.txt", path="x.txt", sha256="0" * 64, kind="txt", text=full, pages=pages)
    result = analyse(full, source, 0, len(full), None)
    assert [(str(m.value), kind.value) for m, kind in result.amounts] == [("18200.00", "total"), ("56100.00", "annual")]
