"""Which municipality a document is from (`record.municipality`).

Candidates are the Flemish municipalities of `municipalities.toml` (current and merged-away names),
found as whole words: not `Aalsterse`, not `Mechelen-Noord`, not `www.destelbergen.be`, and
never a place outside the list (`1060 Brussel`, `in Belgisch Staatsblad`, a deelgemeente `te
Godveerdegem`). Each mention is read as one *form*, strongest first:

- `signed` (3): the place of the closing line `Mechelen, 25 november 2020`;
- `body` (3): the municipality as an acting body or one of its own public bodies: `Stad X`,
  `gemeente X`, `Lokaal bestuur X`, `burgemeester van X`, `gemeenteraad van X`, `OCMW X`,
  `Politiezone X`, `Lokaal Overheidsbedrijf X`;
- `postcode` (2 when the postcode is the municipality's own, else 1): `9070 Destelbergen`;
- `place` (1): after a lower-case preposition, `te X`, `in X`, `voor X`, `van X`, `uit X`;
- `word` (0.5): the name on its own, not as part of another name (`een beter Mechelen`,
  `kadastraal gekend als Aalst afdeling 13`). A name standing next to another capitalised word
  is part of an organisation's or party's name (`Voor Mechelen`, `AGB Energiepunt Mechelen`,
  `Mechelen Feest vzw`, `cd&v Mechelen`), after a surname particle part of a person's name (`Sam
  Van de Putte`), after `provincie` the province: no evidence.

The publisher names itself in several ways (its body, its council members' addresses, its
representatives); another municipality the item is about is usually named again and again in one
way (`de gemeente Nazareth` six times in a Destelbergen item). So a name scores the sum of its
distinct forms' weights, plus `REPEAT_WEIGHT` per further mention as a tie-breaker; the best
score wins, the earliest mention breaking ties. A name that is also a deelgemeente of another
municipality (`shared_names`) counts only in its unambiguous forms (body, own postcode, signing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from extract.text.scan import matches_not_after

DATA_PATH = Path(__file__).with_name("municipalities.toml")
BODY_BEFORE = re.compile(
    r"(?:\b[Ss]tad|\b[Ss]tadsbestuur|\b[Gg]emeente|\b[Gg]emeentebestuur|\b[Ll]okaal [Bb]estuur|"
    r"\b[Bb]urgemeester van|\b[Gg]emeenteraad van|\bOCMW|\b[Pp]olitie|\b[Pp]olitiezone|"
    r"\b[Ll]okale [Pp]olitie|\b[Ll]okaal [Oo]verheidsbedrijf)\s+$"
)
POSTCODE_BEFORE = re.compile(r"(?<![\d/.\-])\b(?P<code>[1-9]\d{3})\s+$")
PREVIOUS_WORDS = re.compile(r"(?:(?P<before>\S+)[ \t]+)?(?P<word>\S+)\s+$")
PREPOSITIONS = {"te", "in", "voor", "van", "uit"}
PARTICLES = {"de", "den", "der", "ter", "ten", "Van", "Vanden", "Vander", "De", "Den", "Le", "La", "Du"}
"""Words of a surname (`Sam Van de Putte`, `Nicole Van Dessel`): the municipality is a person's name."""
NOT_THE_MUNICIPALITY = {"provincie", "Provincie", "arrondissement", "Arrondissement", "kanton", "Kanton"}
"""`provincie Antwerpen` is the province, not the city."""
NEXT_CAPITALISED = re.compile(r"^[ \t]*\n?[ \t]*[A-ZÀ-Þ]")
WEIGHTS = {"signed": 3.0, "body": 3.0, "own_postcode": 2.0, "postcode": 1.0, "place": 1.0, "word": 0.5}
UNAMBIGUOUS = {"signed", "body", "own_postcode"}
REPEAT_WEIGHT = 0.1
CONTEXT = 40


class FormerMunicipality(BaseModel):
    model_config = ConfigDict(extra="forbid")

    postcodes: list[int]
    merged_into: str
    year: int


class MunicipalityData(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current: dict[str, list[int]]
    former: dict[str, FormerMunicipality]
    shared_names: dict[str, str]

    def postcodes(self, name: str) -> list[int]:
        if name in self.current:
            return self.current[name]
        return self.former[name].postcodes if name in self.former else []

    def names(self) -> list[str]:
        return sorted({*self.current, *self.former}, key=len, reverse=True)


@lru_cache(maxsize=1)
def municipality_data() -> MunicipalityData:
    import tomllib

    with DATA_PATH.open("rb") as handle:
        return MunicipalityData.model_validate(tomllib.load(handle))


@lru_cache(maxsize=1)
def name_pattern() -> re.Pattern[str]:
    """Any municipality name as a whole word (longest first: `Nazareth-De Pinte` before `Nazareth`),
    not preceded by a word character, `-`, `.`, `/` or `@` (`_NOT_AFTER`, applied by `name_matches`
    through `matches_not_after`, so the search jumps to the letters a name can start with)."""
    alternatives = "|".join(re.escape(name) for name in municipality_data().names())
    return re.compile(rf"(?P<name>{alternatives})(?![\w@])(?!-\w)(?!\.\w)")


_NOT_AFTER = re.compile(r"[\w\-./@]")


def name_matches(text: str) -> list[re.Match[str]]:
    """The municipality names of `text`, whole words (see `name_pattern`), in text order."""
    return matches_not_after(name_pattern(), text, _NOT_AFTER)


@dataclass(frozen=True)
class Mention:
    name: str
    form: str
    start: int
    end: int


def mention_form(text: str, start: int, end: int, name: str) -> str | None:
    """The form of the mention `text[start:end]` of `name` (module docstring), or None."""
    before = text[max(0, start - CONTEXT) : start]
    if BODY_BEFORE.search(before):
        return "body"
    postcode = POSTCODE_BEFORE.search(before)
    if postcode:
        return "own_postcode" if int(postcode.group("code")) in municipality_data().postcodes(name) else "postcode"
    words = PREVIOUS_WORDS.search(before)
    previous = words.group("word") if words else ""
    earlier = (words.group("before") or "") if words else ""
    continues_name = bool(NEXT_CAPITALISED.match(text[end : end + CONTEXT]))
    if previous in PARTICLES or previous in NOT_THE_MUNICIPALITY:
        return None
    if previous in PREPOSITIONS:
        if continues_name or (previous == "van" and earlier[:1].isupper()):
            return None  # `van Mechelen Feest`, a surname `Jan van Putte`
        return "place"
    if previous[:1].isupper() or "&" in previous or continues_name:
        return None  # part of another name: `Voor Mechelen`, `cd&v Mechelen`, `Mechelen Feest vzw`
    return "word"


def mentions(text: str) -> list[Mention]:
    """Every mention of a municipality that is evidence, in text order."""
    data = municipality_data()
    found: list[Mention] = []
    for match in name_matches(text):
        name = match.group("name")
        form = mention_form(text, match.start(), match.end(), name)
        if form is None or (name in data.shared_names and form not in UNAMBIGUOUS):
            continue
        found.append(Mention(name, form, match.start(), match.end()))
    return found


def best_municipality(found: list[Mention]) -> Mention | None:
    """The name with the best score (module docstring); its first mention."""
    forms: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for mention in found:
        forms.setdefault(mention.name, set()).add(mention.form)
        counts[mention.name] = counts.get(mention.name, 0) + 1
        first.setdefault(mention.name, mention)
    if not forms:
        return None

    def score(name: str) -> tuple[float, int]:
        value = sum(WEIGHTS[form] for form in forms[name]) + REPEAT_WEIGHT * (counts[name] - 1)
        return value, -first[name].start

    return first[max(forms, key=score)]


_NAME = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-(?:[A-ZÀ-Þ][a-zà-ÿ]+|[a-z]{1,3}))*"
UNLISTED_BODY = re.compile(
    r"(?<![^\W\d_]|-)(?:[Ss]tad|[Ss]tadsbestuur|[Gg]emeente|[Gg]emeentebestuur|[Ll]okaal [Bb]estuur|"
    r"[Gg]emeenteraad van|[Bb]urgemeester van)"
    # on the same line, or wrapped onto the next one inside a sentence (`tussen stad` / `Haverlo en
    # Arktos vzw`); not into a heading (`... aan de stad` / `Regelgeving: bevoegdheid`)
    rf"(?:[ \t]+(?P<name>{_NAME})(?![\w\-])|[ \t]*\n[ \t]*(?P<wrapped>{_NAME})"
    r"(?=[ \t]*[,.;)]|[ \t]+(?:en|of|te|voor|van|in|om|met|als|die|dat|wordt|is)\b))"
)
"""`Stad Zandvoorde-Berg`, `gemeente Heist-op-den-Berg`: a capitalised name after a body word."""
UNLISTED_CAPITALS = re.compile(r"^[ \t]*(?:STAD|GEMEENTE|LOKAAL BESTUUR)[ \t]+(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ\-]+)[ \t]*$", re.MULTILINE)
"""`STAD LINTERHOUT` as a header line: counts for the name when the text also writes it in mixed
case (the capitals alone do not say how `HEIST-OP-DEN-BERG` is spelled)."""
UNLISTED_MIN_MENTIONS = 2


def _mixed_case(text: str, capitals: str) -> str | None:
    """How the text writes `LINTERHOUT` elsewhere (`Linterhout, 20 mei 2024`), or None."""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(capitals)}(?![\w\-])", re.IGNORECASE)
    for match in pattern.finditer(text):
        word = match.group(0)
        if not word.isupper() and re.fullmatch(_NAME, word):
            return word
    return None


def unlisted_municipality(text: str, signed_place: str | None) -> Mention | None:
    """The municipality when the text names none of the list: a name the document gives itself
    as an acting body (`STAD HAVERLO` over the minutes, `tussen stad Haverlo en ...`, `Gemeente
    Haverlo – Gemeenteraad 22 mei 2023` in a page header) at least twice, the signing place
    counting as one more. The list is complete for today's Flanders; this keeps a renamed or
    newly merged municipality, or a name spelled differently, from going unread. A single `Stad X`
    is too weak evidence, so one mention is not enough."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for match in UNLISTED_BODY.finditer(text):
        group = "name" if match.group("name") else "wrapped"
        name = match.group(group)
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, Mention(name, "body", match.start(group), match.end(group)))
    for match in UNLISTED_CAPITALS.finditer(text):
        name = _mixed_case(text, match.group("name"))
        if name is not None:
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, Mention(name, "body", match.start("name"), match.end("name")))
    if signed_place in counts:
        counts[signed_place] += 1
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], -first[name].start))
    return first[best] if counts[best] >= UNLISTED_MIN_MENTIONS else None


def is_municipality(name: str) -> bool:
    data = municipality_data()
    return name in data.current or name in data.former
