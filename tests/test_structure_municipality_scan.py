"""`name_matches`: the municipality-name scan without a leading look-behind finds the same names."""

from __future__ import annotations

import re

from extract.structure.municipality import _NOT_AFTER, name_matches, name_pattern
from ingest.reader import read_source
from conftest import SEEDS_TXT


def test_name_matches_are_the_look_behind_scan() -> None:
    # the pattern has no look-behind (so the engine skips to the letters a name starts with) and
    # `name_matches` checks the character before a name itself: same matches as with the look-behind
    full = re.compile(rf"(?<!{_NOT_AFTER.pattern}){name_pattern().pattern}")
    texts = [read_source(path).text for path in sorted(SEEDS_TXT.glob("*.txt"))]
    texts += ["stad Mechelen-Noord en Mechelen.be, xMechelen Mechelen", "@Gent /Gent -Gent Gent-Sint-Pieters Gent"]
    found = 0
    for text in texts:
        expected = [(m.group("name"), m.span()) for m in full.finditer(text)]
        assert [(m.group("name"), m.span()) for m in name_matches(text)] == expected
        found += len(expected)
    assert found > 5
