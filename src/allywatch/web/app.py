"""The analyst web app: a JSON API (OpenAPI docs at /docs) and server-rendered pages over the store.

Store access: DuckDB allows one writing process per file, and one process should not hold two
connections to one file in different modes. The app holds ONE connection, read-only while it
serves queries (so other processes such as `allywatch export` can read the file at the same time),
behind a lock that serialises every use of it. An upload takes the same lock, closes the read-only
connection, opens the file read-write, runs the pipeline (`runner.run`) on the uploaded files,
closes it and reopens read-only. Requests wait for an upload to finish; nothing else changes.
"""
from __future__ import annotations

import math
import os
import re
import tempfile
import threading
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, Iterator

from fastapi import FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..events.goldstein import plover_types
from ..ingest.decode import ScriptRestorer
from ..report import digest as digest_mod
from ..report.graph import build_graph, check_date, country_of, date_sort_key, graph_json, load_events
from ..store.duck import Store, StoreError

HERE = Path(__file__).parent
MAX_UPLOAD_BYTES = 20 * 2**20  # whole request; a single page over 20 MB is refused by ingest anyway
MAX_UPLOAD_FILES = 50
FACTUALITIES = ["asserted", "planned", "negated", "hypothetical"]
CONTEXTS = ["military", "nuclear", "missile", "intelligence", "cyber", "space", "economic", "trade", "technology",
            "diplomatic", "health", "territory", "human_rights", "legal"]
SORTS = {"date", "event_type", "mode", "factuality", "num_mentions", "num_sources", "goldstein", "source", "target"}
PAGE_SIZE = 100


class UploadRejected(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


# ---- store access --------------------------------------------------------------------------------
class StoreHolder:
    """The app's single connection to the store file, and the lock that serialises its use."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.lock = threading.RLock()
        self._store: Store | None = None
        if not Path(self.path).exists():  # a new, empty store: create the schema once
            Store(self.path).close()

    def _open_read(self) -> Store:
        if self._store is None:
            self._store = Store(self.path, read_only=True)
        return self._store

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self.lock:
            try:
                store = self._open_read()
            except StoreError as err:
                raise HTTPException(503, f"store unavailable: {err}") from err
            yield store

    @contextmanager
    def write(self) -> Iterator[Store]:
        with self.lock:
            self.close()
            try:
                store = Store(self.path)
            except StoreError as err:
                raise HTTPException(503, f"store unavailable for writing: {err}") from err
            try:
                yield store
            finally:
                store.close()

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None


# ---- helpers ---------------------------------------------------------------------------------------
class BadRequest(Exception):
    pass


def valid_date(value: str | None, name: str) -> str | None:
    try:
        return check_date(value, name)
    except Exception as err:  # UsageError from check_date
        raise BadRequest(str(err)) from err


def event_filters_from(country=None, actor=None, event_type=None, context=None, factuality=None, since=None,
                       until=None, text=None) -> dict[str, Any]:
    types = plover_types()
    if event_type and event_type.upper() not in types:
        raise BadRequest(f"type: unknown event type '{event_type}' (one of {', '.join(types)})")
    if context and context not in CONTEXTS:
        raise BadRequest(f"context: unknown context '{context}' (one of {', '.join(CONTEXTS)})")
    if factuality and factuality not in FACTUALITIES:
        raise BadRequest(f"factuality: unknown value '{factuality}' (one of {', '.join(FACTUALITIES)})")
    since, until = valid_date(since, "since"), valid_date(until, "until")
    if since and until and since[:len(until)] > until:
        raise BadRequest(f"since ({since}) is after until ({until})")
    return {"country": (country or "").strip().upper() or None, "actor": (actor or "").strip().upper() or None,
            "event_type": event_type.upper() if event_type else None, "context": context or None,
            "factuality": factuality or None, "since": since, "until": until, "text": (text or "").strip() or None}


def event_summary(ev: dict[str, Any]) -> dict[str, Any]:
    names = digest_mod.names()
    return {
        "event_id": ev["event_id"], "event_type": ev["event_type"], "mode": ev.get("mode") or "",
        "contexts": ev["contexts"], "source": ev["source"], "target": ev["target"], "date": ev.get("date"),
        "date_end": ev.get("date_end"), "date_precision": ev.get("date_precision"), "location": ev.get("location"),
        "factuality": ev.get("factuality"), "num_mentions": ev.get("num_mentions") or 1,
        "num_sources": ev.get("num_sources") or 1, "goldstein": ev["goldstein"], "quad_class": ev["quad_class"],
        "countries": ev["countries"], "summary_zh": digest_mod.event_sentence(ev),
        "source_names": [names.actor(c) for c in ev["source"]], "target_names": [names.actor(c) for c in ev["target"]],
        "docs": [{"doc_id": d["doc_id"], "hash": d["hash"], "title": d.get("title"), "url": d.get("url")}
                 for d in ev["docs"]],
    }


def sort_events(events: list[dict[str, Any]], sort: str, order: str) -> list[dict[str, Any]]:
    def key(ev):
        if sort == "date":
            return (date_sort_key(ev.get("date")), ev["event_id"])
        value = ev.get(sort)
        if isinstance(value, list):
            value = ",".join(value)
        return (value if value is not None else "", ev["event_id"])

    return sorted(events, key=key, reverse=(order == "desc"))


def highlight(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split text into segments, marking non-overlapping spans [{start, end, cls, title, id}] (earliest wins)."""
    segs, pos = [], 0
    for sp in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        start, end = max(sp["start"], pos), min(sp["end"], len(text))
        if start >= end:
            continue
        if start > pos:
            segs.append({"text": text[pos:start]})
        segs.append({"text": text[start:end], **{k: v for k, v in sp.items() if k not in ("start", "end")}})
        pos = end
    if pos < len(text):
        segs.append({"text": text[pos:]})
    return segs


def safe_name(name: str, taken: set[str]) -> str:
    base = Path(name.replace("\\", "/")).name.strip() or "upload.txt"
    base = re.sub(r"[\x00-\x1f/]", "_", base)[:150]
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        stem, dot, ext = base.partition(".")
        candidate = f"{stem}-{n}{dot}{ext}"
    taken.add(candidate)
    return candidate


# ---- the app ---------------------------------------------------------------------------------------
def create_app(db_path: str | Path, max_upload_bytes: int = MAX_UPLOAD_BYTES, allow_upload: bool = True) -> FastAPI:
    holder = StoreHolder(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        holder.close()

    app = FastAPI(lifespan=lifespan, title="allywatch", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Security events coded from Chinese news pages: events, documents, timeline, "
                              "actor network, upload and digest.")
    app.state.holder = holder
    app.state.max_upload_bytes = max_upload_bytes
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    env = templates.env
    env.globals.update(names=digest_mod.names, wording=digest_mod.wording, zh_date=digest_mod.zh_date,
                       FACTUALITIES=FACTUALITIES, CONTEXTS=CONTEXTS, TYPES=list(plover_types()),
                       allow_upload=allow_upload, max_upload_mb=max_upload_bytes / 2**20)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/")

    def page(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def error_page(request: Request, status: int, message: str) -> Response:
        if wants_html(request):
            return page(request, "error.html", status=status, status_code=status, message=message)
        return JSONResponse({"detail": message}, status_code=status)

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        return error_page(request, 422 if not wants_html(request) else 400, str(exc))

    @app.exception_handler(UploadRejected)
    async def upload_rejected(request: Request, exc: UploadRejected):
        return error_page(request, exc.status, exc.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(404)
    async def not_found(request: Request, exc):
        detail = getattr(exc, "detail", None) or f"not found: {request.url.path}"
        return error_page(request, 404, str(detail))

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError):
        msgs = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            msgs.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return error_page(request, 422, "; ".join(msgs) or "invalid request")

    @app.middleware("http")
    async def limit_upload_size(request: Request, call_next):
        if request.method == "POST" and request.url.path in ("/upload", "/api/upload"):
            length = request.headers.get("content-length")
            if length is not None:
                try:
                    too_big = int(length) > max_upload_bytes
                except ValueError:
                    return error_page(request, 400, "invalid Content-Length header")
                if too_big:
                    return error_page(request, 413, f"upload too large: {int(length) / 2**20:.1f} MB "
                                                    f"(limit {max_upload_bytes / 2**20:.0f} MB per request)")
        return await call_next(request)

    # ---- queries shared by API and pages ----
    def query_events(filters: dict[str, Any], sort: str = "date", order: str = "desc") -> list[dict[str, Any]]:
        if sort not in SORTS:
            raise BadRequest(f"sort: unknown column '{sort}' (one of {', '.join(sorted(SORTS))})")
        if order not in ("asc", "desc"):
            raise BadRequest("order: use asc or desc")
        with holder.read() as store:
            events = load_events(store, **filters)
        return sort_events(events, sort, order)

    def event_detail(event_id: str) -> dict[str, Any]:
        with holder.read() as store:
            rows = load_events(store, ids=[event_id])
            if not rows:
                raise HTTPException(404, f"no such event: {event_id}")
            mentions = store.rows(
                "SELECT m.*, d.doc_id, d.title, d.url, d.published FROM current_mentions m "
                "JOIN current_documents d ON d.hash = m.doc_hash WHERE m.event_id = ? "
                "ORDER BY d.doc_id, m.sentence_idx, m.mention_id", [event_id])
        ev = event_summary(rows[0])
        ev["mentions"] = [{
            "mention_id": m["mention_id"], "doc_id": m["doc_id"], "doc_hash": m["doc_hash"], "title": m["title"],
            "url": m["url"], "published": m["published"], "sentence": m["sentence"], "span": [m["span_start"], m["span_end"]],
            "sentence_idx": m["sentence_idx"], "trigger": m["trigger"], "trigger_span": [m["trigger_start"], m["trigger_end"]],
            "event_type": m["event_type"], "mode": m["mode"], "source": list(m["source"] or []),
            "target": list(m["target"] or []), "date": m["date"], "factuality": m["factuality"],
            "location": m["location"], "extractor": m["extractor"]} for m in mentions]
        return ev

    def document_detail(key: str, raw: bool = True) -> dict[str, Any]:
        with holder.read() as store:
            doc = store.find_document(key)
            if doc is None:
                raise HTTPException(404, f"no such document: {key}")
            removed = store.rows("SELECT idx, text, reason, start FROM removed_spans WHERE doc_hash = ? ORDER BY idx",
                                 [doc["hash"]])
            mentions = store.rows(
                "SELECT m.mention_id, l.event_id, m.event_type, m.mode, m.source, m.target, m.date, m.factuality, "
                "m.sentence, m.span_start, m.span_end, m.sentence_idx, m.trigger, m.trigger_start, m.trigger_end "
                "FROM event_mentions m LEFT JOIN event_links l USING (mention_id) WHERE m.doc_hash = ? "
                "ORDER BY m.span_start, m.mention_id", [doc["hash"]])
            versions = store.rows("SELECT hash, seq, ingested_at FROM documents WHERE doc_id = ? ORDER BY seq",
                                  [doc["doc_id"]])
        out = {k: doc.get(k) for k in ("doc_id", "hash", "title", "url", "published", "published_via", "source",
                                       "markup", "encoding", "status", "status_reason", "lang", "duplicate_of",
                                       "chars_kept", "chars_removed", "input_path", "clean_text")}
        written = ScriptRestorer(doc.get("raw") or "", doc["original"]).restore if doc.get("original") else str
        out["clean_text"] = written(out["clean_text"] or "")  # in the page's own script, as events quote it
        out["removed"] = [{"text": written(r["text"]), "reason": r["reason"], "start": r["start"]} for r in removed]
        out["events"] = [{"mention_id": m["mention_id"], "event_id": m["event_id"], "event_type": m["event_type"],
                          "mode": m["mode"], "source": list(m["source"] or []), "target": list(m["target"] or []),
                          "date": m["date"], "factuality": m["factuality"], "sentence": m["sentence"],
                          "span": [m["span_start"], m["span_end"]], "trigger": m["trigger"],
                          "trigger_span": [m["trigger_start"], m["trigger_end"]]} for m in mentions]
        out["versions"] = [{"hash": v["hash"], "seq": v["seq"]} for v in versions]
        if raw:
            out["raw"] = doc.get("original") or doc.get("raw")
        return out

    def list_documents() -> list[dict[str, Any]]:
        with holder.read() as store:
            return store.rows(
                "SELECT d.doc_id, d.hash, d.title, d.url, d.published, d.status, d.chars_kept, d.chars_removed, "
                "(SELECT count(*) FROM event_mentions m WHERE m.doc_hash = d.hash) AS mentions "
                "FROM current_documents d ORDER BY d.doc_id")

    def timeline_data(group: str, filters: dict[str, Any]) -> dict[str, Any]:
        if group not in ("pair", "country"):
            raise BadRequest("group: use pair or country")
        events = query_events(filters, "date", "asc")
        names = digest_mod.names()
        points, undated, lanes = [], [], {}
        for ev in events:
            d = ev.get("date") or ""
            full = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d))
            if group == "pair":
                keys = [digest_mod.pair_key(ev)]
            else:
                keys = [(c,) for c in ev["countries"]] or [()]
            summary = event_summary(ev)
            if not full:
                reason = "no date" if not d else "year unknown" if d.startswith("--") else f"{ev.get('date_precision')} precision only"
                undated.append({**summary, "reason": reason})
                continue
            for key in keys:
                label = "—".join(names.actor(c) for c in key) or "?"
                lanes[label] = lanes.get(label, 0) + 1
                points.append({"lane": label, "date": d, "date_end": ev.get("date_end"), **summary})
        lane_order = sorted(lanes, key=lambda k: (-lanes[k], k))
        return {"group": group, "lanes": lane_order, "types": sorted({p["event_type"] for p in points}),
                "points": points, "undated": undated}

    def network_data(filters: dict[str, Any]) -> dict[str, Any]:
        with holder.read() as store:
            g = build_graph(store, **{k: v for k, v in filters.items()})
        return graph_json(g)

    def edge_events(a: str, b: str, filters: dict[str, Any]) -> dict[str, Any]:
        with holder.read() as store:
            g = build_graph(store, **filters)
        a, b = a.upper(), b.upper()
        if not g.has_edge(a, b):
            raise HTTPException(404, f"no edge between {a} and {b} for these filters")
        ids = set(g.edges[a, b]["events"].split())
        events = [e for e in query_events(filters, "date", "desc") if e["event_id"] in ids]
        attrs = {k: v for k, v in g.edges[a, b].items() if k != "events"}
        return {"source": a, "target": b, **attrs, "events": [event_summary(e) for e in events]}

    def process_upload(files: list[tuple[str, bytes]]) -> dict[str, Any]:
        if not allow_upload:
            raise UploadRejected(403, "uploads are disabled on this server")
        if not files:
            raise UploadRejected(400, "no file in the upload (use the form field 'files')")
        if len(files) > MAX_UPLOAD_FILES:
            raise UploadRejected(413, f"too many files: {len(files)} (limit {MAX_UPLOAD_FILES} per upload)")
        total = sum(len(data) for _, data in files)
        if total > max_upload_bytes:
            raise UploadRejected(413, f"upload too large: {total / 2**20:.1f} MB (limit {max_upload_bytes / 2**20:.0f} MB)")
        from ..ingest.sniff import sniff
        results, accepted, taken = [], [], set()
        for name, data in files:
            fname = safe_name(name, taken)
            fmt = sniff(data[:65536], fname)
            entry = {"file": fname, "bytes": len(data), "format": fmt, "status": "ok", "message": "",
                     "records": 0, "stored": 0, "unchanged": 0, "duplicates": 0, "failures": [], "events": []}
            if fmt == "empty":
                entry.update(status="rejected", message="empty file: nothing to read")
            elif fmt == "binary":
                entry.update(status="rejected", message="binary content, not a text page: upload .txt, .html, "
                                                        ".jsonl/.json/.csv records or .warc(.gz) files")
            else:
                accepted.append((fname, data, entry))
            results.append(entry)
        if not accepted:
            status = 415 if any(r["format"] == "binary" for r in results) else 400
            raise UploadRejected(status, "; ".join(f"{r['file']}: {r['message']}" for r in results))
        from ..runner import run

        with tempfile.TemporaryDirectory(prefix="allywatch-upload-") as tmp:
            paths = {}
            for fname, data, entry in accepted:
                path = os.path.join(tmp, fname)
                Path(path).write_bytes(data)
                paths[path] = entry
            with holder.write() as store:
                summary = run(sorted(paths), store, progress=False, command="web upload")
                new_events = store.rows(
                    "SELECT DISTINCT d.input_path, l.event_id FROM event_mentions m "
                    "JOIN documents d ON d.hash = m.doc_hash JOIN event_links l USING (mention_id) "
                    "WHERE d.run_id = ? ORDER BY 1, 2", [summary.run_id])
            by_input = {}
            for row in new_events:
                by_input.setdefault(row["input_path"], set()).add(row["event_id"])
            for path, entry in paths.items():
                stats = summary.inputs.get(path)
                if stats is not None:
                    entry.update(format=stats.format or entry["format"], records=stats.records, stored=stats.stored,
                                 duplicates=stats.duplicates)
                entry["failures"] = [{"input": f.input.replace(tmp + os.sep, ""), "stage": f.stage, "reason": f.reason}
                                     for f in summary.failures if f.input.split("#", 1)[0] == path
                                     or f.input.startswith(path + "#")]
                entry["event_ids"] = sorted(by_input.get(path, set()))
                entry["unchanged"] = max(entry["records"] - entry["stored"] - len(entry["failures"]), 0)
                if entry["failures"] and not entry["stored"]:
                    entry.update(status="failed", message="; ".join(f"{f['stage']}: {f['reason']}" for f in entry["failures"]))
                elif entry["failures"]:
                    entry.update(status="partial", message=f"{len(entry['failures'])} record(s) failed")
                elif not entry["stored"] and entry["records"]:
                    entry.update(status="unchanged", message="already in the store: nothing new")
        ids = sorted({i for r in results for i in r.get("event_ids", [])})
        with holder.read() as store:
            evs = load_events(store, ids=ids) if ids else []
        by_id = {e["event_id"]: event_summary(e) for e in evs}
        for r in results:
            r["events"] = [by_id[i] for i in r.pop("event_ids", []) if i in by_id]
        return {"run_id": summary.run_id, "files": results, "stored": summary.stored,
                "duplicates": summary.duplicates, "failures": len(summary.failures),
                "events_in_store": summary.events, "new_events": len(ids)}

    async def read_uploads(files: list[UploadFile]) -> list[tuple[str, bytes]]:
        out, total = [], 0
        for f in files:
            data = await f.read(max_upload_bytes + 1 - total)
            total += len(data)
            if total > max_upload_bytes:
                raise UploadRejected(413, f"upload too large (limit {max_upload_bytes / 2**20:.0f} MB)")
            out.append((f.filename or "upload.txt", data))
        return out

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        # Swagger UI from the vendored npm package: no CDN at page load
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(openapi_url=app.openapi_url, title="allywatch API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css", swagger_favicon_url="/static/favicon.svg")

    # ---- JSON API ----
    @app.get("/api/health", tags=["meta"])
    def api_health() -> dict[str, Any]:
        with holder.read() as store:
            return {"ok": True, "documents": store.scalar("SELECT count(*) FROM current_documents"),
                    "events": store.scalar("SELECT count(*) FROM events")}

    @app.get("/api/meta", tags=["meta"], summary="Values for filters: types, contexts, actors, date range")
    def api_meta() -> dict[str, Any]:
        with holder.read() as store:
            actors = store.rows("SELECT DISTINCT unnest(list_concat(source, target)) AS code FROM events ORDER BY 1")
            dates = store.rows("SELECT min(date) AS first, max(date) AS last FROM events "
                               "WHERE date IS NOT NULL AND NOT starts_with(date, '--')")[0]
            counts = {"documents": store.scalar("SELECT count(*) FROM current_documents"),
                      "events": store.scalar("SELECT count(*) FROM events"),
                      "mentions": store.scalar("SELECT count(*) FROM current_mentions")}
        names = digest_mod.names()
        codes = sorted({a["code"] for a in actors if a["code"]})
        countries = sorted({country_of(c) for c in codes})
        return {"event_types": {t: digest_mod.wording()["event_types"].get(t, t) for t in plover_types()},
                "contexts": CONTEXTS, "factualities": FACTUALITIES,
                "countries": [{"code": c, "name": names.actor(c)} for c in countries],
                "actors": [{"code": c, "name": names.actor(c)} for c in codes], "dates": dates, **counts}

    @app.get("/api/events", tags=["events"], summary="Merged events matching the filters")
    def api_events(country: str | None = Query(None, description="ISO3 or organisation code, sector ignored: KOR"),
                   actor: str | None = Query(None, description="exact actor code: KOR-MIL"),
                   type: str | None = Query(None, description="PLOVER event type: CONSULT"),
                   context: str | None = None, factuality: str | None = None,
                   since: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                   until: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD"),
                   text: str | None = Query(None, description="words in the sentence or trigger"),
                   sort: str = "date", order: str = "desc", limit: int = Query(200, ge=1, le=5000),
                   offset: int = Query(0, ge=0)) -> dict[str, Any]:
        filters = event_filters_from(country, actor, type, context, factuality, since, until, text)
        events = query_events(filters, sort, order)
        return {"total": len(events), "offset": offset, "limit": limit,
                "events": [event_summary(e) for e in events[offset:offset + limit]]}

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with all its mentions")
    def api_event(event_id: str) -> dict[str, Any]:
        return event_detail(event_id)

    @app.get("/api/documents", tags=["documents"])
    def api_documents() -> dict[str, Any]:
        docs = list_documents()
        return {"total": len(docs), "documents": docs}

    @app.get("/api/documents/{key:path}", tags=["documents"],
             summary="One document (id or content hash): clean text, removed noise, event mentions, raw text")
    def api_document(key: str, raw: bool = True) -> dict[str, Any]:
        return document_detail(key, raw=raw)

    @app.get("/api/timeline", tags=["views"], summary="Dated events per actor pair or country; others listed apart")
    def api_timeline(group: str = "pair", country: str | None = None, type: str | None = None,
                     context: str | None = None, factuality: str | None = None, since: str | None = None,
                     until: str | None = None) -> dict[str, Any]:
        return timeline_data(group, event_filters_from(country, None, type, context, factuality, since, until))

    @app.get("/api/network", tags=["views"], summary="Actor network: nodes, weighted edges with mean Goldstein score")
    def api_network(since: str | None = None, until: str | None = None, country: str | None = None,
                    type: str | None = None, context: str | None = None) -> dict[str, Any]:
        return network_data(event_filters_from(country, None, type, context, None, since, until))

    @app.get("/api/network/edge", tags=["views"], summary="The events behind one edge")
    def api_edge(a: str, b: str, since: str | None = None, until: str | None = None, country: str | None = None,
                 type: str | None = None, context: str | None = None) -> dict[str, Any]:
        return edge_events(a, b, event_filters_from(country, None, type, context, None, since, until))

    @app.get("/api/digest", tags=["views"], summary="The security digest (Markdown or HTML)")
    def api_digest(format: str = "md", since: str | None = None, until: str | None = None,
                   country: str | None = None) -> Response:
        if format not in ("md", "html"):
            raise BadRequest("format: use md or html")
        since, until = valid_date(since, "since"), valid_date(until, "until")
        with holder.read() as store:
            text, _ = digest_mod.digest_text(store, format, since=since, until=until, country=country or None)
        if format == "html":
            return HTMLResponse(text)
        return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")

    @app.post("/api/upload", tags=["upload"], summary="Upload and process files (txt, html, jsonl/json/csv, warc)")
    async def api_upload(files: list[UploadFile] = File(..., description="one or more files")) -> dict[str, Any]:
        data = await read_uploads(files)
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(process_upload, data)

    # ---- pages ----
    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/events", status_code=307)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, country: str | None = None, actor: str | None = None, type: str | None = None,
                    context: str | None = None, factuality: str | None = None, since: str | None = None,
                    until: str | None = None, text: str | None = None, sort: str = "date", order: str = "desc",
                    page_no: int = Query(1, alias="page", ge=1)):
        params = {"country": country or "", "actor": actor or "", "type": type or "", "context": context or "",
                  "factuality": factuality or "", "since": since or "", "until": until or "", "text": text or ""}
        try:
            filters = event_filters_from(country, actor, type, context, factuality, since, until, text)
            events = query_events(filters, sort, order)
            error = None
        except BadRequest as err:
            events, error = [], str(err)
        pages = max(1, math.ceil(len(events) / PAGE_SIZE))
        shown = [event_summary(e) for e in events[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE]]
        with holder.read() as store:
            meta_countries = store.rows(
                "SELECT DISTINCT split_part(unnest(list_concat(source, target)), '-', 1) AS code FROM events ORDER BY 1")
        return page(request, "events.html", status=400 if error else 200, events=shown, total=len(events),
                    params=params, sort=sort, order=order, page_no=page_no, pages=pages, error=error,
                    countries=[r["code"] for r in meta_countries])

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, mention: str | None = None):
        ev = event_detail(event_id)
        chosen = next((m for m in ev["mentions"] if m["mention_id"] == mention), None) or \
            (ev["mentions"][0] if ev["mentions"] else None)
        segments, doc = [], None
        if chosen:
            doc = document_detail(chosen["doc_hash"], raw=False)
            s0, s1 = chosen["span"]
            t0, t1 = chosen["trigger_span"]
            spans = [{"start": s0, "end": s1, "cls": "hl-sentence", "id": "hl"}]
            segments = highlight(doc["clean_text"] or "", spans)
            # the trigger inside the highlighted sentence
            for seg in segments:
                if seg.get("id") == "hl" and 0 <= t0 < t1 <= len(seg["text"]):
                    seg["parts"] = highlight(seg["text"], [{"start": t0, "end": t1, "cls": "hl-trigger"}])
        return page(request, "event.html", ev=ev, chosen=chosen, doc=doc, segments=segments)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request):
        return page(request, "documents.html", docs=list_documents())

    @app.get("/documents/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, key: str, view: str = "clean"):
        if view not in ("clean", "raw"):
            raise BadRequest("view: use clean or raw")
        doc = document_detail(key)
        spans = [{"start": e["span"][0], "end": e["span"][1], "cls": "hl-sentence",
                  "title": f"{e['event_type']} {e['mode'] or ''}".strip(), "event_id": e["event_id"]}
                 for e in doc["events"]]
        segments = highlight(doc["clean_text"] or "", spans)
        raw_segments = []
        if view == "raw":
            raw = doc.get("raw") or ""
            marks, pos_hint = [], 0
            for r in doc["removed"]:
                i = raw.find(r["text"], pos_hint) if r["text"] else -1
                if i < 0 and r["text"]:
                    i = raw.find(r["text"])
                if i >= 0:
                    marks.append({"start": i, "end": i + len(r["text"]), "cls": "removed", "title": r["reason"]})
                    pos_hint = i + len(r["text"])
            raw_segments = highlight(raw, marks)
        return page(request, "document.html", doc=doc, segments=segments, raw_segments=raw_segments, view=view)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, group: str = "pair", country: str | None = None, type: str | None = None,
                      since: str | None = None, until: str | None = None):
        params = {"group": group, "country": country or "", "type": type or "", "since": since or "",
                  "until": until or ""}
        try:
            data = timeline_data(group, event_filters_from(country, None, type, None, None, since, until))
            error = None
        except BadRequest as err:
            data, error = {"lanes": [], "points": [], "undated": [], "types": []}, str(err)
        return page(request, "timeline.html", status=400 if error else 200, data=data, params=params, error=error)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, since: str | None = None, until: str | None = None,
                     country: str | None = None, type: str | None = None):
        params = {"since": since or "", "until": until or "", "country": country or "", "type": type or ""}
        try:
            data = network_data(event_filters_from(country, None, type, None, None, since, until))
            error = None
        except BadRequest as err:
            data, error = {"nodes": [], "edges": []}, str(err)
        return page(request, "network.html", status=400 if error else 200, data=data, params=params, error=error)

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form(request: Request):
        return page(request, "upload.html", result=None, error=None)

    @app.post("/upload", response_class=HTMLResponse, include_in_schema=False)
    async def upload_submit(request: Request, files: list[UploadFile] = File(default_factory=list)):
        from starlette.concurrency import run_in_threadpool

        files = [f for f in files if f.filename]
        try:
            data = await read_uploads(files)
            result = await run_in_threadpool(process_upload, data)
        except UploadRejected as err:
            return page(request, "upload.html", status=err.status, result=None, error=err.message)
        return page(request, "upload.html", result=result, error=None)

    @app.get("/digest", response_class=HTMLResponse, include_in_schema=False)
    def digest_page(request: Request, since: str | None = None, until: str | None = None, country: str | None = None):
        params = {"since": since or "", "until": until or "", "country": country or ""}
        try:
            s, u = valid_date(since, "since"), valid_date(until, "until")
            with holder.read() as store:
                body = digest_mod.render_html(digest_mod.build_digest(store, s, u, country or None), standalone=False)
            error = None
        except BadRequest as err:
            body, error = "", str(err)
        return page(request, "digest.html", status=400 if error else 200, body=body, params=params, error=error)

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    app = create_app(db)
    print(f"allywatch: serving {db} on http://{host}:{port}/ (API docs at /docs)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
