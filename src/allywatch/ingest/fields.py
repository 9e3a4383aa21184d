"""Which column of a crawler's records holds the url, title, body, date and source.

Every crawler names its fields differently, so a file's columns are matched first by name
(lists in `data/field_names.yaml`, data rather than code), then by the shape of their values for
the fields no name decided; `--fields` overrides win over both. Dates are parsed here too, since
"parses as a date" is one of the shapes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import read_yaml
from .decode import to_simplified
from .pubdate import MAX_YEAR, MIN_YEAR

FIELD_NAMES = Path(__file__).resolve().parent.parent / "data" / "field_names.yaml"
TARGETS = ("url", "title", "body", "published", "source")
SHAPE_SHARE = 0.8  # share of a column's sampled values that must have a shape for it to decide
MIN_BODY_CHARS = 20  # a body found by shape is at least this long on average (shorter is a label)


@dataclass
class FieldMapping:
    columns: dict[str, str] = field(default_factory=dict)  # target → column name
    how: dict[str, str] = field(default_factory=dict)  # target → "name" | "shape" | "override" | "markdown"

    def as_dict(self) -> dict[str, dict[str, str]]:
        return {t: {"column": c, "how": self.how[t]} for t, c in self.columns.items()}


def normalise(name: str) -> str:
    """`publishTime`, `PUBLISH_TIME`, `publish-time`, `發佈時間` → one key per field name."""
    return re.sub(r"[\s_\-.:：]+", "", to_simplified(str(name))[0].casefold())


@lru_cache(maxsize=1)
def field_names() -> dict[str, list[str]]:
    """Target → normalised names, in the YAML's order of preference."""
    data = read_yaml(FIELD_NAMES.read_text("utf-8"))
    return {target: [normalise(n) for n in data.get(target, [])] for target in TARGETS}


def is_named(column: str, target: str) -> bool:
    return normalise(column) in field_names()[target]


def detect_fields(records: list[dict[str, Any]], overrides: dict[str, str] | None = None) -> FieldMapping:
    """Map columns to targets from a sample of records: overrides, then names, then value shapes."""
    columns = list(dict.fromkeys(k for record in records for k in record))
    mapping = FieldMapping()

    def assign(target: str, column: str, how: str) -> None:
        mapping.columns[target], mapping.how[target] = column, how

    for target, wanted in (overrides or {}).items():
        if target in TARGETS:
            exact = wanted if wanted in columns else next((c for c in columns if normalise(c) == normalise(wanted)), wanted)
            assign(target, exact, "override")
    by_name = {}
    for column in columns:
        by_name.setdefault(normalise(column), column)
    for target in TARGETS:
        if target not in mapping.columns:
            taken = set(mapping.columns.values())
            found = next((by_name[n] for n in field_names()[target] if n in by_name and by_name[n] not in taken), None)
            if found:
                assign(target, found, "name")
    for target, test in (("url", _is_url), ("published", _is_date)):
        if target not in mapping.columns:
            found = next((c for c in columns if c not in mapping.columns.values() and _share(records, c, test) >= SHAPE_SHARE), None)
            if found:
                assign(target, found, "shape")
    if "body" not in mapping.columns:
        lengths = {c: _mean_length(records, c) for c in columns if c not in mapping.columns.values()}
        longest = max(lengths, key=lengths.get, default=None)
        if longest and lengths[longest] >= MIN_BODY_CHARS:
            assign("body", longest, "shape")
    return mapping


def _values(records: list[dict], column: str, limit: int = 20) -> list[Any]:
    return [r[column] for r in records if r.get(column) not in (None, "")][:limit]


def _share(records: list[dict], column: str, test) -> float:
    values = _values(records, column)
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


def _mean_length(records: list[dict], column: str) -> float:
    values = [v for v in _values(records, column, 50) if isinstance(v, str)]
    return sum(map(len, values)) / len(values) if values else 0.0


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and bool(re.match(r"https?://\S+$", value.strip()))


def _is_date(value: Any) -> bool:
    if isinstance(value, str) and (len(value) > 40 or not re.search(r"\d", value)):
        return False  # long or digit-free strings are text, not dates: spare dateparser the work
    return parse_date(value) is not None


# --- dates -------------------------------------------------------------------------------------

_ISO = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")
_CJK = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_DATEPARSER_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    # No relative-time parser ("3小时前" would be dated from today) and no filled-in parts
    # ("Aug 2019" would get today's day): a date is read from evidence or not at all.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def parse_date(value: Any) -> str | None:
    """ISO date (YYYY-MM-DD) of a record's date value, or None. Fast paths first: dateparser is slow.

    The date is the one written (a time zone offset does not move it); Unix times are read as UTC,
    like the crawler stamps in `pubdate.from_epoch_marker`.
    """
    if isinstance(value, datetime):
        return _in_range(value.date())
    if isinstance(value, date):
        return _in_range(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(r"\d{10}|\d{13}", text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return _in_range(datetime.fromtimestamp(seconds, tz=timezone.utc).date())
    for pattern in (_ISO, _CJK):
        m = pattern.fullmatch(text)
        if m:
            return _ymd(*m.groups())
    try:
        return _in_range(parsedate_to_datetime(text).date())  # RFC 2822: "Fri, 23 Aug 2019 10:30:00 +0800"
    except (TypeError, ValueError, IndexError):
        pass
    if len(text) > 64:
        return None
    import dateparser

    parsed = dateparser.parse(text, languages=["zh", "en"], settings=_DATEPARSER_SETTINGS)
    return _in_range(parsed.date()) if parsed else None


def _ymd(y: str, m: str, d: str) -> str | None:
    try:
        return _in_range(date(int(y), int(m), int(d)))
    except ValueError:
        return None


def _in_range(value: date) -> str | None:
    return value.isoformat() if MIN_YEAR <= value.year <= MAX_YEAR else None
