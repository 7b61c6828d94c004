"""Person names and role titles in attendance and voter lists.

Lists of persons are comma- or semicolon-separated runs of `Name` and `role` entries. Telling
them apart, and telling them from ordinary prose, rests on shape: a name is two to seven words that
are capitalised (or lowercase name particles, `Van den Brande`, `de Meulenaere`, and the word after
a particle, `Van herzeele`); a role is written in lowercase (or opens with an acronym,
`OCMW-voorzitter`) and contains a function title of the vocabulary (`schepenen`,
`adjunct-algemeendirecteur`, `burgemeester wd.`). Prose fails both tests: it has lowercase words
that are neither particles nor role titles.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from extract.people.vocab import load_vocab
from extract.text.lines import collapse

# Markup debris of the LBLOD exports: `Eddy nbsp;Couckuyt`, `Caroline&nbnbsp;De Meerleer`.
_ENTITY_DEBRIS = re.compile(r"&?(?:nb)*n?b?sp;|&#?\w{1,8};")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’.-]*|[A-ZÀ-ÖØ-Þ]\.|[dD]['’][A-ZÀ-ÖØ-Þa-zß-ÿ][\wÀ-ÿ'’-]*)$")
_LOWER_TOKEN = re.compile(r"^[a-zß-ÿ][\wÀ-ÿ'’-]*$")
_ACRONYM_PREFIX = re.compile(r"^[A-Z]{2,}-")
MAX_NAME_TOKENS = 7


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(p.lower() for p in load_vocab().names.particles)


@lru_cache(maxsize=1)
def _honorific_re() -> re.Pattern[str]:
    words = sorted(load_vocab().names.honorifics, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?=\s)\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plural_endings() -> list[tuple[str, str]]:
    return sorted(load_vocab().roles.plural_endings.items(), key=lambda item: len(item[0]), reverse=True)


_memo = lru_cache(maxsize=16384)
"""For the pure predicates on one entry below: attendance and vote lists ask them about the same
entries again and again (the list is re-read after every line added to it)."""


def strip_markup(raw: str) -> str:
    """Text without the HTML entities and their debris the LBLOD exports leave (`nbsp;`)."""
    return _ENTITY_DEBRIS.sub(" ", html.unescape(raw).replace("\u00a0", " "))


def clean_name(raw: str) -> str:
    """A name as written, without markup debris, form of address or wrapped whitespace."""
    value = collapse(strip_markup(raw))
    value = _honorific_re().sub("", value)
    return value.strip(" ,;.:")


def name_tokens(value: str) -> list[str]:
    return clean_name(value).split()


def _token_ok(token: str, previous: str | None) -> bool:
    if _NAME_TOKEN.match(token):
        return True
    if token.lower() in _particles():
        return True
    # `Christiaan Van herzeele`: a lowercase family name after a particle.
    return bool(previous and previous.lower() in _particles() and _LOWER_TOKEN.match(token))


@_memo
def is_name_prefix(value: str) -> bool:
    """True for the start of a name wrapped over lines (`Björn`, `Simon Van`): name-shaped words."""
    tokens = name_tokens(value)
    if not tokens or len(tokens) > MAX_NAME_TOKENS or any(ch.isdigit() for ch in value):
        return False
    if not _NAME_TOKEN.match(tokens[0]) and tokens[0].lower() not in _particles():
        return False
    return all(_token_ok(token, tokens[i - 1] if i else None) for i, token in enumerate(tokens))


@_memo
def is_person_name(value: str) -> bool:
    """True for a whole person name: 2-7 name-shaped words, not ending in a particle."""
    tokens = name_tokens(value)
    if len(tokens) < 2 or not is_name_prefix(value):
        return False
    if tokens[-1].lower() in _particles() and not _NAME_TOKEN.match(tokens[-1]):
        return False
    # At least two capitalised words: `De Gussem` alone is a family name, `Van den` is nothing.
    return sum(1 for token in tokens if token[:1].isupper()) >= 2


def singular_word(word: str) -> str:
    """`schepenen` → `schepen`, `gemeenteraadsleden` → `gemeenteraadslid`; other words unchanged."""
    lower = word.lower()
    for plural, singular in _plural_endings():
        if lower.endswith(plural):
            return lower[: len(lower) - len(plural)] + singular
    return lower


def _has_role_word(value: str) -> bool:
    stems = load_vocab().roles.stems
    for word in re.split(r"[\s/-]+", value.lower()):
        word = singular_word(word.strip(".,;:()"))
        if word and any(word.endswith(stem) for stem in stems):
            return True
    return False


@_memo
def is_role(value: str) -> bool:
    """True for a function title as written in a list: `voorzitter`, `schepenen`, `burgemeester wd.`."""
    text = collapse(value)
    if not text or any(ch.isdigit() for ch in text) or len(text.split()) > 5:
        return False
    if not (text[0].islower() or _ACRONYM_PREFIX.match(text)):
        return False
    modifiers = {m.lower() for m in load_vocab().roles.modifiers}
    words = text.split()
    # Every word is a role word, a modifier, an abbreviation (`wd.`, `BCSD`) or a joiner (`-`).
    for word in words:
        bare = word.lower().strip(",;:()")
        if bare in modifiers or bare in {"-", "–", "en", "van", "de", "het"} or word.endswith(".") or word.isupper():
            continue
        if not _has_role_word(word) and not _LOWER_TOKEN.match(word):
            return False
    return _has_role_word(text)


@_memo
def is_role_prefix(value: str) -> bool:
    """True for the first words of a role wrapped over lines (`Ilse Schollaert, algemeen` /
    `directeur`): lowercase modifiers of a role title only (`algemeen`, `wnd.`, `adjunct`)."""
    words = collapse(value).split()
    if not words or len(words) > 2 or not words[0][:1].islower():
        return False
    modifiers = {m.lower() for m in load_vocab().roles.modifiers}
    return all(word.lower() in modifiers for word in words) and not _has_role_word(value)


def role_as_written(value: str) -> str:
    """The role lowercased and singular, as the export format writes it (`schepenen` → `schepen`)."""
    words = collapse(value).split()
    return " ".join(singular_word(word) if not word.endswith(".") else word.lower() for word in words)


@_memo
def is_empty_marker(value: str) -> bool:
    """`/`, `geen`, `nihil`: the list says nobody."""
    return collapse(value).lower() in {m.lower() for m in load_vocab().names.empty_markers}


_BRACKETED_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)$")


def split_bracketed_role(value: str) -> tuple[str, str] | None:
    """`Jan Peeters (voorzitter)` → (`Jan Peeters`, `voorzitter`); None for any other entry."""
    match = _BRACKETED_ROLE.match(collapse(value))
    if match and is_person_name(match.group("name")) and is_role(match.group("role")):
        return match.group("name"), match.group("role")
    return None
