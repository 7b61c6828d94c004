"""All goal rules over one passage of text (a decision block's sections, or a whole presentation).

Rules run in priority order and a later rule never claims a passage an earlier one took:
labelled goals and plan actions first (they carry numbers), then announced lists, then single
commitment sentences.
"""

from __future__ import annotations

from extract.goals.announced import announced_goals
from extract.goals.commitments import commitment_goals
from extract.goals.draft import GoalDraft, Problem, drop_overlaps
from extract.goals.labelled import labelled_goals
from extract.goals.layout import header_key, purpose_zones, running_headers
from extract.text.lines import iter_lines


def passage_to_goals(
    text: str,
    start: int = 0,
    end: int | None = None,
    headers: frozenset[str] | None = None,
    problems: list[Problem] | None = None,
) -> list[GoalDraft]:
    """The goals stated in `text[start:end]`; `headers` are the document's running headers.

    What a rule recognised but could not read is appended to `problems`.
    """
    lines = iter_lines(text, start, end)
    known_headers = running_headers(text) if headers is None else headers

    def skip(stripped: str) -> bool:
        return header_key(stripped) in known_headers

    excluded = purpose_zones(lines)
    drafts = labelled_goals(lines, excluded, skip, problems)
    drafts += announced_goals(lines, excluded, skip, problems)
    drafts += commitment_goals(text, lines, excluded)
    return drop_overlaps(drafts)
