"""The agreement itself, attached after the Besluit (`Bijlage`), as minutes extracts carry it.

Its parties block names the signatories with their functions, its own `Artikel N:` headings are
articles of the agreement (not of the Besluit: the gold has only the Besluit's), and it repeats
the period and the money of the decision (the same facts, so no new gold entries).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from render.synth.draft import ItemDraft
from render.synth.model import Organization, Person
from render.synth.people import make_names


def _address(draft: ItemDraft) -> str:
    doc = draft.doc
    return f"{doc.pick(doc.phrases.streets)} {draft.rng.randint(1, 180)}, {draft.rng.randint(1000, 9990)} {doc.municipality}"


def agreement_annex(
    draft: ItemDraft, org: Organization, purpose: str, period: tuple[date, date], money: tuple[Decimal, str]
) -> None:
    """`Bijlage` with the agreement text; `money` is (value, kind) of the decision's main amount."""
    doc = draft.doc
    council: list[Person] = doc.council
    mayor = next(person for person in council if person.role == "burgemeester")
    representative = make_names(draft.rng, doc.phrases, 1)[0]
    own_name = org.aliases[0] if org.aliases else org.name
    value, kind = money
    draft.heading(doc.pick(("Bijlage", "(bijlage)", "Bijlage:")))
    draft.heading(f"Samenwerkingsovereenkomst tussen {doc.org(doc.city)} en {doc.org(org)}")
    draft.add("para", "Tussen de ondertekenden")
    draft.add("para", "Enerzijds")
    draft.add("para", f"{doc.org(doc.city)}, {_address(draft)}, vertegenwoordigd door {mayor.name}, burgemeester;")
    draft.add("para", f"Hierna “de {doc.local}” genoemd,")
    draft.add("para", "Anderzijds")
    draft.add("para", f"{doc.org(org)}, met maatschappelijke zetel te {_address(draft)}, vertegenwoordigd door {representative}, voorzitter;")
    draft.add("para", f"Hierna “{doc.org(org, own_name)}” genoemd,")
    draft.add("para", "Is overeengekomen wat volgt:")
    long = ("long",)
    money_text = draft.amount(value, kind)
    clauses = [
        ("Voorwerp", f"Deze overeenkomst regelt de samenwerking tussen de partijen voor {purpose}."),
        ("Duur", f"De overeenkomst loopt van {doc.date_text(period[0], long)} tot en met {doc.date_text(period[1], long)}."),
        ("Financiële bepalingen", f"De {doc.local} kent een jaarlijkse toelage toe van {money_text}." if kind == "annual"
         else f"De totale kostprijs voor de {doc.local} bedraagt {money_text}."),
        ("Opvolging en evaluatie", "Minstens eenmaal per jaar vindt een evaluatiegesprek plaats tussen de partijen."),
        ("Geschillen", "Beide partijen zullen alles in het werk stellen om geschillen in der minne te regelen."),
    ]  # fmt: skip
    for number, (label, text) in enumerate(clauses, start=1):
        draft.heading(f"Artikel {number}: {label}")
        draft.add("para", text)
    draft.add("para", f"Opgemaakt te {doc.municipality} in twee exemplaren, waarvan elke partij erkent er één te hebben ontvangen.")
