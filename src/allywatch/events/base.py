"""The extractor interface: a Document with sentences in, event mentions out.

The rule-based extractor is the default (2 CPU cores, no model); a learned or LLM-backed
extractor plugs in by registering under a name and implementing `extract`.
"""
from __future__ import annotations

from typing import Callable, Protocol

from ..records import Document, Event


class Extractor(Protocol):
    name: str

    def extract(self, doc: Document) -> list[Event]: ...


_REGISTRY: dict[str, Callable[[], Extractor]] = {}
_INSTANCES: dict[str, Extractor] = {}


def register(name: str, factory: Callable[[], Extractor]) -> None:
    _REGISTRY[name] = factory


def get_extractor(name: str = "rules") -> Extractor:
    """One instance per process (lexicons load once per worker)."""
    if name not in _INSTANCES:
        if name == "rules" and name not in _REGISTRY:
            from . import coder  # noqa: F401  (registers itself)
        if name not in _REGISTRY:
            raise KeyError(f"unknown extractor '{name}' (known: {', '.join(sorted(_REGISTRY)) or 'none'})")
        _INSTANCES[name] = _REGISTRY[name]()
    return _INSTANCES[name]
