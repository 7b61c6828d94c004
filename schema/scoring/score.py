"""Scoring of predicted exports against gold, field by field (see export-format.md, Scoring).

Every field is tallied as true positives, false positives and false negatives:

- scalar fields (`document_type`, `meeting.*`, `signed.date`, `decision.agenda_item`, `.domain`,
  `.title`, `.decision_type`, `.vote.*`, `.period.*`): a non-null prediction equal to a non-null
  gold value is a TP; a non-null prediction that differs is a FP (and a FN when gold has a value);
  a missing prediction of a gold value is a FN;
- field names follow the gold files' `scope` vocabulary: amount values are
  `decision.amounts.value`, `(value, kind)` pairs `decision.amounts.kind`, whole budget-line
  tuples `decision.budget_lines`, and the code sets `decision.codes.mjp` / `.action` /
  `.budget_key`;
- list fields are multisets: TP is the size of the overlap, FP the rest of the predictions, FN the
  rest of the gold;
- organisations and parties match one-to-one when their name/alias sets share a member;
- goals match one-to-one when the first 120 normalised characters are ≥ 0.85 similar; `number`
  and `level` are then scored as scalars on the matched pairs, as `role` is on matched attendees.

Documents pair by `source`; decisions by `agenda_item`, the rest by best title match. The facts of
an unpaired gold decision are all false negatives, those of an unpaired prediction false
positives. A gold file with `scope` counts only the fields whose names start with a scoped prefix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from schema.scoring.matching import greedy_by_similarity, max_bipartite, multiset_overlap
from schema.scoring.normalize import norm_money, norm_name, norm_scalar, norm_text

GOAL_PREFIX = 120
GOAL_THRESHOLD = 0.85
TITLE_THRESHOLD = 0.5

Json = dict[str, Any]


@dataclass
class FieldTally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "FieldTally") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if not self.tp + self.fp + self.fn:
            return 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Scoreboard:
    """Tallies per field, for one document or summed over many."""

    fields: dict[str, FieldTally] = field(default_factory=dict)
    scope: tuple[str, ...] | None = None

    def tally(self, name: str) -> FieldTally | None:
        if self.scope is not None and not any(name.startswith(prefix) for prefix in self.scope):
            return None
        return self.fields.setdefault(name, FieldTally())

    def scalar(self, name: str, gold: Any, pred: Any, normalise: Any = norm_scalar) -> None:
        tally = self.tally(name)
        if tally is None:
            return
        if pred is not None and gold is not None and normalise(pred) == normalise(gold):
            tally.tp += 1
            return
        if pred is not None:
            tally.fp += 1
        if gold is not None:
            tally.fn += 1

    def multiset(self, name: str, gold: Sequence[Any], pred: Sequence[Any]) -> None:
        tally = self.tally(name)
        if tally is None:
            return
        overlap = multiset_overlap(gold, pred)
        tally.tp += overlap
        tally.fp += len(pred) - overlap
        tally.fn += len(gold) - overlap

    def counts(self, name: str, tp: int, n_gold: int, n_pred: int) -> None:
        tally = self.tally(name)
        if tally is None:
            return
        tally.tp += tp
        tally.fp += n_pred - tp
        tally.fn += n_gold - tp

    def merge(self, other: "Scoreboard") -> None:
        for name, tally in other.fields.items():
            self.fields.setdefault(name, FieldTally()).add(tally)

    def micro(self) -> FieldTally:
        total = FieldTally()
        for tally in self.fields.values():
            total.add(tally)
        return total


# -- helpers ----------------------------------------------------------------------------------


def _get(obj: Json | None, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _list(obj: Json | None, key: str) -> list[Any]:
    value = _get(obj, key)
    return value if isinstance(value, list) else []


def _names(item: Json) -> set[str]:
    names = {norm_name(item.get("name", ""))}
    names.update(norm_name(alias) for alias in item.get("aliases") or [])
    names.discard("")
    return names


def _score_named(board: Scoreboard, name: str, gold: list[Json], pred: list[Json]) -> None:
    gold_sets = [_names(item) for item in gold]
    pred_sets = [_names(item) for item in pred]
    pairs = max_bipartite(gold_sets, pred_sets, lambda g, p: bool(g & p))
    board.counts(name, len(pairs), len(gold), len(pred))


def _score_attendees(board: Scoreboard, gold: list[Json], pred: list[Json]) -> None:
    gold_names = [norm_name(item.get("name", "")) for item in gold]
    pred_names = [norm_name(item.get("name", "")) for item in pred]
    pairs = max_bipartite(gold_names, pred_names, lambda g, p: g == p)
    board.counts("attendees", len(pairs), len(gold), len(pred))
    for i, j in pairs:
        board.scalar("attendees.role", gold[i].get("role"), pred[j].get("role"), norm_name)


def _goal_key(goal: Json) -> str:
    return norm_text(goal.get("text", ""))[:GOAL_PREFIX]


def _score_goals(board: Scoreboard, prefix: str, gold: list[Json], pred: list[Json]) -> None:
    pairs = greedy_by_similarity([_goal_key(g) for g in gold], [_goal_key(p) for p in pred], GOAL_THRESHOLD)
    board.counts(prefix, len(pairs), len(gold), len(pred))
    for i, j in pairs:
        board.scalar(f"{prefix}.number", gold[i].get("number"), pred[j].get("number"))
        board.scalar(f"{prefix}.level", gold[i].get("level"), pred[j].get("level"))


def _budget_tuple(line: Json) -> tuple[Any, ...]:
    return (
        line.get("year"),
        norm_scalar(line.get("action")),
        norm_scalar(line.get("mjp")),
        norm_scalar(line.get("budget_key")),
        norm_money(line.get("amount")),
    )


def _codes(lines: list[Json], key: str) -> list[str]:
    return sorted({norm_scalar(line[key]) for line in lines if line.get(key)})


# -- decisions --------------------------------------------------------------------------------


def _score_decision(board: Scoreboard, gold: Json | None, pred: Json | None) -> None:
    """Score one decision pair; either side may be None (unpaired)."""
    p = "decision."
    board.scalar(p + "agenda_item", _get(gold, "agenda_item"), _get(pred, "agenda_item"))
    board.scalar(p + "domain", _get(gold, "domain"), _get(pred, "domain"))
    board.scalar(p + "title", _get(gold, "title"), _get(pred, "title"), norm_text)
    board.scalar(p + "decision_type", _get(gold, "decision_type"), _get(pred, "decision_type"))
    for key in ("unanimous", "for", "against", "abstentions"):
        board.scalar(f"{p}vote.{key}", _get(gold, "vote", key), _get(pred, "vote", key))
    _score_named(board, p + "parties", _list(gold, "parties"), _list(pred, "parties"))
    for key in ("start", "end"):
        board.scalar(f"{p}period.{key}", _get(gold, "period", key), _get(pred, "period", key))

    gold_amounts, pred_amounts = _list(gold, "amounts"), _list(pred, "amounts")
    board.multiset(p + "amounts.value", [norm_money(a.get("value")) for a in gold_amounts], [norm_money(a.get("value")) for a in pred_amounts])
    board.multiset(
        p + "amounts.kind",
        [(norm_money(a.get("value")), a.get("kind")) for a in gold_amounts],
        [(norm_money(a.get("value")), a.get("kind")) for a in pred_amounts],
    )

    gold_lines, pred_lines = _list(gold, "budget_lines"), _list(pred, "budget_lines")
    board.multiset(p + "budget_lines", [_budget_tuple(x) for x in gold_lines], [_budget_tuple(x) for x in pred_lines])
    for key in ("mjp", "action", "budget_key"):
        board.multiset(f"{p}codes.{key}", _codes(gold_lines, key), _codes(pred_lines, key))

    def payment(x: Json) -> tuple[Any, ...]:
        return (x.get("due"), norm_money(x.get("amount")), x.get("start"), x.get("end"))

    board.multiset(p + "payments", [payment(x) for x in _list(gold, "payments")], [payment(x) for x in _list(pred, "payments")])

    def event(x: Json) -> tuple[Any, ...]:
        return (x.get("date"), norm_scalar(x.get("body")), x.get("agenda_item"))

    board.multiset(p + "history", [event(x) for x in _list(gold, "history")], [event(x) for x in _list(pred, "history")])
    board.multiset(
        p + "articles",
        [norm_text(x.get("text", "")) for x in _list(gold, "articles")],
        [norm_text(x.get("text", "")) for x in _list(pred, "articles")],
    )
    _score_goals(board, p + "goals", _list(gold, "goals"), _list(pred, "goals"))


def pair_decisions(gold: list[Json], pred: list[Json]) -> list[tuple[int | None, int | None]]:
    """Pairs of (gold index, pred index); None on one side for an unpaired decision."""
    pairs: list[tuple[int, int]] = []
    free_gold = set(range(len(gold)))
    free_pred = set(range(len(pred)))
    for i, g in enumerate(gold):
        item = g.get("agenda_item")
        if item is None:
            continue
        candidates = [j for j in sorted(free_pred) if pred[j].get("agenda_item") == item]
        if not candidates:
            continue
        if len(candidates) > 1:
            title_pairs = greedy_by_similarity(
                [norm_text(g.get("title", ""))], [norm_text(pred[j].get("title", "")) for j in candidates], 0.0
            )
            candidates = [candidates[title_pairs[0][1]]] if title_pairs else candidates[:1]
        pairs.append((i, candidates[0]))
        free_gold.discard(i)
        free_pred.discard(candidates[0])
    rest_gold = sorted(free_gold)
    rest_pred = sorted(free_pred)
    by_title = greedy_by_similarity(
        [norm_text(gold[i].get("title", "")) for i in rest_gold],
        [norm_text(pred[j].get("title", "")) for j in rest_pred],
        TITLE_THRESHOLD,
    )
    for a, b in by_title:
        pairs.append((rest_gold[a], rest_pred[b]))
        free_gold.discard(rest_gold[a])
        free_pred.discard(rest_pred[b])
    result: list[tuple[int | None, int | None]] = [(i, j) for i, j in sorted(pairs)]
    result += [(i, None) for i in sorted(free_gold)]
    result += [(None, j) for j in sorted(free_pred)]
    return result


# -- documents --------------------------------------------------------------------------------


def score_pair(gold: Json, pred: Json | None) -> Scoreboard:
    """Score one predicted document against its gold (pred None: nothing was extracted)."""
    scope = gold.get("scope")
    board = Scoreboard(scope=tuple(scope) if scope else None)
    pred = pred or {}
    board.scalar("document_type", gold.get("document_type"), pred.get("document_type"))
    board.scalar("municipality", gold.get("municipality"), pred.get("municipality"))
    for key in ("body", "date", "session"):
        board.scalar(f"meeting.{key}", _get(gold, "meeting", key), _get(pred, "meeting", key))
    board.scalar("signed.date", _get(gold, "signed", "date"), _get(pred, "signed", "date"))
    _score_attendees(board, _list(gold, "attendees"), _list(pred, "attendees"))
    _score_named(board, "organizations", _list(gold, "organizations"), _list(pred, "organizations"))
    board.multiset(
        "questions",
        [norm_text(q.get("text", "")) for q in _list(gold, "questions")],
        [norm_text(q.get("text", "")) for q in _list(pred, "questions")],
    )
    _score_goals(board, "goals", _list(gold, "goals"), _list(pred, "goals"))

    gold_decisions, pred_decisions = _list(gold, "decisions"), _list(pred, "decisions")
    pairs = pair_decisions(gold_decisions, pred_decisions)
    board.counts(
        "decisions",
        sum(1 for i, j in pairs if i is not None and j is not None),
        len(gold_decisions),
        len(pred_decisions),
    )
    for i, j in pairs:
        _score_decision(
            board,
            gold_decisions[i] if i is not None else None,
            pred_decisions[j] if j is not None else None,
        )
    return board


def score_documents(pairs: Iterable[tuple[Json, Json | None]]) -> tuple[Scoreboard, dict[str, Scoreboard]]:
    """Sum of the scoreboards of (gold, prediction) pairs, and each document's own board."""
    total = Scoreboard()
    per_document: dict[str, Scoreboard] = {}
    for gold, pred in pairs:
        board = score_pair(gold, pred)
        per_document[str(gold.get("source"))] = board
        total.merge(board)
    return total, per_document
