"""Person resolution across documents: spacing, word order, initials only when unambiguous."""

from __future__ import annotations

from kb.resolve import EntityRules, PersonInput, person_key, resolve_persons
from kb.resolve.aliases import MergeRule, SeparateRule


def groups(names: list[str], rules: EntityRules | None = None) -> list[set[str]]:
    persons = [PersonInput(key=f"{i}", name=name) for i, name in enumerate(names)]
    return [{m[1] for m in c.members} for c in resolve_persons(persons, rules)]


def test_person_key_ignores_spacing_case_accents_and_order() -> None:
    # Mechelen minutes: `Eddy Couckuyt`; Aalst lists write the family name first (`Seynhaeve Bert`).
    assert person_key("Eddy\u00a0Couckuyt") == person_key("eddy  COUCKUYT") == person_key("Couckuyt Eddy")
    assert person_key("Björn Siffer") == person_key("Bjorn Siffer")
    assert person_key("Dhr. Bert Seynhaeve") == person_key("Seynhaeve Bert")


def test_initials_join_only_an_unambiguous_full_name() -> None:
    assert {"K. Calvo", "Kristof Calvo"} in groups(["K. Calvo", "Kristof Calvo", "Bart Somers"])
    ambiguous = groups(["K. Calvo", "Kristof Calvo", "Karin Calvo"])
    assert {"K. Calvo"} in ambiguous and len(ambiguous) == 3


def test_family_name_first_lists_join() -> None:
    assert {"Seynhaeve Bert", "Bert Seynhaeve"} in groups(["Seynhaeve Bert", "Bert Seynhaeve", "Bert Delanoeije"])


def test_alias_file_rules_for_persons() -> None:
    rules = EntityRules(merge=[MergeRule(names=["Rina Rabau", "Rina Rabau Nkandu"])],
                        separate=[SeparateRule(names=["J. Peeters", "Jan Peeters"])])  # fmt: skip
    result = groups(["Rina Rabau", "Rina Rabau Nkandu", "J. Peeters", "Jan Peeters"], rules)
    assert {"Rina Rabau", "Rina Rabau Nkandu"} in result and {"J. Peeters"} in result
