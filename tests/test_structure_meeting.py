"""`meeting`: body, date and session of the session; the municipality; the signing line."""

from __future__ import annotations

import datetime as dt

from conftest import seed_path
from extract.structure.meeting import municipality_of, session_kind, signed_line
from ingest.reader import read_source
from schema.vocab import Body, Session
from test_structure_segment import structure, text_source


def test_minutes_header_of_a_seed() -> None:
    ctx = structure(read_source(seed_path("003")))
    meeting = ctx.record.meeting
    assert meeting is not None
    assert (meeting.body, meeting.date, meeting.session) == (Body.GEMEENTERAAD, dt.date(2020, 12, 14), Session.OPENBAAR)


def test_signing_line_after_bij_verordening() -> None:
    found = signed_line("NAMENS DE GEMEENTERAAD:\nBij verordening: Mechelen, 25 november 2020\nErik Laga\n")
    assert found is not None and found.value == ("Mechelen", dt.date(2020, 11, 25))
    ctx = structure(read_source(seed_path("004")))
    assert ctx.record.signed is not None and ctx.record.signed.date == dt.date(2021, 2, 23)
    assert ctx.record.meeting is None  # a college answer records no session


def test_mechelen_item_date_comes_from_the_page_footer() -> None:
    text = (" 5. POLITIEVERORDENINGEN. Bekrachtiging politieverordening.\nMotivering\n27 januari 2025\n"
            "Besluit\nArtikel 1\nDe gemeenteraad bekrachtigt de politieverordening.\n")
    meeting = structure(text_source(text)).record.meeting
    assert meeting is not None
    assert (meeting.body, meeting.date, meeting.session) == (Body.GEMEENTERAAD, dt.date(2025, 1, 27), None)


def test_lblod_body_only_when_the_word_gemeenteraad_appears() -> None:
    without = structure(text_source("14 Financiën - retributiereglement - goedkeuring\nPdf-versie\nDe raad keurt goed.\n"))
    assert without.record.meeting is None
    with_word = structure(text_source("9.Goedkeuring lastvoorwaarden\nAanwezig: Jan\nDe gemeenteraad beslist:\n"))
    assert with_word.record.meeting is not None and with_word.record.meeting.body is Body.GEMEENTERAAD


def test_boortmeerbeek_and_besluitenlijst_session_dates(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "boortmeerbeek" / "boortmeerbeek-08.txt"))
    assert ctx.record.meeting is not None and ctx.record.meeting.date == dt.date(2024, 4, 22)
    ctx = structure(read_source(shared_dir / "corpus-real" / "aalter" / "aalter-besluitenlijst.txt"))
    assert ctx.record.meeting is not None and ctx.record.meeting.date == dt.date(2024, 5, 13)
    ctx = structure(read_source(shared_dir / "corpus-real" / "erpe-mere" / "erpe-mere-besluitenlijst.txt"))
    assert ctx.record.meeting is not None
    assert (ctx.record.meeting.body, ctx.record.meeting.date) == (Body.OCMW_RAAD, dt.date(2024, 9, 24))


def test_session_from_part_headings_not_running_text() -> None:
    assert session_kind("OPENBAAR\nAlgemeen bestuur\n1. Titel.\n", 0) is Session.OPENBAAR
    assert session_kind("OPENBAAR\n1. Titel.\nBESLOTEN\n14. Titel.\n", 0) is None
    assert session_kind("volgens de openbare procedure (conform het werkingskader openbaar\ndomein)\nopenbaar\n", 0) is None


def test_municipality_only_where_the_city_names_itself() -> None:
    found = municipality_of("De stad Mechelen, Grote markt 21, 2800 Mechelen, vertegenwoordigd door Voor Mechelen.")
    assert found is not None and found.value == "Mechelen"
    assert municipality_of("Kerkfabriek Onze-Lieve-Vrouw Jaarrekening 2023\nZitting van 22 04 2024 Kerkfabriek Besluit") is None
    assert municipality_of("Mechelen Feest vzw en cd&v Mechelen") is None
    found = municipality_of("een deelwagen in de Gentse Steenweg te Zottegem")
    assert found is not None and found.value == "Zottegem"
