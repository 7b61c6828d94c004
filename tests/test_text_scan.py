"""`matches_not_after`: a look-behind checked in Python gives the look-behind pattern's matches."""

from __future__ import annotations

import re

from extract.entities.finder import _AFTER_WORD
from extract.text.scan import matches_not_after


def test_matches_not_after_is_the_look_behind_scan() -> None:
    # organisation names repeated in a text (`PONTES. 1) Voordracht`, Mechelen seed 003), not
    # inside a longer word, an `@`-handle or a hyphenated name
    pattern = re.compile(r"(?:PONTES|Arktos vzw|Arktos)(?![\w&-])")
    full = re.compile(rf"(?<!{_AFTER_WORD.pattern}){pattern.pattern}")
    for text in ["PONTES. 1) Voordracht", "xPONTES PONTES-x @Arktos Arktos vzw&Arktos", "Arktos", "", "-Arktos vzwArktos"]:
        expected = [m.span() for m in full.finditer(text)]
        assert [m.span() for m in matches_not_after(pattern, text, _AFTER_WORD)] == expected
    assert [m.group() for m in matches_not_after(pattern, "zie Arktos vzw en PONTES", _AFTER_WORD)] == ["Arktos vzw", "PONTES"]
