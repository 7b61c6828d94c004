"""Council questions of a college answer (extract/goals/questions.py)."""

from __future__ import annotations

import json

from conftest import GOLD_SEEDS_TXT, seed_path
from extract.goals.questions import text_to_questions


def test_seed_answer_document_questions_as_written() -> None:
    path = seed_path("004")
    gold = json.loads((GOLD_SEEDS_TXT / f"{path.name}.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    found = text_to_questions(text)
    assert [q.text for q in found] == [q["text"] for q in gold["questions"]]
    assert text[found[0].start : found[0].start + 24] == "Hoe verloopt dit project"


def test_a_question_wraps_over_blank_lines_and_ends_at_its_question_mark() -> None:
    text = (
        "- Hoe verloopt dit project? Zien we een meerwaarde voor onze \n"
        "Mechelse jongeren, hoeveel jongeren zijn er ondersteund? Welke \n\n"
        "impact heeft dit op jongeren?  \n \n"
        "Centraal Meldpunt heeft een sterke start gemaakt. Wat nu? \n"
    )
    assert [q.text for q in text_to_questions(text)] == [
        "Hoe verloopt dit project? Zien we een meerwaarde voor onze Mechelse jongeren, hoeveel jongeren zijn "
        "er ondersteund? Welke impact heeft dit op jongeren?"
    ]


def test_bullets_that_are_no_questions_and_labelled_questions() -> None:
    text = (
        "verder inzetten op:  \n\n"
        "- Een mogelijkheid om expertisetafels te organiseren. \n\n"
        "Vraag 2: Wanneer start de \nwerf?\n"
        "1. Hoeveel kost dit?\n"
    )
    assert [q.text for q in text_to_questions(text)] == ["Wanneer start de werf?", "Hoeveel kost dit?"]


def test_a_question_as_a_paragraph_of_its_own() -> None:
    text = (
        "Antwoord college\n\n"
        "Wie neemt deel aan de stuurgroep? Via deze stuurgroep wordt de \n"
        "werking opgevolgd. Is er een tussentijds \n\nrapport na 1 jaar?  \n\n"
        "Deelname aan de stuurgroep is als volgt voorzien. Wat betekent dit \n"
        "voor de scholen? Zij nemen deel.\n"
    )
    assert [q.text for q in text_to_questions(text)] == [
        "Wie neemt deel aan de stuurgroep? Via deze stuurgroep wordt de werking opgevolgd. Is er een "
        "tussentijds rapport na 1 jaar?"
    ]
