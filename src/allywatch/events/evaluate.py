"""Score predicted events against a gold file with the matching rule of ONTOLOGY.md.

A prediction matches a gold event of the same document when the types are equal, the actor
codes (sectors dropped) share two codes — or are equal when either side has one — and the
dates agree where both are given. Each gold event matches at most one prediction: a maximum
bipartite matching that prefers the likest pairs (scipy's assignment solver on a score that
counts a match first and similarity second). Only documents that appear in the gold file are
scored; predictions on other documents are counted and reported, not scored.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

Parts = tuple[int | None, int | None, int | None]


def date_parts(value: str | None) -> Parts | None:
    """'2023-07-12' → (2023,7,12); '2019-07' → (2019,7,None); '--01-06' → (None,1,6); '--11' → (None,11,None)."""
    if not value:
        return None
    if value.startswith("--"):
        bits = value[2:].split("-")
        return None, int(bits[0]), int(bits[1]) if len(bits) > 1 and bits[1] else None
    bits = value.split("-")
    return int(bits[0]), int(bits[1]) if len(bits) > 1 else None, int(bits[2]) if len(bits) > 2 else None


def _day_distance(a: Parts, b: Parts) -> int:
    if a[0] is not None and b[0] is not None:
        return abs(date(a[0], a[1], a[2]).toordinal() - date(b[0], b[1], b[2]).toordinal())
    # month-day without a year: compare within a leap year so Feb 29 exists
    return abs(date(2000, a[1], a[2]).toordinal() - date(2000, b[1], b[2]).toordinal())


def dates_agree(pred: str | None, gold: str | None) -> bool:
    p, g = date_parts(pred), date_parts(gold)
    if p is None or g is None:
        return True  # a null date never blocks
    if None not in p and None not in g:
        return _day_distance(p, g) <= 1  # two full dates: ±1 day
    if p[0] is not None and g[0] is not None and p[0] != g[0]:
        return False  # years equal when both have one
    if p[1] is None or g[1] is None:
        return True
    if p[2] is not None and g[2] is not None:
        return _day_distance(p, g) <= 1
    return p[1] == g[1]  # month precision compares months


def date_exact(pred: str | None, gold: str | None) -> bool:
    g, p = date_parts(gold), date_parts(pred)
    if g is None:
        return p is None
    if p is None:
        return False
    return all(gv is None or gv == pv for gv, pv in zip(g, p))


def countries(codes: list[str]) -> set[str]:
    return {c.split("-", 1)[0] for c in codes}


def actors_agree(pred: dict, gold: dict) -> bool:
    p = countries(pred["source"] + pred["target"])
    g = countries(gold["source"] + gold["target"])
    if len(p) <= 1 or len(g) <= 1:
        return p == g
    return len(p & g) >= 2


def matches(pred: dict, gold: dict) -> bool:
    return (pred["event_type"] == gold["event_type"] and actors_agree(pred, gold)
            and dates_agree(pred.get("date"), gold.get("date")))


def _jaccard(a: list[str], b: list[str]) -> float:
    sa, sb = set(a or []), set(b or [])
    return 1.0 if not sa and not sb else len(sa & sb) / len(sa | sb)


def similarity(pred: dict, gold: dict) -> float:
    pa, ga = countries(pred["source"] + pred["target"]), countries(gold["source"] + gold["target"])
    trigger_overlap = len(set(pred.get("trigger") or "") & set(gold.get("trigger") or "")) / max(1, len(set(gold.get("trigger") or "")))
    same_sentence = float(bool(pred.get("sentence")) and bool(gold.get("sentence")) and
                          _char_overlap(pred["sentence"], gold["sentence"]) > 0.5)
    return (len(pa & ga) / max(1, len(pa | ga)) + date_exact(pred.get("date"), gold.get("date"))
            + (pred.get("mode") == gold.get("mode")) + trigger_overlap + 2 * same_sentence)


def _char_overlap(a: str, b: str) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def match_events(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """Indices (pred, gold) of the maximum matching that prefers the likest pairs."""
    if not preds or not golds:
        return []
    score = np.zeros((len(preds), len(golds)))
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if matches(p, g):
                score[i, j] = 1000.0 + similarity(p, g)
    rows, cols = linear_sum_assignment(score, maximize=True)
    return [(i, j) for i, j in zip(rows, cols) if score[i, j] > 0]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(preds: list[dict], golds: list[dict]) -> dict[str, Any]:
    gold_docs = {g["doc"] for g in golds}
    scored = [p for p in preds if p["doc"] in gold_docs]
    by_doc_pred, by_doc_gold = defaultdict(list), defaultdict(list)
    for p in scored:
        by_doc_pred[p["doc"]].append(p)
    for g in golds:
        by_doc_gold[g["doc"]].append(g)
    pairs = []
    for doc in gold_docs:
        dp, dg = by_doc_pred[doc], by_doc_gold[doc]
        pairs += [(dp[i], dg[j]) for i, j in match_events(dp, dg)]
    types = sorted({g["event_type"] for g in golds} | {p["event_type"] for p in scored})
    per_type = {t: _prf(sum(1 for p, _ in pairs if p["event_type"] == t),
                        sum(1 for p in scored if p["event_type"] == t),
                        sum(1 for g in golds if g["event_type"] == t)) for t in types}
    n = len(pairs)
    fields = {
        "date_exact": sum(date_exact(p.get("date"), g.get("date")) for p, g in pairs) / n if n else 0.0,
        "actor_set_exact": sum(countries(p["source"] + p["target"]) == countries(g["source"] + g["target"])
                               for p, g in pairs) / n if n else 0.0,
        "mode": sum((p.get("mode") or "") == (g.get("mode") or "") for p, g in pairs) / n if n else 0.0,
        "factuality": sum(p.get("factuality") == g.get("factuality") for p, g in pairs) / n if n else 0.0,
        "contexts_jaccard": sum(_jaccard(p.get("contexts"), g.get("contexts")) for p, g in pairs) / n if n else 0.0,
    }
    return {
        "overall": _prf(n, len(scored), len(golds)),
        "per_type": per_type,
        "fields": {k: round(v, 4) for k, v in fields.items()},
        "documents_scored": sorted(gold_docs),
        "predictions_outside_gold_documents": len(preds) - len(scored),
    }


def format_report(result: dict[str, Any]) -> str:
    o = result["overall"]
    lines = [f"events: precision {o['precision']:.3f}  recall {o['recall']:.3f}  F1 {o['f1']:.3f}  "
             f"(matched {o['tp']}, predicted {o['predicted']}, gold {o['gold']})",
             "", f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]
    for t, s in result["per_type"].items():
        lines.append(f"{t:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['tp']:>4} {s['predicted']:>5} {s['gold']:>5}")
    lines += ["", "field accuracy on matched pairs:"]
    lines += [f"  {k:<17} {v:.3f}" for k, v in result["fields"].items()]
    lines.append(f"\nscored {len(result['documents_scored'])} gold documents; "
                 f"{result['predictions_outside_gold_documents']} predictions on other documents not scored")
    return "\n".join(lines)
