"""`clean`: same-length text, Symbol-font bullets, bare-date and page-boundary footers."""

from __future__ import annotations

from ingest.reader import read_source
from extract.structure.clean import (
    clean_text,
    footer_key,
    glued_running_text,
    is_bare_written_date,
    key_pattern,
    replace_glyphs,
)

# Mechelen 2025 (item 8): the page footer falls inside the title.
MECHELEN_TITLE = (
    "\uf0b7 8. FINANCIËN-TOEZICHT. Aktename jaarrekeningen 2023 in het kader van\n"
    "27 januari 2025\n"
    "controle op aanwending stadstoelage.\n"
    "Motivering\n"
)


def test_glyphs_become_bullets_and_length_is_kept() -> None:
    text = "\uf0b7 26 april 2016: In de gemeenteraad\f\ufffd Vormingssubsidie jongeren"
    cleaned = replace_glyphs(text)
    assert len(cleaned) == len(text)
    assert cleaned.startswith("• 26 april 2016")
    assert "\f" not in cleaned and "\n• Vormingssubsidie" in cleaned


def test_bare_date_footer_is_blanked_and_noted() -> None:
    result = clean_text(MECHELEN_TITLE)
    assert len(result.text) == len(MECHELEN_TITLE)
    assert "27 januari 2025" not in result.text
    assert "controle op aanwending" in result.text
    assert result.footer_date is not None and result.footer_date[2] == "27 januari 2025"


def test_dates_with_words_around_them_are_not_footers() -> None:
    assert is_bare_written_date("27 januari 2025")
    assert not is_bare_written_date("• 26 april 2016: In de gemeenteraad werd")
    assert not is_bare_written_date("Mechelen, 25 november 2020")
    assert not is_bare_written_date("1/1/2026")  # a wrapped date of running text, written in digits


def test_footer_key_masks_page_numbers() -> None:
    assert footer_key("Notulen gemeenteraad 3 / 51") == footer_key("Notulen  gemeenteraad 12 / 51")
    assert footer_key("p. 1/2") == footer_key("p. 2/2")


def test_page_number_line_in_a_text_file_is_blanked() -> None:
    # Antwerp district decision: `1/2` stands under the title in the flattened text
    text = "     6 2016_DCBZL_00292 District - Lokaal veiligheidsoverleg. Verslag - Kennisneming\n          1/2\nHet districtscollege"
    assert "1/2" not in clean_text(text).text


def test_pdf_running_footers_are_blanked(shared_dir) -> None:
    for name, footer in [
        ("nazareth-gr-2023-03-27-besluitenlijst.pdf", "p. 1/2"),
        ("nazareth-depinte-gr-2025-01-02-besluitenlijst.pdf", "Besluitenlijst gemeenteraad 1 / 2"),
    ]:
        source = read_source(shared_dir / "corpus-real" / "nazareth" / name)
        result = clean_text(source.text, [(page.start, page.end) for page in source.pages])
        assert len(result.text) == len(source.text)
        assert footer in source.text and footer not in result.text, name
        assert len(result.footers) >= len(source.pages) - 1, name


def test_mechelen_footer_inside_articles_is_blanked(shared_dir) -> None:
    text = (shared_dir / "corpus-real" / "mechelen" / "gemeenteraad-20250127-8.txt").read_text(encoding="utf-8")
    result = clean_text(text)
    assert text.count("27 januari 2025") > 5
    lines = [line.strip().lstrip("•").strip() for line in result.text.splitlines()]
    assert "27 januari 2025" not in lines
    assert "De gemeenteraad van 27 januari 2025 – punt 8" in result.text  # a date in running text stays


def _pages(bodies: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, ranges = "", []
    for body in bodies:
        ranges.append((len(text), len(text) + len(body)))
        text += body + "\f"
    return text[:-1], ranges


def test_running_footer_glued_to_the_next_page_text_is_blanked() -> None:
    # Nazareth-De Pinte notulen: a page break lost between the footer and the next page's first
    # line of a vote's names (`... 12 / 51Vandenbussche Ann, ...`)
    subjects = ["de begroting", "het reglement", "de overeenkomst", "het verslag"]
    bodies = [
        f"Toelichting bij {subject}.\nDe raad bespreekt {subject} uitvoerig.\nNotulen gemeenteraad {n} / 4"
        for n, subject in enumerate(subjects, start=1)
    ]
    bodies[2] = ("waarmee met 21 stemmen tegen (Van Peteghem Vincent, Seynhaeve Bert,\n"
                 "Notulen gemeenteraad 3 / 4Vandenbussche Ann, De Gussem Annemie) het amendement verwerpt.")
    text, ranges = _pages(bodies)
    result = clean_text(text, ranges)
    assert len(result.text) == len(text)
    assert "Notulen gemeenteraad" not in result.text
    assert "Vandenbussche Ann, De Gussem Annemie) het amendement verwerpt." in result.text
    assert "De raad bespreekt het reglement uitvoerig." in result.text
    assert not glued_running_text("De Notulen gemeenteraad 3 / 4 werden goedgekeurd.", {footer_key("Notulen gemeenteraad 3 / 4")})
    assert key_pattern(footer_key("1 / 4")) is None  # too few letters to be told from running text
