"""Sentence splitting for Chinese news text, with character spans in the clean text.

Splits after 。！？!? (and ；only between list items), keeping closing quotes and brackets with
the sentence they close; never splits inside brackets or quotes; each line is its own paragraph,
so headings and list items (`1. 共同关切:`) stay separate sentences.
"""
from __future__ import annotations

import re

from ..records import Sentence

_TERMINALS = set("。！？!?")
_CLOSERS = set("”’」』)）】》\"'")
_OPEN_CLOSE = {"(": ")", "（": "）", "“": "”", "「": "」", "『": "』", "【": "】", "《": "》"}
_SPECIAL = re.compile("[" + re.escape("".join(sorted(_TERMINALS | _CLOSERS | set(_OPEN_CLOSE)))) + "]")
_MAX_NESTED_CHARS = 300  # an unclosed bracket must not swallow the rest of a paragraph


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        for start, end in _split_line(line):
            chunk = line[start:end]
            lstrip = len(chunk) - len(chunk.lstrip())
            rstrip = len(chunk) - len(chunk.rstrip())
            if chunk.strip():
                sentences.append(Sentence(len(sentences), chunk.strip(), offset + start + lstrip,
                                          offset + end - rstrip, paragraph))
        offset += len(line) + 1
    return sentences


def _split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one line. Only terminals, brackets and quotes can change anything, so the
    scan jumps from one to the next; the characters jumped over only age an open bracket."""
    spans, start, stack, opened_at = [], 0, [], 0
    n, pos, last = len(line), 0, -1  # last: the last position looked at
    while m := _SPECIAL.search(line, pos):
        i, ch = m.start(), m.group()
        if stack and i - 1 > last and i - 1 - opened_at > _MAX_NESTED_CHARS:
            stack.clear()  # an unclosed bracket expired on a character jumped over
        last, pos = i, i + 1
        if stack and (ch == stack[-1]):
            stack.pop()
        elif ch in _OPEN_CLOSE and not (ch == "“" and stack and stack[-1] == "”"):
            if not stack:
                opened_at = i
            stack.append(_OPEN_CLOSE[ch])
        elif stack and i - opened_at > _MAX_NESTED_CHARS:
            stack.clear()
        if ch in _TERMINALS and not stack:
            j = i + 1
            while j < n and (line[j] in _TERMINALS or line[j] in _CLOSERS):
                j += 1
            spans.append((start, j))
            start, pos, last = j, j, j - 1
        elif ch in _TERMINALS and stack and stack[-1] in "”」』" and i + 1 < n and line[i + 1] == stack[-1]:
            # `…表示“…。”` : a quote that ends with the sentence closes it
            stack.pop()
            spans.append((start, i + 2))
            start, pos, last = i + 2, i + 2, i + 1
    if start < n:
        spans.append((start, n))
    return spans
