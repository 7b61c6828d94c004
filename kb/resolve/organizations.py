"""Organisations resolved across documents: `resolve_organizations(orgs, places, rules)`.

Each document's extractor already joined the forms one document uses (`Arktos`, `Arktos vzw`,
`Arktos Antwerpen` → `Arktos vzw` with aliases). Here the organisations of ALL documents are joined,
evidence strongest first (each join records its reason, listed by `besluitenbank orgs`):

1. `alias-file`: the merges of `corpus/aliases.toml`; its `separate` lists are never joined by
   any rule;
2. `same-key`: equal `org_key` (`Arktos vzw` = `ARKTOS` = `Arktos`; `Stad X` = `Gemeente X`),
   unless their legal forms differ in kind (`Omgeving cv` is not `Omgeving vzw`);
3. `document-alias`: a document gives one name as an alias of the other (`IGEMO` and its long form);
   generic aliases (`Stad`, `OCMW`, `CLB`) and bare place names (`Antwerpen`: the city in one
   document, the province in another) link nothing;
4. `acronym`: an acronym defined in parentheses (`Centrum voor Leerlingenbegeleiding (CLB) Het
   Kompas vzw` = `CLB Het Kompas`). An acronym written alone is NOT matched to initials
   (`VMM` would become `Vlaamse Minister van Mobiliteit`): the alias file joins those;
5. `place`: a name plus a place is the name (`Arktos Antwerpen` = `Arktos`) when that name is
   qualified by one place only; `Provinciaal Onderwijs Antwerpen` and `Provinciaal Onderwijs
   Limburg` stay two organisations.

Pure: no database. `kb/derived.py` feeds it the stored organisations and writes the clusters.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kb.resolve.aliases import EntityRules
from kb.resolve.orgnames import (
    acronym_variants,
    is_generic,
    legal_family,
    org_key,
    slug,
    split_place,
)
from kb.resolve.unionfind import Clusters
from kb.resolve.vocab import vocabulary


@dataclass(frozen=True)
class OrgInput:
    key: str  # organizations.key
    name: str
    aliases: tuple[str, ...] = ()
    documents: frozenset[str] = frozenset()


@dataclass
class OrgCluster:
    cluster_id: str
    name: str
    members: list[tuple[str, str, str]] = field(default_factory=list)  # (organization key, name, reason)
    names: dict[str, str] = field(default_factory=dict)  # written form -> match key
    documents: set[str] = field(default_factory=set)


def _has_legal_form(name: str) -> bool:
    legal = vocabulary().legal_forms
    return any(part.lower().strip(".,") in legal for part in name.split())


def _canonical(members: list[OrgInput], chosen: str | None) -> str:
    """The alias file's canonical name; else a name of the most used key, with a legal form if written."""
    if chosen:
        return chosen
    key_docs: Counter[str] = Counter()
    for org in members:
        key_docs[org_key(org.name)] += len(org.documents) or 1
    best_key = max(key_docs, key=lambda k: (key_docs[k], -len(k), k))
    same = [org for org in members if org_key(org.name) == best_key] or members
    return max(
        same, key=lambda o: (_has_legal_form(o.name), len(o.documents), not o.name.islower(), -len(o.name), o.name)
    ).name


class _Index:
    """Organisation keys by the resolution key of their name and of their aliases."""

    def __init__(self, orgs: list[OrgInput]) -> None:
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        for org in orgs:
            self.by_name[org_key(org.name)].append(org.key)
            for alias in org.aliases:
                self.by_alias[org_key(alias)].append(org.key)

    def named(self, name: str) -> list[str]:
        key = org_key(name)
        return list(dict.fromkeys(self.by_name.get(key, []) + self.by_alias.get(key, [])))


def _apply_alias_file(clusters: Clusters, index: _Index, rules: EntityRules) -> dict[str, str]:
    """Separate lists first (so no later join can break them), then merges; returns root -> canonical."""
    for group, rule in enumerate(rules.separate):
        for position, name in enumerate(rule.names):
            for key in index.by_name.get(org_key(name), []):
                clusters.keep_apart(key, group, position)
    canonical: dict[str, str] = {}
    for rule in rules.merge:
        keys = [key for name in rule.names for key in index.named(name)]
        for key in keys[1:]:
            clusters.union(keys[0], key, "alias-file")
        if keys and rule.canonical:
            canonical[keys[0]] = rule.canonical
    return canonical


def _acronym_edges(orgs: list[OrgInput], index: _Index) -> list[tuple[str, str]]:
    edges: list[tuple[str, str]] = []
    for org in orgs:
        for form in (org.name, *org.aliases):
            for variant in acronym_variants(form):
                edges += [(org.key, other) for other in index.by_name.get(org_key(variant), []) if other != org.key]
    return edges


def _place_edges(orgs: list[OrgInput], index: _Index, places: frozenset[str]) -> list[tuple[str, str]]:
    """`X Place` → `X` when X is written with one place only (else the places tell them apart)."""
    qualified: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for org in orgs:
        for form in {org_key(org.name), *(org_key(a) for a in org.aliases)}:
            split = split_place(form, places)
            if split is not None:
                qualified[split[0]][split[1]].append(org.key)
    edges: list[tuple[str, str]] = []
    for base, by_place in qualified.items():
        targets = index.by_name.get(base, [])
        if len(by_place) != 1 or not targets:
            continue
        for keys in by_place.values():
            edges += [(targets[0], key) for key in keys]
    return edges


def resolve_organizations(
    orgs: list[OrgInput], places: frozenset[str] = frozenset(), rules: EntityRules | None = None
) -> list[OrgCluster]:
    """Clusters of the organisations of all documents (see the module docstring), largest first."""
    rules = rules or EntityRules()
    all_places = places | frozenset(vocabulary().places)
    index = _Index(orgs)
    clusters = Clusters(org.key for org in orgs)
    canonical = _apply_alias_file(clusters, index, rules)
    by_key = {org.key: org for org in orgs}
    for keys in index.by_name.values():
        _join_same_key(clusters, [by_key[key] for key in keys])
    for org in orgs:
        own = org_key(org.name)
        if is_generic(own) or own in all_places:
            continue  # `Antwerpen` names the city in one document, the province in another
        for alias in org.aliases:
            alias_key = org_key(alias)
            if is_generic(alias_key) or alias_key in all_places:
                continue
            for other in index.by_name.get(alias_key, []) + index.by_alias.get(alias_key, []):
                if other != org.key and _same_kind(org, by_key[other]):
                    clusters.union(org.key, other, "document-alias")
    for a, b in _acronym_edges(orgs, index):
        clusters.union(a, b, "acronym")
    for a, b in _place_edges(orgs, index, all_places):
        clusters.union(a, b, "place")
    return _clusters(orgs, clusters, canonical)


def _same_kind(a: OrgInput, b: OrgInput) -> bool:
    """Legal forms of different kinds (`cv`, `vzw`) are different entities, whatever links them."""
    family_a, family_b = legal_family(a.name), legal_family(b.name)
    return family_a is None or family_b is None or family_a == family_b


def _join_same_key(clusters: Clusters, members: list[OrgInput]) -> None:
    """Names with one key are one organisation; with legal forms of different kinds, each kind is
    its own organisation and the names without a form (which could be either) stay apart."""
    families: dict[str | None, list[str]] = defaultdict(list)
    for org in members:
        families[legal_family(org.name)].append(org.key)
    if len([family for family in families if family is not None]) <= 1:
        keys = [org.key for org in members]
        for key in keys[1:]:
            clusters.union(keys[0], key, "same-key")
        return
    for keys in families.values():
        for key in keys[1:]:
            clusters.union(keys[0], key, "same-key")


def _clusters(orgs: list[OrgInput], clusters: Clusters, canonical: dict[str, str]) -> list[OrgCluster]:
    by_key = {org.key: org for org in orgs}
    chosen = {clusters.find(key): name for key, name in canonical.items()}
    result: list[OrgCluster] = []
    taken: set[str] = set()
    groups = sorted(clusters.groups().items(), key=lambda item: (-len(item[1]), str(item[0])))
    for root, keys in groups:
        members = [by_key[key] for key in keys]
        name = _canonical(members, chosen.get(root))
        cluster_id = slug(name)
        suffix = 2
        while cluster_id in taken:
            cluster_id, suffix = f"{slug(name)}-{suffix}", suffix + 1
        taken.add(cluster_id)
        cluster = OrgCluster(cluster_id=cluster_id, name=name)
        for org in sorted(members, key=lambda o: o.name):
            cluster.members.append((org.key, org.name, clusters.reason[org.key]))
            cluster.documents |= org.documents
            for form in (org.name, *org.aliases):
                cluster.names.setdefault(form, org_key(form))
        cluster.names.setdefault(name, org_key(name))
        result.append(cluster)
    return result
