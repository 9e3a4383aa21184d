"""The `allywatch` command: a thin layer over the runner, the store and the reports.

Exit status: 0 success; 1 the run finished but some inputs failed (each reported on stderr and
in the `failures` table); 2 usage or fatal error (one line on stderr).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .store.duck import DEFAULT_DB, Store, StoreError


class UsageError(Exception):
    pass


def parse_fields(value: str | None) -> dict[str, str] | None:
    """`title=headline,body=content` → {'title': 'headline', 'body': 'content'}."""
    if not value:
        return None
    mapping = {}
    for part in value.split(","):
        target, sep, column = part.partition("=")
        if not sep or not target.strip() or not column.strip():
            raise UsageError(f"--fields: '{part}' is not TARGET=FIELD (e.g. title=headline)")
        if target.strip() not in {"url", "title", "body", "published", "source"}:
            raise UsageError(f"--fields: unknown target '{target.strip()}' (url, title, body, published, source)")
        mapping[target.strip()] = column.strip()
    return mapping


def _table(rows: list[dict], columns: list[str]) -> str:
    widths = {c: max([len(c)] + [len(_cell(r.get(c))) for r in rows]) for c in columns}
    widths = {c: min(w, 60) for c, w in widths.items()}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns), "  ".join("-" * widths[c] for c in columns)]
    lines += ["  ".join(_cell(r.get(c))[: widths[c]].ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(map(str, value))
    return str(value)


# ---- commands ----------------------------------------------------------------------------------
def cmd_run(args) -> int:
    from .runner import local_engine, pool_engine, run

    fields = parse_fields(args.fields)
    if args.engine == "ray":
        from .scale.ray_engine import ray_engine

        engine = ray_engine(workers=args.workers, address=args.address)
    else:
        engine = pool_engine(args.workers) if args.workers > 1 else local_engine
    with Store(args.db) as store:
        summary = run(args.paths, store, fields=fields, engine=engine, extractor=args.extractor,
                      progress=not args.quiet, command=" ".join(sys.argv[1:]))
    if not args.quiet:
        print(summary.report(), file=sys.stderr)
    return 1 if summary.failures else 0


def cmd_docs(args) -> int:
    with Store(args.db, read_only=True) as store:
        rows = store.rows("SELECT doc_id AS id, title, published, coalesce(source, url, input_path) AS source, "
                          "chars_kept AS kept, chars_removed AS removed, status FROM current_documents ORDER BY doc_id")
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, default=str, indent=1))
    else:
        print(_table(rows, ["id", "title", "published", "source", "kept", "removed", "status"]))
    return 0


def cmd_show(args) -> int:
    with Store(args.db, read_only=True) as store:
        doc = store.find_document(args.doc)
        if doc is None:
            raise UsageError(f"{args.doc}: no such document (see `allywatch docs`)")
        if args.raw:
            print(doc["raw"])
        elif args.removed:
            for row in store.rows("SELECT reason, start, text FROM removed_spans WHERE doc_hash = ? ORDER BY idx", [doc["hash"]]):
                text = row["text"].replace("\n", "⏎")
                print(f"[{row['reason']}] @{row['start']}: {text}")
        elif args.events:
            for row in store.rows("SELECT * FROM current_mentions WHERE doc_hash = ? ORDER BY sentence_idx, mention_id", [doc["hash"]]):
                print(f"{row['event_type']:<9} {row['mode'] or '-':<13} {','.join(row['source'])} → {','.join(row['target']) or '-'}"
                      f"  {row['date'] or '?'}  {row['factuality']}  「{row['trigger']}」\n    {row['sentence']}")
        else:
            meta = (f"# {doc['title'] or doc['doc_id']}\n# id: {doc['doc_id']}  hash: {doc['hash']}  published: "
                    f"{doc['published'] or 'unknown'}" + (f" (via {doc['published_via']})" if doc["published_via"] else "")
                    + f"  status: {doc['status']}" + (f" ({doc['status_reason']})" if doc["status_reason"] else ""))
            if not args.clean:
                print(meta + "\n")
            print(doc["clean_text"])
    return 0


def cmd_export(args) -> int:
    from .store.export import document_records, mention_records, write_records

    with Store(args.db, read_only=True) as store:
        if args.what == "docs":
            n = write_records(document_records(store), args.output, args.format)
        elif args.what == "events":
            n = write_records(mention_records(store, country=args.country, event_type=args.type, since=args.since,
                                              until=args.until), args.output, args.format)
        else:
            from .report.graph import write_graph

            n = write_graph(store, args.output, args.format, since=args.since, until=args.until)
    print(f"wrote {n} {args.what if args.what != 'graph' else 'edges'} to {args.output}", file=sys.stderr)
    return 0


def cmd_events(args) -> int:
    from .store.export import mention_records

    with Store(args.db, read_only=True) as store:
        rows = mention_records(store, country=args.country, event_type=args.type, since=args.since, until=args.until,
                               text=args.text)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
        return 0
    print(_table(rows, ["date", "event_type", "mode", "source", "target", "factuality", "doc", "trigger"]))
    print(f"{len(rows)} event mentions", file=sys.stderr)
    return 0


def cmd_eval(args) -> int:
    from .events.evaluate import evaluate, format_report, load_gold
    from .store.export import mention_records

    if not Path(args.gold).is_file():
        raise UsageError(f"{args.gold}: no such gold file")
    golds = load_gold(args.gold)
    with Store(args.db, read_only=True) as store:
        preds = mention_records(store)
    result = evaluate(preds, golds)
    print(json.dumps(result, indent=1) if args.json else format_report(result))
    return 0


def cmd_inspect(args) -> int:
    from .ingest.inspect import format_inspection, inspect_file

    if not Path(args.file).exists():
        raise UsageError(f"{args.file}: no such file")
    print(format_inspection(inspect_file(args.file, parse_fields(args.fields))))
    return 0


def cmd_serve(args) -> int:
    from .web.app import serve

    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_digest(args) -> int:
    from .report.digest import write_digest

    with Store(args.db, read_only=True) as store:
        n = write_digest(store, args.output, fmt=args.format, since=args.since, until=args.until, country=args.country)
    print(f"wrote a digest of {n} events to {args.output}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="allywatch", description="Security events from Chinese news pages.")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p):
        p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB store (default: ./{DEFAULT_DB})")
        return p

    def with_filters(p):
        p.add_argument("--country", help="ISO3 or organisation code among the actors, e.g. KOR")
        p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
        p.add_argument("--since", help="earliest date, ISO (2023-01-01)")
        p.add_argument("--until", help="latest date, ISO")
        return p

    p = with_db(sub.add_parser("run", help="ingest, clean, code and store pages"))
    p.add_argument("paths", nargs="+", help="files, folders or glob patterns")
    p.add_argument("--fields", help="field mapping override for record files: title=headline,body=content")
    p.add_argument("--engine", choices=["local", "ray"], default="local")
    p.add_argument("--workers", type=int, default=1, help="parallel workers (processes or Ray tasks)")
    p.add_argument("--address", help="Ray cluster to join: auto or ray://HOST:PORT (default: start a local Ray)")
    p.add_argument("--extractor", default="rules", help="event extractor (default: rules)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_run)

    p = with_db(sub.add_parser("docs", help="list stored documents"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_docs)

    p = with_db(sub.add_parser("show", help="show one document"))
    p.add_argument("doc", help="document id (file name, record url) or content hash")
    view = p.add_mutually_exclusive_group()
    for flag in ("raw", "clean", "removed", "events"):
        view.add_argument(f"--{flag}", action="store_true")
    p.set_defaults(func=cmd_show)

    p = with_filters(with_db(sub.add_parser("export", help="export documents, events or the actor graph")))
    p.add_argument("what", choices=["docs", "events", "graph"])
    p.add_argument("--format", required=True, choices=["jsonl", "csv", "parquet", "graphml", "gexf"])
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_export)

    p = with_filters(with_db(sub.add_parser("events", help="list event mentions")))
    p.add_argument("--text", help="free text in the sentence or trigger")
    p.add_argument("--json", action="store_true", help="JSON Lines on stdout")
    p.set_defaults(func=cmd_events)

    p = with_db(sub.add_parser("eval", help="score stored events against a gold file"))
    p.add_argument("gold")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("inspect", help="show how a record file will be read")
    p.add_argument("file")
    p.add_argument("--fields")
    p.set_defaults(func=cmd_inspect)

    p = with_db(sub.add_parser("serve", help="web app over the store"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    p = with_db(sub.add_parser("digest", help="write a security digest"))
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--country")
    p.add_argument("--format", choices=["md", "html"], default="md")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_digest)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "format", None) and args.command == "export":
        allowed = {"graph": {"graphml", "gexf"}}.get(args.what, {"jsonl", "csv", "parquet"})
        if args.format not in allowed:
            print(f"allywatch: export {args.what}: --format must be one of {', '.join(sorted(allowed))}", file=sys.stderr)
            return 2
    try:
        return args.func(args)
    except (UsageError, StoreError) as err:
        print(f"allywatch: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `allywatch show … | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("allywatch: interrupted (completed documents are stored; re-run to finish)", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
