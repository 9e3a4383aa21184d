"""HTML pages: main text with trafilatura; everything else on the page is recorded as removed."""
from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

from ..records import RemovedSpan

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg"}
_WS = re.compile(r"\s+")


_DOCUMENT = re.compile(r"<(html|body)\b", re.I)


def extract_main_text(html: str, url: str | None = None, want_title: bool = True) -> tuple[str, str | None]:
    """(main text, title). favor_recall keeps short lines such as a bare date line. A fragment
    (a crawler's `content` column: <article><p>…) is given the document around it that
    trafilatura needs to find anything. The title comes with the page's metadata (dates, authors:
    a third of the extraction's time), read only if `want_title`; the text does not depend on it."""
    if not _DOCUMENT.search(html, 0, 4096):
        html = f"<html><body>{html}</body></html>"
    doc = trafilatura.bare_extraction(html, url=url, favor_recall=True, include_comments=False,
                                      include_tables=True, deduplicate=False, with_metadata=want_title)
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


def removed_blocks(html: str, blocks: list[str], kept_text: str) -> list[RemovedSpan]:
    """Visible text blocks that trafilatura did not keep, each recorded as `html-boilerplate`."""
    kept = _WS.sub("", kept_text)
    removed, seen = [], set()
    for block in blocks:
        key = _WS.sub("", block)
        if key and key not in kept and key not in seen:
            seen.add(key)
            removed.append(RemovedSpan(block, "html-boilerplate", html.find(block)))
    return removed


def restore_breaks(text: str, blocks: list[str]) -> str:
    """Put paragraph breaks back where trafilatura joined block elements with a space
    (it does so when a date/source <div> sits between the headline and the paragraphs)."""
    for block in blocks:
        if len(block) < 8:
            continue
        for edge in (text.find(" " + block), text.find(block + " ")):
            if edge < 0:
                continue
            cut = edge if text[edge] == " " else edge + len(block)
            text = text[:cut] + "\n" + text[cut + 1:]
    return text


def has_article(text: str) -> bool:
    """Navigation and link lists kept by favor_recall are not an article: it needs a sentence."""
    return any(len(line) >= 20 or _SENTENCE_END.search(line) for line in text.splitlines())


_SENTENCE_END = re.compile(r"[。！？!?]")


def clean_html(html: str, url: str | None = None, title: str | None = None) -> tuple[str, list[RemovedSpan], str | None]:
    """(main text, what was removed, title): the page's own `title` if it brings one, else the HTML's."""
    text, found = extract_main_text(html, url, want_title=not title)
    title = title or found
    blocks = visible_text_blocks(html)
    text = restore_breaks(text, blocks)
    if not has_article(text):
        text = ""
    return text, removed_blocks(html, blocks, text), title
