"""Print the coder's unmatched predictions and missed gold events per document (development aid).

Usage: python scripts/dev_errors.py GOLD.jsonl --db STORE
"""
import argparse
import json

from allywatch.events.evaluate import date_exact, load_gold, match_events
from allywatch.store.duck import Store
from allywatch.store.export import mention_records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    golds = load_gold(args.gold)
    with Store(args.db, read_only=True) as store:
        preds = mention_records(store)
    for doc in sorted({g["doc"] for g in golds}):
        dp = [p for p in preds if p["doc"] == doc]
        dg = [g for g in golds if g["doc"] == doc]
        pairs = match_events(dp, dg)
        mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, p in enumerate(dp):
            if i not in mp:
                print(f"FP {doc.split('.')[0]} {p['event_type']} {p['source']}->{p['target']} {p['date']} 「{p['trigger']}」 {p['sentence'][:60]}")
        for j, g in enumerate(dg):
            if j not in mg:
                print(f"FN {doc.split('.')[0]} {g['event_type']} {g['source']}->{g['target']} {g['date']} 「{g['trigger']}」 {g['sentence'][:60]}")
        for i, j in pairs:
            p, g = dp[i], dg[j]
            diffs = [k for k in ("mode", "factuality") if (p.get(k) or None) != (g.get(k) or None)]
            if not date_exact(p.get("date"), g.get("date")):
                diffs.insert(0, "date")
            if diffs:
                print(f"~~ {doc.split('.')[0]} {g['event_type']} " + " ".join(f"{k}: {p.get(k)!r} vs gold {g.get(k)!r}" for k in diffs))


if __name__ == "__main__":
    main()
