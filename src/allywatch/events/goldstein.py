"""Cooperation/conflict scores per event type (data/plover.yaml), for networks and GDELT-like exports."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..data import read_yaml


@lru_cache(maxsize=1)
def plover_types() -> dict[str, dict]:
    return read_yaml(resources.files("allywatch.data").joinpath("plover.yaml").read_text("utf-8"))["types"]


def goldstein(event_type: str, mode: str = "") -> float:
    spec = plover_types().get(event_type, {})
    return float(spec.get("modes", {}).get(mode, spec.get("goldstein", 0.0)))


def quad_class(event_type: str) -> int:
    return int(plover_types().get(event_type, {}).get("quad", 0))
