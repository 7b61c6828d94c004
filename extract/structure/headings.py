"""Find the agenda-item headings of a document.

Every heading style seen in Flemish minutes is one named pattern below. Each yields *candidates*;
a numbered list inside a decision (`1. Het stadsbestuur vraagt ...`), the numbered agenda of
another body quoted inside an item, or the table of contents can look like headings too, so the
headings are chosen as the best-scoring chain of candidates with increasing agenda numbers
(`select_headings`). Candidates whose label is not a number (`TP01`, `ACT01`, `O1`, `HD 1`, an
unnumbered breadcrumb heading) stand outside the numbering and are always kept.

Patterns (named in `Candidate.pattern`):
- `label_domain`: `42. SOCIAAL BELEID. Goedkeuring ...`, `38.ERFGOED. ...`, `TP01. TOEGEVOEGD
  PUNT. ...`, `O1. PREVENTIE & VEILIGHEID. ...` (upper-case policy label between label and title).
- `case_code`: a line `9.` or `HD 1.` alone, the next line the title starting with the case code
  (`2023_GR_00604 - ... - Goedkeuring`), or both on one line (`6 2016_DCBZL_00292 ...`).
- `numbered`: `5 Openbare orde en rust - ...`, `3. Zefier. ...`, `9.Goedkeuring ...`,
  `1. Algemeen bestuur: Zittingsverslag ...`, `5 Beheersovereenkomst ... - goedkeuren`.
- `agendapunt`: `Agendapunt 12: ...` / `Punt 12 ...`.
- `breadcrumb`: unnumbered items published with a `Zitting van 22 04 2024` line before the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.structure.vocabulary import StructureVocabulary, vocabulary
from extract.text.lines import Line, iter_lines

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
AGENDAPUNT = re.compile(r"^(?:agendapunt|punt)\s+(?P<label>\d{1,3})\b[\s:.\-–]*(?P<title>.*)$", re.IGNORECASE)
BREADCRUMB = re.compile(r"^zitting van\s+\S.*\d{4}$", re.IGNORECASE)
TOC_LEADER = re.compile(r"\.{5,}|…{2,}")
LIST_ENDING = re.compile(r"[;,:]$")
TERMINAL = re.compile(r"[.!?][’'”\")]*$")
NON_NUMERIC_LABEL = re.compile(rf"^(?P<prefix>[{_UPPER}]{{1,4}}) ?(?P<number>\d{{1,3}})$")

SUB_DECISION_START = re.compile(r"^\d{1,2}\)\s")
"""`1) Aanduiding ...`: a title that opens with a subject heading lists its sub-decisions."""
MAX_TITLE_LINES = 12
OPERATIVE_TAIL_WORDS = 4
PERIOD_TITLES = {"label_domain", "agendapunt"}
PUNCTUATION_ONLY = re.compile(r"^\W+$")
STRONG = 4.0
WEAK_AMONG_STRONG = 3.0
MIN_SCORE = 1.0
WEAK_PATTERNS = {"numbered", "label_title"}
MIN_FREE_SCORE = 3.0  # a weak heading without agenda number (`AP1. ...`) needs strong evidence
MANDATORY = 100.0  # strong numbered headings are always part of the chosen chain


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


def _candidates_on(lines: list[Line], index: int) -> list[Candidate]:
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
        following = _next_nonblank(lines, index)
        if following is not None:
            next_text, next_offset = content(lines[following])
            if CASE_CODE.match(next_text):
                label = match.group("label")
                found.append(Candidate("case_code", index, offset, next_offset, label, label_number(label),
                                       score=STRONG))
                return found
    match = AGENDAPUNT.match(text)
    if match and match.group("title").strip():
        found.append(Candidate("agendapunt", index, offset, offset + match.start("title"), match.group("label"),
                               int(match.group("label")), score=2.0))
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
        following = _next_nonblank(lines, index)
        if following is not None and following == index + 1:
            next_text, next_offset = content(lines[following])
            vocab = vocabulary()
            if next_text and not BREADCRUMB.match(next_text) and not _is_stop(next_text, vocab):
                found.append(Candidate("breadcrumb", following, next_offset, next_offset, None, None, score=STRONG))
    return found


def _next_nonblank(lines: list[Line], index: int, limit: int = 6) -> int | None:
    for other in range(index + 1, min(len(lines), index + 1 + limit)):
        if not lines[other].is_blank:
            return other
    return None


def _is_stop(text: str, vocab: StructureVocabulary) -> bool:
    return bool(vocab.stop_pattern().match(text)) or vocab.section_of(text) is not None


def _ends_operative(text: str, vocab: StructureVocabulary) -> bool:
    """True for a line whose last segment or sentence is an operative word (`Pinte - goedkeuren`,
    `Dadingsovereenkomst. Goedkeuring.`): the tail of a wrapped title."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and words[-1] in set(vocab.operative_words) and bool(re.search(r"(?:^|[.\-–]\s*)\S+\W*$", text.strip()))


def read_title(text: str, lines: list[Line], candidate: Candidate, vocab: StructureVocabulary) -> None:
    """Fill the candidate's title: its first line, plus the lines a wrapped title continues on.

    A title ends at terminal punctuation; a line without it continues when a line ending the
    sentence follows within a few lines with no stop line (`Pdf-versie`, `Goedgekeurd`, a section
    heading) in between, or when the next line starts in lower case or after a hyphen.
    """
    pieces: list[tuple[int, int]] = []
    first_line = lines[candidate.line_index]
    pieces.append((candidate.title_start, first_line.start + len(first_line.text.rstrip())))
    index = candidate.line_index

    while len(pieces) < MAX_TITLE_LINES:
        current = text[pieces[-1][0] : pieces[-1][1]].strip()
        following = _next_nonblank(lines, index)
        if following is None:
            break
        next_text, next_offset = content(lines[following])
        if PUNCTUATION_ONLY.match(next_text):
            break
        if TERMINAL.search(current) and not SUB_DECISION_START.match(next_text) and not (
            _ends_operative(next_text, vocab) and len(next_text.split()) <= OPERATIVE_TAIL_WORDS
        ):
            break
        if _is_stop(next_text, vocab) or _candidates_on(lines, following):
            break
        # look for the line that closes the sentence
        closing = None
        probe = index
        # only templates whose titles always end with a full stop (`42. DOMAIN. Title.`) wrap a
        # title over lines that start in capitals; elsewhere such a line is the item's first sentence
        lookahead = MAX_TITLE_LINES - len(pieces) if candidate.pattern in PERIOD_TITLES else 0
        for _ in range(lookahead):
            probe_next = _next_nonblank(lines, probe)
            if probe_next is None:
                break
            probe_text, _ = content(lines[probe_next])
            if _is_stop(probe_text, vocab) or _candidates_on(lines, probe_next):
                break
            if TERMINAL.search(probe_text):
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


def find_candidates(text: str, vocab: StructureVocabulary | None = None) -> list[Candidate]:
    """Every heading candidate of `text` (cleaned), with title extents and scores."""
    vocab = vocab or vocabulary()
    lines = iter_lines(text)
    candidates: list[Candidate] = []
    first_content = next((i for i, line in enumerate(lines) if not line.is_blank), None)
    for index in range(len(lines)):
        for candidate in _candidates_on(lines, index):
            read_title(text, lines, candidate, vocab)
            title_text = " ".join(text[a:b] for a, b in candidate.title_lines)
            if TOC_LEADER.search(title_text):
                continue  # a table-of-contents entry, not the item itself
            candidate.score += _score(lines, candidate, title_text, vocab, first_content)
            if candidate.score >= MIN_SCORE:
                candidates.append(candidate)
    return candidates


def _score(lines: list[Line], candidate: Candidate, title: str, vocab: StructureVocabulary,
           first_content: int | None) -> float:
    """Evidence that a `numbered` candidate is an item heading rather than a list line."""
    if candidate.pattern not in WEAK_PATTERNS:
        return 0.0
    score = 0.0
    last_line_end = candidate.title_lines[-1][1]
    stripped = title.strip()
    if LIST_ENDING.search(stripped):
        score -= 3.0
    if candidate.line_index == first_content:
        score += 3.0
    if _in_list(lines, candidate, last_line_end):
        score -= 1.5
    words = re.findall(r"[^\W\d_]+", stripped.lower())
    operative = set(vocab.operative_words)
    if words and (words[-1] in operative or words[0] in operative):
        score += 1.0
    previous = next((i for i in range(candidate.line_index - 1, -1, -1) if not lines[i].is_blank), None)
    if previous is not None and content(lines[previous])[0].endswith(":"):
        score -= 1.0
    # a stop line or section heading right after the title
    following_index = next((i for i, line in enumerate(lines) if line.start >= last_line_end), None)
    if following_index is not None:
        probe = following_index if not lines[following_index].is_blank else _next_nonblank(lines, following_index)
        if probe is not None and probe != candidate.line_index:
            probe_text = content(lines[probe])[0]
            if _is_stop(probe_text, vocab):
                candidate.followed_by_stop = True
                score += 1.0
    return score


def _in_list(lines: list[Line], candidate: Candidate, title_end: int) -> bool:
    """True when the line before or after the candidate is itself a numbered line: a list."""
    previous = next((i for i in range(candidate.line_index - 1, -1, -1) if not lines[i].is_blank), None)
    following = next((i for i, line in enumerate(lines) if line.start > title_end and not line.is_blank), None)
    for index in (previous, following):
        if index is not None and NUMBERED.match(content(lines[index])[0]):
            return True
    return False


def select_headings(candidates: list[Candidate]) -> list[Candidate]:
    """The best chain: numbered candidates with strictly increasing numbers, plus every label-free one.

    Score of a chain = sum of candidate scores, minus 0.5 per agenda number skipped between two
    consecutive chosen numbers (a real agenda rarely skips numbers; a nested list restarting at
    1 inside an item breaks the increase and loses to the real sequence).
    """
    if any(c.pattern != "breadcrumb" for c in candidates):
        candidates = [c for c in candidates if c.pattern != "breadcrumb"]  # breadcrumbs: last resort
    candidates = [c for c in candidates if c.pattern != "label_title" or c.score >= MIN_FREE_SCORE]
    if any(c.score >= STRONG for c in candidates if c.pattern not in WEAK_PATTERNS):
        # a template with unambiguous headings: a numbered line needs strong evidence of its own
        candidates = [c for c in candidates if c.pattern not in WEAK_PATTERNS or c.score >= WEAK_AMONG_STRONG]
    free = [c for c in candidates if c.number is None]
    numbered = [c for c in candidates if c.number is not None]
    best: list[float] = []
    back: list[int | None] = []
    for i, cand in enumerate(numbered):
        weight = cand.score + (MANDATORY if cand.pattern not in WEAK_PATTERNS else 0.0)
        best_score, best_prev = weight, None
        for j in range(i):
            prev = numbered[j]
            if prev.number is not None and cand.number is not None and prev.number < cand.number:
                gap = cand.number - prev.number - 1
                value = best[j] + weight - 0.5 * gap
                if value > best_score:
                    best_score, best_prev = value, j
        best.append(best_score)
        back.append(best_prev)
    chain: list[Candidate] = []
    if numbered:
        index: int | None = max(range(len(numbered)), key=lambda k: best[k])
        while index is not None:
            chain.append(numbered[index])
            index = back[index]
    chosen = sorted(chain + free, key=lambda c: c.start)
    return chosen
