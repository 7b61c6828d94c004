"""A small registry of extract components with declared contracts.

A component is a function `(ExtractionContext) -> None` registered under a name with what it
`requires` (names of facts earlier components must have assigned) and what it `assigns`. The
pipeline order is one explicit list (`extract/pipeline.py`); `check_order` verifies at start-up
that every requirement is assigned by an earlier component, so a reordering mistake fails loudly
instead of producing empty fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.context import ExtractionContext

ComponentFn = Callable[[ExtractionContext], None]

BUILTIN_FACTS = frozenset({"source", "text"})


@dataclass(frozen=True)
class Component:
    name: str
    fn: ComponentFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, Component] = {}


def component(name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()) -> Callable[[ComponentFn], ComponentFn]:
    """Register `fn` as the component `name`; a duplicate name is an error."""

    def register(fn: ComponentFn) -> ComponentFn:
        if name in REGISTRY:
            raise ValueError(f"extract component {name!r} is registered twice")
        REGISTRY[name] = Component(name, fn, tuple(requires), tuple(assigns))
        return fn

    return register


def check_order(order: Sequence[str]) -> list[Component]:
    """The components of `order`, after checking each one's requirements are met before it runs."""
    available = set(BUILTIN_FACTS)
    components: list[Component] = []
    for name in order:
        if name not in REGISTRY:
            raise ValueError(f"extract pipeline names unknown component {name!r}; known: {sorted(REGISTRY)}")
        comp = REGISTRY[name]
        missing = [fact for fact in comp.requires if fact not in available]
        if missing:
            raise ValueError(f"extract component {name!r} requires {missing}, not assigned by any earlier component")
        available.update(comp.assigns)
        components.append(comp)
    return components
