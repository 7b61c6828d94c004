"""Choose the agenda-item headings among the candidates `headings.py` finds.

Unambiguous styles (`42. DOMAIN. Title`, a case code `2023_GR_00604 - ...`, a breadcrumb
`Zitting van ...`) are item headings wherever they stand. The weak styles (`5 Titel`, `9.Titel`,
`AP1. Titel`) are also what a numbered list inside a decision, a quoted agenda of another body or
a table of contents look like, so they are weighed on evidence (`candidate_evidence`):

- for: opening the document; an operative word first or last (`Goedkeuring ...`, `... -
  goedkeuren`); a stop line or section heading right after the title (`Aanwezig:`,
  `Pdf-versie`, `Motivering`); and the *template* evidence: the same kind of line follows at least
  `TEMPLATE_MIN` candidates of the document (every item of a set of minutes comes out of one
  template, so its headings are all followed by `Aanwezig:`, or all by `Motivering`; a list line
  inside an item is not);
- against: a list ending (`;`, `,`, `:`), a numbered line right before or after (a list), a
  preceding line that announces a list (`... volgende punten:`).

Then the chain (`select_headings`): the numbered candidates kept form the best-scoring sequence,
where agenda numbers normally increase (0.5 per number skipped) and a restart or an
out-of-order number costs `RESTART_PENALTY` and needs evidence that an item opens there (an
unambiguous style, or the template evidence above). So combined minutes whose second part
restarts at 1 (a gemeenteraad and an OCMW-raad part), or item texts published out of order, keep
every item, while a list `1. 2. 3.` inside an item, which is not followed by item structure,
does not break into the items. Candidates whose label is not a number (`TP01`, `ACT01`, `O1`, `HD
1`, a breadcrumb) stand outside the numbering and are kept when they have the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from extract.structure.headings import (
    NUMBERED,
    STRONG,
    Candidate,
    candidates_on,
    content,
    next_nonblank,
    read_title,
)
from extract.structure.vocabulary import StructureVocabulary, vocabulary
from extract.text.lines import Line, iter_lines

TOC_LEADER = re.compile(r"\.{5,}|…{2,}")
LIST_ENDING = re.compile(r"[;,:]$")
WORD = re.compile(r"[^\W\d_]+")
MIN_SCORE = 1.0
WEAK_PATTERNS = {"numbered", "label_title"}
WEAK_AMONG_STRONG = 3.0
"""In a template with unambiguous headings, a weak heading needs this much evidence of its own."""
MIN_FREE_SCORE = 3.0  # a weak heading without agenda number (`AP1. ...`) needs strong evidence
MANDATORY = 100.0  # unambiguous numbered headings are always part of the chosen chain
GAP_PENALTY = 0.5
RESTART_PENALTY = 3.0
TEMPLATE_MIN = 3
TEMPLATE_BONUS = 1.0


def find_candidates(text: str, vocab: StructureVocabulary | None = None) -> list[Candidate]:
    """Every heading candidate of `text` (cleaned), with title extents and evidence scores."""
    vocab = vocab or vocabulary()
    lines = iter_lines(text)
    starts = [line.start for line in lines]
    first_content = next((i for i, line in enumerate(lines) if not line.is_blank), None)
    candidates: list[Candidate] = []
    for index in range(len(lines)):
        for candidate in candidates_on(lines, index):
            read_title(text, lines, candidate, vocab)
            title = " ".join(text[a:b] for a, b in candidate.title_lines)
            if TOC_LEADER.search(title):
                continue  # a table-of-contents entry, not the item itself
            _read_follower(lines, starts, candidate, vocab)
            candidate.score += candidate_evidence(lines, candidate, title, vocab, first_content)
            candidates.append(candidate)
    _template_bonus(candidates)
    return [candidate for candidate in candidates if candidate.score >= MIN_SCORE]


def _read_follower(lines: list[Line], starts: list[int], candidate: Candidate, vocab: StructureVocabulary) -> None:
    """Note which stop line or section heading follows the title, if one does."""
    following = bisect_left(starts, candidate.title_lines[-1][1])
    if following >= len(lines):
        return
    probe = following if not lines[following].is_blank else next_nonblank(lines, following)
    if probe is None or probe <= candidate.line_index:
        return
    candidate.follower = vocab.stop_key(content(lines[probe])[0])
    candidate.followed_by_stop = candidate.follower is not None


def candidate_evidence(lines: list[Line], candidate: Candidate, title: str, vocab: StructureVocabulary,
                       first_content: int | None) -> float:
    """Evidence that a weak candidate is an item heading rather than a list line (module docstring)."""
    if candidate.pattern not in WEAK_PATTERNS:
        return 0.0
    score = 0.0
    stripped = title.strip()
    if LIST_ENDING.search(stripped):
        score -= 3.0
    if candidate.line_index == first_content:
        score += 3.0
    if _in_list(lines, candidate):
        score -= 1.5
    words = WORD.findall(stripped.lower())
    operative = set(vocab.operative_words)
    if words and (words[-1] in operative or words[0] in operative):
        score += 1.0
    previous = _previous_nonblank(lines, candidate.line_index)
    if previous is not None and content(lines[previous])[0].endswith(":"):
        score -= 1.0
    if candidate.followed_by_stop:
        score += 1.0
    return score


def _previous_nonblank(lines: list[Line], index: int) -> int | None:
    return next((i for i in range(index - 1, -1, -1) if not lines[i].is_blank), None)


def _in_list(lines: list[Line], candidate: Candidate) -> bool:
    """True when the line before or after the candidate is itself a numbered line: a list."""
    title_end = candidate.title_lines[-1][1]
    previous = _previous_nonblank(lines, candidate.line_index)
    following = next((i for i in range(candidate.line_index + 1, len(lines))
                      if lines[i].start > title_end and not lines[i].is_blank), None)
    return any(index is not None and NUMBERED.match(content(lines[index])[0]) for index in (previous, following))


def _template_bonus(candidates: list[Candidate]) -> None:
    """Weak candidates followed by the same kind of line as `TEMPLATE_MIN` candidates get a bonus."""
    counts = Counter(candidate.follower for candidate in candidates if candidate.follower)
    for candidate in candidates:
        if candidate.pattern in WEAK_PATTERNS and candidate.follower and counts[candidate.follower] >= TEMPLATE_MIN:
            candidate.template = True
            candidate.score += TEMPLATE_BONUS


def is_strong(candidate: Candidate) -> bool:
    """An unambiguous item style: always an item heading."""
    return candidate.pattern not in WEAK_PATTERNS


def step_cost(previous: Candidate, candidate: Candidate) -> float | None:
    """Cost of `candidate` following `previous` in the chain; None when it cannot.

    Increasing numbers cost 0.5 per number skipped; a restart or out-of-order number costs
    `RESTART_PENALTY` and is only possible where an item visibly opens: an unambiguous style, or
    the line every item of the template opens with (a quoted agenda line followed by `Artikel 2`
    is neither).
    """
    assert previous.number is not None and candidate.number is not None
    if previous.number < candidate.number:
        return GAP_PENALTY * (candidate.number - previous.number - 1)
    if is_strong(candidate) or candidate.template:
        return RESTART_PENALTY
    return None


def select_headings(candidates: list[Candidate]) -> list[Candidate]:
    """The chosen headings, in text order: the best chain of numbered candidates plus every
    label-free one that has the evidence (module docstring)."""
    if any(c.pattern != "breadcrumb" for c in candidates):
        candidates = [c for c in candidates if c.pattern != "breadcrumb"]  # breadcrumbs: last resort
    candidates = [c for c in candidates if c.pattern != "label_title" or c.score >= MIN_FREE_SCORE]
    if any(c.score >= STRONG for c in candidates if is_strong(c)):
        # a template with unambiguous headings: a numbered line needs strong evidence of its own
        candidates = [c for c in candidates if is_strong(c) or c.score >= WEAK_AMONG_STRONG]
    free = [c for c in candidates if c.number is None]
    return sorted(best_chain([c for c in candidates if c.number is not None]) + free, key=lambda c: c.start)


def best_chain(numbered: list[Candidate]) -> list[Candidate]:
    """The highest-scoring chain of numbered candidates (dynamic programming over text order)."""
    best: list[float] = []
    back: list[int | None] = []
    for i, candidate in enumerate(numbered):
        weight = candidate.score + (MANDATORY if is_strong(candidate) else 0.0)
        best_score, best_previous = weight, None
        for j in range(i):
            cost = step_cost(numbered[j], candidate)
            if cost is not None and best[j] + weight - cost > best_score:
                best_score, best_previous = best[j] + weight - cost, j
        best.append(best_score)
        back.append(best_previous)
    chain: list[Candidate] = []
    index: int | None = max(range(len(numbered)), key=lambda k: best[k]) if numbered else None
    while index is not None:
        chain.append(numbered[index])
        index = back[index]
    return chain[::-1]
