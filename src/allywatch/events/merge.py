"""One event, many mentions: merge mentions of the same real-world act across sentences and pages.

Two mentions are the same event when they share the event type, factuality and the set of
countries/organisations involved (sectors dropped), and their full dates lie within a day of each
other. Mentions without a full date are merged only within their own document (a partial
`--01-06` or a null date cannot prove two pages speak of the same day). The result depends only
on the mentions, never on the order they were processed in, so local and Ray runs agree.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import urlparse

PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def actor_country(code: str) -> str:
    return code.split("-", 1)[0]


def actor_key(mention: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted({actor_country(c) for c in (mention["source"] or []) + (mention["target"] or [])}))


def _full_day(value: str | None) -> int | None:
    if value and len(value) == 10 and value[4] == "-" and not value.startswith("-"):
        try:
            return date.fromisoformat(value).toordinal()
        except ValueError:
            return None
    return None


def _source_of(mention: dict[str, Any]) -> str:
    if mention.get("doc_source"):
        return mention["doc_source"]
    url = mention.get("doc_url")
    if url:
        return urlparse(url).netloc or url
    return mention["doc"]


def _cluster(group: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    dated = sorted((m for m in group if _full_day(m["date"]) is not None), key=lambda m: (_full_day(m["date"]), m["mention_id"]))
    clusters: list[list[dict[str, Any]]] = []
    last_day = None
    for m in dated:
        day = _full_day(m["date"])
        if clusters and last_day is not None and day - last_day <= 1:
            clusters[-1].append(m)
        else:
            clusters.append([m])
        last_day = day
    undated: dict[tuple, list] = defaultdict(list)
    for m in group:
        if _full_day(m["date"]) is None:
            undated[(m["doc_hash"], m["date"], m["sentence_idx"] if m["date"] is None else -1)].append(m)
    clusters.extend(undated[k] for k in sorted(undated, key=lambda k: (k[0], k[1] or "", k[2])))
    return clusters


def _representative(cluster: list[dict[str, Any]]) -> dict[str, Any]:
    """The mention whose date is the most precise, then the earliest, then the first stored."""
    return min(cluster, key=lambda m: (-PRECISION_RANK.get(m["date_precision"], 0), m["date"] or "9999", m["mention_id"]))


def merge_mentions(mentions: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    groups: dict[tuple, list] = defaultdict(list)
    for m in mentions:
        groups[(m["event_type"], m["factuality"], actor_key(m))].append(m)
    events, links = [], {}
    for key in sorted(groups):
        for cluster in _cluster(groups[key]):
            rep = _representative(cluster)
            first = min(m["mention_id"] for m in cluster)
            event_id = hashlib.sha1(f"{key[0]}|{first}".encode()).hexdigest()[:16]
            contexts = sorted({c for m in cluster for c in (m["contexts"] or [])})
            events.append({
                "event_id": event_id, "event_type": rep["event_type"], "mode": rep["mode"], "contexts": contexts,
                "source": rep["source"], "target": rep["target"], "date": rep["date"], "date_end": rep["date_end"],
                "date_precision": rep["date_precision"], "location": next((m["location"] for m in cluster if m["location"]), None),
                "factuality": rep["factuality"], "num_mentions": len(cluster),
                "num_sources": len({_source_of(m) for m in cluster}), "first_mention": rep["mention_id"],
            })
            links.update({m["mention_id"]: event_id for m in cluster})
    return events, links
