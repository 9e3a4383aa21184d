"""Full pipeline throughput per core (issue 3): ingest, clean, code, next to jieba and rjieba.

    .venv/bin/python bench/bench_pipeline.py [--pages 2000] [--corpus ../shared/corpus]

The corpus is replicated to --pages distinct pages in a temporary folder (a unique marker on
each copy). In one process (one core), on the same pages, in the same run:

* allywatch: `iter_pages` + `pipeline.process_page` (clean, sentences, actors, events, MinHash);
* pure-Python `jieba.lcut` over each page's decoded text;
* `rjieba.cut` (Rust) over the same texts.

MB/s counts the page text (UTF-8 bytes of each page's decoded text). Target: ≥ 2 MB/s per core
(≈ 170 corpus pages/s). Timing is `time.perf_counter`; the store is not included.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import DEFAULT_CORPUS, cores, replicate  # noqa: E402

TARGET_MBS = 2.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()

    import jieba
    import rjieba

    from allywatch.ingest import iter_pages
    from allywatch.pipeline import process_page
    from allywatch.records import RawPage

    jieba.setLogLevel(60)
    with tempfile.TemporaryDirectory(prefix="allywatch-bench-") as tmp:
        replicate(args.corpus, args.pages, Path(tmp))

        # warm-up: imports, dictionaries, lexicons, regex compilation — for all three tools
        warm = [p for p in iter_pages([str(args.corpus)]) if isinstance(p, RawPage)]
        for page in warm:
            process_page(page)
            jieba.lcut(page.text)
            rjieba.cut(page.text)

        t0 = time.perf_counter()
        texts, docs, events, failures, text_bytes = [], 0, 0, 0, 0
        for item in iter_pages([tmp]):
            if not isinstance(item, RawPage):
                failures += 1
                continue
            doc, fails = process_page(item)
            failures += len(fails)
            docs += doc is not None
            events += len(doc.events) if doc is not None else 0
            text_bytes += len(item.text.encode("utf-8"))
            texts.append(item.text)
        ours = time.perf_counter() - t0

        t0 = time.perf_counter()
        jieba_tokens = sum(len(jieba.lcut(t)) for t in texts)
        jieba_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        rjieba_tokens = sum(len(rjieba.cut(t)) for t in texts)
        rjieba_s = time.perf_counter() - t0

    n, mb = len(texts), text_bytes / 1e6
    print(f"pages: {n}, page text {mb:.1f} MB, {events} event mentions, {failures} failures; "
          f"1 process (per-core figures), {cores()} cores available")
    print(f"{'':40}{'seconds':>9}{'pages/s':>10}{'MB/s':>8}")
    print(f"{'allywatch pipeline (ingest+clean+code)':40}{ours:9.2f}{n / ours:10.1f}{mb / ours:8.2f}   "
          f"{'meets' if mb / ours >= TARGET_MBS else 'BELOW'} the {TARGET_MBS} MB/s/core target")
    print(f"{'jieba.lcut (pure Python)':40}{jieba_s:9.2f}{n / jieba_s:10.1f}{mb / jieba_s:8.2f}   "
          f"({jieba_tokens} tokens)")
    print(f"{'rjieba.cut (Rust)':40}{rjieba_s:9.2f}{n / rjieba_s:10.1f}{mb / rjieba_s:8.2f}   "
          f"({rjieba_tokens} tokens)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
