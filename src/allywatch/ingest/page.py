"""Build a RawPage from decoded page text and whatever metadata came with it."""
from __future__ import annotations

import re

from ..records import RawPage, content_hash
from .pubdate import PubDate, find_pubdate
from .sniff import sniff

# `[headline](https://...)` on its own line (with an optional `-----` underline): some crawlers
# write the page title and URL as a Markdown link above the raw HTML.
_MD_LINK_HEADER = re.compile(r"^\s*(?:<!--.*?-->\s*)?\[([^\]\n]{2,300})\]\((https?://[^)\s]+)\)\s*\n(?:-{3,}\s*\n)?", re.S)


# the outlet an HTML page names in its head: og:site_name, else the host of its own address
_HEAD_TAG = re.compile(r"<(?:meta|link)\s[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*["']([^"'<>]*)["']""")
_HOST = re.compile(r"https?://([^/\s]{3,100})")


def site_of(html: str) -> str | None:
    """The outlet an HTML page names in its <head> (`Malaysiakini 当今大马`, `www.zaobao.com.sg`), or None:
    read where the page says who published it, not from links to other sites."""
    head = html[:html.find("</head>") if "</head>" in html[:16384] else 8192]
    name = address = None
    for tag in _HEAD_TAG.findall(head):
        attrs = {k.lower(): v.strip() for k, v in _ATTRIBUTE.findall(tag)}
        kind = (attrs.get("property") or attrs.get("name") or attrs.get("rel") or "").lower()
        if kind in ("og:site_name", "application-name") and attrs.get("content"):
            name = name or attrs["content"][:80]
        elif kind in ("og:url", "canonical") and (host := _HOST.match(attrs.get("content") or attrs.get("href") or "")):
            address = address or host.group(1)
    return name or address


def detect_markup(text: str) -> str:
    return "html" if sniff(text[:65536].encode("utf-8", "ignore")) == "html" else "text"


def make_page(
    doc_id: str,
    input_path: str,
    text: str,
    *,
    raw_bytes: bytes | None = None,
    encoding: str = "utf-8",
    original: str | None = None,
    markup: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: PubDate | None = None,
    source: str | None = None,
    meta: dict | None = None,
) -> RawPage:
    markup = markup or detect_markup(text)
    header = _MD_LINK_HEADER.match(text)
    if header:
        title = title or header.group(1).strip()
        url = url or header.group(2)
    if published is None:
        published = find_pubdate(text, markup, url)
    if source is None and markup == "html":
        source = site_of(text)
    return RawPage(
        doc_id=doc_id,
        input_path=input_path,
        text=text,
        markup=markup,
        encoding=encoding,
        original=original,
        title=title,
        url=url,
        published=published.date if published else None,
        published_via=published.via if published else None,
        published_raw=published.raw if published else None,
        source=source,
        meta=meta or {},
        hash=content_hash(raw_bytes if raw_bytes is not None else text),
    )
