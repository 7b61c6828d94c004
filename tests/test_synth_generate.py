"""The synthetic corpus generator: determinism, phrase data, Dutch formats, gold shape."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from extract.text.dates import find_dates
from extract.text.numbers import parse_dutch_number
from render.synth.corpus import generate_document, write_corpus
from render.synth.dutch import AMOUNT_STYLES, DATE_STYLES, amount_to_dutch, date_to_dutch
from render.synth.vocab import PHRASES, Phrases, load_phrases

TWO_DECIMALS = re.compile(r"^-?\d+\.\d{2}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KINDS = {"total", "annual", "installment", "budget", "other"}
SMALL = (5, 6)  # agenda items per test document: small documents keep the tests fast


def test_synth_same_seed_gives_identical_files(tmp_path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_corpus(first, 2, seed=3, items=SMALL)
    write_corpus(second, 2, seed=3, items=SMALL)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert len(files) == 4  # two PDFs, two gold files
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_synth_other_seed_gives_other_documents() -> None:
    _, pdf_a, gold_a, _ = generate_document(3, 0, SMALL)
    _, pdf_b, gold_b, _ = generate_document(4, 0, SMALL)
    assert pdf_a != pdf_b
    assert gold_a["decisions"] != gold_b["decisions"]


def test_synth_document_does_not_depend_on_its_predecessors() -> None:
    """Document `i` of a seed is the same whether 1 or 10 documents are generated."""
    assert generate_document(9, 1, SMALL)[1] == generate_document(9, 1, SMALL)[1]
    assert generate_document(9, 1, SMALL)[1] != generate_document(9, 0, SMALL)[1]


@pytest.mark.parametrize("style", AMOUNT_STYLES)
@pytest.mark.parametrize("value", [Decimal("22938"), Decimal("11470.00"), Decimal("247933.88"), Decimal("950")])
def test_synth_amounts_read_back_with_the_extractor_parser(style: str, value: Decimal) -> None:
    written = amount_to_dutch(value, style)
    number = re.sub(r"\s*(euro|EUR)$|^€\s*", "", written)
    assert parse_dutch_number(number) == value.quantize(Decimal("0.01")), written


def test_synth_amount_styles_are_the_real_forms() -> None:
    assert amount_to_dutch(Decimal("30000"), "euro_cents") == "30.000,00 euro"
    assert amount_to_dutch(Decimal("11470"), "sign_dash") == "€ 11.470,-"
    assert amount_to_dutch(Decimal("22938"), "euro_spaced") == "22 938 euro"
    assert amount_to_dutch(Decimal("14169.11"), "eur_cents") == "14.169,11 EUR"
    assert amount_to_dutch(Decimal("14169.11"), "sign_dash") == "€ 14.169,11"  # cents are never dropped


@pytest.mark.parametrize("style", DATE_STYLES)
def test_synth_dates_read_back_with_the_extractor_parser(style: str) -> None:
    day = date(2021, 9, 1)
    written = date_to_dutch(day, style)
    found = find_dates(written)
    assert [match.date for match in found] == [day], written


def test_synth_phrases_validate_and_refuse_bad_titles() -> None:
    phrases = load_phrases()
    assert phrases.titles.agreement and phrases.organizations.intermunicipal
    import tomllib

    data = tomllib.loads(PHRASES.read_text(encoding="utf-8"))
    data["titles"]["grant"] = ["Toelage aan {org}."]  # no operative word first: no decision_type
    with pytest.raises(ValidationError, match="operative word"):
        Phrases.model_validate(data)
    data = tomllib.loads(PHRASES.read_text(encoding="utf-8"))
    data["sentences"]["unknown"] = ["x"]
    with pytest.raises(ValidationError):
        Phrases.model_validate(data)


def test_synth_gold_has_the_export_shape() -> None:
    name, _, gold, pages = generate_document(1, 0, SMALL)
    assert pages >= 2
    assert gold["format"] == "besluitenbank/1" and gold["source"] == name and name.endswith(".pdf")
    assert gold["document_type"] == "notulen"
    assert gold["meeting"]["body"] == "gemeenteraad" and ISO_DATE.match(gold["meeting"]["date"])
    assert re.match(r"^(Stad|Gemeente) ", gold["organizations"][0]["name"])
    roles = {person["role"] for person in gold["attendees"]}
    assert {"voorzitter", "burgemeester", "schepen"} <= roles
    assert not roles & {"schepenen", "gemeenteraadsleden", "raadsleden"}  # singular, as the contract says
    operative = set(load_phrases().operative_words)
    assert 5 <= len(gold["decisions"]) <= 6
    for decision in gold["decisions"]:
        assert decision["title"] and decision["decision_type"] in operative
        assert decision["title"].lower().startswith(decision["decision_type"])
        for amount in decision["amounts"]:
            assert TWO_DECIMALS.match(amount["value"]) and amount["kind"] in KINDS
        for line in decision["budget_lines"]:
            assert TWO_DECIMALS.match(line["amount"])
            assert line["mjp"] is None or re.fullmatch(r"MJP\d{6}", line["mjp"])
            assert line["action"] is None or re.fullmatch(r"AC\d{6}", line["action"])
        for payment in decision["payments"]:
            assert TWO_DECIMALS.match(payment["amount"]) and ISO_DATE.match(payment["due"])
        for event in decision["history"]:
            assert ISO_DATE.match(event["date"]) and event["date"] < gold["meeting"]["date"]
        assert [article["number"] for article in decision["articles"]] == list(range(1, len(decision["articles"]) + 1))
    json.dumps(gold)  # serialisable as written to disk


def test_synth_money_facts_are_consistent() -> None:
    """Budget line amounts are `budget` amounts; payment rows are `installment` amounts."""
    for index in range(4):
        gold = generate_document(2, index)[2]
        for decision in gold["decisions"]:
            kinds = {(amount["value"], amount["kind"]) for amount in decision["amounts"]}
            assert {(line["amount"], "budget") for line in decision["budget_lines"]} <= kinds
            assert {(payment["amount"], "installment") for payment in decision["payments"]} <= kinds
