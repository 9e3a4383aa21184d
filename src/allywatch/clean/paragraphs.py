"""Drop paragraphs a page repeats (templates that print the lead twice, pasted-in duplicates).

A repeat would be coded as a second event mention of the same thing, so it is kept once: the
first occurrence stays. Paragraphs compare after removing whitespace and punctuation and folding
ASCII case, so a copy that differs only in spacing, full/half-width punctuation or case still counts.
"""
from __future__ import annotations

import re
import unicodedata

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

