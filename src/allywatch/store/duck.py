"""The DuckDB store: documents, removed spans, sentences, event mentions, merged events, failures.

DuckDB allows one writing process per file, so all writes go through one `Store` in the driver
process (workers only compute records). Each batch of documents is written in one transaction:
an interrupted run leaves whole documents or none.
"""
from __future__ import annotations

import json
import threading
from dataclasses import asdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import duckdb
import pyarrow as pa

from ..clean.dedup import band_keys
from ..records import Document, Event, Failure

DEFAULT_DB = "allywatch.duckdb"
WRITER_MEMORY = "256MB"


class StoreError(RuntimeError):
    """The store file cannot be opened (locked by another writer, not a DuckDB file...)."""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def mention_id(doc_hash: str, index: int) -> str:
    return f"{doc_hash}:{index}"


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run `allywatch run` first)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot open store: {str(err).splitlines()[0]}") from err
        self.con.execute("SET enable_progress_bar = false")  # DuckDB draws one on stdout for queries > 2 s
        if not read_only:
            # The writer lives as long as a run: uncapped, DuckDB keeps every block it wrote cached
            # (default limit 80% of RAM), so its memory grew with the pages streamed. It spills beyond this.
            self.con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
            self.con.execute(resources.files("allywatch.store").joinpath("schema.sql").read_text("utf-8"))
        self._local = threading.local()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- queries -------------------------------------------------------------------------------
    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.con.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def doc_id_of_hash(self, content_hash: str) -> str | None:
        """The document id stored under a content hash (primary-key lookup), if any."""
        row = self._reader().execute("SELECT doc_id FROM documents WHERE hash = ?", [content_hash]).fetchone()
        return row[0] if row else None

    def near_duplicate_candidates(self, keys: list[int]) -> list[tuple[str, list[int]]]:
        """Current, coded documents sharing an LSH band key, with their signatures."""
        if not keys:
            return []
        literal_keys = ", ".join(str(int(k)) for k in keys)  # integers: indexed point lookups
        rows = self._reader().execute(
            "SELECT doc_id, arg_max(signature, seq), arg_max(status, seq) FROM documents WHERE doc_id IN "
            f"(SELECT DISTINCT doc_id FROM minhash_bands WHERE key IN ({literal_keys})) GROUP BY doc_id").fetchall()
        return [(doc_id, signature) for doc_id, signature, status in rows if status == "ok"]

    def _reader(self) -> duckdb.DuckDBPyConnection:
        """A cursor of this thread: engines may pull pages (and ask these questions) from a
        background thread while the driver writes."""
        local = self._local.__dict__
        if "cursor" not in local:
            local["cursor"] = self.con.cursor()
        return local["cursor"]

    def find_document(self, key: str) -> dict[str, Any] | None:
        """A current document by user-facing id, or any version by content hash."""
        found = self.rows("SELECT * FROM current_documents WHERE doc_id = ?", [key])
        if not found:
            found = self.rows("SELECT * FROM documents WHERE hash = ?", [key])
        return found[0] if found else None

    # ---- writes --------------------------------------------------------------------------------
    def write_batch(self, docs: list[Document], failures: list[Failure], run_id: str) -> None:
        """Write whole documents (with their spans, sentences and event mentions) and failures atomically."""
        if not docs and not failures:
            return
        now = _now()
        tables = _batch_tables(docs, run_id, now)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for name, table in tables.items():
                if table.num_rows:
                    con.register("_batch", table)
                    if name == "documents":
                        con.execute("INSERT OR IGNORE INTO documents SELECT hash, doc_id, nextval('doc_seq'), "
                                    "* EXCLUDE (hash, doc_id) FROM _batch")
                    else:
                        con.execute(f"INSERT OR IGNORE INTO {name} SELECT * FROM _batch")
                    con.unregister("_batch")
            bands = [{"key": key, "doc_id": d.doc_id} for d in docs if d.status == "ok" for key in band_keys(d.signature)]
            if bands:
                con.register("_bands", pa.Table.from_pylist(bands, schema=_BAND_SCHEMA))
                con.execute("INSERT INTO minhash_bands SELECT * FROM _bands")
                con.unregister("_bands")
            for failure in failures:
                con.execute("INSERT OR IGNORE INTO failures VALUES (?, ?, ?, ?, ?)",
                            [failure.input, failure.stage, failure.reason, run_id, now])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def start_run(self, run_id: str, command: str) -> None:
        self.con.execute("INSERT OR IGNORE INTO runs VALUES (?, ?, NULL, ?, 0, 0)", [run_id, _now(), command])

    def finish_run(self, run_id: str, documents: int, failures: int) -> None:
        self.con.execute("UPDATE runs SET finished = ?, documents = ?, failures = ? WHERE run_id = ?",
                         [_now(), documents, failures, run_id])

    def rebuild_events(self, bucket_mentions: int = 10000) -> int:
        """Merge current mentions into events (deterministic: the same mentions give the same ids).

        Mentions are merged in hash buckets of their merge key (event type, factuality, countries;
        see events.merge), about `bucket_mentions` at a time, so memory does not grow with the
        store: a merge group never spans two buckets and groups merge independently."""
        from ..events.merge import merge_mentions

        current = "FROM event_mentions m JOIN current_documents d ON d.hash = m.doc_hash WHERE d.status = 'ok'"
        countries = ("list_sort(list_distinct(list_transform(list_concat(coalesce(m.source, []::VARCHAR[]), "
                     "coalesce(m.target, []::VARCHAR[])), lambda c: split_part(c, '-', 1))))")
        buckets = max(1, -(-self.scalar(f"SELECT count(*) {current}") // bucket_mentions))
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM events")
            con.execute("DELETE FROM event_links")
            total = 0
            for bucket in range(buckets):
                mentions = self.rows(
                    f"SELECT m.*, d.url AS doc_url, d.source AS doc_source {current} "
                    f"AND hash(m.event_type, m.factuality, {countries}) % ? = ? ORDER BY m.mention_id", [buckets, bucket])
                events, links = merge_mentions(mentions)
                total += len(events)
                if events:
                    con.register("_ev", pa.Table.from_pylist(events, schema=_EVENT_SCHEMA))
                    con.execute("INSERT INTO events SELECT * FROM _ev")
                    con.unregister("_ev")
                    con.register("_links", pa.Table.from_pylist(
                        [{"mention_id": m, "event_id": e} for m, e in links.items()]))
                    con.execute("INSERT INTO event_links SELECT * FROM _links")
                    con.unregister("_links")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return total


_LIST_STR = pa.list_(pa.string())
_EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("event_type", pa.string()), ("mode", pa.string()), ("contexts", _LIST_STR),
    ("source", _LIST_STR), ("target", _LIST_STR), ("date", pa.string()), ("date_end", pa.string()),
    ("date_precision", pa.string()), ("location", pa.string()), ("factuality", pa.string()),
    ("num_mentions", pa.int32()), ("num_sources", pa.int32()), ("first_mention", pa.string()),
])
_DOC_SCHEMA = pa.schema([
    ("hash", pa.string()), ("doc_id", pa.string()), ("input_path", pa.string()), ("markup", pa.string()),
    ("encoding", pa.string()), ("title", pa.string()), ("url", pa.string()), ("published", pa.string()),
    ("published_via", pa.string()), ("published_raw", pa.string()), ("source", pa.string()),
    ("raw", pa.string()), ("original", pa.string()), ("clean_text", pa.string()), ("chars_kept", pa.int32()),
    ("chars_removed", pa.int32()), ("status", pa.string()), ("status_reason", pa.string()), ("lang", pa.string()),
    ("duplicate_of", pa.string()), ("meta", pa.string()), ("signature", pa.list_(pa.int64())),
    ("run_id", pa.string()), ("ingested_at", pa.timestamp("us")),
])
_BAND_SCHEMA = pa.schema([("key", pa.int64()), ("doc_id", pa.string())])
_SPAN_SCHEMA = pa.schema([("doc_hash", pa.string()), ("idx", pa.int32()), ("text", pa.string()),
                          ("reason", pa.string()), ("start", pa.int32())])
_SENT_SCHEMA = pa.schema([("doc_hash", pa.string()), ("idx", pa.int32()), ("text", pa.string()),
                          ("start", pa.int32()), ("end", pa.int32()), ("paragraph", pa.int32())])
_MENTION_SCHEMA = pa.schema([
    ("mention_id", pa.string()), ("doc_hash", pa.string()), ("doc", pa.string()), ("event_type", pa.string()),
    ("mode", pa.string()), ("contexts", _LIST_STR), ("source", _LIST_STR), ("target", _LIST_STR),
    ("date", pa.string()), ("date_end", pa.string()), ("date_precision", pa.string()),
    ("date_inferred", pa.bool_()), ("location", pa.string()), ("factuality", pa.string()),
    ("sentence", pa.string()), ("span_start", pa.int32()), ("span_end", pa.int32()),
    ("sentence_idx", pa.int32()), ("trigger", pa.string()), ("trigger_start", pa.int32()),
    ("trigger_end", pa.int32()), ("extractor", pa.string()),
])


def mention_row(doc: Document, index: int, ev: Event) -> dict[str, Any]:
    return {
        "mention_id": mention_id(doc.hash, index), "doc_hash": doc.hash, "doc": doc.doc_id,
        "event_type": ev.event_type, "mode": ev.mode, "contexts": ev.contexts, "source": ev.source,
        "target": ev.target, "date": ev.date, "date_end": ev.date_end, "date_precision": ev.date_precision,
        "date_inferred": ev.date_inferred, "location": ev.location, "factuality": ev.factuality,
        "sentence": ev.sentence, "span_start": ev.span[0], "span_end": ev.span[1],
        "sentence_idx": ev.sentence_idx, "trigger": ev.trigger, "trigger_start": ev.trigger_span[0],
        "trigger_end": ev.trigger_span[1], "extractor": ev.extractor,
    }


def document_row(doc: Document, run_id: str, now: datetime) -> dict[str, Any]:
    page = doc.page
    return {
        "hash": doc.hash, "doc_id": doc.doc_id, "input_path": page.input_path, "markup": page.markup,
        "encoding": page.encoding, "title": page.title, "url": page.url, "published": page.published,
        "published_via": page.published_via, "published_raw": page.published_raw, "source": page.source,
        "raw": page.text, "original": page.original, "clean_text": doc.clean_text,
        "chars_kept": len(doc.clean_text), "chars_removed": doc.chars_removed, "status": doc.status,
        "status_reason": doc.status_reason, "lang": doc.lang, "duplicate_of": doc.duplicate_of,
        "meta": json.dumps(page.meta, ensure_ascii=False, default=str),
        "signature": doc.signature or None, "run_id": run_id, "ingested_at": now,
    }


def _batch_tables(docs: list[Document], run_id: str, now: datetime) -> dict[str, pa.Table]:
    spans = [{"doc_hash": d.hash, "idx": i, **{k: v for k, v in asdict(r).items()}}
             for d in docs for i, r in enumerate(d.removed)]
    sents = [{"doc_hash": d.hash, "idx": s.idx, "text": s.text, "start": s.start, "end": s.end,
              "paragraph": s.paragraph} for d in docs for s in d.sentences]
    mentions = [mention_row(d, i, ev) for d in docs for i, ev in enumerate(d.events)]
    return {
        "documents": pa.Table.from_pylist([document_row(d, run_id, now) for d in docs], schema=_DOC_SCHEMA),
        "removed_spans": pa.Table.from_pylist(spans, schema=_SPAN_SCHEMA),
        "sentences": pa.Table.from_pylist(sents, schema=_SENT_SCHEMA),
        "event_mentions": pa.Table.from_pylist(mentions, schema=_MENTION_SCHEMA),
    }
