"""A run: stream pages from inputs, process them with an engine, write results to the store.

The driver owns every stateful decision (skip pages already stored, near-duplicate check,
batching, transactions) so that engines — this process, a process pool, or Ray — only map
`process_page` over pages, and all engines give the same store.
"""
from __future__ import annotations

import sys
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from .clean.dedup import NearDuplicateIndex, band_keys, most_similar
from .ingest import iter_pages
from .pipeline import process_page
from .records import Document, Failure, RawPage
from .store.duck import Store

BATCH_SIZE = 200
READ_AHEAD = 256  # pages a process pool may hold ahead of the driver

Processed = tuple[Document | None, list[Failure]]
Engine = Callable[[Iterable[RawPage], Callable[[RawPage], Processed]], Iterator[Processed]]


@dataclass
class InputStats:
    format: str = ""
    mapping: dict | None = None
    records: int = 0
    stored: int = 0
    duplicates: int = 0
    failures: int = 0


@dataclass
class RunSummary:
    run_id: str
    inputs: dict[str, InputStats] = field(default_factory=lambda: defaultdict(InputStats))
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)

    def report(self) -> str:
        lines = [f"{'input':<48} {'format':<9} {'records':>7} {'stored':>6} {'dup':>4} {'failed':>6}  fields"]
        for path, s in sorted(self.inputs.items()):
            mapping = ",".join(f"{k}={v}" for k, v in (s.mapping or {}).items())
            short = path if len(path) <= 48 else "…" + path[-47:]
            lines.append(f"{short:<48} {s.format:<9} {s.records:>7} {s.stored:>6} {s.duplicates:>4} {s.failures:>6}  {mapping}")
        lines.append(f"stored {self.stored} new documents, {self.unchanged} already stored, "
                     f"{self.duplicates} near-duplicates, {len(self.failures)} failures; {self.events} events in store")
        return "\n".join(lines)


def local_engine(pages: Iterable[RawPage], fn: Callable[[RawPage], Processed]) -> Iterator[Processed]:
    return map(fn, pages)


def pool_engine(workers: int) -> Engine:
    """A process pool; results come back in input order (imap) so runs are deterministic."""
    def engine(pages: Iterable[RawPage], fn: Callable[[RawPage], Processed]) -> Iterator[Processed]:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(workers) as pool:
            # imap alone would read the whole input ahead into its queue: feed it in chunks
            for chunk in _chunks(pages, READ_AHEAD):
                yield from pool.imap(fn, chunk, chunksize=8)
    return engine


def _chunks(items: Iterable[RawPage], size: int) -> Iterator[list[RawPage]]:
    chunk: list[RawPage] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _input_of(failure_input: str) -> str:
    return failure_input.split("#", 1)[0]


def run(paths: list[str], store: Store, *, fields: dict[str, str] | None = None, engine: Engine = local_engine,
        extractor: str = "rules", progress: bool = True, command: str = "run") -> RunSummary:
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    store.start_run(summary.run_id, command)
    # What the store knows is asked of the store; only pages of this run not written yet are
    # held here, so memory does not grow with the number of pages.
    in_flight: dict[str, str] = {}  # content hash -> doc id, for pages read but not stored yet
    hash_in_flight: dict[str, str] = {}  # the reverse, to forget a page that yields no document
    unwritten = NearDuplicateIndex()

    def report_failure(failure: Failure) -> None:
        summary.failures.append(failure)
        pending_failures.append(failure)
        print(failure.line(), file=sys.stderr)

    pending_docs: list[Document] = []
    pending_failures: list[Failure] = []

    def flush() -> None:
        # An engine may read pages (and report their failures) from a background thread
        # meanwhile: write and drop exactly the failures that were there when the batch started.
        failures = pending_failures[:]
        store.write_batch(pending_docs, failures, summary.run_id)
        del pending_failures[:len(failures)]
        for doc in pending_docs:
            in_flight.pop(doc.hash, None)
            hash_in_flight.pop(doc.doc_id, None)
        pending_docs.clear()
        unwritten.clear()

    def fresh_pages() -> Iterator[RawPage]:
        """Pages not stored yet; failures from reading are reported on the way."""
        for item in iter_pages(paths, fields):
            if isinstance(item, Failure):
                summary.inputs[_input_of(item.input)].failures += 1
                report_failure(item)
                continue
            stats = summary.inputs[item.input_path]
            stats.format = item.meta.get("format", item.markup)
            stats.mapping = item.meta.get("mapping")
            stats.records += 1
            stored_as = in_flight.get(item.hash) or store.doc_id_of_hash(item.hash)
            if stored_as is not None:
                if stored_as == item.doc_id:
                    summary.unchanged += 1
                else:
                    stats.failures += 1
                    report_failure(Failure(item.doc_id, f"identical content already stored as {stored_as}", "dedup"))
                continue
            in_flight[item.hash] = item.doc_id
            hash_in_flight[item.doc_id] = item.hash
            yield item

    bar = tqdm(desc="pages", unit="page", file=sys.stderr, disable=not progress, dynamic_ncols=True)
    try:
        for doc, failures in engine(fresh_pages(), partial(process_page, extractor=extractor)):
            bar.update(1)
            for failure in failures:
                if doc is not None:
                    summary.inputs[doc.page.input_path].failures += 1
                report_failure(failure)
            if doc is None:  # nothing will be stored for it: forget it was in flight
                for failure in failures:
                    in_flight.pop(hash_in_flight.pop(failure.input, ""), None)
                continue
            stats = summary.inputs[doc.page.input_path]
            if doc.status == "ok":
                keys = band_keys(doc.signature)
                candidates = store.near_duplicate_candidates(keys) + unwritten.candidates(keys)
                original = most_similar(doc.signature, candidates, exclude=doc.doc_id)
                if original is not None:
                    doc.status, doc.duplicate_of, doc.status_reason = "duplicate", original, f"near-duplicate of {original}"
                    doc.events = []
                    summary.duplicates += 1
                    stats.duplicates += 1
                else:
                    unwritten.add(doc.doc_id, doc.signature)
            pending_docs.append(doc)
            stats.stored += 1
            summary.stored += 1
            if len(pending_docs) >= BATCH_SIZE:
                flush()
        flush()
    finally:
        bar.close()
    summary.events = store.rebuild_events()
    store.finish_run(summary.run_id, summary.stored, len(summary.failures))
    return summary
