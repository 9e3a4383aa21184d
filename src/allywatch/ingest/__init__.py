"""Ingest: paths → RawPage records (or Failure records), streamed one input at a time.

Folders are walked recursively and glob patterns expanded; each file is sniffed by content and
handed to the reader for its format. A reader never raises for bad input: it yields a Failure
and goes on, so one bad file or record never stops a run.
"""
from __future__ import annotations

import glob
import gzip
import io
import os
import stat
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from ..records import Failure, RawPage
from .decode import UndecodableInput, decode
from .page import make_page
from .sniff import sniff
from .warc import lossy_failure, read_warc

MAX_PAGE_BYTES = 20 * 2**20  # a single page larger than this is recorded as a failure, not parsed
RECORD_FORMATS = {"json", "jsonl", "csv", "tsv", "parquet", "markdown", "zip", "tar"}


def expand_paths(paths: list[str]) -> Iterator[str | Failure]:
    """Files under the given paths, in a stable order; missing paths become Failures."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Failure(raw, "no file matches this pattern", "read")
        for path in matches:
            if os.path.isdir(path):
                for root, dirs, files in os.walk(path):
                    dirs.sort()
                    for name in sorted(files):
                        if not name.startswith("."):
                            yield os.path.join(root, name)
            elif os.path.exists(path):
                yield path
            else:
                yield Failure(path, "no such file or directory", "read")


def iter_pages(paths: list[str], fields: dict[str, str] | None = None) -> Iterator[RawPage | Failure]:
    for path in expand_paths(paths):
        if isinstance(path, Failure):
            yield path
            continue
        yield from read_path(path, fields)


def read_path(path: str, fields: dict[str, str] | None = None) -> Iterator[RawPage | Failure]:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # opening a FIFO would block the run forever
            yield Failure(path, "not a regular file (FIFO, socket or device)", "read")
            return
        stream = open(path, "rb")
    except OSError as err:
        yield Failure(path, f"cannot open: {err.strerror or err}", "read")
        return
    with stream:
        yield from read_stream(stream, path, Path(path).name, fields)


def read_stream(stream: BinaryIO, path: str, doc_name: str, fields: dict[str, str] | None = None) -> Iterator[RawPage | Failure]:
    """Dispatch an open binary stream by its sniffed format. `doc_name` is the user-facing id base."""
    try:
        head = stream.read(65536)
        stream.seek(0)
    except OSError as err:
        yield Failure(path, f"cannot read: {err.strerror or err}", "read")
        return
    fmt = sniff(head, doc_name)
    if fmt == "gzip":
        inner_name = doc_name[:-3] if doc_name.lower().endswith(".gz") else doc_name
        gz = gzip.GzipFile(fileobj=stream)
        try:
            inner_head = gz.peek(65536)[:65536] if hasattr(gz, "peek") else b""
        except (OSError, EOFError) as err:
            yield Failure(path, f"not a valid gzip file ({err})", "read")
            return
        inner_fmt = sniff(inner_head, inner_name)
        if inner_fmt == "warc":
            yield from read_warc(stream_reset(stream), path, MAX_PAGE_BYTES)  # fastwarc reads gzip itself
        elif inner_fmt in RECORD_FORMATS:
            safe = _SafeGzip(gz)
            yield from _read_records(inner_fmt, safe, path, fields)
            if safe.truncated:
                yield Failure(path, f"truncated or corrupt gzip data; records before the cut were read ({safe.truncated})", "read")
        else:
            yield from _read_page(_read_limited(gz, path), path, doc_name)
        return
    if fmt == "warc":
        yield from read_warc(stream, path, MAX_PAGE_BYTES)
    elif fmt in RECORD_FORMATS:
        yield from _read_records(fmt, stream, path, fields)
    elif fmt == "empty":
        yield Failure(path, "empty file", "read")
    elif fmt == "binary":
        yield Failure(path, "binary content, not a text page", "decode")
    else:
        yield from _read_page(_read_limited(stream, path), path, doc_name)


def stream_reset(stream: BinaryIO) -> BinaryIO:
    stream.seek(0)
    return stream


def _read_limited(stream: BinaryIO, path: str) -> bytes | Failure:
    try:
        data = stream.read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError) as err:
        return Failure(path, f"truncated or corrupt compressed data ({err})", "read")
    if len(data) > MAX_PAGE_BYTES:
        return Failure(path, f"page larger than {MAX_PAGE_BYTES // 2**20} MB limit", "read")
    return data


def _read_page(data: bytes | Failure, path: str, doc_name: str) -> Iterator[RawPage | Failure]:
    if isinstance(data, Failure):
        yield data
        return
    if not data.strip():
        yield Failure(path, "empty file", "read")
        return
    try:
        decoded = decode(data)
    except UndecodableInput as err:
        yield Failure(path, str(err), "decode")
        return
    if decoded.encoding == "utf-8-lossy":
        yield lossy_failure(path, decoded.text)
    yield make_page(doc_name, path, decoded.text, raw_bytes=data, encoding=decoded.encoding,
                    original=decoded.original)


class _SafeGzip(io.RawIOBase):
    """A gzip stream that ends where its data is cut short, remembering why: the records read
    before the cut are kept (a crawl shard cut in transfer loses only its tail), then reported."""

    def __init__(self, gz: gzip.GzipFile):
        self._gz, self.truncated = gz, ""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._gz.read1(len(buffer))  # read() would drop what it decoded before the cut
        except (EOFError, OSError, zlib.error) as err:
            self.truncated, data = str(err), b""
        buffer[: len(data)] = data
        return len(data)


def _read_records(fmt: str, stream: BinaryIO, path: str, fields: dict[str, str] | None) -> Iterator[RawPage | Failure]:
    from .records import read_records

    yield from read_records(fmt, stream, path, fields)
