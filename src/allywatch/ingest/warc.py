"""HTML response records from WARC files (plain or gzipped), streamed with fastwarc."""
from __future__ import annotations

from typing import BinaryIO, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..records import Failure, RawPage
from .decode import UndecodableInput, decode, to_simplified
from .page import make_page


def lossy_failure(where: str, text: str) -> Failure:
    """A page kept although some of its bytes decoded in no encoding (invalid UTF-8, mixed encodings)."""
    return Failure(where, f"invalid or mixed encodings: {text.count(chr(0xFFFD))} undecodable characters replaced, "
                          "page kept", "decode")


def read_warc(stream: BinaryIO, name: str, max_page_bytes: int) -> Iterator[RawPage | Failure]:
    """One RawPage per HTML response record; a truncated archive yields what was read, then a Failure."""
    count = 0
    try:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            uri = record.headers.get("WARC-Target-URI") or f"{name}#{count}"
            count += 1
            ctype = (record.http_content_type or "").lower()
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            body = record.reader.read(max_page_bytes + 1)
            if not body.strip():
                yield Failure(f"{name}#{uri}", "record has no body (truncated or empty response)", "read")
                continue
            if len(body) > max_page_bytes:
                yield Failure(f"{name}#{uri}", f"page larger than {max_page_bytes // 2**20} MB", "read")
                continue
            if len(body) < record.content_length:  # fastwarc ends a cut-short archive without raising
                yield Failure(f"{name}#{uri}", f"truncated WARC record ({len(body)} of {record.content_length} bytes)", "read")
                continue
            try:
                charset = record.http_charset
                if charset:
                    try:
                        text, original = to_simplified(body.decode(charset))
                        encoding = charset
                    except (UnicodeDecodeError, LookupError):
                        decoded = decode(body)
                        text, original, encoding = decoded.text, decoded.original, decoded.encoding
                else:
                    decoded = decode(body)
                    text, original, encoding = decoded.text, decoded.original, decoded.encoding
            except UndecodableInput as err:
                yield Failure(f"{name}#{uri}", str(err), "decode")
                continue
            if encoding == "utf-8-lossy":
                yield lossy_failure(f"{name}#{uri}", text)
            yield make_page(uri, name, text, raw_bytes=body, encoding=encoding, original=original,
                            markup="html", url=uri, meta={"warc_date": str(record.record_date or "")})
    except Exception as err:  # fastwarc raises on truncated or corrupt archives
        yield Failure(name, f"truncated or corrupt WARC after {count} records ({type(err).__name__}: {err})", "read")
