"""Union-find over names with "never merge" constraints and a reason per joined member.

Resolution applies its evidence strongest first (the alias file's merges, then equal keys, then
document aliases, acronyms, places). A join that would put two names the alias file keeps apart in
one cluster is refused, whatever rule asks for it, so `separate` always wins over the rules.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class Clusters:
    def __init__(self, items: Iterable[Hashable]) -> None:
        self.parent: dict[Hashable, Hashable] = {item: item for item in items}
        self.reason: dict[Hashable, str] = {item: "canonical" for item in self.parent}
        self.labels: dict[Hashable, set[tuple[int, int]]] = {item: set() for item in self.parent}
        self.refused: list[tuple[Hashable, Hashable, str]] = []

    def find(self, item: Hashable) -> Hashable:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def keep_apart(self, item: Hashable, group: int, index: int) -> None:
        """`item` is name `index` of the never-merge list `group`: it never shares a cluster with
        an item of another index of that list."""
        self.labels[self.find(item)].add((group, index))

    def _conflict(self, a: Hashable, b: Hashable) -> bool:
        """Both clusters hold a different member of the same `keep_apart` group."""
        return any(g == h and i != j for g, i in self.labels[a] for h, j in self.labels[b])

    def union(self, a: Hashable, b: Hashable, reason: str) -> bool:
        """Join the clusters of `a` and `b` (b's side records `reason`); False when refused."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if self._conflict(root_a, root_b):
            self.refused.append((a, b, reason))
            return False
        if self.reason.get(b) == "canonical":
            self.reason[b] = reason
        self.parent[root_b] = root_a
        self.labels[root_a] |= self.labels.pop(root_b)
        self.labels[root_b] = set()
        return True

    def groups(self) -> dict[Hashable, list[Hashable]]:
        grouped: dict[Hashable, list[Hashable]] = {}
        for item in self.parent:
            grouped.setdefault(self.find(item), []).append(item)
        return grouped
