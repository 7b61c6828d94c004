"""Find the agenda-item headings of a document.

Every heading style seen in Flemish minutes is one named pattern below. Each yields *candidates*;
a numbered list inside a decision (`1. Het stadsbestuur vraagt ...`), the numbered agenda of
another body quoted inside an item, or the table of contents can look like headings too, so the
headings are chosen among them by `selection.py` (evidence scores and the agenda numbering).
This module only finds candidates line by line and reads their titles.

Patterns (named in `Candidate.pattern`):
- `label_domain`: `42. SOCIAAL BELEID. Goedkeuring ...`, `38.ERFGOED. ...`, `TP01. TOEGEVOEGD
  PUNT. ...`, `O1. PREVENTIE & VEILIGHEID. ...` (upper-case policy label between label and title).
- `case_code`: a line `9.` or `HD 1.` alone, the next line the title starting with the case code
  (`2023_GR_00604 - ... - Goedkeuring`), or both on one line (`6 2016_DCBZL_00292 ...`).
- `numbered`: `5 Openbare orde en rust - ...`, `3. Zefier. ...`, `9.Goedkeuring ...`,
  `1. Algemeen bestuur: Zittingsverslag ...`, `5 Beheersovereenkomst ... - goedkeuren`.
- `agendapunt`: `Agendapunt 12: ...` / `Punt 12 - ...`, or `Agendapunt 12` alone on its line with
  the title on the next line. The word is capitalised and the line is no bullet: a wrapped line of
  running text (`punt 23: Goedkeuring ...`) or a history bullet (`• Agendapunt 7: Goedkeuring
  ...`) does not open an item.
- `breadcrumb`: unnumbered items published with a `Zitting van 22 04 2024` line before the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.structure.vocabulary import StructureVocabulary, vocabulary
from extract.text.lines import Line

_UPPER = "A-ZÀ-ÖØ-Þ"
LABEL_DOMAIN = re.compile(
    rf"^(?P<label>\d{{1,3}}|[{_UPPER}]{{1,4}} ?\d{{1,3}})\.\s*"
    rf"(?P<domain>[{_UPPER}][{_UPPER}0-9&'’()/,\- ]*[{_UPPER})])\.\s+(?P<title>\S.*)$"
)
LABEL_ALONE = re.compile(rf"^(?P<label>(?:[{_UPPER}]{{1,3}} ?)?\d{{1,3}})\.?$")
CASE_CODE = re.compile(r"^\d{4}_[A-Z]{2,}_\d{3,}\b")
CASE_CODE_INLINE = re.compile(r"^(?P<label>\d{1,3})\.?\s+(?P<title>\d{4}_[A-Z]{2,}_\d{3,}\b.*)$")
LABEL_TITLE = re.compile(rf"^(?P<label>[{_UPPER}]{{1,4}} ?\d{{1,3}})\.\s+(?P<title>[{_UPPER}].*)$")
NUMBERED = re.compile(r"^(?P<label>\d{1,3})(?:\.\s*|\s+)(?P<title>[A-ZÀ-ÖØ-Þ'‘\"“(].*)$")
AGENDAPUNT = re.compile(r"^(?:Agendapunt|AGENDAPUNT|Punt|PUNT)\s+(?P<label>\d{1,3})\b[\s:.\-–]*(?P<title>.*)$")
BREADCRUMB = re.compile(r"^zitting van\s+\S.*\d{4}$", re.IGNORECASE)
TERMINAL = re.compile(r"[.!?][’'”\")]*$")
ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:t\.e\.m|t\.a\.v|m\.b\.t|i\.v\.m|i\.s\.m|m\.i\.v|i\.f\.v|o\.a|nr|art|resp|blz|p)\.$",
    re.IGNORECASE,
)
"""A line ending in an abbreviation does not end its sentence: `... voor de periode van 1-09-2026
t.e.m.` / `31-08-2028.` (Nazareth writes the same wrap in prose: `... 1/1/2026 t.e.m.` / `31/12/2031.`)."""

SUB_DECISION_START = re.compile(r"^\d{1,2}\)\s")
"""`1) Aanduiding ...`: a title that opens with a subject heading lists its sub-decisions."""
MAX_TITLE_LINES = 12
OPERATIVE_TAIL_WORDS = 4
PERIOD_TITLES = {"label_domain"}
PUNCTUATION_ONLY = re.compile(r"^\W+$")
STRONG = 4.0
"""Score of an unambiguous item style (`label_domain`, `case_code`, `breadcrumb`)."""
AGENDAPUNT_SCORE = 2.0


@dataclass
class Candidate:
    pattern: str
    line_index: int
    start: int  # heading start (the label)
    title_start: int  # first character of the title on its line
    label: str | None
    number: int | None  # agenda number; None for `TP01`, `HD 1`, breadcrumb headings
    domain: str | None = None
    score: float = 1.0
    title_end: int = 0
    title: str = ""
    title_lines: tuple[tuple[int, int], ...] = ()
    followed_by_stop: bool = False  # a stop line or section heading right after the title
    follower: str | None = None  # which stop line or section heading follows (`vocab.stop_key`)
    template: bool = False  # the follower is the one many candidates share: the items' template


def content(line: Line) -> tuple[str, int]:
    """The line without a leading bullet and spaces, and the offset where that text starts."""
    text = line.text
    index = 0
    while index < len(text) and (text[index].isspace() or text[index] == "•"):
        index += 1
    return text[index:].rstrip(), line.start + index


def label_number(label: str | None) -> int | None:
    """`42` → 42; `TP01`, `HD 1`, `O1` → None (not an agenda number)."""
    if label is None or not label.isdigit():
        return None
    return int(label)


def candidates_on(lines: list[Line], index: int) -> list[Candidate]:
    text, offset = content(lines[index])
    if not text:
        return []
    found: list[Candidate] = []
    match = LABEL_DOMAIN.match(text)
    if match and sum(ch.isalpha() for ch in match.group("domain")) >= 3:
        label = match.group("label").replace(" ", "")
        found.append(
            Candidate("label_domain", index, offset, offset + match.start("title"), label,
                      label_number(label), domain=match.group("domain"), score=STRONG)
        )
        return found
    match = CASE_CODE_INLINE.match(text)
    if match:
        found.append(Candidate("case_code", index, offset, offset + match.start("title"), match.group("label"),
                               label_number(match.group("label")), score=STRONG))
        return found
    match = LABEL_ALONE.match(text)
    if match:
        following = next_nonblank(lines, index)
        if following is not None:
            next_text, next_offset = content(lines[following])
            if CASE_CODE.match(next_text):
                label = match.group("label")
                found.append(Candidate("case_code", index, offset, next_offset, label, label_number(label),
                                       score=STRONG))
                return found
    match = AGENDAPUNT.match(text)
    if match and "•" not in lines[index].text[: offset - lines[index].start]:  # a bulleted reference is a list entry
        title_start = _agendapunt_title(lines, index, match)
        if title_start is not None:
            found.append(Candidate("agendapunt", index, offset, title_start, match.group("label"),
                                   int(match.group("label")), score=AGENDAPUNT_SCORE))
            return found
    match = LABEL_TITLE.match(text)
    if match:
        label = match.group("label").replace(" ", "")
        found.append(Candidate("label_title", index, offset, offset + match.start("title"), label, None))
        return found
    match = NUMBERED.match(text)
    if match and not CASE_CODE.match(text):
        found.append(Candidate("numbered", index, offset, offset + match.start("title"), match.group("label"),
                               int(match.group("label"))))
        return found
    if BREADCRUMB.match(text):
        following = next_nonblank(lines, index)
        if following is not None and following == index + 1:
            next_text, next_offset = content(lines[following])
            vocab = vocabulary()
            if next_text and not BREADCRUMB.match(next_text) and not is_stop(next_text, vocab):
                found.append(Candidate("breadcrumb", following, next_offset, next_offset, None, None, score=STRONG))
    return found


def _agendapunt_title(lines: list[Line], index: int, match: re.Match[str]) -> int | None:
    """Where the title of an `Agendapunt 12` heading starts: on its line, or on the next line when
    the label stands alone. A title starts with a capital (`Punt 1 tot en met 26 werden ...` is a
    sentence, not a heading)."""
    title = match.group("title")
    if title.strip():
        return content(lines[index])[1] + match.start("title") if title[:1].isupper() else None
    following = next_nonblank(lines, index, limit=2)
    if following is None:
        return None
    next_text, next_offset = content(lines[following])
    if next_text[:1].isupper() and not is_stop(next_text, vocabulary()):
        return next_offset
    return None


def next_nonblank(lines: list[Line], index: int, limit: int = 6) -> int | None:
    for other in range(index + 1, min(len(lines), index + 1 + limit)):
        if not lines[other].is_blank:
            return other
    return None


def is_stop(text: str, vocab: StructureVocabulary) -> bool:
    return bool(vocab.stop_pattern().match(text)) or vocab.section_of(text) is not None


def _ends_operative(text: str, vocab: StructureVocabulary) -> bool:
    """True for a line whose last segment or sentence is an operative word (`Pinte - goedkeuren`,
    `Dadingsovereenkomst. Goedkeuring.`): the tail of a wrapped title."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and words[-1] in set(vocab.operative_words) and bool(re.search(r"(?:^|[.\-–]\s*)\S+\W*$", text.strip()))


def ends_sentence(line: str) -> bool:
    """The line ends with terminal punctuation that is not an abbreviation's full stop."""
    return bool(TERMINAL.search(line)) and not ABBREVIATION_END.search(line.rstrip())


def read_title(text: str, lines: list[Line], candidate: Candidate, vocab: StructureVocabulary) -> None:
    """Fill the candidate's title: its first line, plus the lines a wrapped title continues on.

    A title ends at terminal punctuation; a line without it continues when a line ending the
    sentence follows within a few lines with no stop line (`Pdf-versie`, `Goedgekeurd`, a section
    heading) in between, or when the next line starts in lower case or after a hyphen.
    """
    pieces: list[tuple[int, int]] = []
    index = candidate.line_index
    while lines[index].end < candidate.title_start:  # the label stands alone, the title on a later line
        index += 1
    first_line = lines[index]
    pieces.append((candidate.title_start, first_line.start + len(first_line.text.rstrip())))

    while len(pieces) < MAX_TITLE_LINES:
        current = text[pieces[-1][0] : pieces[-1][1]].strip()
        following = next_nonblank(lines, index)
        if following is None:
            break
        next_text, next_offset = content(lines[following])
        if PUNCTUATION_ONLY.match(next_text):
            break
        if ends_sentence(current) and not SUB_DECISION_START.match(next_text) and not (
            _ends_operative(next_text, vocab) and len(next_text.split()) <= OPERATIVE_TAIL_WORDS
        ):
            break
        if is_stop(next_text, vocab) or candidates_on(lines, following):
            break
        # look for the line that closes the sentence
        closing = None
        probe = index
        # only templates whose titles always end with a full stop (`42. DOMAIN. Title.`) wrap a
        # title over lines that start in capitals; elsewhere such a line is the item's first sentence
        lookahead = MAX_TITLE_LINES - len(pieces) if candidate.pattern in PERIOD_TITLES else 0
        for _ in range(lookahead):
            probe_next = next_nonblank(lines, probe)
            if probe_next is None:
                break
            probe_text, _ = content(lines[probe_next])
            if is_stop(probe_text, vocab) or candidates_on(lines, probe_next):
                break
            if ends_sentence(probe_text):
                closing = probe_next
                break
            probe = probe_next
        continues = (
            closing is not None
            or current.endswith("-")
            or next_text[:1].islower()
            or next_text[:1].isdigit()
            or next_text[:1] in "-–"
            or _ends_operative(next_text, vocab)
        )
        if not continues:
            break
        pieces.append((next_offset, next_offset + len(next_text)))
        index = following
    candidate.title_lines = tuple(pieces)
    candidate.title_end = pieces[-1][1]
