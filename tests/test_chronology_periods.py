"""Period rules on real wording (Mechelen seeds 2020-21 and 2025, Aalst, Torhout, Destelbergen)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.chronology.datefind import dates_in
from extract.chronology.periods import choose_period, range_periods, text_to_periods, year_periods


def _first(text: str, *, title: bool = False) -> tuple[str, str] | None:
    chosen = choose_period(text_to_periods(text, 0, len(text), title=title), own=True)
    return None if chosen is None else (chosen.start.isoformat(), chosen.end.isoformat())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mechelen seed titles and agreements
        ("Mechelen en Arktos vzw voor de periode van 1-09-2021 tot 31-08-2023 in", ("2021-09-01", "2023-08-31")),
        ("‘Regionaal Centraal Meldpunt Risicojongeren regio Mechelen’ voor de periode 01-01-2020 tot en met 31-12-\n\n2025. ", ("2020-01-01", "2025-12-31")),
        ("Het \nproject loopt van 1 februari 2020 tot en met 30 september 2022. De totale kostprijs", ("2020-02-01", "2022-09-30")),
        # Mechelen 2025 titles
        ("Vaststelling aangepast belastingreglement op\ntweede verblijven, met ingang van 1 januari 2025 en voor een termijn\neindigend op 31 december 2025.", ("2025-01-01", "2025-12-31")),
        ("samenwerkingsovereenkomst met Groep Intro VZW, voor de periode van 1\njanuari 2025 t.e.m. 31 december 2025.", ("2025-01-01", "2025-12-31")),
        # Aalst
        ("De nieuwe samenwerkingsovereenkomsten voorzien een looptijd van 1/1/2024 t.e.m. 30/6/2026.", ("2024-01-01", "2026-06-30")),
        ("De subsidieovereenkomst wordt gesloten voor een beleidsperiode van vijf jaar, die start op 1 januari 2024 en eindigt op 31 december 2028.", ("2024-01-01", "2028-12-31")),
        # Torhout title
        ("politieverordening naar aanleiding van de veiligheidsmaatregelen tijdens het festival Land of Love in de periode van 23 augustus 2024 tot 25 augustus 2024", ("2024-08-23", "2024-08-25")),
        # a start and a term, in either order
        ("met ingang van 1 september 2024 voor een termijn van 1 jaar", ("2024-09-01", "2025-08-31")),
        ("voor een periode van drie jaar met ingang van 1 januari 2024", ("2024-01-01", "2026-12-31")),
        # the start's year written only at the end
        ("voor de periode van 1 januari tot en met 31 december 2025", ("2025-01-01", "2025-12-31")),
        ("van 1 september tot 30 juni 2025", ("2024-09-01", "2025-06-30")),
    ],
)
def test_range_and_duration_forms(text: str, expected: tuple[str, str]) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Aktename 'Hoofdlijnenakkoord stadsbestuur 2024-2030'.", ("2024-01-01", "2030-12-31")),  # Mechelen
        ("Aktename jaarrekeningen 2023 in het kader van controle op aanwending stadstoelage.", ("2023-01-01", "2023-12-31")),
        ("Aktename besluit gouverneur tot goedkeuring van de jaarrekening over het financiële boekjaar 2023 van AGB", ("2023-01-01", "2023-12-31")),
        ("doortrekken toelagen toegekend aan de professionele kunstenorganisaties voor 2025.", ("2025-01-01", "2025-12-31")),
        ("Rubensaltaar van de Heilige Rochus in de Sint-Martinuskerk Aalst (2024-2025) - Beslissing", ("2024-01-01", "2025-12-31")),  # Aalst
        ("2023_GR_00614 - Gemeentelijke dotatie 2024 aan de Hulpverleningszone Zuid-Oost. - Goedkeuring", ("2024-01-01", "2024-12-31")),
        ("kerkfabrieken - jaarrekeningen dienstjaar 2023 - advies", ("2023-01-01", "2023-12-31")),  # Torhout
        ("Toelage aan de scholen voor het schooljaar 2019-2020", ("2019-09-01", "2020-08-31")),
        ("2023_GR_00612 - Aanpassing Meerjarenplan 8 / 2020-2025 - Vaststelling", None),  # a plan's name
        ("Vaststelling wijze van gunnen van het bestek ‘Raamovereenkomst onderhoud HVAC en zonnepanelen 2025 (2+1+1)'.", None),
        ("Aktename verslag algemene vergadering Audio van 29 november 2024.", None),
    ],
)
def test_year_forms_in_titles(title: str, expected: tuple[str, str] | None) -> None:
    assert _first(title, title=True) == expected


def test_year_forms_outside_a_title_name_their_object_not_the_period() -> None:
    # Destelbergen: the agenda of a general assembly, approved in the Beslissing
    agenda = "3. Verslag van de raad van bestuur over het boekjaar 2023\n5.a. Goedkeuring van de jaarrekening over het boekjaar 2023"
    assert year_periods(agenda, 0, len(agenda)) == []
    # Mechelen toezegging: `na te gaan of de jaarrekening 2023 ... moet voorgelegd worden`
    article = "om na te gaan of\nde jaarrekening 2023 van de Special Olympics in het Nederlands moet voorgelegd worden"
    assert text_to_periods(article, 0, len(article)) == []


def test_a_term_without_dates_is_no_period() -> None:
    text = "De basisopdracht (Percelen 1 en 2) wordt afgesloten voor een duur van 12 maanden."  # Destelbergen
    assert text_to_periods(text, 0, len(text)) == []


def test_outside_the_decisions_own_words_the_agreements_term_beats_its_payment_rows() -> None:
    # seed 003: the agreement's term and its invoicing schedule, in the attached agreement
    text = (
        "De  overeenkomst loopt van 1 februari 2020 tot en met 30 september 2022. \n\n"
        "Facturatie Bedrag (incl. BTW) Periode \n\n"
        "01/12/2020 € 11.470,- P1: 1 februari 2020 – 31 december 2020 \n\n"
        "01/02/2021 € 5.734,- P2: 1 januari 2021 – 31 december 2021 \n"
    )
    candidates = range_periods(text, 0, len(text))
    assert len(candidates) == 3
    chosen = choose_period(candidates, own=False)
    assert chosen is not None and (chosen.start, chosen.end) == (dt.date(2020, 2, 1), dt.date(2022, 9, 30))


@pytest.mark.parametrize(
    "text",
    [
        # Aalst: the earlier term of what the decision extends
        "De projectvereniging Wijk-werken Aalst-Lede werd initieel opgericht voor een periode van 6 jaar, met ingang op 1 januari 2018.",
        # Mechelen: a consultation and a public inquiry are not the decision's term
        "Ordening werd op basis van het ontwerp van de verordening advies gevraagd van 17 mei 2023\nt.e.m. 15 juni 2023 aan het departement",
    ],
)
def test_a_past_or_procedural_range_outside_the_title_is_no_period(text: str) -> None:
    assert choose_period(range_periods(text, 0, len(text)), own=False) is None


def test_dates_in_finds_glued_and_wrapped_dates() -> None:
    text = "Het college van burgemeester en schepenen d.d.24/10/2022 betreffende\n... tot en met 31-12-\n\n2025."
    found = [(m.date.isoformat(), text[m.start : m.end]) for m in dates_in(text)]
    assert found == [("2022-10-24", "24/10/2022"), ("2025-12-31", "31-12-\n\n2025")]
