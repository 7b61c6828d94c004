"""Goals listed under a sentence that announces them.

`... verbindt Arktos zich er toe ... in te zetten op onderstaande doelstellingen:` followed by
`- item` bullets; `Twee algemene doelstellingen: 1. ... 2. ...`; `De zes strategische
doelstellingen die het museum ... wil realiseren ...:` followed by one goal per line; `... de
opdracht wordt gegeven voor:` or `Pidpa wenst volgende werken uit te voeren:` followed by tasks.
The announcing phrase (`vocab.toml`, `announcements`) gives the level; an item's own label or
number (`Doelstelling 3:`, `2.`) gives its number.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.goals.draft import GoalDraft, Problem
from extract.goals.items import TERMINAL, Skip, line_mark, read_list
from extract.goals.labelled import match_label
from extract.goals.sentences import sentence_ends
from extract.goals.vocab import vocab
from extract.text.lines import Line, join_wrapped
from schema.vocab import GoalLevel

_MAX_SENTENCE_LINES = 6


def announcing_sentence(lines: Sequence[Line], index: int) -> str:
    """The sentence that ends with the colon at the end of `lines[index]`, wrapped lines joined."""
    parts = [lines[index].stripped]
    previous = index - 1
    while previous >= 0 and len(parts) < _MAX_SENTENCE_LINES:
        stripped = lines[previous].stripped
        previous -= 1
        if not stripped:
            continue
        if TERMINAL.search(stripped) or stripped.endswith((":", ";")):
            break
        parts.insert(0, stripped)
        if line_mark(stripped).kind != "none":
            break
    parts[0] = parts[0][line_mark(parts[0]).content :]
    sentence = join_wrapped("\n".join(parts))
    ends = sentence_ends(sentence)
    return sentence[ends[-1] :].strip() if ends else sentence


def announcement_level(sentence: str) -> GoalLevel | None:
    """The level of the goals `sentence` announces, or None when it announces none (or reports)."""
    rules = vocab()
    if any(regex.search(sentence) for regex in rules.reports):
        return None
    for regex, level in rules.announcements:
        if regex.search(sentence):
            return level
    return None


def announced_goals(
    lines: Sequence[Line], excluded: set[int], skip: Skip, problems: list[Problem] | None = None
) -> list[GoalDraft]:
    """The items of every announced list in `lines` (outside the `excluded` line indices).

    An announcement followed by no readable item is reported in `problems`.
    """
    drafts: list[GoalDraft] = []
    for index, line in enumerate(lines):
        if index in excluded or not line.stripped.endswith(":"):
            continue
        level = announcement_level(announcing_sentence(lines, index))
        if level is None:
            continue
        items = read_list(lines, index + 1, skip)
        if not items and problems is not None:
            problems.append(Problem("goal list announced but no item read", line.start, line.end))
        for item in items:
            text, number, item_level = item.text, item.mark.number, level
            labelled = match_label(text)
            if labelled is not None:
                label, label_number, offset = labelled
                text = text[offset:].strip()
                number = f"{label.number_prefix}{label_number}" if label_number else None
                item_level = label.level
            if text:
                drafts.append(GoalDraft(number, text, item_level, None, item.start, item.end))
    return drafts
