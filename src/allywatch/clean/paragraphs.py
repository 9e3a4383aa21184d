"""Drop paragraphs a page repeats (templates that print the lead twice, pasted-in duplicates).

A repeat would be coded as a second event mention of the same thing, so it is kept once: the
first occurrence stays. Paragraphs compare after removing whitespace and punctuation and folding
ASCII case, so a copy that differs only in spacing, full/half-width punctuation or case still counts.
"""
from __future__ import annotations

import re
import unicodedata

from ..records import RemovedSpan

_NOT_WORD = re.compile(r"[\W_]+")


def paragraph_key(paragraph: str) -> str:
    """What two paragraphs must share to be the same paragraph."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", paragraph)).casefold()


def repeated_indices(paragraphs: list[str]) -> list[int]:
    """Indices of paragraphs whose key was already seen earlier (empty keys never repeat)."""
    seen: set[str] = set()
    repeats = []
    for i, paragraph in enumerate(paragraphs):
        key = paragraph_key(paragraph)
        if key in seen:
            repeats.append(i)
        elif key:
            seen.add(key)
    return repeats


def drop_repeated_paragraphs(text: str) -> tuple[str, list[RemovedSpan]]:
    """Keep the first copy of every paragraph ("\\n"-separated); record later copies as `repeated-paragraph`."""
    lines = text.split("\n")
    drop = set(repeated_indices(lines))
    if not drop:
        return text, []
    removed, kept, pos = [], [], 0
    for i, line in enumerate(lines):
        if i in drop:
            removed.append(RemovedSpan(line, "repeated-paragraph", pos))
        else:
            kept.append(line)
        pos += len(line) + 1
    return "\n".join(kept), removed
