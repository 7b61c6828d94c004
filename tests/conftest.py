"""Shared fixtures: the bundled corpus, and the real development corpus in ../shared (optional)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEEDS_TXT = CORPUS / "seeds" / "txt"
SEEDS_PDF = CORPUS / "seeds" / "pdf"
GOLD_SEEDS_TXT = CORPUS / "gold" / "seeds" / "txt"
GOLD_SEEDS_PDF = CORPUS / "gold" / "seeds" / "pdf"
SHARED = Path(os.environ.get("BESLUITENBANK_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` (third-party real documents); tests using it skip cleanly when it is absent."""
    if not (SHARED / "corpus-real").is_dir():
        pytest.skip(f"real development corpus not found at {SHARED}")
    return SHARED


def seed_path(prefix: str) -> Path:
    """The seed text whose file name starts with `prefix` (e.g. `003`)."""
    return next(SEEDS_TXT.glob(f"{prefix}_*.txt"))
