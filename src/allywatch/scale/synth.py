"""Corpus-like pages for scale tests and benchmarks, generated from real pages.

Replicating pages verbatim would only exercise the "already stored" path, and light edits would
be caught as near-duplicates (and never coded), so each page is a fresh mix: sentences drawn
from the whole corpus, shuffled into paragraphs, with dates and numbers changed. The pages then
read like news (same vocabulary, actors and event sentences) and are coded like news, but most
are distinct documents. Seeded: the same arguments give the same pages.
"""
from __future__ import annotations

import gzip
import io
import json
import random
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

DEFAULT_CORPUS = "/work/shared/corpus"
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
_NUMBER = re.compile(r"(?<![\d月])\d{1,3}(?![\d月日])")


@lru_cache(maxsize=4)
def corpus_sentences(corpus: str = DEFAULT_CORPUS) -> tuple[str, ...]:
    """Sentences of the cleaned corpus pages (the cleaner drops their boilerplate first)."""
    from ..clean import clean_page
    from ..ingest import iter_pages
    from ..records import RawPage

    sentences = []
    for page in iter_pages([corpus]):
        if isinstance(page, RawPage):
            sentences += [s.strip() for s in _SENTENCE.findall(clean_page(page).clean_text) if len(s.strip()) >= 12]
    if not sentences:
        raise ValueError(f"{corpus}: no usable sentences")
    return tuple(sentences)


def _perturb(sentence: str, rng: random.Random) -> str:
    sentence = _DATE.sub(lambda m: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", sentence)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 999)), sentence)


def synth_page(index: int, seed: int = 0, corpus: str = DEFAULT_CORPUS) -> dict[str, str]:
    """One page as a record: url, title, published, body (paragraphs of mixed, perturbed sentences)."""
    rng = random.Random(f"{seed}:{index}")
    pool = corpus_sentences(corpus)
    paragraphs = ["".join(_perturb(rng.choice(pool), rng) for _ in range(rng.randint(2, 5)))
                  for _ in range(rng.randint(6, 14))]
    year = rng.choice([2022, 2023, 2024])
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"url": f"https://news.example/{seed}/{index}.html", "title": paragraphs[0][:24],
            "published": published, "body": "\n\n".join(paragraphs)}


def synth_pages(n: int, seed: int = 0, start: int = 0, corpus: str = DEFAULT_CORPUS) -> Iterator[dict[str, str]]:
    for index in range(start, start + n):
        yield synth_page(index, seed, corpus)


def write_shards(records: Iterator[dict[str, str]], folder: str | Path, per_shard: int = 1000) -> list[Path]:
    """Write records as `.jsonl.gz` shards (the shape of a crawl export), streaming."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    out = None
    for i, record in enumerate(records):
        if i % per_shard == 0:
            if out:
                out.close()
            shards.append(folder / f"shard-{len(shards):05d}.jsonl.gz")
            out = gzip.open(shards[-1], "wt", encoding="utf-8", compresslevel=1)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return shards


def write_warc(records: Iterator[dict[str, str]], path: str | Path) -> Path:
    """Write records as HTML response records of a gzipped WARC (the shape of a Common Crawl shard).
    Needs warcio (a test dependency); allywatch itself reads WARC with fastwarc."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for record in records:
            paragraphs = "".join(f"<p>{p}</p>" for p in record["body"].split("\n\n"))
            html = f"<html><head><title>{record['title']}</title></head><body><article>{paragraphs}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(record["url"], "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
    return Path(path)
