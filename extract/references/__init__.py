"""Earlier agreements a decision describes (Voorgeschiedenis, Feiten): `referenced_agreements`."""

from extract.references import components  # noqa: F401
