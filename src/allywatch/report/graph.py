"""The alliance network: merged events → a NetworkX graph of countries and organisations.

Nodes are actor codes with the sector dropped (`KOR-MIL` → `KOR`, `NATO-MIL` → `NATO`); an edge joins
two actors of one event (each source with each target; when an event lists only sources — a
symmetric act such as talks — every pair of them). Edges carry the number of events, the mean
Goldstein-style score of those events (data/plover.yaml), cooperative/conflictual counts and the
ids of the events behind them. The same graph feeds `allywatch export graph` (GraphML, GEXF) and the
web app's network page.
"""
from __future__ import annotations

import re
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from ..events.goldstein import goldstein, quad_class
from ..store.duck import Store
from ..store.export import event_filters

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(value: str | None, name: str = "date") -> str | None:
    """An ISO date filter (YYYY, YYYY-MM or YYYY-MM-DD) or None; anything else is a usage error."""
    if value is None or value == "":
        return None
    from ..cli import UsageError

    m = _DATE.match(value.strip())
    if m:
        y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        try:
            date(y, mo, d)
            return value.strip()
        except ValueError:
            pass
    raise UsageError(f"{name}: '{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-07-12)")


def country_of(code: str) -> str:
    """Actor code without its sector: KOR-MIL → KOR, NATO-MIL → NATO."""
    return code.split("-")[0]


def date_sort_key(d: str | None) -> tuple[int, str]:
    """Sort key, ascending = older: dates with a year, then year-less month-days, then no date first."""
    if not d:
        return (0, "")
    if d.startswith("--"):
        return (1, d)
    return (2, d)


def load_events(store: Store, ids: list[str] | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Merged events that have at least one current mention matching the filters (see
    `store.export.event_filters`), or the events with the given ids, with their documents, scores and
    countries, ordered by event id."""
    if ids is not None:
        rows = store.rows("SELECT * FROM events WHERE list_contains(?, event_id) ORDER BY event_id", [list(ids)])
    else:
        where, params = event_filters(**{k: v for k, v in filters.items() if v not in (None, "")})
        rows = store.rows(
            f"SELECT e.* FROM events e WHERE e.event_id IN "
            f"(SELECT m.event_id FROM current_mentions m WHERE {where} AND m.event_id IS NOT NULL) "
            f"ORDER BY e.event_id", params)
    if not rows:
        return []
    ids = [r["event_id"] for r in rows]
    docs: dict[str, list[dict[str, Any]]] = {}
    for d in store.rows(
            "SELECT m.event_id, d.doc_id, d.hash, d.url, d.title, d.published, min(m.sentence_idx) AS first_sentence, "
            "count(*) AS mentions FROM current_mentions m JOIN current_documents d ON d.hash = m.doc_hash "
            "WHERE list_contains(?, m.event_id) GROUP BY ALL ORDER BY m.event_id, d.doc_id", [ids]):
        docs.setdefault(d.pop("event_id"), []).append(d)
    events = []
    for r in rows:
        r = dict(r)
        for key in ("contexts", "source", "target"):
            r[key] = list(r.get(key) or [])
        r["goldstein"] = goldstein(r["event_type"], r.get("mode") or "")
        r["quad_class"] = quad_class(r["event_type"])
        r["docs"] = docs.get(r["event_id"], [])
        r["num_reports"] = len(r["docs"])
        r["countries"] = sorted({country_of(c) for c in r["source"] + r["target"]})
        events.append(r)
    return events


def event_pairs(event: dict[str, Any]) -> list[tuple[str, str]]:
    """Undirected actor pairs (sector dropped, sorted) an event links."""
    src = sorted({country_of(c) for c in event["source"]})
    tgt = sorted({country_of(c) for c in event["target"]})
    pairs = set()
    if tgt:
        pairs = {tuple(sorted((a, b))) for a in src for b in tgt if a != b}
    else:
        pairs = {tuple(sorted(p)) for p in combinations(src, 2)}
    return sorted(pairs)


def tone(mean: float) -> str:
    return "cooperative" if mean > 0 else "conflictual" if mean < 0 else "neutral"


def build_graph(store: Store, since: str | None = None, until: str | None = None, **filters: Any) -> nx.Graph:
    from .digest import names

    events = load_events(store, since=since, until=until, **filters)
    label = names()
    g = nx.Graph(name="allywatch actor network", since=since or "", until=until or "")
    edges: dict[tuple[str, str], list[dict[str, Any]]] = {}
    node_events: dict[str, int] = {}
    for ev in events:
        for c in ev["countries"]:
            node_events[c] = node_events.get(c, 0) + 1
        for pair in event_pairs(ev):
            edges.setdefault(pair, []).append(ev)
    for code in sorted(node_events):
        g.add_node(code, label=label.actor(code), kind="country" if label.is_country(code) else "organization",
                   events=node_events[code])
    for (a, b), evs in sorted(edges.items()):
        scores = [e["goldstein"] for e in evs]
        mean = round(sum(scores) / len(scores), 3)
        g.add_edge(a, b, weight=len(evs), goldstein=mean, tone=tone(mean),
                   cooperative=sum(1 for s in scores if s > 0), conflictual=sum(1 for s in scores if s < 0),
                   types=" ".join(sorted({e["event_type"] for e in evs})),
                   events=" ".join(sorted(e["event_id"] for e in evs)))
    return g


def graph_json(g: nx.Graph) -> dict[str, Any]:
    """Nodes and edges as plain JSON (the web API's shape)."""
    nodes = [{"id": n, **attrs} for n, attrs in g.nodes(data=True)]
    edges = [{"source": a, "target": b, **{k: v for k, v in attrs.items() if k != "events"},
              "event_ids": attrs["events"].split()} for a, b, attrs in g.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


def write_graph(store: Store, output: str | Path, fmt: str, since: str | None = None, until: str | None = None) -> int:
    """Write the actor network as GraphML or GEXF; returns the number of edges."""
    g = build_graph(store, since=check_date(since, "--since"), until=check_date(until, "--until"))
    if fmt == "graphml":
        nx.write_graphml(g, str(output), encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(g, str(output), encoding="utf-8", prettyprint=True)
    else:
        raise ValueError(f"unknown graph format '{fmt}' (graphml, gexf)")
    return g.number_of_edges()
