"""The goal rules on short real passages (Mechelen seeds and 2025 minutes, Aalst, Nazareth)."""

from __future__ import annotations

import pytest

from extract.goals.draft import Problem, own_sentences
from extract.goals.layout import running_headers
from extract.goals.passage import passage_to_goals
from extract.goals.sentences import split_sentences
from schema.vocab import GoalLevel


def goals_of(text: str) -> list[tuple[str | None, str, str, str | None]]:
    return [(d.number, d.level.value, d.text, d.parent) for d in passage_to_goals(text)]


# -- announced lists ---------------------------------------------------------------------------

SEED_000 = """• In het kader van de overeenkomst verbindt Arktos zich er toe voor de uitvoering van de 

opdracht ‘Begeleiding bijzondere leerplek Mechelen’ in te zetten op onderstaande 
doelstellingen: 
- Ontwikkelen van de bijzondere leerplek, een (nieuw) aanbod voor jongeren die 

(tijdelijk) geen aansluiting vinden in het regulier onderwijs 
- Netwerken rondom jongeren en de leerplek uitbouwen, met professionele zorgverleners 
en vrijwilligers. 

• De overeenkomst tussen de stad en Arktos Antwerpen vzw werd teruggekoppeld. 
"""


def test_announced_objectives_of_an_agreement_mechelen() -> None:
    found = goals_of(SEED_000)
    assert [(number, level) for number, level, _, _ in found] == [(None, "doelstelling")] * 2
    assert found[0][2].endswith("(tijdelijk) geen aansluiting vinden in het regulier onderwijs")


AALST_14 = """De zes strategische doelstellingen die het museum komende beleidsperiode (2024-2028) wil realiseren zijn gebaseerd op de vijf kerntaken:
’t Gasthuys voert een hedendaags beleid op vlak van collectievorming, -waardering en –zorg.
’t Gasthuys zet hedendaagse erfgoedprojecten op die relevant zijn voor stad en regio voor verschillende doelgroepen.
Motivering
Dienst Juridische zaken: gunstig advies, werd nagelezen
"""


def test_announced_strategic_goals_one_per_line_aalst() -> None:
    found = goals_of(AALST_14)
    assert [level for _, level, _, _ in found] == ["strategisch", "strategisch"]
    assert found[0][2] == "’t Gasthuys voert een hedendaags beleid op vlak van collectievorming, -waardering en –zorg."


MECHELEN_44 = """exploitatiemaatschappij, de opdracht wordt gegeven voor:
\uf0b7 het coördineren van een warmtestudie,
\uf0b7 het ontwerp en de aanleg van een warmtenet,
\uf0b7 het toewijzen van energievolumes op het net.
De opdrachthoudende vereniging Fluvius Zenne-Dijle zal de aanleg van het warmtenet laten
"""


def test_announced_tasks_of_an_assignment_mechelen_2025() -> None:
    assert [(level, text) for _, level, text, _ in goals_of(MECHELEN_44)] == [
        ("actie", "het coördineren van een warmtestudie,"),
        ("actie", "het ontwerp en de aanleg van een warmtenet,"),
        ("actie", "het toewijzen van energievolumes op het net."),
    ]


@pytest.mark.parametrize(
    "passage",
    [
        # Mechelen 2025, item 33: the statutory aims of an organisation.
        "erkend door Vlaanderen (decreet van 6 maart 2009). Haar doelstellingen zijn:\n- het promoten van de stad;\n",
        # Mechelen 2025, item 47: works carried out for someone's account, not tasks set out.
        "\uf0b7 Een gedeelte van de werken wordt evenwel uitgevoerd voor rekening van:\n- Pidpa;\n",
        # A report of what was done.
        "In 2023 werden volgende acties ondernomen:\n- een infomoment;\n- een bevraging.\n",
    ],
)
def test_lists_that_are_not_goals(passage: str) -> None:
    assert goals_of(passage) == []


def test_an_announcement_without_items_is_reported() -> None:
    problems: list[Problem] = []
    assert passage_to_goals("De stad zet in op volgende doelstellingen:\n\n", problems=problems) == []
    assert [p.message for p in problems] == ["goal list announced but no item read"]


# -- labels and action plans -------------------------------------------------------------------

SEED_001 = """- Doelstelling 2: Informeren en adviseren van CLB-medewerkers over 

trajectmogelijkheden voor jongeren door:  
 o het zorgen van de dispatching van aanmeldingen naar de NAFT-aanbieders; 

o het aanbieden van consulting (in complexe dossiers). 

- Doelstelling 3: Zorgen voor trajectopvolging van weggezonden en uitgesloten jongeren 

i.s.m. de bemiddelings- en oriënteringscel. 
"""


def test_numbered_objectives_with_sub_bullets() -> None:
    assert goals_of(SEED_001) == [
        (
            "2",
            "doelstelling",
            "Informeren en adviseren van CLB-medewerkers over trajectmogelijkheden voor jongeren door: het "
            "zorgen van de dispatching van aanmeldingen naar de NAFT-aanbieders; het aanbieden van consulting "
            "(in complexe dossiers).",
            None,
        ),
        (
            "3",
            "doelstelling",
            "Zorgen voor trajectopvolging van weggezonden en uitgesloten jongeren i.s.m. de bemiddelings- en "
            "oriënteringscel.",
            None,
        ),
    ]


SEED_003 = """Traject 2: In een tweede traject ligt de focus op arbeidsgerichte attitudeversterking bij de wijk-
werkers. Hiervoor worden de wijk-werkers bevraagd waar hun noden en drempels liggen via 
focusgroepen of via een-op-een-gesprekken. De voorkeur gaat uit naar een-op-een-
gesprekken die kaderen binnen de begeleiding van de wijk-werker.  

Traject 3: In dit traject wordt uitgezocht hoe ervaren wijk-werkers in contact kunnen komen 
met de nieuwe wijk-werkers en hun vooruitgang kunnen delen met elkaar. Hiermee trachten 
we de wijk-werkers zelf te versterken, vertrekkend vanuit hun eigen leefwereld. 
"""


def test_traject_labels_keep_their_own_sentences() -> None:
    assert goals_of(SEED_003) == [
        (
            "2",
            "actie",
            "In een tweede traject ligt de focus op arbeidsgerichte attitudeversterking bij de wijk-werkers. "
            "Hiervoor worden de wijk-werkers bevraagd waar hun noden en drempels liggen via focusgroepen of "
            "via een-op-een-gesprekken.",
            None,
        ),
        (
            "3",
            "actie",
            "In dit traject wordt uitgezocht hoe ervaren wijk-werkers in contact kunnen komen met de nieuwe "
            "wijk-werkers en hun vooruitgang kunnen delen met elkaar.",
            None,
        ),
    ]


def test_own_sentences_drops_an_aim_sentence_and_later_elaboration() -> None:
    assert own_sentences("Eerst dit. Dan dat. En nog meer.") == "Eerst dit. Dan dat."
    assert own_sentences("Eerst dit. Hiermee willen we iets.") == "Eerst dit."
    assert split_sentences("Opvolging i.s.m. de cel. Nr. 5 volgt. Klaar.") == [
        "Opvolging i.s.m. de cel.",
        "Nr. 5 volgt.",
        "Klaar.",
    ]


SEED_002 = """Strategische doelstelling 1:  

Ondersteunen van scholen in het creëren van aangename 

leer- en leefomgevingen.  

• Via volgende acties:  
  2.1. Actieplan - acties 

2.1.1 Mechelen coördineert het overlegplatform leerrecht en    

           de daaruit startende werkgroepen.    
 2.1. Actieplan – acties (vervolg) 

2.1.2.  Casusoverleg organiseren i.v.m. jongeren@risk  
 2.2. Overlegplatform Leerrecht  

• Het doel van het Overlegplatform Leerrecht: 
    - opstarten van samenwerkingsverbanden m.b.t. schooluitval. 
 2.2. Overlegplatform Leerrecht  
"""


def test_action_plan_actions_fall_under_their_strategic_goal() -> None:
    assert running_headers(SEED_002) == {"2.1. actieplan - acties", "2.2. overlegplatform leerrecht"}
    found = goals_of(SEED_002)
    assert [(number, level, parent) for number, level, _, parent in found] == [
        ("SD1", "strategisch", None),
        ("2.1.1", "actie", "SD1"),
        ("2.1.2", "actie", "SD1"),
    ]
    assert found[1][2] == "Mechelen coördineert het overlegplatform leerrecht en de daaruit startende werkgroepen."


def test_general_goals_numbered_and_unnumbered() -> None:
    text = (
        "     Twee algemene doelstellingen:  \n\n 1. Elke jongere tot aan de meet \n\n 2. Samen tegen schooluitval \n\n"
        "• Goedgekeurd door het college van \n\n"
        "• Algemene doelstelling:  \n \nVanuit een gezamenlijke verantwoordelijkheid de \n\n"
        "gekwalificeerde uitstroom verhogen.  \n 2.1. Actieplan  \n"
    )
    assert goals_of(text) == [
        ("1", "algemeen", "Elke jongere tot aan de meet", None),
        ("2", "algemeen", "Samen tegen schooluitval", None),
        (None, "algemeen", "Vanuit een gezamenlijke verantwoordelijkheid de gekwalificeerde uitstroom verhogen.", None),
    ]


# -- purpose blocks ------------------------------------------------------------------------------

MECHELEN_8 = """dat het vooropgestelde doel bereikt is.
Doel:
Huis aan Huis
- Doelstelling 1: onder bescherming opsporen en aanpakken via de huis-aan-huis-methodiek
- Doelstelling 2: empoweren van de doelgroep en hun stem laten horen
Naam organisatie: Special Olympics Soort boekhouding: dubbele boekhouding
Doelstelling 1: Sport voor iedereen toegankelijk maken.
"""


def test_an_organisations_stated_purpose_is_no_goal_of_the_decision() -> None:
    assert goals_of(MECHELEN_8) == [("1", "doelstelling", "Sport voor iedereen toegankelijk maken.", None)]


# -- commitment sentences ------------------------------------------------------------------------

AALST_13 = """Bestemming van de financiële steun

De steun van het Fonds zal specifiek gebruikt worden voor de restauratie van één van de twee predella schilderijen. Het restauratieproject wordt toevertrouwd aan het KIK. Ter ondersteuning van dit project, verbindt het Fonds zich tot overschrijving van een bedrag ten belope van 18.769 euro.
Verslag en communicatie
De begunstigde verbindt zich ertoe het Fonds op de hoogte te houden van de vooruitgang van de werken. De begunstigde zal aan het Fonds zijn logo bezorgen.
Bij de aanvraag van het fonds heeft de stad Aalst zich geëngageerd tot het organiseren van een studiedag voor experten.
"""


def test_grant_purpose_and_commitments_aalst() -> None:
    assert goals_of(AALST_13) == [
        (None, "doelstelling", "De steun van het Fonds zal specifiek gebruikt worden voor de restauratie van één van de twee predella schilderijen.", None),
        (None, "actie", "De begunstigde verbindt zich ertoe het Fonds op de hoogte te houden van de vooruitgang van de werken.", None),
        (None, "actie", "De begunstigde zal aan het Fonds zijn logo bezorgen.", None),
        (None, "actie", "Bij de aanvraag van het fonds heeft de stad Aalst zich geëngageerd tot het organiseren van een studiedag voor experten.", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Aalst 14: a promise to comply with rules.
        "Het Stedelijk Museum Aalst engageert zich om te voldoen aan de principes van goed bestuur.",
        # Nazareth: a promise to subsidise is an amount.
        "Het gemeentebestuur verbindt er zich toe om voor de periode vanaf 1 januari 2026 deze "
        "toegangsgelden te subsidiëren middels de toekenning van prijssubsidies.",
        # Mechelen 2025 (TP item): an article of a proposed decision.
        "Artikel 1: Het stadsbestuur engageert zich om een uitgebreid plaatsbezoek te brengen.",
        # Mechelen seed 003: executing the agreement itself.
        "Beide partijen verbinden zich ertoe de bepalingen van deze overeenkomst te goeder trouw uit te voeren.",
        # Mechelen 2025, item 8: it announces a list (and sits in a purpose block).
        "Concreet heeft Jeugdzorg Emmaüs regio Mechelen zich geëngageerd om :",
    ],
)
def test_commitments_that_are_not_goals(sentence: str) -> None:
    assert goals_of(f"Feiten en context\n{sentence}\n") == []


def test_levels_are_the_contract_vocabulary() -> None:
    assert {draft.level for draft in passage_to_goals(AALST_13)} <= set(GoalLevel)


def test_actions_end_at_the_first_line_that_is_no_action() -> None:
    text = (
        "Doelstelling 1: Spijbelen terugdringen.\n"
        "1.1 Een affichecampagne organiseren.\n"
        "1.2 Politionele spijbelactie ondersteunen.\n"
        "De evaluatie volgt in juni.\n"
        "1.3 Dit nummer hoort bij een ander overzicht.\n"
    )
    assert [(number, level, parent) for number, level, _, parent in goals_of(text)] == [
        ("1", "doelstelling", None),
        ("1.1", "actie", "1"),
        ("1.2", "actie", "1"),
    ]


def test_commitments_listed_under_the_committing_sentence() -> None:
    text = "Arktos verbindt zich ertoe om:\n- jongeren te begeleiden;\n- een netwerk uit te bouwen.\nMotivering\n"
    assert [(level, text) for _, level, text, _ in goals_of(text)] == [
        ("actie", "jongeren te begeleiden;"),
        ("actie", "een netwerk uit te bouwen."),
    ]
