"""Shared by the benchmarks: replicate the shared corpus to N distinct pages in a temp folder."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def replicate(corpus: Path, n: int, out: Path) -> int:
    """Write n pages cycling over the corpus files; each copy gets a unique trailing marker
    (an HTML comment for HTML pages, a line for text pages) so every content hash differs.
    Returns the total bytes written."""
    sources = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    if not sources:
        raise SystemExit(f"no pages in {corpus}")
    data = [(p, p.read_bytes()) for p in sources]
    total = 0
    for i in range(n):
        src, raw = data[i % len(data)]
        html = b"<div" in raw[:4096] or b"<p" in raw[:4096]
        marker = f"\n<!-- copy {i} -->\n" if html else f"\n编号 {i}\n"
        body = raw + marker.encode("utf-8")
        (out / f"{i:05d}_{src.name}").write_bytes(body)
        total += len(body)
    return total


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
