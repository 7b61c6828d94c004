"""spaCy's Dutch tokenisation of a whole document, without building a spaCy `Doc` for it.

Why: building the `Doc` of every document (the blank `nl` tokenizer, then iterating its tokens
into `Word`s) was a third of the organisation rules' time, and the tokenizer re-splits every
whitespace-delimited chunk it has not kept in its own cache (it stops caching new words once its
vocabulary holds 10,000 entries). The result here is the same token list, chunk by chunk:

- spaCy splits the text into runs of non-space and of space characters (`str.isspace`, which is
  also what `\\s` means in `re`), drops the single `' '` that opens a space run after a token
  (the token's trailing space) and tokenizes each remaining run on its own (prefixes, suffixes,
  infixes, special cases: none of the Dutch special cases contains a space, so no rule joins two
  runs). A run's tokens therefore do not depend on the text around it: each distinct run is
  tokenized once per process by the real spaCy tokenizer and its split points are kept
  (`_split_points`), so tokenisation rules stay spaCy's own.
- Space runs become space tokens, which separate words and stop every phrase match.

`tests/test_entities_tokens.py` checks the words and matches against the spaCy `Doc` path on real
texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

_CACHE_LIMIT = 200_000
"""Distinct runs kept (about 20 MB); the cache is emptied when it grows past this."""

_ONE_TOKEN: tuple[int, ...] = ()
"""Split points of a run that is a single token (the common case): none inside it."""


@dataclass
class Tokens:
    """The non-space tokens of a text, as parallel lists (fast to build and to scan)."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    after_space: list[bool]  # a space token lies between this token and the previous one


class RunTokenizer:
    """Tokenizes a text as spaCy's `nlp.make_doc` would, one distinct run at a time (see module doc)."""

    def __init__(self, language: Language) -> None:
        self._tokenizer = language.tokenizer
        self._cache: dict[str, tuple[int, ...]] = {}

    def _split_points(self, run: str) -> tuple[int, ...]:
        """Offsets inside `run` where spaCy starts a new token (none: the run is one token)."""
        points = self._cache.get(run)
        if points is None:
            doc = self._tokenizer(run)
            points = tuple(token.idx for token in doc)[1:] or _ONE_TOKEN
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[run] = points
        return points

    def tokens(self, text: str) -> Tokens:
        starts: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        after_space: list[bool] = []
        cache = self._cache
        find = text.find
        previous_end = 0
        for run in text.split():  # the non-space runs (`str.split` splits at `str.isspace`)
            start = find(run, previous_end)
            # between two runs: a single ' ' is the previous token's trailing space; any other
            # space run (or one opening the text) is a space token (spaCy: `is_space`)
            spaced = start > previous_end and (previous_end == 0 or start > previous_end + 1 or text[previous_end] != " ")
            points = cache.get(run)
            if points is None:
                points = self._split_points(run)
            end = start + len(run)
            previous_end = end
            if not points:
                starts.append(start)
                ends.append(end)
                texts.append(run)
                after_space.append(spaced)
                continue
            previous = 0
            for point in (*points, len(run)):
                starts.append(start + previous)
                ends.append(start + point)
                texts.append(run[previous:point])
                after_space.append(spaced)
                spaced = False
                previous = point
        return Tokens(starts, ends, texts, after_space)


@lru_cache(maxsize=1)
def run_tokenizer() -> RunTokenizer:
    from extract.entities.words import nlp

    return RunTokenizer(nlp())


def phrase_matches(
    tokens: Tokens, phrases: dict[str, list[tuple[tuple[str, ...], str]]]
) -> list[tuple[int, int, str]]:
    """(first, end, label) of every phrase found as consecutive tokens with no space token inside,
    in spaCy `PhraseMatcher` order: by first token, then by end. `phrases` maps a phrase's first
    token to its (token texts, label) pairs."""
    texts, after_space = tokens.texts, tokens.after_space
    count = len(texts)
    found: list[tuple[int, int, str]] = []
    for i, text in enumerate(texts):
        candidates = phrases.get(text)
        if candidates is None:
            continue
        hits: dict[tuple[int, str], None] = {}  # ordered and without duplicates
        for phrase, label in candidates:
            end = i + len(phrase)
            if end > count:
                continue
            if all(texts[i + k] == phrase[k] and not after_space[i + k] for k in range(1, len(phrase))):
                hits[(end, label)] = None
        found.extend((i, end, label) for end, label in sorted(hits, key=lambda hit: hit[0]))
    return found


def lower_matches(tokens: Tokens, patterns: list[tuple[tuple[str, ...], str]]) -> list[tuple[int, int, str]]:
    """(first, end, label) of every pattern of lowercase token texts, in spaCy `Matcher` order: by
    end, then first token, then the order the patterns were added; one per (label, first, end)."""
    by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for order, (pattern, label) in enumerate(patterns):
        by_first.setdefault(pattern[0], []).append((order, pattern, label))
    texts, after_space = tokens.texts, tokens.after_space
    count = len(texts)
    hits: list[tuple[int, int, int, str]] = []
    for i, text in enumerate(texts):
        candidates = by_first.get(text.lower())
        if candidates is None:
            continue
        for order, pattern, label in candidates:
            end = i + len(pattern)
            if end > count:
                continue
            if all(texts[i + k].lower() == pattern[k] and not after_space[i + k] for k in range(1, len(pattern))):
                hits.append((end, i, order, label))
    hits.sort()
    seen: set[tuple[str, int, int]] = set()
    found = []
    for end, i, _, label in hits:
        if (label, i, end) not in seen:
            seen.add((label, i, end))
            found.append((i, end, label))
    return found
