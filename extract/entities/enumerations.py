"""Organisations named in enumerations (`NAFT-partners: Arktos, Pros, Profo`).

Partners are often only listed: `andere stakeholders zoals Igemo, VDAB, provinciaal STS`,
`vanuit Arktos Antwerpen, Emmaus en Stad Mechelen`, a participants list of a platform. A list is a
run of items separated by commas, semicolons, slashes and a final `en`/`of`, between sentence
marks, brackets, a colon or a heading line. Its proper-name items are organisations when the list is introduced as
a list of partners (a cue word such as `partners`, `stakeholders`, `deelnemers`, `organisaties`
just before it) or when another item of it is already a known organisation; lists of persons
(vote lists, attendance) have neither and are left alone, and so are budget-table rows written
out as text (`2024 AC002 MJP010 Huur en onderhoud 94.600,00 27.200,00`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from extract.entities.mentions import Mention, Scan, accept_name, capitalised_run
from extract.entities.names import WRAPPED_LINE, grow_left, grow_right, is_name_word, surface
from extract.entities.vocabulary import vocabulary
from extract.entities.words import Word

_BOUNDARIES = frozenset({".", "!", "?", ":", "(", ")", "•", "\uf0b7", "\uf0a7", "▪", "●", "■", "►", "➢"})
_SEPARATORS = frozenset({",", ";", "/", "en", "of", "+"})
_CUES = ("partner", "stakeholder", "deelnemer", "organisatie", "aanbieder", "vereniging", "instantie", "actoren", "tussen")


def _after_heading_line(words: list[Word], i: int) -> bool:
    """Word `i` opens the line after a heading: a short line that ends with neither punctuation
    nor a list separator (`Context en argumentatie` / `Het bestuur wil ...`). A heading is no item
    of the sentence after it."""
    if i == 0 or not words[i].newlines_before:
        return False
    previous = words[i - 1]
    return previous.column_end < WRAPPED_LINE and previous.lower not in _SEPARATORS and previous.text[-1:].isalnum()


def _segments(words: list[Word]) -> list[tuple[int, int]]:
    """Word ranges between sentence marks, brackets, colons, bullets, blank lines and headings."""
    segments: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words):
        if word.text in _BOUNDARIES or ((word.newlines_before >= 3 or _after_heading_line(words, i)) and i > start):
            if i > start:
                segments.append((start, i))
            start = i + 1 if word.text in _BOUNDARIES else i
    if start < len(words):
        segments.append((start, len(words)))
    return segments


_TABLE_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d{3})*,\d{2}|\d{4}/\d+/?.*|[A-Z]{2,4}\d{3,})$")
"""Budget-table cells: an amount with cents (`94.600,00`), a budget key (`2021/2231571/`), an
action or plan code (`AC002`, `MJP010`)."""


def _is_table_row(words: list[Word], start: int, end: int) -> bool:
    """A run with a line of two or more budget-table cells is a table's rows written out as
    text, not an enumeration: `2024 AC002 MJP010 Huur en onderhoud 94.600,00 27.200,00` splits at
    `en` into two "items". One amount in prose (`toelage van 5.000,00 euro aan ...`) is no table."""
    cells = 0
    for word in words[start:end]:
        if word.newlines_before:
            cells = 0
        if _TABLE_CELL.match(word.text):
            cells += 1
            if cells >= 2:
                return True
    return False


def _items(words: list[Word], start: int, end: int) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    item_start = start
    for i in range(start, end):
        if words[i].lower in _SEPARATORS:
            if i > item_start:
                items.append((item_start, i))
            item_start = i + 1
    if item_start < end:
        items.append((item_start, end))
    return items


def _split_slashes(scan: Scan, start: int, end: int) -> list[Mention]:
    """`CAW/JAC` as one token: its parts are two organisations."""
    word = scan.words[start]
    if end - start != 1 or "/" not in word.text:
        return []
    parts, offset = [], word.start
    for part in word.text.split("/"):
        if part and accept_name(part):
            parts.append(Mention(offset, offset + len(part), part, "list"))
        offset += len(part) + 1
    return parts


def _has_cue(words: list[Word], start: int, end: int) -> bool:
    """A cue word from eight words before the list (across a colon or bracket, not across a
    sentence end or a heading line: `Werkingstoelage partners` in the budget table above `Besluit`
    / `Artikel 1` introduces nothing) up to its names."""
    first = start
    while first > max(0, start - 8) and words[first - 1].text not in {".", "!", "?"} and not _after_heading_line(words, first):
        first -= 1
    for word in words[first:end]:
        lower = word.lower.rstrip(":")
        if any(cue in lower for cue in _CUES):
            return True
    return False


def _names_function(before: list[Word]) -> bool:
    """`deskundige`, `coördinator-secretaris`: the words before an acronym end in a function word."""
    roles = tuple(vocabulary().stop.role_words)
    return bool(before) and before[-1].lower.rstrip(":,").endswith(roles)


def _lists_persons(words: list[Word], items: list[tuple[int, int]]) -> bool:
    """An item that is a function (`voorzitter`, `schepen`) marks a list of persons."""
    roles = set(vocabulary().stop.role_words)
    return any(" ".join(w.lower for w in words[a:b]) in roles for a, b in items)


def list_mentions(scan: Scan, known: list[Mention], people: frozenset[str] = frozenset()) -> list[Mention]:
    """`list`: the proper-name items of partner enumerations (see the module docstring)."""
    words = scan.words
    # whether [a, b) overlaps a known mention: those starting before b, the furthest end among them
    known_spans = sorted((m.start, m.end) for m in known)
    known_starts = [s for s, _ in known_spans]
    furthest_end = list(accumulate((e for _, e in known_spans), max))

    def overlaps_known(a: int, b: int) -> bool:
        before = bisect_left(known_starts, b)
        return before > 0 and furthest_end[before - 1] > a

    found: list[Mention] = []
    for seg_start, seg_end in _segments(words):
        items = _items(words, seg_start, seg_end)
        if len(items) < 2 or _lists_persons(words, items) or _is_table_row(words, seg_start, seg_end):
            continue
        proper: list[tuple[int, int]] = []
        has_known = False
        for position, (a, b) in enumerate(items):
            if overlaps_known(words[a].start, words[b - 1].end) and (0 < position < len(items) - 1 or len(items) == 1):
                has_known = True
                continue
            if position == 0 and len(items) > 1:
                a = grow_left(words, b) if is_name_word(words[b - 1]) else max(a, b - 3)
            elif position == len(items) - 1:
                b = grow_right(words, a) if is_name_word(words[a]) else min(b, a + 3)
            if a >= b:
                continue
            run = capitalised_run(scan, a, b)
            if run is None:
                # `provinciaal STS`: a lowercase adjective before an acronym; but a function word
                # there (`deskundige LOP`) names a person by the body they work for
                if (
                    b - a <= 3
                    and words[b - 1].is_acronym
                    and all(not w.is_capitalised for w in words[a : b - 1])
                    and not _names_function(words[a : b - 1])
                ):
                    run = (b - 1, b)
                else:
                    continue
            if overlaps_known(words[run[0]].start, words[run[1] - 1].end):
                has_known = True
                continue
            proper.append(run)
        if not proper or not (has_known or _has_cue(words, seg_start, proper[0][0])):
            continue
        if len(items) < 3 and not has_known:
            continue
        for a, b in proper:
            split = _split_slashes(scan, a, b)
            if split:
                found.extend(split)
                continue
            name = surface(scan.text, words, a, b)
            if name in people or not accept_name(name):
                continue
            found.append(Mention(words[a].start, words[b - 1].end, name, "list"))
    return found
