"""Dated events of a decision's history, read from one passage in one of three modes.

- `history_events` (a Voorgeschiedenis, Voortraject, Historiek): the passage is a list of entries
  (bullets, or paragraphs ending in `.`/`:`/`;`); each entry is one event, dated by its first date
  that is not part of a range (`voor de periode van 1-09-2020 tot 31-08-2022` inside a sub-bullet
  is not an event) nor a term (`vanaf`, `eindigend op`). A date mentioned further on in the entry
  is not a second event (`... opheffing van het gemeenteraadsbesluit van 26 april 2016`), except
  a new clause opening with `op <date>` (`..., op 21 februari 2022 kwam de visitatiecommissie
  langs en op 7 juli 2022 kende minister ... toe`). A line holding only a date is a page footer.
- `narrative_events` (Feiten en context, Aanleiding en context, when there is no history section):
  only explicitly dated acts count: `op <date>` (not a term: `start op`, `uiterlijk op`),
  `in zitting van <date>`, `d.d. <date>`, `bij collegebeslissing van <date>`, `het besluit van de
  gemeenteraad van <date>` (not a law: `het koninklijk besluit van`); not in future tense, not
  inside a quotation. `op de gemeenteraad van <date>` names a meeting, not an act.
- `legal_events` (a Juridische grondslag): each line is an entry; laws, decrees and circulars
  are not history, decisions of bodies are (`Het college van burgemeester en schepenen d.d.
  20/11/2023`, `Het besluit van de zoneraad van 27 oktober 2023`, `... in zitting van <date>`).
A date with a month but no day (`December 2024: ...`) is not an event.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extract.chronology.bodies import event_agenda_item, event_body
from extract.chronology.datefind import dates_in
from extract.chronology.periods import RANGE_CONNECTOR
from extract.chronology.vocab import vocab
from extract.text.dates import DateMatch
from extract.text.lines import iter_lines, join_wrapped, strip_bullet
from schema.vocab import Body

_TERMINAL = (".", ":", ";", "!", "?")
PARAGRAPH_LINE = 160
OPENING_WORDS = 4
_MONTH_YEAR_ONLY = re.compile(
    r"^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+|\n\s*\n)")
_WORD = re.compile(r"[\w'-]+")
_EXPLICIT_MARKER = re.compile(
    r"\bin\s+(?:de\s+|haar\s+|zijn\s+)?(?:zitting|vergadering)\s+van\s*$|\bd\.\s?d\.?\s*$|\bdd\.?\s*$|\bde\s+dato\s*$",
    re.IGNORECASE,
)
_DECISION_OF = re.compile(
    r"\b\w*(?:besluit|beslissing)\s+(?:van\s+(?:de|het)\s+[^.;:\n\d]{1,60}?\s+)?van\s*$", re.IGNORECASE
)
_LEGAL_DECISION = re.compile(r"\b(?:besluit|beslissing)\s+van\s+(?:de|het)\b|\bzitting\s+van\b", re.IGNORECASE)


@dataclass(frozen=True)
class EventMatch:
    date: dt.date
    body: Body | None
    agenda_item: int | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Undated:
    """An entry that looks dated but names no day (`December 2024: ...`): reported, not an event."""

    start: int
    end: int
    text: str


def split_entries(text: str, start: int, end: int, *, per_line: bool = False) -> list[tuple[int, int]]:
    """The entries of a list passage (see module docstring); `per_line`: a new entry per capitalised line."""
    entries: list[list[int]] = []
    previous_terminal = True
    lines = iter_lines(text, start, end)
    paragraphs = _paragraph_lines(text, start, end)
    for line in lines:
        stripped = line.stripped
        if not stripped:
            continue
        dates = dates_in(text, line.start, line.end)
        if len(dates) == 1 and text[dates[0].start : dates[0].end].strip() == stripped.rstrip(".").strip():
            continue  # a page footer such as `27 januari 2025`
        rest, bullet = strip_bullet(stripped)
        opens = paragraphs or line.text[:1].isspace() or _opens_with_date(text, line.start, line.end)
        new = bullet or not entries or (previous_terminal and opens) or (per_line and rest[:1].isupper())
        if new:
            entries.append([line.start, line.end])
        else:
            entries[-1][1] = line.end
        previous_terminal = stripped.endswith(_TERMINAL)
    return [(a, b) for a, b in entries]


def _opens_with_date(text: str, start: int, end: int) -> bool:
    """A date among the first words of the line (`De collegebeslissing van 14 januari 2025`)."""
    dates = dates_in(text, start, end)
    return bool(dates) and len(_WORD.findall(text[start : dates[0].start])) <= OPENING_WORDS


def _range_starts(text: str, dates: list[DateMatch]) -> set[int]:
    """Start offsets of dates that are one end of a `van X tot Y` range."""
    inside: set[int] = set()
    for first, second in zip(dates, dates[1:]):
        if RANGE_CONNECTOR.fullmatch(text[first.end : second.start]):
            inside.update({first.start, second.start})
    return inside


def _words_before(text: str, position: int, floor: int, count: int = 2) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(floor, position - 60) : position])][-count:]


def _is_term(text: str, date: DateMatch, floor: int) -> bool:
    """True when the date is a term (`vanaf 1 januari`, `eindigend op`, `start op`), not an act."""
    before = _words_before(text, date.start, floor, 2)
    if not before:
        return False
    words = vocab().not_event_words
    if before[-1] == "op" and len(before) == 2:
        return before[0] in words
    return before[-1] in words


def _quoted(text: str, floor: int, position: int, ceiling: int) -> bool:
    """Inside a quotation (`“Toelichtende nota ... ”` of a council member): not the item's own account.

    Only a quotation that is closed again counts: a stray opening mark (`“ uitsteeksel “`) is noise.
    """
    opened = text.rfind("“", floor, position)
    return opened > text.rfind("”", floor, position) and text.find("”", position, ceiling) != -1


def _clause_op(text: str, date: DateMatch, floor: int) -> bool:
    """`op <date>` opening a clause: after a sentence start, a comma, `en` or a bracket."""
    before = text[max(floor, date.start - 12) : date.start]
    match = re.search(r"(?:^|[.,;(]\s*|\ben\s+|\n)\s*op\s+$", before, re.IGNORECASE)
    if match is None and re.fullmatch(r"\s*op\s+", text[floor : date.start], re.IGNORECASE):
        return True
    return match is not None


def _sentence_start(text: str, floor: int, position: int) -> int:
    """Where the sentence holding `position` starts; in paragraph-per-line text a line break too."""
    last = floor
    for match in _SENTENCE_START.finditer(text, floor, position):
        last = match.end()
    if _paragraph_lines(text, floor, position):
        last = max(last, text.rfind("\n", floor, position) + 1)
    return last


def _paragraph_lines(text: str, start: int, end: int) -> bool:
    """HTML-derived publications put a whole paragraph on one line; PDF text wraps at ~100 chars."""
    return any(len(line.text) > PARAGRAPH_LINE for line in iter_lines(text, start, end))


def _head(text: str, date: DateMatch, dates: list[DateMatch], stop: int) -> str:
    """The words after `date` up to the next different date or the sentence end (for `punt N`)."""
    limit = min(stop, date.end + 160)
    for other in dates:
        if other.start >= date.end and other.date != date.date:
            limit = min(limit, other.start)
            break
    return text[date.end : limit]


def _event(text: str, date: DateMatch, dates: list[DateMatch], label_from: int, start: int, end: int) -> EventMatch:
    label = text[label_from : date.start]
    after = text[date.end : end]
    return EventMatch(
        date=date.date,
        body=event_body(label, after),
        agenda_item=event_agenda_item(label, _head(text, date, dates, end)),
        start=start,
        end=end,
        text=join_wrapped(text[start:end]),
    )


def _future(text: str, date: DateMatch, start: int, end: int) -> bool:
    sentence_from = _sentence_start(text, start, date.start)
    stop = re.search(r"[.!?](?:\s|$)", text[date.end : end])
    sentence = text[sentence_from : date.end + (stop.end() if stop else end - date.end)]
    return bool(vocab().future_pattern.search(sentence))


def history_events(text: str, start: int, end: int) -> tuple[list[EventMatch], list[Undated]]:
    """Events of a history section (see module docstring), and the undated entries met."""
    events: list[EventMatch] = []
    undated: list[Undated] = []
    for entry_start, entry_end in split_entries(text, start, end):
        dates = dates_in(text, entry_start, entry_end)
        in_range = _range_starts(text, dates)
        eligible = [d for d in dates if d.start not in in_range and not _is_term(text, d, entry_start)]
        if not eligible:
            rest, _ = strip_bullet(text[entry_start:entry_end].strip())
            if _MONTH_YEAR_ONLY.match(rest):
                undated.append(Undated(entry_start, entry_end, join_wrapped(rest)))
            continue
        first = eligible[0]
        events.append(_event(text, first, dates, entry_start, entry_start, entry_end))
        for date in eligible[1:]:
            if date.date == first.date or not _clause_op(text, date, entry_start):
                continue
            if not _future(text, date, entry_start, entry_end):
                clause_from = _sentence_start(text, entry_start, date.start)
                events.append(_event(text, date, dates, clause_from, clause_from, entry_end))
    return events, undated


def narrative_events(text: str, start: int, end: int) -> list[EventMatch]:
    """Explicitly dated past acts in a narrative passage (see module docstring)."""
    events: list[EventMatch] = []
    dates = dates_in(text, start, end)
    in_range = _range_starts(text, dates)
    for date in dates:
        if date.start in in_range or _quoted(text, start, date.start, min(len(text), date.start + 5000)):
            continue
        before = text[max(start, date.start - 40) : date.start]
        is_op = re.search(r"\bop\s+$", before, re.IGNORECASE) is not None
        decision_of = _DECISION_OF.search(text[max(start, date.start - 90) : date.start])
        if decision_of and vocab().legal_pattern.search(decision_of.group(0)):
            decision_of = None  # `het koninklijk besluit van 2 februari 2009` is a law
        if not (is_op or decision_of or _EXPLICIT_MARKER.search(before)):
            continue
        if is_op and _is_term(text, date, start):
            continue
        if _future(text, date, start, end):
            continue
        sentence_from = _sentence_start(text, start, date.start)
        stop = re.search(r"[.!?](?:\s|$)", text[date.end : end])
        sentence_end = date.end + stop.start() + 1 if stop else end
        events.append(_event(text, date, dates, sentence_from, sentence_from, sentence_end))
    return events


def legal_events(text: str, start: int, end: int) -> list[EventMatch]:
    """Decisions of bodies cited in a legal-basis list; laws and decrees are left out."""
    v = vocab()
    events: list[EventMatch] = []
    for entry_start, entry_end in split_entries(text, start, end, per_line=True):
        dates = dates_in(text, entry_start, entry_end)
        if not dates:
            continue
        first = dates[0]
        label = text[entry_start : first.start]
        if v.legal_pattern.search(label):
            continue
        event = _event(text, first, dates, entry_start, entry_start, entry_end)
        if event.body is None and not _LEGAL_DECISION.search(label):
            continue
        events.append(event)
    return events


def merge_events(kept: list[EventMatch], new: list[EventMatch]) -> list[EventMatch]:
    """`kept` plus the `new` events that do not repeat one of them with less or more detail.

    The same decision is often cited twice in a block without a history section (in the Feiten
    `d.d. 09/02/2023`, in the Juridische grondslag `Het college ... d.d. 09/02/2023`): one event.
    """
    merged = list(kept)
    for event in new:
        twins = (i for i, k in enumerate(merged) if k.date == event.date and (_covers(k, event) or _covers(event, k)))
        twin = next(twins, None)
        if twin is None:
            merged.append(event)
        elif _covers(event, merged[twin]) and not _covers(merged[twin], event):
            merged[twin] = event
    return merged


def _covers(a: EventMatch, b: EventMatch) -> bool:
    """`a` says everything `b` says."""
    return (b.body is None or b.body == a.body) and (b.agenda_item is None or b.agenda_item == a.agenda_item)
