"""How two organisation names written in different documents are compared: pure string rules.

- `org_key`: case, accents, punctuation, non-breaking spaces, legal forms (`vzw`, `bv`, `DV`) and
  descriptive prefixes (`opdrachthoudende vereniging`) ignored; a city head (`Stad`, `Gemeente`,
  `Stadsbestuur`) written as `stad` (`Stad Mechelen` = `Gemeente Mechelen`).
- `acronym_variants`: an acronym defined in parentheses gives the name with the acronym in place
  of its long form and the name without it (`Centrum voor Leerlingenbegeleiding (CLB) Het Kompas
  vzw` → `CLB Het Kompas vzw`, `Centrum voor Leerlingenbegeleiding Het Kompas vzw`); the long form is
  checked against the acronym (Schwartz & Hearst: its letters, in order, the first at a word start).
- `legal_family`: `cvba` and `cv` are one family of legal forms, `vzw` another.
- `split_place`: `arktos antwerpen` → (`arktos`, `antwerpen`) when the last words are a place.
- `is_generic`: a key that names no organisation by itself (`stad`, `ocmw`, `clb`, empty).
"""

from __future__ import annotations

import re
import unicodedata

from extract.entities.names import strip_accents
from kb.resolve.vocab import vocabulary

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+|&nbsp;?|\bnbsp;")
_PUNCT = re.compile(r"[^\w&]+")
_PARENTHESISED = re.compile(r"\(([^()]{2,12})\)")
CONNECTORS = frozenset({"van", "voor", "de", "der", "den", "het", "en", "&", "op", "in", "aan", "te", "t", "of"})


def clean_spaces(name: str) -> str:
    """Non-breaking spaces, `&nbsp;` written out and runs of whitespace become one space."""
    return " ".join(_SPACES.sub(" ", unicodedata.normalize("NFKC", name)).split())


def tokens_of(name: str) -> list[str]:
    """Lowercased, accent-free words of a name; punctuation separates words (`GO!` → `go`)."""
    value = strip_accents(clean_spaces(name)).lower().replace("&", " & ")
    return [token for token in _PUNCT.split(value) if token]


def _drop_prefixes(tokens: list[str]) -> list[str]:
    prefixes = sorted((p.split() for p in vocabulary().descriptive_prefixes), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            if len(tokens) > len(prefix) and tokens[: len(prefix)] == prefix:
                tokens = tokens[len(prefix) :]
                changed = True
                break
    return tokens


def _city_head(tokens: list[str]) -> list[str]:
    for head in sorted((h.split() for h in vocabulary().city_heads), key=len, reverse=True):
        if len(tokens) > len(head) and tokens[: len(head)] == head:
            return ["stad", *tokens[len(head) :]]
    return tokens


def org_key(name: str) -> str:
    """The resolution key of an organisation name (see the module docstring)."""
    legal = vocabulary().legal_forms
    tokens = [t for t in tokens_of(name) if t not in legal]
    # `vereniging zonder winstoogmerk` is a legal form of three words
    joined = " ".join(tokens).replace("vereniging zonder winstoogmerk", " ")
    tokens = _city_head(_drop_prefixes(joined.split()))
    return " ".join(tokens)


def is_generic(key: str) -> bool:
    """Empty, a bare head word (`stad`, `ocmw`, `clb`, `scholengroep`), a connector, or one letter."""
    if not key or len(key) < 2 or key in CONNECTORS:
        return True
    return key in vocabulary().heads or key in vocabulary().city_heads


def _long_form_start(words: list[str], acronym: str) -> int | None:
    """Index of the first of `words` that the acronym's letters run through (Schwartz & Hearst).

    Letters are matched right to left inside the words; the acronym's first letter must be the
    first letter of a word. None when the words before the parenthesis do not spell it.
    """
    letters = [c for c in strip_accents(acronym).lower() if c.isalnum()]
    text = " ".join(strip_accents(w).lower() for w in words)
    si, li = len(letters) - 1, len(text) - 1
    while si >= 0:
        char = letters[si]
        while li >= 0 and (text[li] != char or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        si -= 1
        li -= 1
    start_char = li + 1
    return len(text[:start_char].split())


def acronym_variants(name: str) -> list[str]:
    """The forms a name with a parenthesised acronym stands for (see the module docstring)."""
    name = clean_spaces(name)
    match = _PARENTHESISED.search(name)
    if match is None:
        return []
    acronym = match.group(1).strip()
    if not acronym.replace(".", "").replace("-", "").isalnum() or not any(c.isupper() for c in acronym):
        return []
    before, after = name[: match.start()].split(), name[match.end() :].split()
    window = before[-min(len(before), len(acronym) + 5) :]
    start = _long_form_start(window, acronym)
    if start is None:
        return []
    kept = before[: len(before) - len(window) + start]
    with_acronym = " ".join([*kept, acronym, *after])
    without = " ".join([*before, *after])
    return [with_acronym, without]


def legal_family(name: str) -> str | None:
    """The family of the name's legal form (`vzw`, `cv`, `bv`...), None when it writes none."""
    words = " ".join(tokens_of(name))
    for family in vocabulary().legal_form_families:
        if any(f" {form} " in f" {words} " for form in family):
            return family[0]
    return None


def split_place(key: str, places: frozenset[str]) -> tuple[str, str] | None:
    """(`base`, `place`) when the key ends in a place of up to three words and keeps a name before it."""
    tokens = key.split()
    for size in (3, 2, 1):
        if len(tokens) <= size:
            continue
        place = " ".join(tokens[-size:])
        if place in places:
            base_tokens = tokens[:-size]
            while base_tokens and base_tokens[-1] in CONNECTORS:
                base_tokens = base_tokens[:-1]
            base = " ".join(base_tokens)
            if base and not is_generic(base):
                return base, place
    return None


def place_key(name: str) -> str:
    """A place name as `split_place` compares it (`Oost-Vlaanderen` → `oost vlaanderen`)."""
    return " ".join(tokens_of(name))


def slug(name: str) -> str:
    """URL- and file-safe id of a name (`Arktos vzw` → `arktos-vzw`)."""
    return "-".join("en" if t == "&" else t for t in tokens_of(name)) or "x"
