"""Mentions → organisations: one cluster per organisation of the document, with its canonical name.

Within one document the same organisation is written in several ways (`Arktos`, `Arktos vzw`,
`Arktos Antwerpen`, `Arktos Antwerpen vzw`; `IGEMO`, `Igemo`, its long form; `CLB Het Kompas` and
`Centrum voor Leerlingenbegeleiding (CLB) Het Kompas vzw`). Mentions are joined when

- their keys are equal (case, accents, legal form, punctuation and descriptive heads ignored);
- a rule linked them (acronym ↔ long form, a name and its alias in parentheses);
- one key is the other plus words after it (`arktos` ⊂ `arktos antwerpen`) and the shorter is not
  a bare head word, or the other plus a head word before it (`kompas` ⊂ `clb het kompas`).

Two heads with different names stay apart (`CLB GO! Mechelen` ≠ `CLB Het Kompas`). The canonical
name is the rule's own (`Stad Mechelen`, a vocabulary body) or the document's shortest form that
carries a legal form (`Arktos vzw`), else the form written most often.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from extract.entities.mentions import Mention
from extract.entities.names import has_legal_form, name_key
from extract.entities.vocabulary import vocabulary


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return [m.name for m in self.mentions]

    @property
    def keys(self) -> set[str]:
        return {name_key(m.name) for m in self.mentions} | {name_key(m.canonical) for m in self.mentions if m.canonical}


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions; an equal span found twice keeps its first rule.

    A mention inside a longer one is dropped (`Fluvius` inside `Fluvius Zenne-Dijle`), except an
    acronym inside its own definition, which the longer mention does not contain.
    """
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.link is None))
    kept: list[Mention] = []
    for mention in ordered:
        if any(k.start <= mention.start and mention.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (mention.start <= k.start and k.end <= mention.end)]
        kept.append(mention)
    return kept


@lru_cache(maxsize=1)
def _head_words() -> list[list[str]]:
    heads = vocabulary().heads
    return sorted((h.split() for h in heads.territorial + heads.named), key=len, reverse=True)


@lru_cache(maxsize=1)
def _head_word_set() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(head) for head in _head_words())


@lru_cache(maxsize=65536)
def _without_head(key: str) -> str:
    tokens = key.split()
    for head in _head_words():
        if len(tokens) > len(head) and tokens[: len(head)] == head:
            rest = tokens[len(head) :]
            while len(rest) > 1 and rest[0] in {"de", "het"}:
                rest = rest[1:]
            return " ".join(rest)
    return key


def _bare_head_target(short: str, keys: list[str]) -> set[str]:
    """`OCMW`, `Stad` alone: the one organisation of the document with that head, if any."""
    if not _is_bare_head(short):
        return set()
    return {key for key in keys if key.startswith(short + " ")}


def _is_bare_head(key: str) -> bool:
    return tuple(key.split()) in _head_word_set()


def _extends(short: str, long: str) -> bool:
    """`long` names the same organisation as `short` with more words (see the module docstring)."""
    if not short or short == long or _is_bare_head(short):
        return False
    if long.startswith(short + " "):
        return True
    return _without_head(long) == short


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group the document's mentions into organisations, in order of first mention."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # a bare place name stands for the city (`te Mechelen`): keyed by its canonical `Stad X`, so it
    # never opens another name (`Mechelen Feest vzw`)
    keys = [name_key(m.canonical if m.rule == "city" and m.canonical else m.name) for m in mentions]
    by_key: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        # a fixed order (own key, then canonical key), never a set's hash order: clustering must
        # not depend on PYTHONHASHSEED
        own_keys = dict.fromkeys((keys[i], name_key(mention.canonical) if mention.canonical else ""))
        for key in (key for key in own_keys if key):
            if key in by_key:
                union(i, by_key[key])
            else:
                by_key[key] = i
    for i, mention in enumerate(mentions):
        if mention.link and name_key(mention.link) in by_key:
            union(i, by_key[name_key(mention.link)])
    # shorter names join the longer name they open (the one written most often if several)
    counts = Counter(find(i) for i in range(len(mentions)))
    first_of = {key: keys.index(key) for key in dict.fromkeys(keys)}  # first-mention order
    for short, i in first_of.items():
        targets = {find(first_of[long]) for long in first_of if _extends(short, long) or long in _bare_head_target(short, [long])}
        if find(i) in targets:
            continue  # already joined to one of the longer names (through a mention with its key)
        if targets:
            union(i, max(targets, key=lambda root: (counts[root], -root)))
    groups: dict[int, Cluster] = {}
    for i in sorted(range(len(mentions)), key=lambda k: mentions[k].start):
        groups.setdefault(find(i), Cluster()).mentions.append(mentions[i])
    return list(groups.values())


def without_descriptive_head(name: str) -> str:
    """`opdrachthoudende vereniging PONTES` → `PONTES`: a lowercase descriptive head is not part of
    the organisation's own name (a capitalised one is: `Notaris Vreven`)."""
    lowered = name.lower()
    for head in sorted(vocabulary().heads.descriptive, key=len, reverse=True):
        if lowered.startswith(head + " ") and name[:1].islower() and len(name) > len(head) + 1:
            return name[len(head) + 1 :]
    return name


def canonical_name(cluster: Cluster) -> str:
    """The organisation's name per the contract: its short name with its legal form if written."""
    return without_descriptive_head(_canonical(cluster))


def _canonical(cluster: Cluster) -> str:
    """In order: the rule's own name for a city (`Stad Mechelen`); the shortest form with a legal
    form, completed with the head a longer form writes before it (`Het Kompas vzw` + `CLB Het
    Kompas` → `CLB Het Kompas vzw`); a vocabulary body's name; a defined acronym (`IGEMO`,
    `CAPRI`: the short name); else the form written most often."""
    for mention in cluster.mentions:
        if mention.canonical and mention.rule in {"head", "city"}:
            return mention.canonical
    forms = Counter(cluster.forms)
    with_form = [form for form in forms if has_legal_form(form)]
    if with_form:
        best = min(with_form, key=lambda form: (len(form), -forms[form]))
        return _with_head(best, list(forms))
    for mention in cluster.mentions:
        if mention.canonical:
            return mention.canonical
    acronyms = Counter(m.name for m in cluster.mentions if m.rule == "acronym" and m.name.isupper())
    if acronyms:
        return acronyms.most_common(1)[0][0]
    return max(forms, key=lambda form: (forms[form], len(form)))


def _with_head(with_legal_form: str, forms: list[str]) -> str:
    """`Het Kompas vzw` → `CLB Het Kompas vzw` when the document also writes `CLB Het Kompas`."""
    parts = with_legal_form.split()
    if len(parts) < 2 or parts[0].lower() in vocabulary().prefix_legal_form_set:
        return with_legal_form
    base, legal = " ".join(parts[:-1]), parts[-1]
    longer = [f for f in forms if f.endswith(" " + base) and not has_legal_form(f) and f[:1].isupper()]
    if not longer:
        return with_legal_form
    return f"{min(longer, key=len)} {legal}"


def aliases_of(cluster: Cluster, name: str) -> list[str]:
    seen = {name.casefold()}
    aliases: list[str] = []
    written = cluster.forms + [m.canonical for m in cluster.mentions if m.canonical]
    for form in written + [without_descriptive_head(form) for form in written if form]:
        if form and form.casefold() not in seen:
            seen.add(form.casefold())
            aliases.append(form)
    return aliases
