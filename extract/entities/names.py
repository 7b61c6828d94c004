"""The shape of an organisation's own name over words, and how two names are compared.

A name is a run of capitalised words with lowercase connectors inside it (`Fonds Baillet Latour`,
`Agentschap Wegen & Verkeer`, `Koninklijk Instituut voor het Kunstpatrimonium`, `GO!
Scholengroep 5`). The helpers here grow such a run left or right from an anchor (a legal form, a
head word) and turn a written name into the key mentions of one organisation share (`Arktos vzw`,
`Arktos`, `ARKTOS` → `arktos`; `Emmaüs` and `Emmaus` alike).
"""

from __future__ import annotations

import re
import unicodedata

from extract.entities.vocabulary import is_legal_form, vocabulary
from extract.entities.words import Word

CONNECTORS = frozenset({"van", "voor", "de", "der", "den", "het", "&", "op", "in", "aan", "te", "’t", "'t", "‘t", "v.", "vl.", "-", "–"})
"""Lowercase words that may stand inside a name between capitalised words."""

_DIGITS = re.compile(r"^\d{1,2}$")
_PUNCT_IN_KEY = re.compile(r"[\s\-–_/.,’'‘`\"“”()]+")


def is_name_word(word: Word) -> bool:
    """A word a name can be made of: capitalised, an `@`-name, `’t`, or a legal form is not."""
    if word.text.lower() in {"’t", "'t", "‘t"}:
        return True
    if word.text.isupper() and word.text.replace(".", "") in vocabulary().stop_acronyms:
        return False  # `TOTAAL`, `EUR`, `MEERDERHEID`: table words in capitals
    return word.is_capitalised and any(c.isalpha() for c in word.text)


WRAPPED_LINE = 40
"""A line at least this long before a line break is wrapped prose: a name may continue after it.
Shorter lines are headings, table cells or list lines (`Samenstelling` / `Aanwezig` / names)."""


def _line_break_stops(previous: Word, word: Word) -> bool:
    """A name does not run over a line break after a short line or into a sentence opener."""
    if word.newlines_before == 0:
        return False
    if word.newlines_before >= 3 or previous.column_end < WRAPPED_LINE or previous.text.endswith(":"):
        return True
    return word.lower in vocabulary().leading_words and word.lower not in {"de", "het"}


def grow_right(words: list[Word], start: int, limit: int = 8, digits_first: bool = False) -> int:
    """End index of the name run that starts at word `start` (exclusive); `start` if none.

    Connectors are taken only when a name word follows them; a sentence mark or a line break into
    a sentence opener ends the run; one or two digits may close it (`Scholengroep 5`), or, after a
    head word, be the whole name (`digits_first`).
    """
    i = start
    end = start
    while i < len(words) and i - start < limit:
        word = words[i]
        if i > start and _line_break_stops(words[i - 1], word):
            break
        if is_name_word(word) and not is_legal_form(word.text):
            i += 1
            end = i
            continue
        if word.lower in CONNECTORS and i > start and i + 1 < len(words) and is_name_word(words[i + 1]) and not _line_break_stops(word, words[i + 1]):
            i += 1
            continue
        if _DIGITS.match(word.text) and (end > start or digits_first) and i == end and word.newlines_before == 0:
            end = i + 1
        break
    return end


def grow_left(words: list[Word], end: int, limit: int = 8) -> int:
    """Start index of the name run that ends just before word `end`; `end` if none."""
    i = end - 1
    start = end
    while i >= 0 and end - i <= limit:
        word = words[i]
        if i + 1 < len(words) and i + 1 < end and _line_break_stops(word, words[i + 1]):
            break
        if is_name_word(word) and not is_legal_form(word.text):
            start = i
            i -= 1
            continue
        if word.lower in CONNECTORS and start < end and i > 0 and is_name_word(words[i - 1]):
            i -= 1
            continue
        break
    return start


_BEFORE_NAME = frozenset({"en", "aan", "met", "tussen", "door", "bij", "van", "voor", "vanwege", "namens"})
"""Lowercase words after which a capitalised run is a name that started mid-line."""


def grow_left_over_wrap(words: list[Word], start: int) -> int:
    """Start of a name anchored at word `start` when its first words end the previous short line.

    `grow_left` stops at a line break after a short line (headings, table cells), but a title or
    a parties line may wrap inside the name: `... tussen Stad Heldergem en Werkwinkel` / `Nieuwe
    Start cv`. The run on the previous line is taken when a lowercase word that introduces a name
    (`en`, `aan`, `tussen`) stands before it on that line; `start` otherwise.
    """
    if start == 0 or words[start].newlines_before != 1:
        return start
    previous = words[start - 1]
    if not is_name_word(previous) or is_legal_form(previous.text) or previous.text.endswith(":"):
        return start
    run = start
    j = start - 1
    while j >= 0 and start - j <= 4 and is_name_word(words[j]) and not is_legal_form(words[j].text):
        run = j
        if words[j].newlines_before:
            break
        j -= 1
    if run == start or run == 0 or words[run].newlines_before:
        return start
    return run if words[run - 1].lower in _BEFORE_NAME else start


def trim_leading(words: list[Word], start: int, end: int) -> int:
    """Skip the words a name run pulled in before the name itself: sentence-initial function words
    (`In`, `Ook`) and the words of services, functions and instruments (`Statuten`, `Afdeling`)."""
    vocab = vocabulary()
    while start < end - 1 and (
        words[start].lower in vocab.leading_words and words[start].lower not in {"de", "het"}
        or words[start].lower in vocab.first_words
    ):
        start += 1
    return start


def surface(text: str, words: list[Word], start: int, end: int) -> str:
    """The name as written, whitespace (line wraps) collapsed; a glued hyphen wrap rejoined."""
    raw = text[words[start].start : words[end - 1].end]
    raw = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", raw)
    return " ".join(raw.split())


def strip_accents(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", value) if unicodedata.category(c) != "Mn")


def name_key(name: str) -> str:
    """The clustering key: lowercased, accents and legal forms dropped, punctuation as spaces.

    `Arktos Antwerpen vzw` → `arktos antwerpen`; `Fluvius Zenne Dijle` and `Fluvius Zenne-Dijle`
    share `fluvius zenne dijle`; `opdrachthoudende vereniging IVAREM` → `ivarem`.
    """
    value = strip_accents(name).lower().replace("&", " & ")
    tokens = [t for t in _PUNCT_IN_KEY.split(value) if t]
    tokens = [t for t in tokens if not is_legal_form(t)]
    descriptive = sorted((d.split() for d in vocabulary().heads.descriptive), key=len, reverse=True)
    changed = True
    while changed and tokens:
        changed = False
        for head in descriptive:
            if len(tokens) > len(head) and tokens[: len(head)] == head:
                tokens = tokens[len(head) :]
                changed = True
                break
    return " ".join(tokens)


def has_legal_form(name: str) -> bool:
    return any(is_legal_form(part) for part in name.replace(",", " ").split())
