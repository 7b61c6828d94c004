"""The structure vocabulary (`vocabulary.toml`), loaded once and validated.

Heading words differ per municipality (`Feiten en argumentatie`, `Context / feiten / argumenten`,
`Bevoegdheid en juridische grond`); keeping them as data lets a new municipality's wording be added
without touching the rules. The model forbids unknown keys so a typo in the file fails loudly.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from extract.context import SectionName
from extract.rules_data import load_rule_data

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.toml")


class HeadingVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stop_lines: list[str]

    @field_validator("stop_lines")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            re.compile(pattern)
        return value


class StructureVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    operative_words: list[str]
    operative_modifiers: list[str]
    policy_domains: list[str]
    commitment_labels: list[str]
    sections: dict[SectionName, list[str]]
    section_prefixes: dict[SectionName, list[str]]
    nested: dict[SectionName, list[SectionName]]
    container_sections: list[SectionName]
    heading: HeadingVocabulary

    def section_of(self, heading: str) -> SectionName | None:
        """The canonical section a heading line opens, or None (`Feiten en context` → FEITEN)."""
        key = normalise_heading(heading)
        return self._section_index().get(key)

    def _section_index(self) -> dict[str, SectionName]:
        index = getattr(self, "_index", None)
        if index is None:
            index = {normalise_heading(word): name for name, words in self.sections.items() for word in words}
            object.__setattr__(self, "_index", index)
        return index

    def stop_key(self, line: str) -> str | None:
        """Which stop line or section heading `line` is (`section:besluit`, `stop:aanwezig`), or None.

        Item headings of one template are all followed by the same kind of line; the key lets the
        segmenter see that repetition."""
        name = self.section_of(line)
        if name is not None:
            return f"section:{name.value}"
        for pattern in self.heading.stop_lines:
            if re.match(pattern, line, re.IGNORECASE):
                return f"stop:{pattern}"
        return None

    def stop_pattern(self) -> re.Pattern[str]:
        pattern = getattr(self, "_stop", None)
        if pattern is None:
            pattern = re.compile("|".join(f"(?:{p})" for p in self.heading.stop_lines), re.IGNORECASE)
            object.__setattr__(self, "_stop", pattern)
        return pattern


def normalise_heading(line: str) -> str:
    """A heading line compared: a leading bullet, a trailing colon and extra spaces removed, lowercased.

    Only the heading may stand on the line: `Toelichting • • • •` (a budget table's header row,
    its empty cells flattened into bullets) and `besluit.` (a sentence ending) are not headings.
    """
    value = " ".join(line.lstrip("• \t").split()).lower()
    return value.rstrip(" :")


@lru_cache(maxsize=1)
def vocabulary() -> StructureVocabulary:
    return load_rule_data(VOCABULARY_PATH, StructureVocabulary)
