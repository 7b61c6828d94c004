"""Fictitious council members, the attendance block and the vote sentences.

Two attendance layouts of real minutes: grouped by role with the plural role after the group
(`Name, Name, schepenen` / `Name, ..., gemeenteraadsleden`, the Mechelen layout) and one
`Name, role;` list (the Aalst layout). The gold gives every present person the singular role.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from render.synth.draft import DocumentDraft
from render.synth.model import Block, Person, Vote
from render.synth.vocab import Phrases

PLURAL = {"schepen": "schepenen", "gemeenteraadslid": "gemeenteraadsleden", "raadslid": "raadsleden"}


def make_names(rng: random.Random, phrases: Phrases, count: int) -> list[str]:
    """`count` distinct fictitious full names."""
    names: list[str] = []
    while len(names) < count:
        name = f"{rng.choice(phrases.names.given)} {rng.choice(phrases.names.family)}"
        if name not in names:
            names.append(name)
    return names


def make_council(rng: random.Random, phrases: Phrases, council_role: str) -> tuple[list[Person], list[Person], Person]:
    """(present voting members in list order, excused members, the secretary)."""
    size = rng.randint(19, 41)
    excused_count = rng.choice((0, 0, 1, 2, 3))
    names = make_names(rng, phrases, size + excused_count + 1)
    schepenen = rng.randint(4, 8)
    present = [Person(names[0], "voorzitter"), Person(names[1], "burgemeester")]
    present += [Person(name, "schepen") for name in names[2 : 2 + schepenen]]
    present += [Person(name, council_role) for name in names[2 + schepenen : size]]
    excused = [Person(name, council_role) for name in names[size : size + excused_count]]
    secretary = Person(names[-1], rng.choice(("algemeen directeur", "algemeen directeur", "adjunct-algemeendirecteur")))
    return present, excused, secretary


def role_group(people: Sequence[Person]) -> str:
    """`Name, Name, schepenen` (plural after two or more), `Name, burgemeester`."""
    role = people[0].role
    label = PLURAL.get(role, role) if len(people) > 1 else role
    return ", ".join(person.name for person in people) + f", {label}"


def attendance_blocks(doc: DocumentDraft, present: list[Person], excused: list[Person], secretary: Person) -> list[Block]:
    """The `Aanwezig:` block in one of the two real layouts (plus `Verontschuldigd:` if any)."""
    everyone = [*present, secretary]
    if doc.rng.random() < 0.5:
        groups: list[list[Person]] = []
        for person in everyone:
            if groups and groups[-1][0].role == person.role and person.role in PLURAL:
                groups[-1].append(person)
            else:
                groups.append([person])
        blocks = [Block("para", "Aanwezig: " + role_group(groups[0]))]
        blocks += [Block("para", role_group(group), level=1) for group in groups[1:]]
        if excused:
            blocks.append(Block("para", "Verontschuldigd: " + role_group(excused)))
        return blocks
    listing = "; ".join(f"{person.name}, {person.role}" for person in everyone)
    blocks = [Block("heading", "Aanwezig"), Block("para", listing)]
    if excused:
        blocks += [Block("heading", "Verontschuldigd"), Block("para", "; ".join(f"{p.name}, {p.role}" for p in excused))]
    return blocks


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def make_vote(doc: DocumentDraft) -> tuple[Vote, str]:
    """A vote and its sentence: unanimous (most items) or counted, sometimes with the voters named.

    A category with no votes is not written (`23 stemmen voor, 16 onthoudingen`), so its count is
    null in the gold, as in the real gold.
    """
    rng, phrases = doc.rng, doc.phrases
    if rng.random() < 0.6:
        return Vote(True), doc.pick(phrases.votes.unanimous)
    voters = list(doc.council)
    rng.shuffle(voters)
    total = len(voters) - rng.randint(0, 2)
    against = rng.choice((0, rng.randint(1, total // 4)))
    abstain = rng.choice((0, rng.randint(1, total // 3))) if against else rng.randint(1, total // 3)
    for_count = total - against - abstain
    named = rng.random() < 0.4
    parts = []
    groups = {"for": voters[:for_count], "against": voters[for_count : for_count + against],
              "abstain": voters[for_count + against : total]}  # fmt: skip
    for side, number, singular, plural in (
        ("for", for_count, "stem voor", "stemmen voor"),
        ("against", against, "stem tegen", "stemmen tegen"),
        ("abstain", abstain, "onthouding", "onthoudingen"),
    ):
        if number:
            text = _count(number, singular, plural)
            if named:
                text += " (" + ", ".join(person.name for person in groups[side]) + ")"
            parts.append(text)
    joined = ", ".join(parts[:-1]) + " en " + parts[-1] if len(parts) > 1 else parts[0]
    intro = doc.pick(phrases.votes.counted_intro)
    vote = Vote(False, for_count, against or None, abstain or None)
    return vote, f"{intro} {joined}."
