"""One-to-one matching of list items (organisations by alias, goals by similarity, decisions)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


def multiset_overlap(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> int:
    """Size of the multiset intersection: how many predicted items have a gold twin."""
    return sum((Counter(gold) & Counter(pred)).values())


def max_bipartite(gold: Sequence[G], pred: Sequence[P], compatible: Callable[[G, P], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching between gold and predicted items (augmenting paths)."""
    edges = [[j for j, p in enumerate(pred) if compatible(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def greedy_by_similarity(
    gold: Sequence[str], pred: Sequence[str], threshold: float
) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), best similarity first, each item used once, ≥ threshold."""
    scored = sorted(
        ((similarity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for ratio, i, j in scored:
        if ratio < threshold:
            break
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return sorted(pairs)
