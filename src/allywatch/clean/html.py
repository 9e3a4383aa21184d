"""HTML pages: main text with trafilatura; everything else on the page is recorded as removed."""
from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

from ..records import RemovedSpan

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg"}
_WS = re.compile(r"\s+")


def extract_main_text(html: str, url: str | None = None) -> tuple[str, str | None]:
    """(main text, title). favor_recall keeps short lines such as a bare date line."""
    doc = trafilatura.bare_extraction(html, url=url, favor_recall=True, include_comments=False,
                                      include_tables=True, deduplicate=False, with_metadata=True)
    if doc is None:
        return "", None
    return (doc.text or "").strip(), (doc.title or None)


def visible_text_blocks(html: str) -> list[str]:
    """Text of the page as a reader would see it, one entry per text node (tags, scripts dropped)."""
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    blocks = []
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag.lower() in _SKIP_TAGS:
            continue
        for piece in (node.text, node.tail if node.getparent() is not None and
                      (not isinstance(node.getparent().tag, str) or node.getparent().tag.lower() not in _SKIP_TAGS) else None):
            piece = _WS.sub(" ", piece or "").strip()
            if piece:
                blocks.append(piece)
    return blocks


def removed_blocks(html: str, kept_text: str) -> list[RemovedSpan]:
    """Visible text blocks that trafilatura did not keep, each recorded as `html-boilerplate`."""
    kept = _WS.sub("", kept_text)
    removed, seen = [], set()
    for block in visible_text_blocks(html):
        key = _WS.sub("", block)
        if key and key not in kept and key not in seen:
            seen.add(key)
            removed.append(RemovedSpan(block, "html-boilerplate", html.find(block)))
    return removed


def clean_html(html: str, url: str | None = None) -> tuple[str, list[RemovedSpan], str | None]:
    text, title = extract_main_text(html, url)
    return text, removed_blocks(html, text), title
