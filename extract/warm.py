"""Importing this module readies the extract components: `warm_up` runs once at import.

The components load what they need on first use: spaCy's blank Dutch tokenizer (half a second),
the vocabularies, hundreds of compiled patterns. A batch worker would pay that on its first file.
`kb.workers` preloads this module in its fork server, so every worker it forks starts with all of
it loaded (and shares those pages with its siblings). Extraction results do not depend on it.
"""

from __future__ import annotations

from extract.pipeline import extract_document
from schema.source import SourceDocument, join_pages

_PAGES = [
    "GEMEENTERAAD\nNotulen van de zitting van 3 februari 2025\n\n"
    "Samenstelling\nAanwezig: Jan Peeters, voorzitter; An Janssens, schepen\n\n"
    "1. Goedkeuring samenwerkingsovereenkomst met Voorbeeld vzw 2025-2027\n\n"
    "Voorgeschiedenis\nBeslissing van het college van burgemeester en schepenen van 13 januari 2025.\n\n"
    "Feiten en argumentatie\nDe stad verleent een subsidie van € 12.500,00 per jaar aan Voorbeeld vzw.\n"
    "De begunstigde verbindt zich ertoe jaarlijks een verslag te bezorgen.\n\n"
    "Financiële gevolgen\nBudgetsleutel 0750-00/6493000/BESTUUR/CBS/0/IP-GEEN: € 12.500,00\n\n"
    "Besluit\nGoedgekeurd met 20 stemmen voor, 5 stemmen tegen en 2 onthoudingen.\n"
    "Artikel 1\nDe gemeenteraad keurt de overeenkomst goed voor de periode van 1 januari 2025 tot en met "
    "31 december 2027.\n",
    "Mechelen, 4 februari 2025\nDe algemeen directeur\n",
]


def warm_up() -> None:
    """Extract a small made-up document once; never raises (a worker must start regardless)."""
    try:
        text, pages = join_pages(_PAGES)
        extract_document(
            SourceDocument(name="warm-up.txt", path="warm-up.txt", sha256="0" * 64, kind="txt", text=text, pages=pages)
        )
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass


warm_up()
