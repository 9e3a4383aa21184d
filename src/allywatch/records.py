"""Typed records passed between pipeline stages.

Every stage is a function from one of these records to another, so the same code runs in one
process or on Ray workers (records are plain dataclasses: picklable and convertible to dicts).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_hash(data: bytes | str) -> str:
    """Stable 16-hex-digit id of a page's bytes (the internal document version id)."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass
class RawPage:
    """One page as read from an input, before decoding decisions about its markup.

    `text` is the decoded page (HTML or plain text); `original` keeps the undecoded-script
    version when the text was converted from Traditional characters.
    """

    doc_id: str  # user-facing id: file base name, record url, or FILE#N
    input_path: str  # the file (or archive member) it came from
    text: str  # decoded page text, Simplified script (what the pipeline reads)
    markup: str  # "html" or "text"
    encoding: str = "utf-8"
    original: str | None = None  # page text in its original script when it was converted
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD), a month-day (--MM-DD) when the page names no year, or None: never guessed
    published_via: str | None = None  # how the date was found (htmldate, ms-marker, dateline, url, field:NAME)
    published_raw: str | None = None  # the original string the date was parsed from
    source: str | None = None  # publisher / site
    meta: dict[str, Any] = field(default_factory=dict)
    hash: str = ""  # content hash of the raw bytes; filled by ingest

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)


@dataclass
class RemovedSpan:
    """A piece of the page the cleaner dropped, and why (so the cleaner is auditable)."""

    text: str
    reason: str  # e.g. "ad-marker", "related-list", "seo-splice", "boilerplate:html"
    start: int = -1  # offset in the pre-cleaning text when known, else -1


@dataclass
class Sentence:
    idx: int
    text: str
    start: int  # character offsets in Document.clean_text
    end: int
    paragraph: int = 0  # index of the paragraph / news item it belongs to


@dataclass
class TimeMention:
    """A normalised time expression found in a sentence."""

    text: str
    start: int  # offsets within the sentence
    end: int
    date: str | None  # ISO: "2023-01-05", "2023-01", "2023", "--01-06", "--01"; None if unresolvable
    date_end: str | None = None
    precision: str = "unknown"  # day | month | year | unknown
    inferred_year: bool = False  # the year came from context, not from the expression
    relative: bool = False  # 当天, 日前, 近日 ...: resolved against an anchor


@dataclass
class ActorMention:
    text: str
    start: int  # offsets within the sentence
    end: int
    codes: list[str]  # one or more actor codes (compounds such as 韩美 expand to several)
    kind: str  # country | org | person | title | compound | demonym | own (我国: the page's state)
    name: str | None = None  # canonical name of a person / organisation
    alias: str | None = None  # an unknown person's name as written after the title (布劳纳), for later mentions


@dataclass
class Event:
    """One event mention, with the fields of ONTOLOGY.md plus provenance and bookkeeping."""

    event_type: str
    source: list[str]
    target: list[str]
    mode: str = ""
    contexts: list[str] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    date_precision: str = "unknown"
    date_inferred: bool = False
    location: str | None = None
    factuality: str = "asserted"
    doc: str = ""
    sentence: str = ""
    span: list[int] = field(default_factory=lambda: [0, 0])
    trigger: str = ""
    trigger_span: list[int] = field(default_factory=lambda: [0, 0])  # within the sentence
    doc_hash: str = ""
    sentence_idx: int = -1
    extractor: str = "rules"
    event_id: str = ""  # id of the merged real-world event this mention belongs to


@dataclass
class Document:
    """The shared document object every stage reads and enriches (spaCy's Doc, for pages)."""

    page: RawPage
    clean_text: str = ""
    removed: list[RemovedSpan] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    status: str = "ok"  # ok | duplicate | skipped
    status_reason: str = ""
    lang: str = "zh"
    duplicate_of: str | None = None
    signature: list[int] = field(default_factory=list)  # MinHash signature for near-duplicate search

    @property
    def doc_id(self) -> str:
        return self.page.doc_id

    @property
    def hash(self) -> str:
        return self.page.hash

    @property
    def chars_removed(self) -> int:
        return sum(len(r.text) for r in self.removed)


@dataclass
class Failure:
    """An input that could not be processed: recorded, reported on one line, never fatal."""

    input: str
    reason: str
    stage: str  # read | decode | parse | clean | code | store

    def line(self) -> str:
        return f"allywatch: {self.input}: {self.stage}: {self.reason}"
