"""Vote wording found in a passage: unanimity phrases, counted sentences and vote tables.

Three families, each a pure finder over `text[start:end]` returning `VoteFinding`s with offsets:

- `find_unanimous`: `De beslissing wordt genomen met eenparigheid van stemmen`, `De beslissingen
  worden genomen met eenparigheid …`, `Goedgekeurd/Verworpen met eenparigheid van stemmen`, `De raad
  keurt … eenparig goed`, `De raad neemt eenparig kennis` → unanimous, no counts.
- `find_counted`: `met 23 stemmen voor (Name, …), 4 stemmen tegen (…), 12 onthoudingen (…)`
  (Mechelen, Nazareth verslag), `Met 13 ja-stemmen en 7 onthoudingen` (Nazareth besluitenlijst),
  `met 21 stemmen tegen (…) en 5 stemmen voor (…)` (an amendment): the counts written, voter names
  per side from the brackets. A category the sentence does not write stays absent (null, not 0);
  `1 niet gestemd` is read and has no place in the format.
- `find_tables`: the LBLOD vote blocks, one category per line: Aalst `Stemmen voor 36` + a line of
  names / `Stemmen tegen 0` / `Onthoudingen 1` + names / `Blanco stemmen 0`; Torhout/Zottegem
  `Voor: Name, …,` + `Totaal: 22`; and Boortmeerbeek's inline `aantal voorstanders: 14 , aantal
  onthouders: 1 , aantal tegenstanders: 4`. Zeros are kept as 0; such blocks are never unanimous.

The category words are data (`vocab.toml`, `[[votes.categories]]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.people.names import clean_name, is_person_name, strip_markup
from extract.people.vocab import load_vocab
from extract.text.lines import iter_lines
from schema.vocab import VoteSide

IGNORED = "ignored"
"""Key of a category with no place in the format (blanco, ongeldig, niet gestemd)."""


@dataclass(frozen=True)
class VoteFinding:
    unanimous: bool
    start: int
    end: int
    counts: dict[str, int] = field(default_factory=dict)  # VoteSide value (or IGNORED) → count
    voters: tuple[tuple[str, VoteSide], ...] = ()
    heading: str | None = None  # the `Stemming …` line the vote stands under, when it has one

    def count(self, side: VoteSide) -> int | None:
        return self.counts.get(side.value)


def _phrase_re(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _alternation(mapping: dict[str, str]) -> str:
    return "|".join(_phrase_re(p) for p in sorted(mapping, key=len, reverse=True))


@lru_cache(maxsize=1)
def _after_count() -> dict[str, str]:
    """`stemmen voor` → `for`, … (words written after a count)."""
    return {
        phrase.lower(): category.side.value if category.side else IGNORED
        for category in load_vocab().votes.categories
        for phrase in category.after_count
    }


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """`stemmen voor` → `for`, `voor` → `for`, … (words written before a count)."""
    return {
        phrase.lower(): category.side.value if category.side else IGNORED
        for category in load_vocab().votes.categories
        for phrase in category.label
    }


def _side_of(words: str, mapping: dict[str, str]) -> str:
    return mapping[" ".join(words.lower().split())]


@lru_cache(maxsize=1)
def _count_words() -> str:
    words = sorted(load_vocab().votes.numbers, key=len, reverse=True)
    return r"\d{1,4}|" + "|".join(re.escape(word) for word in words)


def _count_value(value: str) -> int:
    return int(value) if value.isdigit() else load_vocab().votes.numbers[value.lower()]


@lru_cache(maxsize=1)
def _chunk_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<count>{_count_words()})\s+(?P<cat>{_alternation(_after_count())})(?![\w-])"
        r"(?:\s*\((?P<names>[^()]*)\))?",
        re.IGNORECASE,
    )


def chunk_pattern() -> re.Pattern[str]:
    """`23 stemmen voor (names)`: one count and its category, as in a counted vote sentence."""
    return _chunk_re()


_CHUNK_SEPARATOR = re.compile(r"\s*[,;]?\s*(?:(?<![\w-])(?:en|bij)\s+)?", re.IGNORECASE)
_NAME_SPLIT = re.compile(r",|;|\s(?:en|and)\s")


def names_to_voters(names: str, side: str) -> list[tuple[str, VoteSide]]:
    """The person names of a bracketed or listed run of voters (page debris dropped)."""
    if side == IGNORED:
        return []
    voters = []
    # Page footers inside a run of names (`27 januari 2025`, `Notulen gemeenteraad 12 / 51`) sit on
    # lines of their own and hold digits, which no name does.
    names = "\n".join(line for line in names.splitlines() if not any(ch.isdigit() for ch in line))
    for piece in _NAME_SPLIT.split(strip_markup(names)):
        name = clean_name(piece)
        if is_person_name(name):
            voters.append((name, VoteSide(side)))
    return voters


# -- unanimity ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _unanimous_re() -> re.Pattern[str]:
    phrases = sorted(load_vocab().votes.unanimous.phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(_phrase_re(p) for p in phrases) + r")(?![\w-])", re.IGNORECASE)


def find_unanimous(text: str, start: int, end: int) -> list[VoteFinding]:
    """Every unanimity phrase in the passage, as a unanimous vote without counts."""
    return [VoteFinding(True, m.start(), m.end()) for m in _unanimous_re().finditer(text, start, end)]


# -- counted sentences --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _intro_re() -> re.Pattern[str]:
    intros = sorted(load_vocab().votes.intros, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(_phrase_re(i) for i in intros) + r")\s*$", re.IGNORECASE)


def is_strong_chunk(chunk: re.Match[str]) -> bool:
    """`23 stemmen voor`, `12 onthoudingen`: a category that is vote wording on its own."""
    weak = {w.lower() for w in load_vocab().votes.weak_after_count}
    return " ".join(chunk.group("cat").lower().split()) not in weak


def _chunk_run(text: str, first: re.Match[str], end: int) -> list[re.Match[str]]:
    run = [first]
    cursor = _CHUNK_SEPARATOR.match(text, first.end(), end).end()  # type: ignore[union-attr]
    while chunk := _chunk_re().match(text, cursor, end):
        run.append(chunk)
        cursor = _CHUNK_SEPARATOR.match(text, chunk.end(), end).end()  # type: ignore[union-attr]
    return run


def find_counted(text: str, start: int, end: int) -> list[VoteFinding]:
    """Runs of `N <category> (names)` joined by `,`/`en`, read as a vote when

    - introduced (`… genomen met …`, `Stemming: …`) and holding vote wording (`stemmen voor`,
      `onthoudingen`) or two categories (`met 20 voor en 3 tegen`); or
    - not introduced, with two categories or more of which one is vote wording
      (`Er werden 18 stemmen voor en 0 stemmen tegen uitgebracht`).
    """
    found: list[VoteFinding] = []
    position = start
    while first := _chunk_re().search(text, position, end):
        run = _chunk_run(text, first, end)
        intro = _intro_re().search(text, max(start, first.start() - 40), first.start())
        strong = any(is_strong_chunk(chunk) for chunk in run)
        sides = {_side_of(chunk.group("cat"), _after_count()) for chunk in run}
        accepted = (intro is not None and (strong or len(run) >= 2)) or (len(run) >= 2 and strong)
        if accepted and sides - {IGNORED}:
            counts: dict[str, int] = {}
            voters: list[tuple[str, VoteSide]] = []
            for chunk in run:
                side = _side_of(chunk.group("cat"), _after_count())
                counts.setdefault(side, _count_value(chunk.group("count")))
                voters.extend(names_to_voters(chunk.group("names") or "", side))
            vote_start = intro.start() if intro is not None else first.start()
            found.append(VoteFinding(False, vote_start, run[-1].end(), counts, tuple(voters)))
        position = run[-1].end()
    return found


# -- vote tables --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _table_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    labels = _alternation(_labels())
    with_count = re.compile(rf"^\s*(?P<label>{labels})\s*:?\s*(?P<count>\d{{1,4}})\s*$", re.IGNORECASE)
    with_names = re.compile(rf"^\s*(?P<label>{labels})\s*:(?P<names>.*)$", re.IGNORECASE)
    inline = re.compile(rf"(?<![\w-])(?P<label>{labels})\s*:\s*(?P<count>\d{{1,4}})(?!\d)", re.IGNORECASE)
    return with_count, with_names, inline


_TOTAL = re.compile(r"^\s*totaal\s*:?\s*(?P<count>\d{1,4})\s*$", re.IGNORECASE)


@dataclass
class _Group:
    start: int
    end: int
    heading: str | None
    counts: dict[str, int] = field(default_factory=dict)
    voters: list[tuple[str, VoteSide]] = field(default_factory=list)
    open_side: str | None = None  # category whose voter names may follow on the next lines

    def finding(self) -> VoteFinding | None:
        sided = [key for key in self.counts if key != IGNORED]
        if not sided or len(self.counts) < 2:
            return None
        return VoteFinding(False, self.start, self.end, dict(self.counts), tuple(self.voters), self.heading)


def _is_name_line(value: str) -> bool:
    pieces = [piece for piece in re.split(r"[,;]", strip_markup(value)) if piece.strip()]
    return bool(pieces) and all(is_person_name(clean_name(piece)) for piece in pieces)


def find_tables(text: str, start: int, end: int) -> list[VoteFinding]:
    """Vote blocks with one category per line (or several `label: N` on one line)."""
    with_count, with_names, inline = _table_res()
    heading_re = re.compile(load_vocab().votes.heading, re.IGNORECASE)
    lines = iter_lines(text, start, end)
    found: list[VoteFinding] = []
    group: _Group | None = None
    heading: str | None = None

    def close() -> None:
        nonlocal group
        if group is not None and (finding := group.finding()) is not None:
            found.append(finding)
        group = None

    def add(side: str, count: int, line_start: int, line_end: int) -> None:
        nonlocal group, heading
        if group is not None and side in group.counts and side != IGNORED:
            close()
        if group is None:
            group = _Group(line_start, line_end, heading)
            heading = None
        group.counts.setdefault(side, count)
        group.end = max(group.end, line_end)
        group.open_side = side

    index = 0
    while index < len(lines):
        line = lines[index]
        value = line.text
        index += 1
        if not value.strip():
            continue
        if heading_re.match(value.strip()):
            close()
            heading = value.strip()
            continue
        if match := with_count.match(value):
            add(_side_of(match.group("label"), _labels()), int(match.group("count")), line.start, line.end)
            continue
        match = with_names.match(value)
        following = next((other for other in lines[index:] if other.text.strip()), None)
        total = _TOTAL.match(following.text) if following is not None else None
        if match and total and following is not None:
            side = _side_of(match.group("label"), _labels())
            add(side, int(total.group("count")), line.start, following.end)
            if group is not None:
                group.voters.extend(names_to_voters(match.group("names"), side))
                group.open_side = None
            index = lines.index(following) + 1
            continue
        matches = list(inline.finditer(value))
        if len({m.group("label").lower() for m in matches}) >= 2:
            close()
            for m in matches:
                add(_side_of(m.group("label"), _labels()), int(m.group("count")), line.start + m.start(), line.start + m.end())
            close()
            continue
        if group is not None and group.open_side is not None and _is_name_line(value):
            group.voters.extend(names_to_voters(value, group.open_side))
            group.end = line.end
            group.open_side = None
            continue
        close()
    close()
    return found
