r"""Pattern scans that skip quickly to where a match can start.

Python's `re` finds a match fast when the pattern opens with a literal or a character class: it
jumps to the next character that can start one. A pattern that opens with a look-behind
(`(?<![\w-])(?:Gent|Mechelen|...)`, a whole-word test) loses that and is tried in full at every
character, which made scanning a document for a few hundred names the slow part of a rule.
`matches_not_after` gives the same matches with the look-behind checked in Python instead.
"""

from __future__ import annotations

import re


def matches_not_after(pattern: re.Pattern[str], text: str, refused_before: re.Pattern[str]) -> list[re.Match[str]]:
    """What `finditer` over `text` gives for `pattern` behind a negative look-behind for one
    character matching `refused_before`: the leftmost match whose previous character is not
    refused (where one is, the search goes on one character further), then the same after it."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start > 0 and refused_before.match(text, start - 1):
            position = start + 1
            continue
        found.append(match)
        position = match.end()
    return found
