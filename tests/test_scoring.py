"""The evaluator implements the scoring section of the export format."""

from __future__ import annotations

import copy
import json

from schema.scoring import score_pair
from schema.scoring.score import pair_decisions

from conftest import GOLD_SEEDS_TXT


def _gold(prefix: str) -> dict:
    return json.loads(next(GOLD_SEEDS_TXT.glob(f"{prefix}_*.json")).read_text(encoding="utf-8"))


def test_gold_against_itself_is_perfect() -> None:
    gold = _gold("003")
    board = score_pair(gold, copy.deepcopy(gold))
    micro = board.micro()
    assert micro.fp == 0 and micro.fn == 0 and micro.tp > 50


def test_missing_prediction_is_all_false_negatives() -> None:
    board = score_pair(_gold("000"), None)
    assert board.micro().tp == 0 and board.micro().fn > 0


def test_same_value_two_kinds_counts_twice() -> None:
    gold = _gold("000")
    pred = copy.deepcopy(gold)
    pred["decisions"][0]["amounts"] = [{"value": "30000.00", "kind": "annual"}]
    board = score_pair(gold, pred)
    assert (board.fields["decision.amounts.value"].tp, board.fields["decision.amounts.value"].fn) == (1, 1)
    assert board.fields["decision.amounts.kind"].fn == 1


def test_organisation_matches_by_alias_once() -> None:
    gold = _gold("000")
    pred = copy.deepcopy(gold)
    pred["organizations"] = [{"name": "Arktos Antwerpen"}, {"name": "arktos  vzw"}]
    board = score_pair(gold, pred)
    tally = board.fields["organizations"]
    assert tally.tp == 1 and tally.fp == 1


def test_scope_limits_scored_fields() -> None:
    gold = _gold("003")
    gold["scope"] = ["decision.title", "attendees"]
    board = score_pair(gold, None)
    assert set(board.fields) == {"decision.title", "attendees"}


def test_goal_texts_match_on_similarity() -> None:
    gold = _gold("001")
    pred = copy.deepcopy(gold)
    goal = pred["decisions"][0]["goals"][0]
    goal["text"] = goal["text"].replace("Mechelse", "Mechelsche")
    goal["number"] = "9"
    board = score_pair(gold, pred)
    assert board.fields["decision.goals"].fn == 0
    assert board.fields["decision.goals.number"].fp == 1


def test_decisions_pair_by_item_then_title() -> None:
    gold = [{"agenda_item": 4, "title": "A"}, {"agenda_item": None, "title": "Goedkeuring reglement"}]
    pred = [{"agenda_item": None, "title": "goedkeuring reglement."}, {"agenda_item": 4, "title": "B"}]
    assert pair_decisions(gold, pred) == [(0, 1), (1, 0)]


def test_partial_gold_scope_names_amount_values_and_codes() -> None:
    """Partial gold scopes amounts and codes as `decision.amounts.value` and `decision.codes`."""
    gold = _gold("003")
    gold["scope"] = ["decisions", "decision.amounts.value", "decision.codes"]
    board = score_pair(gold, copy.deepcopy(gold))
    assert {"decision.amounts.value", "decision.codes.mjp", "decision.codes.action", "decision.codes.budget_key"} <= set(board.fields)
    assert "decision.amounts.kind" not in board.fields and "decision.budget_lines" not in board.fields
