"""Cleaning: a RawPage becomes a Document holding the article text alone, with every removal recorded."""
from __future__ import annotations

from ..records import Document, RawPage, RemovedSpan
from .html import clean_html
from .language import detect_language
from .text import clean_plain_text


def clean_page(page: RawPage) -> Document:
    if page.markup == "html":
        # trafilatura keeps the article's block elements; credits, disclaimers, 原标题 lines and
        # related lists inside them are judged line by line like a plain-text page's
        text, removed, title = clean_html(page.text, page.url, page.title)
        result = clean_plain_text(text, page.title or title)
        text, removed = result.text, removed + result.removed
    else:
        result = clean_plain_text(page.text, page.title)
        text, removed, title = result.text, result.removed, result.title
    if not page.title and title:
        page.title = title
    doc = Document(page=page, clean_text=text, removed=removed)
    doc.lang = detect_language(text or page.text)
    if not text.strip():
        doc.status, doc.status_reason = "skipped", "no article text found"
    elif doc.lang != "zh":
        doc.status, doc.status_reason = "skipped", f"not Chinese (script suggests '{doc.lang}')"
    return doc


__all__ = ["clean_page", "RemovedSpan"]
