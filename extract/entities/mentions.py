"""Mentions of organisations in a text, found by general rules over words.

Each rule names one signal that holds in any Flemish municipality's minutes:

- `body`: a generic public body, intercommunale or political party of the vocabulary (`VDAB`,
  `Fluvius`, `N-VA`, `Vlaamse Overheid`);
- `legal_form`: a name before or after a legal form (`Arktos vzw`, `vzw Ritmica`, `Euro Shop
  Mechelen BV`);
- `head`: a name after a public-law or organisation head word (`Stad Mechelen`, `gemeente
  Willebroek`, `Politiezone Rivierenland`, `CLB Het Kompas`, `Agentschap Wegen & Verkeer`);
- `acronym`: `Long Form (ACR)` and every later use of the acronym (`IGEMO`, `CAPRI`, `CMP`), unless
  the long form names a legal instrument, plan or programme (`... Politieverordening (ABP)`);
- `alias`: a short name in parentheses or quotes right after a found name (`Woonmaatschappij
  Rivierenland (Woonland)`, `Hierna “IGEMO” genoemd`);
- `list`: the proper names of an enumeration of partners (`NAFT-partners: Arktos, Pros, Profo`)
  when it is introduced as one or holds a name another rule found (see `enumerations.py`).

Rules return candidates; `accept_name` drops the phrases that look like names but are services,
functions, legal instruments, programmes or streets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.entities.acronyms import find_definitions
from extract.entities.names import (
    WRAPPED_LINE,
    grow_left,
    grow_left_over_wrap,
    grow_right,
    is_name_word,
    name_key,
    surface,
    trim_leading,
)
from extract.entities.vocabulary import is_legal_form, names_instrument, vocabulary
from extract.entities.tokens import lower_matches, phrase_matches
from extract.entities.words import Word, nlp, starts_sentence, text_words


_GEOGRAPHIC = frozenset({"binnen", "in", "uit", "naar", "doorheen", "over", "buiten"})
"""Prepositions that make `de provincie X` a place rather than the body (`binnen de provincie`)."""


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into the document text
    end: int
    name: str  # as written, whitespace collapsed
    rule: str
    canonical: str | None = None  # the name the rule knows for sure (`Stad Mechelen`, `VDAB`)
    link: str | None = None  # another written name of the same organisation (acronym ↔ long form)


@dataclass
class Scan:
    """One document prepared for the rules: its text, words and the matcher hits."""

    text: str
    words: list[Word]
    bodies: list[tuple[int, int, str]]  # word range and canonical name of each vocabulary body
    heads: list[tuple[int, int, str]]  # word range and kind of each head word


def _written_forms(forms: list[str]) -> list[str]:
    """The forms of a body as written, and, for a name opening with an article (`De Watergroep`,
    `De Lijn`), the same name with the article lowercased as inside a sentence (`met de Watergroep`)."""
    written = list(forms)
    for form in forms:
        article, _, rest = form.partition(" ")
        if article in {"De", "Het"} and rest[:1].isupper():
            written.append(f"{article.lower()} {rest}")
    return written


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[tuple[str, ...], str]]]:
    """The vocabulary bodies as token sequences (case as written), by first token, and the head
    words as lowercase token sequences (territorial first, as `scan` reports them). Forms are
    written with single spaces, so their token sequences hold no space token."""
    vocab = vocabulary()
    language = nlp()
    bodies: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for body in vocab.bodies:
        for form in _written_forms(body.forms):
            phrase = tuple(token.text for token in language.make_doc(form))
            if phrase and (phrase, body.name) not in bodies.setdefault(phrase[0], []):
                bodies[phrase[0]].append((phrase, body.name))
    heads = [
        (tuple(head.split()), kind)
        for kind, words in (("territorial", vocab.heads.territorial), ("named", vocab.heads.named))
        for head in words
    ]
    return bodies, heads


def scan(text: str) -> Scan:
    """Words and matcher hits of `text`: the vocabulary bodies as written (what a spaCy
    `PhraseMatcher` on ORTH finds) and the head words in any case (a `Matcher` on LOWER), both in
    the spaCy matchers' order, over the tokens of `tokens.py` (no spaCy `Doc` is built)."""
    words, tokens, word_of_token = text_words(text)
    body_phrases, head_patterns = _patterns()
    bodies = [
        (word_of_token[start], word_of_token[end - 1] + 1, name)
        for start, end, name in phrase_matches(tokens, body_phrases)
    ]
    heads = [
        (word_of_token[start], word_of_token[end - 1] + 1, kind)
        for start, end, kind in lower_matches(tokens, head_patterns)
    ]
    return Scan(text=text, words=words, bodies=bodies, heads=heads)


def _mention(scan: Scan, start: int, end: int, rule: str, **extra: str | None) -> Mention:
    words = scan.words
    return Mention(words[start].start, words[end - 1].end, surface(scan.text, words, start, end), rule, **extra)


@lru_cache(maxsize=16384)  # pure; the rules ask about the same names many times per document
def accept_name(name: str) -> bool:
    """False for phrases shaped like names that are not organisations (see the vocabulary)."""
    vocab = vocabulary()
    parts = name.split()
    if not parts or not name_key(name):
        return False
    bare = name.replace(".", "").rstrip("!")
    core = " ".join(p for p in name.lower().split() if p not in {"de", "het"})
    if name.lower() in vocab.stop_names or core in vocab.stop_names or bare.upper() in vocab.stop_acronyms:
        return False
    if len(parts) == 1 and name.lower() in vocab.leading_words:
        return False
    first = parts[0].lower().strip("“”\"'‘’")
    if first in vocab.first_words or " ".join(parts[:2]).lower() in vocab.first_words:
        return False
    content = [p for p in parts if not is_legal_form(p)]
    while content and content[-1].isdigit():
        content = content[:-1]  # a house number: `Grote Markt 21`
    if not content:
        return False
    last = content[-1].lower()
    # a street or square (`Schoutetstraat`, `Grote Markt`) has no legal form: with one the phrase
    # is the organisation that took its name (`Wijkcentrum Het Plein vzw`, `Natuurwerkgroep
    # Beekvallei vzw`, where `lei` only ends `vallei`)
    has_form = any(is_legal_form(p) for p in parts)
    if not has_form and len(content) <= 3 and any(
        last.endswith(suffix) and (last != suffix or len(content) > 1) for suffix in vocab.stop.street_suffixes
    ):
        return False
    return not (len(content) == 1 and content[0].upper() in vocab.stop_acronyms)


_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:besluit|decreet|wet|omzendbrief|beslissing|verordening)\s+van\s+(?:de|het)\s+$", re.IGNORECASE
)


def inside_instrument(text: str, mention: Mention) -> bool:
    """`Besluit van de Vlaamse Regering`, `decreet van het Vlaams Parlement`: the body names an
    instrument there, it is not an organisation the document deals with."""
    return bool(_INSTRUMENT_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def body_mentions(scan: Scan) -> list[Mention]:
    """`body`: generic public bodies and parties of the vocabulary, as written."""
    return [_mention(scan, start, end, "body", canonical=name) for start, end, name in scan.bodies]


def legal_form_mentions(scan: Scan) -> list[Mention]:
    """`legal_form`: `X vzw` / `X BV` (name before), `vzw X` / `Cvba X` (name after)."""
    words = scan.words
    prefix_forms = vocabulary().prefix_legal_form_set
    found: list[Mention] = []
    for i, word in enumerate(words):
        if not is_legal_form(word.text) or word.text.lower() in {"sa", "ev", "ov"} and not word.text.isupper():
            continue
        opens_name = word.text[:1].isupper() and word.text[1:].islower()
        before = i if opens_name and i + 1 < len(words) and is_name_word(words[i + 1]) else grow_left(words, i)
        if before < i:
            before = grow_left_over_wrap(words, before)
        if before < i and words[i].newlines_before < 3:
            before = trim_leading(words, before, i)
            if not (before == i - 1 and words[before].lower in {"de", "het"}):
                found.append(_mention(scan, before, i + 1, "legal_form"))
                continue
        if word.text.replace(".", "").lower() in prefix_forms:
            after = grow_right(words, i + 1)
            if after > i + 1:
                found.append(_mention(scan, i, after, "legal_form"))
    return found


_LABEL_LINE = re.compile(r"^[^\W\d_][\w\-]*(?: [\w\-]+){0,3}\s*:")
"""`Regelgeving: bevoegdheid`: a label line."""


def heading_line_after(scan: Scan, previous: Word, word: Word) -> bool:
    """Whether `word` opens a heading line (`Juridische grond`, `Regelgeving: bevoegdheid`,
    `Context en argumentatie`) after the line `previous` ends: a list item that ends in `... aan de
    stad` does not go on with that heading as the city's name. A wrapped sentence does go on
    (`... tussen stad` / `Mechelen en Arktos vzw ...`): its next line is long or ends a sentence,
    and a short first line (`gemeente` alone) only holds the rest of a wrapped item."""
    end = scan.text.find("\n", word.start)
    line = scan.text[word.start : end if end >= 0 else len(scan.text)].strip()
    if _LABEL_LINE.match(line):
        return True
    # a short line that closes no sentence is a heading, not the rest of a wrapped sentence
    return len(line) < WRAPPED_LINE and not line.endswith((".", ",", ";", ")")) and (
        previous.column_end >= WRAPPED_LINE or len(line.split()) > 1
    )


def head_mentions(scan: Scan) -> list[Mention]:
    """`head`: `Stad Mechelen`, `gemeente Willebroek`, `Stad en OCMW Mechelen`, `CLB Het Kompas`.

    A territorial head takes one place name and gets the canonical `Head Place`, never the first
    word of a heading line after it (`heading_line_after`); other heads take the capitalised name
    run after them and keep the phrase as written.
    """
    words = scan.words
    territorial = set(vocabulary().heads.territorial)
    found: list[Mention] = []
    for start, end, kind in scan.heads:
        if end >= len(words) or words[end].newlines_before >= 3:
            continue
        head = " ".join(w.text for w in words[start:end])
        if kind == "territorial":
            place = words[end]
            # `Stad en OCMW Mechelen`: both heads share the place after the second one
            if place.lower == "en" and end + 2 < len(words) and words[end + 1].lower in territorial:
                place = words[end + 2]
            # `binnen de provincie Antwerpen`: a place, not an actor
            if start >= 2 and words[start - 1].lower in {"de", "het"} and words[start - 2].lower in _GEOGRAPHIC:
                continue
            if not place.is_capitalised or place.is_acronym or is_legal_form(place.text) or not place.text[:1].isalpha():
                continue
            if place.newlines_before and heading_line_after(scan, words[place.index - 1], place):
                continue
            canonical = f"{head[:1].upper()}{head[1:].lower() if not head.isupper() else head[1:]} {place.text}"
            if place.index == end:
                found.append(_mention(scan, start, end + 1, "head", canonical=canonical))
            else:
                found.append(Mention(words[start].start, words[end - 1].end, canonical, "head", canonical=canonical))
            continue
        after = grow_right(scan.words, end, digits_first=True)
        if after > end:
            # capitalised words before a named head belong to the name (`GO! Scholengroep 5`)
            if words[start].is_capitalised and not starts_sentence(words, start):
                start = trim_leading(words, grow_left(words, start + 1), start + 1)
            found.append(_mention(scan, start, after, "head"))
    return found


def _cue_matches(pattern: list[str], words: list[Word], end: int) -> bool:
    """Whether the words ending just before `end` spell the cue `pattern` (`*x`: ends with x)."""
    if end < len(pattern):
        return False
    for part, word in zip(pattern, words[end - len(pattern) : end]):
        if part.startswith("*") and not word.lower.endswith(part[1:]) or not part.startswith("*") and word.lower != part:
            return False
    return True


def cue_mentions(scan: Scan) -> list[Mention]:
    """`cue`: the capitalised name after a phrase that introduces the organisation dealt with
    (`Namens Voor Mechelen:`, `overeenkomst met BePark`, `algemene vergadering van PONTES`)."""
    words = scan.words
    by_last: dict[str, list[list[str]]] = {}
    for cue in vocabulary().cue_phrases:
        pattern = cue.split()
        by_last.setdefault(pattern[-1], []).append(pattern)
    found: list[Mention] = []
    for i in range(1, len(words)):
        patterns = by_last.get(words[i - 1].lower)
        if not patterns or not any(_cue_matches(pattern, words, i) for pattern in patterns):
            continue
        start = i + 1 if words[i].text in {"de", "het"} and i + 1 < len(words) else i
        end = grow_right(words, start, digits_first=False)
        while end < len(words) and is_legal_form(words[end].text):
            end += 1
        if end > start and is_name_word(words[start]):
            found.append(_mention(scan, start, end, "cue"))
    return found


def acronym_mentions(scan: Scan) -> list[Mention]:
    """`acronym`: the long form and the acronym of `Long Form (ACR)`, and later uses of ACR."""
    words = scan.words
    by_text: dict[str, list[Word]] = {}
    for word in words:
        by_text.setdefault(word.text, []).append(word)
    found: list[Mention] = []
    for definition in find_definitions(words):
        start = definition.long_start
        while start < definition.long_end - 1 and words[start].lower in {"de", "het", "een"}:
            start += 1
        long_form = surface(scan.text, words, start, definition.long_end)
        acronym = definition.acronym.text
        if not accept_name(long_form) or not accept_name(acronym) or names_instrument(long_form):
            continue  # `Algemene Bestuurlijke Politieverordening (ABP)`: an instrument, not a body
        long_end = definition.long_end
        after = definition.long_end + 3  # `Centraal Meldpunt (CMP) Risicojongeren`: the name goes on
        rest = grow_right(words, after, limit=4) if after < len(words) and words[after].newlines_before == 0 else after
        if rest > after and words[after].text[:1].isupper():
            long_form = surface(scan.text, words, start, rest)
            long_end = rest
        found.append(_mention(scan, start, long_end, "acronym", link=acronym))
        found.extend(Mention(w.start, w.end, acronym, "acronym", link=long_form) for w in by_text.get(acronym, []))
    return found


def alias_mentions(scan: Scan, anchors: list[Mention]) -> list[Mention]:
    """`alias`: `Name (Short)` or `Name ... Hierna “Short” genoemd` right after a found name."""
    words = scan.words
    after_end = {word.end: word.index + 1 for word in words}
    found: list[Mention] = []
    for anchor in anchors:
        i = after_end.get(anchor.end)
        if i is None or i + 2 >= len(words) or words[i].text != "(":
            continue
        end = grow_right(words, i + 1, limit=4)
        if end == i + 1 or end >= len(words) or words[end].text != ")" or words[i + 1].text[:1].isdigit():
            continue
        alias = surface(scan.text, words, i + 1, end)
        if accept_name(alias) and name_key(alias) != name_key(anchor.name):
            found.append(_mention(scan, i + 1, end, "alias", link=anchor.name))
    return found


def capitalised_run(scan: Scan, start: int, end: int) -> tuple[int, int] | None:
    """The word range of `[start, end)` if it is one proper name (every content word capitalised)."""
    words = scan.words
    while start < end and words[start].text in {"(", "“", "\"", "‘", "'", "-", "–", "o", "*"}:
        start += 1
    while end > start and words[end - 1].text in {")", "”", "\"", "’", "'", "…", "."}:
        end -= 1
    if start >= end or not is_name_word(words[start]):
        return None
    if starts_sentence(scan.words, start):
        start = trim_leading(words, start, end)
    grown = grow_right(words, start, limit=end - start + 1)
    # a legal form may close or open the item (`Groep Intro vzw`, `vzw Ritmica`)
    while grown < end and is_legal_form(words[grown].text):
        grown += 1
    if grown != end:
        return None
    return start, end
