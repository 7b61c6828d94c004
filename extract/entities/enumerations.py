"""Organisations named in enumerations (`NAFT-partners: Arktos, Pros, Profo`).

Partners are often only listed: `andere stakeholders zoals Igemo, VDAB, provinciaal STS`,
`vanuit Arktos Antwerpen, Emmaus en Stad Mechelen`, a participants list of a platform. A list is a
run of items separated by commas, semicolons, slashes and a final `en`/`of`, between sentence
marks, brackets or a colon. Its proper-name items are organisations when the list is introduced as
a list of partners (a cue word such as `partners`, `stakeholders`, `deelnemers`, `organisaties`
just before it) or when another item of it is already a known organisation; lists of persons
(vote lists, attendance) have neither and are left alone.
"""

from __future__ import annotations

from extract.entities.mentions import Mention, Scan, accept_name, capitalised_run
from extract.entities.names import grow_left, grow_right, is_name_word, surface
from extract.entities.vocabulary import vocabulary
from extract.entities.words import Word

_BOUNDARIES = frozenset({".", "!", "?", ":", "(", ")", "•", "\uf0b7", "\uf0a7", "▪", "●", "■", "►", "➢"})
_SEPARATORS = frozenset({",", ";", "/", "en", "of", "+"})
_CUES = ("partner", "stakeholder", "deelnemer", "organisatie", "aanbieder", "vereniging", "instantie", "actoren", "tussen")


def _segments(words: list[Word]) -> list[tuple[int, int]]:
    """Word ranges between sentence marks, brackets, colons, bullets and blank lines."""
    segments: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words):
        if word.text in _BOUNDARIES or (word.newlines_before >= 3 and i > start):
            if i > start:
                segments.append((start, i))
            start = i + 1 if word.text in _BOUNDARIES else i
    if start < len(words):
        segments.append((start, len(words)))
    return segments


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
    """A cue word from eight words before the list (across a colon or bracket) up to its names."""
    for word in words[max(0, start - 8) : end]:
        lower = word.lower.rstrip(":")
        if any(cue in lower for cue in _CUES):
            return True
    return False


def _lists_persons(words: list[Word], items: list[tuple[int, int]]) -> bool:
    """An item that is a function (`voorzitter`, `schepen`) marks a list of persons."""
    roles = set(vocabulary().stop.role_words)
    return any(" ".join(w.lower for w in words[a:b]) in roles for a, b in items)


def list_mentions(scan: Scan, known: list[Mention], people: frozenset[str] = frozenset()) -> list[Mention]:
    """`list`: the proper-name items of partner enumerations (see the module docstring)."""
    words = scan.words
    known_spans = [(m.start, m.end) for m in known]

    def overlaps_known(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in known_spans)

    found: list[Mention] = []
    for seg_start, seg_end in _segments(words):
        items = _items(words, seg_start, seg_end)
        if len(items) < 2 or _lists_persons(words, items):
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
                # `provinciaal STS`: a lowercase adjective before an acronym
                if b - a <= 3 and words[b - 1].is_acronym and all(not w.is_capitalised for w in words[a : b - 1]):
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
