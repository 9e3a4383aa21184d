"""Ingest + clean throughput (issue 2), next to trafilatura's own throughput on the same pages.

    .venv/bin/python bench/bench_ingest_clean.py [--pages 2000] [--corpus ../shared/corpus]

The corpus is replicated to --pages distinct pages (a unique marker appended to each copy, so
content hashes differ) in a temporary folder. Both measurements run in this one process, one
core, on the same pages:

* allywatch: `iter_pages` (read, sniff, decode, OpenCC, publication date) + `clean_page`
  (trafilatura for HTML pages; line classifier, SEO-splice and repeat removal for text pages).
* trafilatura: `trafilatura.extract(page.text)` on every page's decoded text, HTML or not (plain
  text pages are handed to it as they are; that is what it would be given without a classifier).

MB/s counts the page text: the UTF-8 bytes of each page's decoded text.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import DEFAULT_CORPUS, cores, replicate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()

    import trafilatura

    from allywatch.clean import clean_page
    from allywatch.ingest import iter_pages
    from allywatch.records import RawPage

    with tempfile.TemporaryDirectory(prefix="allywatch-bench-") as tmp:
        disk_bytes = replicate(args.corpus, args.pages, Path(tmp))

        # warm-up: imports, OpenCC dictionaries, lxml
        for page in iter_pages([str(args.corpus)]):
            if isinstance(page, RawPage):
                clean_page(page)

        t0 = time.perf_counter()
        pages, text_bytes, docs, failures, kept, html_pages = [], 0, 0, 0, 0, 0
        html_bytes, html_clean_s = 0, 0.0
        for item in iter_pages([tmp]):
            if not isinstance(item, RawPage):
                failures += 1
                continue
            c0 = time.perf_counter()
            doc = clean_page(item)
            if item.markup == "html":
                html_clean_s += time.perf_counter() - c0
                html_pages += 1
                html_bytes += len(item.text.encode("utf-8"))
            docs += 1
            kept += len(doc.clean_text)
            text_bytes += len(item.text.encode("utf-8"))
            pages.append((item.markup, item.text))
        ours = time.perf_counter() - t0

        t0 = time.perf_counter()
        extracted, html_extract_s = 0, 0.0
        for markup, text in pages:
            c0 = time.perf_counter()
            out = trafilatura.extract(text)
            if markup == "html":
                html_extract_s += time.perf_counter() - c0
            extracted += len(out or "")
        theirs = time.perf_counter() - t0

    mb = text_bytes / 1e6
    print(f"pages: {docs} ({html_pages} HTML, {docs - html_pages} plain text), {failures} failures; "
          f"page text {mb:.1f} MB ({disk_bytes / 1e6:.1f} MB on disk); 1 process, {cores()} cores available")
    print(f"{'':34}{'seconds':>9}{'docs/s':>10}{'MB/s':>8}")
    print(f"{'allywatch ingest+clean':34}{ours:9.2f}{docs / ours:10.1f}{mb / ours:8.2f}   "
          f"(kept {kept / 1e6:.2f} M chars)")
    print(f"{'trafilatura.extract (same pages)':34}{theirs:9.2f}{docs / theirs:10.1f}{mb / theirs:8.2f}   "
          f"(extracted {extracted / 1e6:.2f} M chars; every page, HTML or not)")
    if html_pages:
        hmb = html_bytes / 1e6
        print(f"HTML pages only ({html_pages}, {hmb:.1f} MB): allywatch clean_page {html_pages / html_clean_s:.1f} docs/s "
              f"{hmb / html_clean_s:.2f} MB/s; trafilatura.extract {html_pages / html_extract_s:.1f} docs/s "
              f"{hmb / html_extract_s:.2f} MB/s (clean_page runs trafilatura plus a removed-text audit)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
