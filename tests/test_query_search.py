"""Full-text search pieces: Dutch decompounding, snippets and highlights, ranking on a tiny KB."""

from __future__ import annotations

from pathlib import Path

from kb import connect, ingest_into
from kb.fts import compound_parts, fold, words_of
from kb.query import search
from kb.query.search import fold_same_length, snippet


def test_compound_heads_are_words_seen_on_their_own() -> None:
    vocabulary = {"overeenkomst", "samenwerking", "toelage", "werking"}
    assert compound_parts(["samenwerkingsovereenkomst", "werkingstoelage", "overeenkomst"], vocabulary) == [
        "overeenkomst", "toelage"]  # fmt: skip
    assert compound_parts(["gemeenteraad"], vocabulary) == []  # `raad` is too short to be a head
    assert words_of("Één SAMENWERKINGSOVEREENKOMST, 2024!") == {"een", "samenwerkingsovereenkomst"}


def test_folding_keeps_offsets() -> None:
    text = "Café Ëlsa — schooluitval"
    assert len(fold_same_length(text)) == len(text) and fold_same_length(text).startswith("cafe elsa")
    assert fold("Émile") == "emile"


def test_snippet_centres_on_the_densest_hits_and_marks_them() -> None:
    text = ("Inleiding zonder treffers. " * 20) + "Preventie van schooluitval en vroegtijdig schoolverlaten; schooluitval daalt."
    passage, ranges = snippet(text, ["schooluitval", "schoolverlat"])
    assert passage.startswith("…") and [passage[s:e] for s, e in ranges] == ["schooluitval", "schoolverlaten", "schooluitval"]
    assert snippet("Niets hier.", ["xyz"]) == ("Niets hier.", [])


def test_search_finds_plural_singular_and_compound_forms(tmp_path: Path) -> None:
    texts = {
        "a.txt": "1. Goedkeuring samenwerkingsovereenkomst met de jeugddienst.\n\nBesluit\n\nArtikel 1\nGoedgekeurd.\n",
        "b.txt": "1. Goedkeuring overeenkomst parking.\n\nBesluit\n\nArtikel 1\nDe overeenkomst wordt goedgekeurd.\n",
        "c.txt": "1. Kennisname jaarverslag sportdienst.\n\nBesluit\n\nArtikel 1\nKennis genomen.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    con = connect(tmp_path / "kb.duckdb")
    ingest_into(con, [tmp_path / name for name in texts])
    ranked = [hit.source for hit in search(con, "overeenkomsten").hits]
    assert ranked == ["b.txt", "a.txt"]  # the word itself first, the compound after it; c.txt not at all
    assert [hit.source for hit in search(con, "jaarverslagen").hits] == ["c.txt"]
    assert search(con, "   ").hits == [] and search(con, "de het een").hits == []
    con.close()
