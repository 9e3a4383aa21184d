"""The ONTOLOGY.md matching rule, the scores it gives, and cross-document event merging."""
from __future__ import annotations

import pytest

from allywatch.events.evaluate import date_exact, dates_agree, evaluate, matches
from allywatch.events.merge import merge_mentions


@pytest.mark.parametrize("pred,gold,agree", [
    ("2023-07-12", "2023-07-12", True),
    ("2023-07-13", "2023-07-12", True),            # day precision allows ±1 day
    ("2023-07-14", "2023-07-12", False),
    ("2022-07-12", "2023-07-12", False),           # years equal when both have one
    ("2023-07-12", "--07-12", True),               # month and day compared
    ("--07-13", "--07-12", True),
    ("--03-01", "--02-29", True),                  # ±1 day across a month end
    ("2023-07", "2023-07-30", True),               # month precision compares months
    ("2023-06", "2023-07-30", False),
    (None, "2023-07-12", True),                    # a null date never blocks
    ("2023-07-12", None, True),
    ("2019", "2019-08", True),
    ("2018", "2019-08", False),
    ("2023-12-31", "2024-01-01", True),            # ±1 day across a year end with full dates
])
def test_dates_agree(pred, gold, agree):
    assert dates_agree(pred, gold) is agree


@pytest.mark.parametrize("pred,gold,exact", [
    ("2023-07-12", "--07-12", True),               # an extra, inferred year is fine
    ("--07-12", "2023-07-12", False),              # the gold's year is missing
    (None, None, True),
    ("2023-07-12", None, False),                   # where the gold date is null only null is exact
    ("2023-07", "2023-07", True),
    ("2023-07-13", "2023-07-12", False),
])
def test_date_exact(pred, gold, exact):
    assert date_exact(pred, gold) is exact


def ev(doc, typ, source, target, date=None, **kw):
    return {"doc": doc, "event_type": typ, "source": source, "target": target, "date": date, **kw}


def test_actor_rule_two_shared_codes_or_equal_singletons():
    gold = ev("d", "CONSULT", ["KOR-GOV"], ["JPN-GOV", "AUS-GOV", "NZL-GOV"])
    assert matches(ev("d", "CONSULT", ["KOR"], ["JPN", "AP4"]), gold)          # shares KOR, JPN
    assert not matches(ev("d", "CONSULT", ["KOR"], ["NATO"]), gold)            # shares only KOR
    single = ev("d", "MOBILIZE", ["PRK-MIL"], [])
    assert matches(ev("d", "MOBILIZE", ["PRK"], []), single)
    assert not matches(ev("d", "MOBILIZE", ["PRK"], ["JPN"]), single)          # equal sets when one side has one
    assert not matches(ev("d", "ACCUSE", ["PRK"], []), single)                  # types must be equal


def test_matching_is_one_to_one_and_prefers_the_likest_pair():
    golds = [ev("d", "CONSULT", ["KOR"], ["USA"], "2023-01-05", trigger="会谈", sentence="甲"),
             ev("d", "CONSULT", ["KOR"], ["USA"], "2023-01-20", trigger="通话", sentence="乙")]
    preds = [ev("d", "CONSULT", ["KOR"], ["USA"], None, trigger="通话", sentence="乙"),
             ev("d", "CONSULT", ["KOR"], ["USA"], "2023-01-05", trigger="会谈", sentence="甲"),
             ev("d", "CONSULT", ["KOR"], ["USA"], "2023-01-05", trigger="会谈", sentence="甲")]
    result = evaluate(preds, golds)
    assert result["overall"]["tp"] == 2 and result["overall"]["predicted"] == 3
    assert result["overall"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["fields"]["date_exact"] == 0.5      # the null-dated prediction took the 20th


def test_predictions_outside_gold_documents_are_counted_not_scored():
    result = evaluate([ev("other", "CONSULT", ["KOR"], ["USA"])], [ev("d", "CONSULT", ["KOR"], ["USA"])])
    assert result["predictions_outside_gold_documents"] == 1
    assert result["overall"]["recall"] == 0.0 and result["overall"]["predicted"] == 0


def mention(mid, doc_hash, typ, source, target, date, precision="day", factuality="asserted", idx=0, **kw):
    return {"mention_id": mid, "doc_hash": doc_hash, "doc": doc_hash, "event_type": typ, "mode": "", "contexts": [],
            "source": source, "target": target, "date": date, "date_end": None, "date_precision": precision,
            "location": None, "factuality": factuality, "sentence_idx": idx, "doc_url": kw.get("url"),
            "doc_source": kw.get("site")}


def test_same_event_on_two_sites_merges_with_the_most_precise_date():
    ms = [mention("a:0", "a", "CONSULT", ["KOR-GOV"], ["USA-GOV"], "2023-04-26", url="https://x.cn/1"),
          mention("b:3", "b", "CONSULT", ["USA"], ["KOR"], "2023-04-27", url="https://y.com/2"),
          mention("c:1", "c", "CONSULT", ["KOR"], ["USA"], "2023-04", precision="month", url="https://y.com/3"),
          mention("d:0", "d", "CONSULT", ["KOR"], ["USA"], "2023-05-10", url="https://z.org/4")]
    events, links = merge_mentions(ms)
    assert links["a:0"] == links["b:3"] != links["d:0"]
    merged = next(e for e in events if e["event_id"] == links["a:0"])
    assert merged["num_mentions"] == 2 and merged["num_sources"] == 2 and merged["date"] == "2023-04-26"
    assert links["c:1"] not in (links["a:0"], links["d:0"])   # a month-only mention proves no day


def test_merge_does_not_depend_on_order_and_keeps_types_and_factuality_apart():
    ms = [mention("a:0", "a", "CONSULT", ["KOR"], ["USA"], "2023-04-26"),
          mention("b:0", "b", "CONSULT", ["KOR"], ["USA"], "2023-04-26", factuality="planned"),
          mention("c:0", "c", "AGREE", ["KOR"], ["USA"], "2023-04-26"),
          mention("d:0", "d", "CONSULT", ["USA"], ["KOR"], "2023-04-26")]
    first = merge_mentions(ms)
    second = merge_mentions(list(reversed(ms)))
    assert sorted(first[0], key=lambda e: e["event_id"]) == sorted(second[0], key=lambda e: e["event_id"])
    assert len(first[0]) == 3


def test_undated_mentions_merge_only_within_their_page():
    ms = [mention("a:0", "a", "MOBILIZE", ["PRK"], [], None, precision="unknown", idx=0),
          mention("b:0", "b", "MOBILIZE", ["PRK"], [], None, precision="unknown", idx=0)]
    events, links = merge_mentions(ms)
    assert len(events) == 2 and links["a:0"] != links["b:0"]
