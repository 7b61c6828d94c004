"""Goals opened by a label, and the numbered actions of an action plan under a strategic goal.

- `Doelstelling 1: Informeren en adviseren ...` → number `1`, level `doelstelling`;
  `Strategische doelstelling 1:` → `SD1`, `strategisch`; `Algemene doelstelling:` → `algemeen`,
  no number; `Traject 2: In een tweede traject ...` → `2`, `actie`, its own sentences only.
  The text is what follows the label, on its line or in the paragraph below it.
- In an action plan, the lines numbered `2.1.1`, `2.1.2.` ... after `Strategische doelstelling N`
  (or `Doelstelling N`) are its actions (`actie`, parent `SDN`), up to the next label or the
  first line that is no action; repeated slide headers in between are skipped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extract.goals.draft import GoalDraft, Problem, own_sentences
from extract.goals.items import NO_MARK, Item, Mark, Skip, content_start, line_mark, read_body
from extract.goals.vocab import Label, vocab
from extract.text.lines import Line
from schema.vocab import GoalLevel

_MAX_LEAD_LINES = 15
"""How far below its goal the first numbered action may start (an intro line, a slide header)."""


def match_label(stripped: str) -> tuple[Label, str | None, int] | None:
    """The goal label opening `stripped` (after an optional glyph): label, number, content offset."""
    mark = line_mark(stripped)
    offset = mark.content if mark.kind in ("main", "sub") else 0
    for label in vocab().labels:
        match = label.regex.match(stripped, offset)
        if match:
            return label, match.group("number"), match.end()
    return None


def is_label(stripped: str) -> bool:
    return match_label(stripped) is not None


def labelled_goals(
    lines: Sequence[Line], excluded: set[int], skip: Skip, problems: list[Problem] | None = None
) -> list[GoalDraft]:
    """Every labelled goal of `lines` (outside the `excluded` line indices), with plan actions.

    A label followed by no text is reported in `problems`.
    """
    drafts: list[GoalDraft] = []
    for index, line in enumerate(lines):
        stripped = line.stripped
        if index in excluded or not stripped:
            continue
        found = match_label(stripped)
        if found is None:
            continue
        label, number, offset = found
        item = Item(NO_MARK, content_start(line), line.end)
        rest = stripped[offset:].strip()
        if rest:
            item.add(line, rest)
        read_body(lines, index + 1, item, skip, is_label, prose=label.prose)
        text = own_sentences(item.text) if label.prose else item.text
        if not text:
            if problems is not None:
                problems.append(Problem(f"goal label without text: {stripped[:60]!r}", line.start, line.end))
            continue
        goal_number = f"{label.number_prefix}{number}" if number else None
        drafts.append(GoalDraft(goal_number, text, label.level, None, item.start, item.end))
        if label.level in (GoalLevel.STRATEGISCH, GoalLevel.DOELSTELLING):
            drafts.extend(plan_actions(lines, index + 1, goal_number, skip))
    return drafts


def plan_actions(lines: Sequence[Line], first: int, parent: str | None, skip: Skip) -> list[GoalDraft]:
    """The numbered actions after a goal label at `lines[first - 1]` (see the module docstring).

    The actions carry the most common multi-level numbering depth of the goal's scope; they must
    start within a few lines of the goal, and the list ends at the first line that is neither an
    action nor part of one (a running header aside).
    """
    scope = _scope(lines, first, skip)
    depths = Counter(mark.depth for _, mark in scope if mark.family == "multi")
    if not depths:
        return []
    depth = max(depths, key=lambda d: (depths[d], d))
    drafts: list[GoalDraft] = []
    body_end = -1
    for position, (index, mark) in enumerate(scope):
        line = lines[index]
        if mark.family == "multi" and mark.depth == depth:
            item = Item(mark, content_start(line), line.end)
            item.add(line, line.stripped[mark.content :])
            read_body(lines, index + 1, item, skip, is_label)
            drafts.append(GoalDraft(mark.number, item.text, GoalLevel.ACTIE, parent, item.start, item.end))
            body_end = item.end
        elif drafts and line.start >= body_end:
            break
        elif not drafts and position >= _MAX_LEAD_LINES:
            break
    return drafts


def _scope(lines: Sequence[Line], first: int, skip: Skip) -> list[tuple[int, Mark]]:
    """The non-blank lines from `first` to the next label with their marks, running headers left out."""
    scope = []
    for index in range(first, len(lines)):
        stripped = lines[index].stripped
        if not stripped or skip(stripped):
            continue
        if is_label(stripped):
            break
        scope.append((index, line_mark(stripped)))
    return scope
