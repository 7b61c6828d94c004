"""Attendance lists: labelled lists of names and roles, read from the text with their offsets.

Layouts handled (all are a label at the start of a line, then entries separated by `,` or `;`):

- Mechelen/Nazareth header: `Aanwezig:  Fabienne Blavier, voorzitter` / `Alexander Vandersmissen,
  burgemeester wd.` / `Patrick Princen, …, Björn` / `Siffer, …, schepenen` / …: one line per
  group, names wrapped across lines, a trailing (plural) role for the whole group;
- Aalst: `Samenstelling` / `Aanwezig` / `Name, role; Name, role; …` / `Afwezig` / … / `Secretaris` /
  `Voorzitter` (persons repeated there are the same persons);
- Destelbergen: `Aanwezig: , Name , Name, …` / `Verontschuldigd: Name, …` (no roles);
- Torhout/Zottegem: `Aanwezigen bij agendapunt` / `Name, Name, …,` (no roles);
- Antwerp: `Samenstelling` / `de heer Name, role; mevrouw Name, role` / `Zijn verontschuldigd:` /
  the excused ones again (they are then not present);
- LBLOD items that open with a bare column of names and no label (Boortmeerbeek): `read_bare_list`.

A list runs as long as every entry is a name, a role or empty; the first line that breaks that
(a heading, a sentence) ends it, and a dangling half name before it is dropped. A `Stemming …`
heading before an `Aanwezig` label makes that list the voters present at a vote, not attendance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from extract.people.names import (
    clean_name,
    is_empty_marker,
    is_name_prefix,
    is_person_name,
    is_role,
    is_role_prefix,
    role_as_written,
    split_bracketed_role,
)
from extract.people.vocab import AttendanceLabel, load_vocab
from extract.text.lines import Line, iter_lines
from schema.vocab import AttendanceStatus

_ENTITY_TAIL = re.compile(r"(?:&#?\w{1,8}|nbsp)$")
MAX_BLANK_RUN = 3
"""Blank lines tolerated inside one list (PDF text doubles its line breaks)."""


@dataclass(frozen=True)
class Entry:
    """One comma/semicolon-separated entry of a list, with its offsets in the document text."""

    text: str
    start: int
    end: int
    separator: str = ""  # the `,` or `;` that closes it ("" at the end of the list)


@dataclass(frozen=True)
class PersonFinding:
    name: str
    role: str | None
    status: AttendanceStatus
    start: int
    end: int
    group: int = 0  # labels that follow each other form one group (one attendance block)


class _State(Enum):
    INVALID = 0
    PARTIAL = 1  # ends in the first words of a name or role that goes on on the next line
    COMPLETE = 2


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    labels = sorted((entry.label for entry in load_vocab().attendance.labels), key=len, reverse=True)
    alternatives = "|".join(re.escape(label) for label in labels)
    return re.compile(rf"^\s*(?P<label>{alternatives})\s*(?::(?P<rest>.*)|\s*$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _vote_heading_re() -> re.Pattern[str]:
    return re.compile(load_vocab().votes.heading, re.IGNORECASE)


def match_label(line: Line) -> tuple[AttendanceLabel, int] | None:
    """The attendance label opening `line` and where its entries start, or None."""
    match = _label_re().match(line.text)
    if not match:
        return None
    wanted = match.group("label").lower()
    label = next(entry for entry in load_vocab().attendance.labels if entry.label.lower() == wanted)
    rest_start = match.start("rest") if match.group("rest") is not None else line.end - line.start
    return label, line.start + rest_start


def is_vote_heading(line: Line) -> bool:
    return bool(_vote_heading_re().match(line.text.strip()))


# -- one list -----------------------------------------------------------------------------------


class _Buffer:
    """The text of a list with the document offset of every character (joiners get -1)."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, text: str, start: int, end: int, joiner: str) -> None:
        if self.chars:
            self.chars.extend(joiner)
            self.offsets.extend([-1] * len(joiner))
        self.chars.extend(text[start:end])
        self.offsets.extend(range(start, end))

    def truncate(self, length: int) -> None:
        del self.chars[length:]
        del self.offsets[length:]

    def _ends_entity(self, begin: int, position: int) -> bool:
        """A `;` closing markup debris (`Caroline&nbnbsp;De Meerleer`) separates nothing."""
        return self.chars[position] == ";" and bool(_ENTITY_TAIL.search("".join(self.chars[max(begin, position - 10) : position])))

    def entries(self) -> list[Entry]:
        entries: list[Entry] = []
        begin = 0
        for position in range(len(self.chars) + 1):
            at_end = position == len(self.chars)
            if not at_end and (self.chars[position] not in ",;" or self._ends_entity(begin, position)):
                continue
            piece = "".join(self.chars[begin:position])
            offsets = [o for o, c in zip(self.offsets[begin:position], self.chars[begin:position]) if o >= 0 and not c.isspace()]
            separator = "" if at_end else self.chars[position]
            if offsets:
                entries.append(Entry(" ".join(piece.split()), offsets[0], offsets[-1] + 1, separator))
            else:
                entries.append(Entry("", -1, -1, separator))
            begin = position + 1
        return entries


def _entry_ok(text: str) -> bool:
    return (
        not text
        or is_empty_marker(text)
        or is_person_name(text)
        or is_role(text)
        or split_bracketed_role(text) is not None
    )


def _state(buffer: _Buffer) -> _State:
    entries = buffer.entries()
    if not all(_entry_ok(entry.text) for entry in entries[:-1]):
        return _State.INVALID
    last = entries[-1].text
    if _entry_ok(last):
        return _State.COMPLETE
    # a name or a role wrapped over lines (`Liesbeth Van` / `Hecke`, `algemeen` / `directeur`)
    return _State.PARTIAL if is_name_prefix(last) or is_role_prefix(last) else _State.INVALID


def read_list(text: str, lines: list[Line], first: int, content_start: int) -> tuple[list[Entry], int]:
    """The entries of the list whose label is on `lines[first]`, and the index of the line after it."""
    buffer = _Buffer()
    buffer.add(text, content_start, lines[first].end, "")
    committed, after = 0, first + 1
    state = _state(buffer)
    if state is _State.INVALID:
        return [], first + 1
    if state is _State.COMPLETE:
        committed = len(buffer.chars)
    blanks = 0
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.is_blank:
            blanks += 1
            if blanks > MAX_BLANK_RUN:
                break
            continue
        blanks = 0
        if match_label(line) or is_vote_heading(line):
            break
        entries = buffer.entries()
        last = entries[-1].text if entries else ""
        # A line ending in a role closes its group: the next line is a new entry, not a wrap.
        joiner = ", " if last and is_role(last) and not is_person_name(last) else " "
        # A line without separators glued to a whole name (`Jan Peeters` + `Besluit`) may be a
        # heading after a list that lacks its final comma: kept only if the list goes on after it.
        tentative = bool(last) and is_person_name(last) and not re.search(r"[,;]", line.text)
        before = len(buffer.chars)
        buffer.add(text, line.start, line.end, joiner)
        state = _state(buffer)
        if state is _State.INVALID:
            buffer.truncate(before)
            break
        if state is _State.COMPLETE and not tentative:
            committed, after = len(buffer.chars), index + 1
    buffer.truncate(committed)
    return [entry for entry in buffer.entries() if entry.text], after


def entries_to_persons(
    entries: list[Entry], label: AttendanceLabel, group: int
) -> list[PersonFinding]:
    """Names with the role that follows them: a (plural) role applies to every name before it.

    In `Name, role; Name; Name, role` lists (Aalst) the semicolon closes an entry, so a name
    without a role there keeps none instead of taking the next entry's role.
    """
    persons: list[PersonFinding] = []
    pending: list[Entry] = []

    def flush(role: str | None, role_end: int | None) -> None:
        for entry in pending:
            end = role_end if role_end is not None and len(pending) == 1 else entry.end
            persons.append(PersonFinding(clean_name(entry.text), role, label.status, entry.start, end, group))
        pending.clear()

    for entry in entries:
        if is_empty_marker(entry.text):
            continue
        if bracketed := split_bracketed_role(entry.text):
            flush(None, None)
            name, role = bracketed
            persons.append(PersonFinding(clean_name(name), role_as_written(role), label.status, entry.start, entry.end, group))
        elif is_person_name(entry.text):
            pending.append(entry)
        elif is_role(entry.text):
            flush(role_as_written(entry.text), entry.end)
        if entry.separator == ";":
            flush(None, None)
    flush(label.role, None)
    return persons


# -- a whole passage ----------------------------------------------------------------------------


def find_attendance(
    text: str,
    start: int = 0,
    end: int | None = None,
    first_group: int = 0,
    problems: list[tuple[int, int, str]] | None = None,
) -> list[PersonFinding]:
    """Every person of the labelled attendance lists in `text[start:end]`, in order, with status.

    A label followed by something that is not a list (a sentence, a table) is appended to
    `problems` as (start, end, message), so the caller can record it instead of dropping it.
    """
    lines = iter_lines(text, start, end)
    persons: list[PersonFinding] = []
    group = first_group
    follows_list: int | None = None  # first non-blank line after the last list read
    previous_text_line: Line | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        found = match_label(line)
        if found and not (previous_text_line and is_vote_heading(previous_text_line)):
            label, content_start = found
            if follows_list != index:
                group += 1
            entries, after = read_list(text, lines, index, content_start)
            persons.extend(entries_to_persons(entries, label, group))
            if not entries and problems is not None and _unread(text, lines, index, content_start):
                problems.append((line.start, line.end, f"attendance label {label.label!r} not followed by a list of persons"))
            previous_text_line = lines[after - 1]
            index = after
            while index < len(lines) and lines[index].is_blank:
                index += 1
            follows_list = index
            continue
        if not line.is_blank:
            previous_text_line = line
        index += 1
    return persons


def _unread(text: str, lines: list[Line], index: int, content_start: int) -> bool:
    """True when a label read no entries although text follows it (not another label)."""
    rest = text[content_start : lines[index].end].strip()
    if rest:
        return not is_empty_marker(rest)
    following = next((line for line in lines[index + 1 :] if not line.is_blank), None)
    return following is not None and not match_label(following) and not is_vote_heading(following)


def read_bare_list(text: str, start: int = 0, end: int | None = None) -> list[PersonFinding]:
    """A column of bare names opening the passage (one per line, no label), as present persons.

    LBLOD pages (Boortmeerbeek) publish the attendance as a hidden list of names before the title;
    in the text it is a bare column of names. Read only when it opens the passage and holds at
    least `attendance.bare_list.min_names` names, so a name in a heading is never taken for it.
    """
    persons: list[PersonFinding] = []
    for line in iter_lines(text, start, end):
        if line.is_blank:
            if persons:
                break
            continue
        value = line.stripped
        if "," in value or ";" in value or not is_person_name(value):
            break
        offset = line.start + line.text.index(value)
        persons.append(PersonFinding(clean_name(value), None, AttendanceStatus.PRESENT, offset, offset + len(value)))
    return persons if len(persons) >= load_vocab().attendance.bare_list.min_names else []


def merge_persons(persons: list[PersonFinding]) -> list[PersonFinding]:
    """One finding per person, in order of first mention.

    Within one attendance block a person listed as excused or absent is not present, even when
    the block's `Samenstelling` names them too (Antwerp); across blocks (several items with their
    own lists) a person present in any of them is present. The first role written is kept.
    """
    by_group: dict[tuple[int, str], PersonFinding] = {}
    for person in persons:
        key = (person.group, person.name.casefold())
        known = by_group.get(key)
        if known is None:
            by_group[key] = person
            continue
        status = known.status if known.status is not AttendanceStatus.PRESENT else person.status
        by_group[key] = PersonFinding(known.name, known.role or person.role, status, known.start, known.end, known.group)
    merged: dict[str, PersonFinding] = {}
    for (_, name_key), person in by_group.items():
        known = merged.get(name_key)
        if known is None:
            merged[name_key] = person
            continue
        status = AttendanceStatus.PRESENT if AttendanceStatus.PRESENT in (known.status, person.status) else known.status
        merged[name_key] = PersonFinding(known.name, known.role or person.role, status, known.start, known.end, known.group)
    return list(merged.values())
