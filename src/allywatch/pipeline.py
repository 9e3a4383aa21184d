"""The per-page pipeline: clean → sentences → events, as one pure function over records.

`process_page` is what every engine runs (in this process or on Ray workers); engines only
schedule pages and hand results to the store.
"""
from __future__ import annotations

import traceback

from .clean import clean_page
from .clean.dedup import minhash_signature
from .events.base import get_extractor
from .ingest.decode import ScriptRestorer
from .nlp.sentences import split_sentences
from .records import Document, Failure, RawPage


def process_page(page: RawPage, extractor: str = "rules") -> tuple[Document | None, list[Failure]]:
    """Never raises for bad input: a stage that fails yields a Failure; what was done is kept."""
    try:
        doc = clean_page(page)
    except Exception as err:
        return None, [Failure(page.doc_id, f"cleaning failed: {_brief(err)}", "clean")]
    failures = []
    if doc.status == "ok":
        doc.sentences = split_sentences(doc.clean_text)
        try:
            doc.events = get_extractor(extractor).extract(doc)
            if page.original:
                _as_written(doc, ScriptRestorer(page.text, page.original))
        except Exception as err:
            failures.append(Failure(page.doc_id, f"event coding failed: {_brief(err)}", "code"))
        doc.signature = minhash_signature(doc.clean_text)
    elif doc.status == "skipped":
        failures.append(Failure(page.doc_id, f"skipped: {doc.status_reason}", "clean"))
    return doc, failures


def _as_written(doc: Document, restorer: ScriptRestorer) -> None:
    """An event's sentence and trigger as the page has them (ONTOLOGY.md): a Traditional page's
    events quote it in Traditional, at the same offsets the coder read in Simplified."""
    for ev in doc.events:
        read, (start, end) = ev.sentence, ev.trigger_span
        ev.sentence = restorer.restore(read)
        ev.trigger = ev.sentence[start:end] if read[start:end] == ev.trigger else restorer.restore(ev.trigger)


def _brief(err: Exception) -> str:
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    loc = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
    return f"{type(err).__name__}: {err}{loc}"
