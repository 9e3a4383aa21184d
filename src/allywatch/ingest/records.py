"""Crawler record files → pages: JSON, JSON Lines, CSV/TSV, Parquet, Markdown with YAML front
matter, and zip/tar bundles of any of these (or of plain pages).

Users hold what their crawler wrote, so each file is read as it is: its columns are mapped to page
fields on its first records (`fields.detect_fields`), then every record becomes one page. Files
are streamed where the format allows (JSON Lines, CSV, Parquet batches, bundle members), so a
large export never sits in memory whole; a `.json` document has to be parsed whole.

A bad record yields a Failure and the rest of the file goes on. A record whose date field does not
parse yields a Failure *and* its page, with the date left to the page's own evidence (meta tags,
date lines), so no article is lost for a malformed timestamp.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tarfile
import zipfile
from itertools import chain, islice
from typing import Any, BinaryIO, Iterable, Iterator

import yaml

from ..records import Failure, RawPage
from .decode import UndecodableInput, decode_bytes, to_simplified
from .fields import FieldMapping, detect_fields, is_named, parse_date
from .page import make_page
from .pubdate import PubDate

SAMPLE = 50  # records the field mapping is decided on
HEAD = 65536  # bytes read ahead to judge a stream's encoding (and, for members, its format)
MD_BODY = "(markdown body)"  # the column name a Markdown file's body text is reported under

Item = tuple[int, dict[str, Any]] | Failure  # (position in the file, record) or a bad record


def read_records(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None = None) -> Iterator[RawPage | Failure]:
    """Pages (and Failures) of one record file or bundle; never raises for bad input."""
    reader = {"json": _json, "jsonl": _jsonl, "csv": _csv, "tsv": _csv, "parquet": _parquet,
              "markdown": _markdown, "zip": _zip, "tar": _tar}[fmt]
    try:
        yield from reader(fmt, stream, path, fields)
    except (OSError, EOFError, ValueError, csv.Error, tarfile.TarError, zipfile.BadZipFile) as err:
        # Truncated or corrupt data (pyarrow's errors are ValueError/OSError subclasses too):
        # what was read so far stands, the rest of the file is one failure.
        yield Failure(path, f"unreadable {fmt} data ({type(err).__name__}: {err})", "read")


# --- records → pages ------------------------------------------------------------------------


def _pages(fmt: str, items: Iterable[Item], path: str, fields: dict[str, str] | None,
           encoding: str = "utf-8", mapping: FieldMapping | None = None) -> Iterator[RawPage | Failure]:
    """Decide the mapping on the first SAMPLE records (held back meanwhile), then page every record."""
    items = iter(items)
    head = list(islice(items, SAMPLE))
    if mapping is None:
        mapping = detect_fields([item[1] for item in head if not isinstance(item, Failure)], fields)
    base = _id_base(path)
    for item in chain(head, items):
        if isinstance(item, Failure):
            yield item
        else:
            yield from _page(fmt, *item, mapping, path, base, encoding)


def _page(fmt: str, n: int, record: dict[str, Any], mapping: FieldMapping, path: str, base: str,
          encoding: str) -> Iterator[RawPage | Failure]:
    where = f"{path}#{n}"
    column = mapping.columns.get
    body = _text(record.get(column("body")))
    if not body or not body.strip():
        why = f"field '{column('body')}' is empty" if column("body") else "no body field found"
        yield Failure(where, f"no body ({why})", "parse")
        return
    published = None
    raw_date = record.get(column("published"))
    if raw_date is not None and str(raw_date).strip():
        iso = parse_date(raw_date)
        if iso:
            published = PubDate(iso, f"field:{column('published')}", str(raw_date))
        else:
            yield Failure(where, f"unparseable date '{raw_date}' in field '{column('published')}'", "parse")
    url = (_text(record.get(column("url"))) or "").strip()
    url = url if re.match(r"[a-z][a-z0-9+.-]*://\S+$", url, re.I) else None  # relative links are no id
    text, original = to_simplified(body)
    used = set(mapping.columns.values())
    yield make_page(
        url or f"{base}#{n}", path, text, encoding=encoding, original=original,
        title=_simplified(record.get(column("title"))), url=url, published=published,
        source=_simplified(record.get(column("source"))),
        meta={"format": fmt, "mapping": mapping.as_dict(), "record": n,
              "fields": {k: _plain(v) for k, v in record.items() if k not in used}},
    )


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):  # a binary column (Parquet) holding a page's bytes
        try:
            return decode_bytes(value)[0]
        except UndecodableInput:
            return None
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _simplified(value: Any) -> str | None:
    text = (_text(value) or "").strip()
    return to_simplified(text)[0] if text else None


def _plain(value: Any) -> Any:
    """Metadata is stored as JSON: dates, bytes and other library types become strings."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _id_base(path: str) -> str:
    """`FILE` for a file; `BUNDLE:member/path` for a bundle member (whose path is `BUNDLE_PATH:member`)."""
    for i, ch in enumerate(path):
        if ch == ":" and os.path.isfile(path[:i]):
            return os.path.basename(path[:i]) + path[i:]
    return os.path.basename(path)


# --- formats --------------------------------------------------------------------------------


def _json(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    text, encoding = decode_bytes(stream.read())
    try:
        data = json.loads(text)
    except ValueError as err:
        if _first_line_is_object(text):  # JSON Lines whose early lines are broken: sniffed as JSON
            yield from _pages("jsonl", _jsonl_items(io.StringIO(text), path), path, fields, encoding)
        else:
            yield Failure(path, f"not valid JSON ({err})", "parse")
        return
    records = _json_records(data)
    if not records:
        yield Failure(path, "JSON holds no records (objects)", "parse")
        return
    items = ((n, r) if isinstance(r, dict) else Failure(f"{path}#{n}", "record is not a JSON object", "parse")
             for n, r in enumerate(records))
    yield from _pages(fmt, items, path, fields, encoding)


def _json_records(data: Any) -> list:
    """An array of records; or, in an object, the largest array of objects at any depth (`{"data":
    {"items": [...]}}`); or the object itself, when it is a record (has a body-named text field)."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    is_record = any(isinstance(v, str) and is_named(k, "body") for k, v in data.items())
    return (None if is_record else _largest_list(data)) or [data]


def _largest_list(obj: dict) -> list | None:
    best = None
    for value in obj.values():
        if isinstance(value, list) and any(isinstance(v, dict) for v in value):
            found = value
        elif isinstance(value, dict):
            found = _largest_list(value)
        else:
            continue
        if found and (best is None or len(found) > len(best)):
            best = found
    return best


def _jsonl(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    lines, encoding = _text_stream(stream)
    yield from _pages(fmt, _jsonl_items(lines, path, lambda: bool(getattr(stream, "truncated", None))),
                      path, fields, encoding)


def _jsonl_items(lines: Iterable[str], path: str, truncated=lambda: False) -> Iterator[Item]:
    """Records of a JSON Lines stream. A bad last line without its newline is held back: if the
    stream turns out truncated, the truncation failure covers it; otherwise it is reported."""
    n = 0  # position among non-blank lines: blank lines do not shift ids
    held = None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            failure = Failure(f"{path}#{n}", f"line {lineno} is not JSON ({err.msg})", "parse")
            if line.endswith("\n"):
                yield failure
            else:
                held = failure
        else:
            yield (n, record) if isinstance(record, dict) else Failure(f"{path}#{n}", f"line {lineno} is not a JSON object", "parse")
        n += 1
    if held and not truncated():
        yield held


def _first_line_is_object(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _csv(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    lines, encoding = _text_stream(stream, newline="")
    first = lines.readline()
    delimiter = "\t" if fmt == "tsv" else max(",\t;|", key=first.count)
    csv.field_size_limit(1 << 28)  # a cell may hold a whole HTML page; the default limit is 128 KB
    rows = csv.reader(chain([first], lines), delimiter=delimiter)
    header = [h.strip() for h in next(rows, [])]
    if not any(header):
        yield Failure(path, "CSV has no header row", "parse")
        return

    def items() -> Iterator[Item]:
        for n, row in enumerate(r for r in rows if any(cell.strip() for cell in r)):
            if len(row) == len(header):
                yield n, dict(zip(header, row))
            else:
                yield Failure(f"{path}#{n}", f"row ending on line {rows.line_num} has {len(row)} fields, the header {len(header)}", "parse")

    yield from _pages(fmt, items(), path, fields, encoding)


def _parquet(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    import pyarrow.parquet as pq

    if not stream.seekable():  # Parquet's footer is at the end: a compressed or archived file is buffered
        stream = io.BytesIO(stream.read())
    batches = pq.ParquetFile(stream).iter_batches(batch_size=1000)
    yield from _pages(fmt, enumerate(row for batch in batches for row in batch.to_pylist()), path, fields)


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)(.*)\Z", re.S)
_MARKDOWN = [  # light stripping: the syntax a news text would carry, not a full Markdown renderer
    (re.compile(r"^ {0,3}(?:[-*_] *){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"^ {0,3}#{1,6}[ \t]*(.*?)[ \t#]*$", re.M), r"\1"),  # headings
    (re.compile(r"^ {0,3}> ?", re.M), ""),  # block quotes
    (re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M), ""),  # reference link definitions
    (re.compile(r"!?\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])"), r"\1"),  # links and images → their text
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong, strike-through
    (re.compile(r"\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*"), r"\1"),  # *emphasis*
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),  # _emphasis_ (not snake_case)
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
]


def strip_markdown(text: str) -> str:
    for pattern, repl in _MARKDOWN:
        text = pattern.sub(repl, text)
    return text.strip()


def _markdown(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    """One record: the front matter's fields, and the Markdown body (lightly stripped) as the body."""
    text, encoding = decode_bytes(stream.read())
    m = _FRONT_MATTER.match(text)
    try:
        front = yaml.safe_load(m.group(1)) if m else {}
    except yaml.YAMLError as err:
        yield Failure(path, f"front matter is not valid YAML ({err})", "parse")
        return
    if not isinstance(front, dict):
        front = {}  # a bare `---` block holding no fields
    record = {str(k): v for k, v in front.items()}
    record[MD_BODY] = strip_markdown(m.group(2) if m else text)
    mapping = detect_fields([record], {"body": MD_BODY, **(fields or {})})
    if mapping.columns["body"] == MD_BODY:
        mapping.how["body"] = "markdown"
    yield from _pages(fmt, [(0, record)], path, fields, encoding, mapping)


def _zip(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    from . import read_stream

    if not stream.seekable():  # a zip's directory is at its end
        stream = io.BytesIO(stream.read())
    base = _id_base(path)
    with zipfile.ZipFile(stream) as bundle:
        for info in bundle.infolist():
            if not info.is_dir() and _wanted(info.filename):
                with bundle.open(info) as member:
                    yield from read_stream(member, f"{path}:{info.filename}", f"{base}:{info.filename}", fields)


def _tar(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    """Stream mode (`r|*`): members are read in order, so a .tar.gz is never held whole."""
    from . import read_stream

    base = _id_base(path)
    with tarfile.open(fileobj=stream, mode="r|*") as bundle:
        for info in bundle:
            if info.isfile() and _wanted(info.name):
                member = bundle.extractfile(info)
                yield from read_stream(_Peeked(member), f"{path}:{info.name}", f"{base}:{info.name}", fields)


def _wanted(name: str) -> bool:
    """Skip hidden files and macOS resource forks, as folder walking does."""
    return not any(part.startswith(".") or part == "__MACOSX" for part in name.split("/"))


# --- streams --------------------------------------------------------------------------------


class _Peeked(io.RawIOBase):
    """A forward-only byte stream whose first bytes are read ahead, then served again.

    The head is what encoding and format sniffing look at; read_stream rewinds a member after
    sniffing it, which a tar member in stream mode cannot do itself.
    """

    def __init__(self, raw: BinaryIO):
        self._raw, self.head, self._pos = raw, raw.read(HEAD), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.head[self._pos:self._pos + len(buffer)] if self._pos < len(self.head) else self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if (offset, whence) == (0, io.SEEK_CUR):
            return self._pos
        if (offset, whence) != (0, io.SEEK_SET) or self._pos > len(self.head):
            raise io.UnsupportedOperation("a peeked stream only rewinds within its head")
        self._pos = 0
        return 0


def _text_stream(stream: BinaryIO, newline: str | None = None) -> tuple[io.TextIOWrapper, str]:
    """A text reader over a byte stream, its encoding judged (by the package's decoder) on the
    head's complete lines, so a character cut at the head's end does not mislead it."""
    peeked = _Peeked(stream)
    end = peeked.head.rfind(b"\n")
    _, encoding = decode_bytes(peeked.head[: end + 1] if end > 0 else peeked.head)
    encoding = "utf-8" if encoding == "utf-8-lossy" else encoding
    codec = "utf-8-sig" if encoding == "utf-8" else encoding  # drop a byte-order mark
    return io.TextIOWrapper(io.BufferedReader(peeked), codec, errors="replace", newline=newline), encoding
