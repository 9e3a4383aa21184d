"""The actor network: nodes without sectors, weighted edges, Goldstein tone, GraphML/GEXF export."""
from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest

from allywatch.report.graph import build_graph, event_pairs, graph_json, write_graph
from allywatch.store.duck import Store
from synthetic_store import build_store


@pytest.fixture()
def store(tmp_path):
    with Store(build_store(tmp_path / "g.duckdb"), read_only=True) as s:
        yield s


def test_pairs():
    assert event_pairs({"source": ["KOR-MIL", "NATO-MIL"], "target": []}) == [("KOR", "NATO")]
    assert event_pairs({"source": ["USA-GOV", "KOR-GOV", "JPN"], "target": []}) == [("JPN", "KOR"), ("JPN", "USA"), ("KOR", "USA")]
    assert event_pairs({"source": ["PRK-DIP"], "target": ["USA", "KOR-MIL", "PRK"]}) == [("KOR", "PRK"), ("PRK", "USA")]
    assert event_pairs({"source": ["PRK"], "target": []}) == []


def test_graph(store):
    g = build_graph(store)
    assert sorted(g.nodes) == ["JPN", "KOR", "NATO", "PRK", "USA"]  # sectors dropped: KOR-GOV, KOR-MIL, NATO-MIL
    assert g.nodes["NATO"] == {"label": "北约", "kind": "organization", "events": 2}
    assert g.nodes["KOR"]["kind"] == "country" and g.nodes["KOR"]["events"] == 3
    kn = g.edges["KOR", "NATO"]
    # the summit (2 mentions merged into one event, score 3.0) and the call (1.0)
    assert kn["weight"] == 2 and kn["goldstein"] == 2.0 and kn["tone"] == "cooperative"
    assert kn["cooperative"] == 2 and kn["conflictual"] == 0 and kn["types"] == "CONSULT"
    assert g.edges["KOR", "PRK"]["tone"] == "conflictual" and g.edges["KOR", "PRK"]["goldstein"] == -2.0
    assert g.number_of_edges() == 4


def test_date_filter(store):
    g = build_graph(store, since="2023-07", until="2023-07")
    assert list(g.edges) == [("KOR", "NATO")] and g.edges["KOR", "NATO"]["weight"] == 1
    assert build_graph(store, since="2030").number_of_nodes() == 0


def test_json_shape(store):
    data = graph_json(build_graph(store))
    edge = next(e for e in data["edges"] if {e["source"], e["target"]} == {"KOR", "NATO"})
    assert len(edge["event_ids"]) == 2 and "events" not in edge


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_writers_round_trip(store, tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    assert write_graph(store, out, fmt) == 4
    g = reader(out)
    assert g.number_of_edges() == 4
    assert float(g.edges["KOR", "NATO"]["weight"]) == 2
    assert g.nodes["KOR"]["label"] == "韩国"


def test_graphml_deterministic(store, tmp_path):
    write_graph(store, tmp_path / "a.graphml", "graphml")
    write_graph(store, tmp_path / "b.graphml", "graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()


def test_cli_export_graph(tmp_path):
    db = build_store(tmp_path / "cli.duckdb")
    exe = [sys.executable, "-c", "import sys; from allywatch.cli import main; sys.exit(main())"]
    out = tmp_path / "g.gexf"
    r = subprocess.run(exe + ["export", "graph", "--db", str(db), "--format", "gexf", "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "wrote 4 edges" in r.stderr and nx.read_gexf(out).number_of_nodes() == 5
    r = subprocess.run(exe + ["export", "graph", "--db", str(db), "--format", "graphml", "--since", "2023-99",
                              "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "--since: '2023-99' is not a date" in r.stderr
