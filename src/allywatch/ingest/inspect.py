"""`allywatch inspect FILE`: what a run would read from a file, for a user to check before a long run.

It reads the file exactly as `allywatch run` does (same readers, same `--fields` overrides), so
the mapping, counts and sample it shows are the ones the run will use.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..records import Failure, RawPage
from . import iter_pages
from .fields import TARGETS
from .sniff import sniff

SAMPLE_CHARS = 200
MAX_FAILURE_LINES = 5


def inspect_file(path: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    """Format, field mapping per input (file or bundle member), record and failure counts, one sample."""
    report: dict[str, Any] = {"path": path, "format": _format(path), "records": 0, "failures": 0,
                              "failure_lines": [], "inputs": {}, "sample": None}
    for item in iter_pages([path], fields):
        if isinstance(item, Failure):
            report["failures"] += 1
            if len(report["failure_lines"]) < MAX_FAILURE_LINES:
                report["failure_lines"].append(item.line())
            continue
        report["records"] += 1
        part = report["inputs"].setdefault(item.input_path, {
            "format": item.meta.get("format", item.markup), "mapping": item.meta.get("mapping", {}), "records": 0})
        part["records"] += 1
        if report["sample"] is None:
            report["sample"] = _sample(item)
    return report


def _format(path: str) -> str:
    try:
        with open(path, "rb") as f:
            fmt = sniff(f.read(65536), Path(path).name)
        if fmt == "gzip":
            with gzip.open(path) as f:
                return f"{sniff(f.read(65536), Path(path).name[:-3])} (gzip)"
    except (OSError, EOFError):
        return "unreadable"
    return fmt


def _sample(page: RawPage) -> dict[str, Any]:
    return {"id": page.doc_id, "title": page.title, "published": page.published,
            "published_via": page.published_via, "published_raw": page.published_raw,
            "markup": page.markup, "text": _visible_text(page)[:SAMPLE_CHARS]}


def _visible_text(page: RawPage) -> str:
    """The page's text without tags (the cleaner does more; this is for a quick look)."""
    text = page.text
    if page.markup == "html":
        import lxml.html

        tree = lxml.html.fromstring(text)
        for element in tree.xpath("//script|//style|//head"):
            element.drop_tree()
        text = " ".join(tree.itertext())  # a space between blocks, which text_content() runs together
    return re.sub(r"\s+", " ", text).strip()


def _pad(text: str, width: int) -> str:
    """Left-justify by display width: a Chinese character takes two columns in a terminal."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - shown)


def format_inspection(report: dict[str, Any]) -> str:
    lines = [f"file:      {report['path']}", f"format:    {report['format']}",
             f"records:   {report['records']}   failures: {report['failures']}"]
    for name, part in report["inputs"].items():
        if name != report["path"]:
            lines.append(f"member:    {name}   ({part['format']}, {part['records']} records)")
        if part["mapping"]:
            lines.append("fields:")
            for target in TARGETS:
                found = part["mapping"].get(target)
                where = f"{_pad(found['column'], 16)}(by {found['how']})" if found else "-   (not found)"
                lines.append(f"  {target:<10} ← {where}")
    sample = report["sample"]
    if sample:
        date = sample["published"] or "-"
        if sample["published"]:
            date += f"   (via {sample['published_via']}: {sample['published_raw']!r})"
        lines += ["sample:", f"  id:        {sample['id']}", f"  title:     {sample['title'] or '-'}",
                  f"  published: {date}", f"  text:      {sample['text']}"]
    if report["failure_lines"]:
        lines.append("failures:")
        lines += [f"  {line}" for line in report["failure_lines"]]
        if report["failures"] > len(report["failure_lines"]):
            lines.append(f"  … and {report['failures'] - len(report['failure_lines'])} more")
    return "\n".join(lines)
