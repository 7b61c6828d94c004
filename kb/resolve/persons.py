"""Persons resolved across documents (attendees, voters, signatories): `resolve_persons`.

Rules, strongest first (the reason is kept per member):
1. `alias-file`: `[[persons.merge]]` / `[[persons.separate]]` of `corpus/aliases.toml`;
2. `same-key`: the same words whatever the case, accents, spacing (`Eddy Couckuyt` =
   `Eddy\u00a0Couckuyt`) and order (`Seynhaeve Bert` = `Bert Seynhaeve`: lists write family name first);
3. `initials`: `K. Calvo` = `Kristof Calvo` when exactly one full name has those other words and a
   given name starting with the initial; with two candidates (`Kristof Calvo`, `Karin Calvo`) the
   initial stays its own person.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kb.resolve.aliases import EntityRules
from kb.resolve.orgnames import slug, tokens_of
from kb.resolve.unionfind import Clusters
from kb.resolve.vocab import vocabulary


@dataclass(frozen=True)
class PersonInput:
    key: str  # persons.key
    name: str
    documents: frozenset[str] = frozenset()


@dataclass
class PersonCluster:
    cluster_id: str
    name: str
    members: list[tuple[str, str, str]] = field(default_factory=list)  # (person key, name, reason)
    documents: set[str] = field(default_factory=set)


def person_words(name: str) -> list[str]:
    """Lowercased, accent-free words of a person's name without titles (`dhr.`, `mevrouw`)."""
    noise = {w for phrase in vocabulary().person_noise for w in phrase.split()}
    return [w for w in tokens_of(name) if w not in noise]


def person_key(name: str) -> str:
    """Order-free key: `Seynhaeve Bert` and `Bert Seynhaeve` are `bert seynhaeve`."""
    return " ".join(sorted(person_words(name)))


def _initial_match(initials: list[str], rest: list[str], words: list[str]) -> bool:
    """`words` (a full name) holds every word of `rest` and, for each initial, another word starting with it."""
    remaining = list(words)
    for word in rest:
        if word not in remaining:
            return False
        remaining.remove(word)
    for letter in initials:
        hit = next((w for w in remaining if w.startswith(letter) and len(w) > 1), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return not remaining


def resolve_persons(persons: list[PersonInput], rules: EntityRules | None = None) -> list[PersonCluster]:
    rules = rules or EntityRules()
    clusters = Clusters(p.key for p in persons)
    by_key: dict[str, list[str]] = defaultdict(list)
    for person in persons:
        by_key[person_key(person.name)].append(person.key)
    for group, rule in enumerate(rules.separate):
        for position, name in enumerate(rule.names):
            for key in by_key.get(person_key(name), []):
                clusters.keep_apart(key, group, position)
    for rule in rules.merge:
        keys = [key for name in rule.names for key in by_key.get(person_key(name), [])]
        for key in keys[1:]:
            clusters.union(keys[0], key, "alias-file")
    for keys in by_key.values():
        for key in keys[1:]:
            clusters.union(keys[0], key, "same-key")
    full = [p for p in persons if all(len(w) > 1 for w in person_words(p.name))]
    for person in persons:
        words = person_words(person.name)
        letters = [w for w in words if len(w) == 1]
        rest = [w for w in words if len(w) > 1]
        if not letters or not rest:
            continue
        matches = [p.key for p in full if _initial_match(letters, rest, person_words(p.name))]
        if len({clusters.find(key) for key in matches}) == 1:
            clusters.union(matches[0], person.key, "initials")
    return _clusters(persons, clusters)


def _clusters(persons: list[PersonInput], clusters: Clusters) -> list[PersonCluster]:
    by_key = {p.key: p for p in persons}
    result: list[PersonCluster] = []
    taken: set[str] = set()
    for root, keys in sorted(clusters.groups().items(), key=lambda item: (-len(item[1]), str(item[0]))):
        members = [by_key[key] for key in keys]
        best = max(
            members,
            key=lambda p: (all(len(w) > 1 for w in person_words(p.name)), len(p.documents), len(p.name), p.name),
        )
        cluster_id, suffix = slug(best.name), 2
        while cluster_id in taken:
            cluster_id, suffix = f"{slug(best.name)}-{suffix}", suffix + 1
        taken.add(cluster_id)
        cluster = PersonCluster(cluster_id=cluster_id, name=best.name)
        for person in sorted(members, key=lambda p: p.name):
            cluster.members.append((person.key, person.name, clusters.reason[person.key]))
            cluster.documents |= person.documents
        result.append(cluster)
    return result
