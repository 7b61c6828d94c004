"""The folder layout is the architecture: each stage imports only the stages below it.

schema (foundation) ← ingest ← extract ← kb ← render (presentation and the CLI). A back-import
(e.g. extract importing kb, or kb importing render) fails here, and so does a module over the size
cap, which keeps modules small enough to read in one sitting.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import REPO

LAYERS = ["schema", "ingest", "extract", "kb", "render"]
ALLOWED = {name: set(LAYERS[: index + 1]) for index, name in enumerate(LAYERS)}
MAX_LINES = 600


def _modules() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (REPO / layer).rglob("*.py"))


def _imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(LAYERS)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_module_imports_only_lower_layers(path: Path) -> None:
    layer = path.relative_to(REPO).parts[0]
    forbidden = _imported_packages(path) - ALLOWED[layer]
    assert not forbidden, f"{path.relative_to(REPO)} ({layer}) imports higher layer(s) {sorted(forbidden)}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_module_stays_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(REPO)} has {lines} lines (cap {MAX_LINES}): split it by concept"
