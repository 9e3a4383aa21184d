"""Record views over the store, and writers for JSON Lines, CSV and Parquet.

Exports read the same query functions the CLI, web API and digest use, so a field means the
same thing everywhere.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..events.goldstein import goldstein, quad_class
from ..ingest.decode import to_simplified
from .duck import Store

ONTOLOGY_FIELDS = ["event_type", "mode", "contexts", "source", "target", "date", "date_end", "date_precision",
                   "location", "factuality", "doc", "sentence", "span", "trigger"]


def document_records(store: Store) -> list[dict[str, Any]]:
    docs = store.rows("SELECT hash, doc_id, title, published, url, clean_text FROM current_documents ORDER BY doc_id")
    removed: dict[str, list] = {}
    for row in store.rows("SELECT doc_hash, text, reason FROM removed_spans ORDER BY doc_hash, idx"):
        removed.setdefault(row["doc_hash"], []).append({"text": row["text"], "reason": row["reason"]})
    return [{"doc": d["doc_id"], "title": d["title"], "published": d["published"], "url": d["url"],
             "clean_text": d["clean_text"], "removed": removed.get(d["hash"], [])} for d in docs]


def event_filters(country: str | None = None, event_type: str | None = None, since: str | None = None,
                  until: str | None = None, text: str | None = None, factuality: str | None = None,
                  context: str | None = None, actor: str | None = None) -> tuple[str, list[Any]]:
    """SQL WHERE clause (over current_mentions m) for the filters users ask for everywhere."""
    clauses, params = ["TRUE"], []
    if country:
        # (no lambda: DuckDB 2.0 rejects `c -> ...`, and `lambda c: ...` needs DuckDB >= 1.3)
        clauses.append("EXISTS (SELECT 1 FROM unnest(list_concat(m.source, m.target)) AS _a(code) "
                       "WHERE split_part(_a.code, '-', 1) = ?)")
        params.append(country.upper())
    if actor:
        clauses.append("list_contains(list_concat(m.source, m.target), ?)")
        params.append(actor.upper())
    if event_type:
        clauses.append("m.event_type = ?")
        params.append(event_type.upper())
    if factuality:
        clauses.append("m.factuality = ?")
        params.append(factuality)
    if context:
        clauses.append("list_contains(m.contexts, ?)")
        params.append(context)
    # Dates compare as text: ISO prefixes order correctly; partial dates with no year are kept out.
    if since:
        clauses.append("m.date IS NOT NULL AND NOT starts_with(m.date, '--') AND m.date >= ?")
        params.append(since)
    if until:
        clauses.append("m.date IS NOT NULL AND NOT starts_with(m.date, '--') AND left(m.date, ?) <= ?")
        params += [len(until), until]
    if text:  # the sentence as written, or as read (Simplified): 國防 and 国防 both find a Traditional page
        clauses.append("(m.sentence ILIKE ? OR m.trigger ILIKE ? OR EXISTS (SELECT 1 FROM sentences s "
                       "WHERE s.doc_hash = m.doc_hash AND s.idx = m.sentence_idx AND s.text ILIKE ?))")
        params += [f"%{text}%", f"%{text}%", f"%{to_simplified(text)[0]}%"]
    return " AND ".join(clauses), params


def mention_records(store: Store, **filters: Any) -> list[dict[str, Any]]:
    """One record per event mention, with the ONTOLOGY.md fields first, then GDELT-like columns."""
    where, params = event_filters(**filters)
    rows = store.rows(
        f"SELECT m.*, e.num_mentions, e.num_sources FROM current_mentions m "
        f"LEFT JOIN events e USING (event_id) WHERE {where} "
        f"ORDER BY coalesce(m.date, ''), m.doc, m.sentence_idx, m.mention_id", params)
    return [mention_record(r) for r in rows]


def mention_record(row: dict[str, Any]) -> dict[str, Any]:
    record = {f: row.get(f) for f in ONTOLOGY_FIELDS if f != "span"}
    record["contexts"] = list(row.get("contexts") or [])
    record["source"] = list(row.get("source") or [])
    record["target"] = list(row.get("target") or [])
    record["span"] = [row["span_start"], row["span_end"]]
    record = {f: record[f] for f in ONTOLOGY_FIELDS}
    record.update({
        "event_id": row.get("event_id"), "mention_id": row.get("mention_id"), "date_inferred": row.get("date_inferred"),
        "actor1_country": record["source"][0].split("-")[0] if record["source"] else None,
        "actor2_country": record["target"][0].split("-")[0] if record["target"] else None,
        "quad_class": quad_class(row["event_type"]), "goldstein": goldstein(row["event_type"], row.get("mode") or ""),
        "num_mentions": row.get("num_mentions") or 1, "num_sources": row.get("num_sources") or 1,
    })
    return record


def write_records(records: Iterable[dict[str, Any]], path: str | Path, fmt: str) -> int:
    records = list(records)
    path = Path(path)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        fieldnames = list(records[0]) if records else []
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=fieldnames)
            writer.writeheader()
            for r in records:
                writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                                 for k, v in r.items()})
    elif fmt == "parquet":
        pq.write_table(pa.Table.from_pylist(records), path)
    else:
        raise ValueError(f"unknown format '{fmt}' (jsonl, csv, parquet)")
    return len(records)
