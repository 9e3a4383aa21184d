"""What an input is, from its first bytes (and only then its name).

Extensions lie: a `.txt` may hold HTML, a `.json` may be JSON Lines, a `.gz` may hold WARC.
"""
from __future__ import annotations

import re

_HTML_TAGS = re.compile(rb"<(?:!doctype html|html|head|body|div|p|br|span|a|article|section|h[1-6]|img|table|li|ul|meta|script)\b", re.I)
_FRONT_MATTER = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n.*?\r?\n---[ \t]*\r?\n", re.S)


def sniff(head: bytes, name: str = "") -> str:
    """Return one of: gzip warc zip tar parquet json jsonl csv tsv markdown html text binary empty."""
    lower = name.lower()
    if not head.strip():
        return "empty"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"PAR1"):
        return "parquet"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        lines = [ln for ln in stripped.splitlines() if ln.strip()]
        multi_objects = len(lines) > 1 and all(ln.lstrip().startswith(b"{") for ln in lines[: min(len(lines), 5)] if ln)
        if stripped[:1] == b"{" and multi_objects and lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
            return "jsonl"
        if stripped[:1] == b"{" and multi_objects and lines[0].rstrip().endswith(b"}"):
            return "jsonl"
        return "json"
    if lower.endswith((".csv", ".tsv")) and not stripped.startswith(b"<"):
        return "csv" if lower.endswith(".csv") else "tsv"
    if _FRONT_MATTER.match(head) and not lower.endswith((".html", ".htm")):
        return "markdown"
    if len(_HTML_TAGS.findall(head[:65536])) >= 2:
        return "html"
    if _binary(head):
        return "binary"
    return "text"


def _binary(head: bytes) -> bool:
    from .decode import looks_binary

    return looks_binary(head)
