"""Clean scraped plain-text pages (no markup) down to the article.

Scraped text keeps everything the page showed: ad markers, view counters, editor credits,
disclaimers, comment forms, "猜你喜欢" lists of other stories. Each line is judged on its own
(noise patterns from data/noise.yaml) and by its place in the page:

- the article core is the run of long lines with sentence punctuation; its words are the topic
  vocabulary every other line is compared with;
- before the core, a short line on the same topic is the headline (returned as `title`, not kept
  in the body); a short line sharing no word with the article is a stray heading;
- after an end marker (copyright, 猜你喜欢, 责任编辑, comment form...) lines are other stories
  unless they read as article sentences on the article's topic;
- inside the article, runs of short unpunctuated off-topic lines are headline lists.

Section headings and caption sentences on the topic therefore stay. Every drop is recorded with
its reason and its offset in the input, and spliced spam and repeated paragraphs are removed from
what is kept.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import groupby

import rjieba

from ..nlp.anchors import AnchorIndex, with_start_class
from ..records import RemovedSpan
from .paragraphs import paragraph_key, repeated_indices
from .spam import noise_config, remove_spliced_spam

_SENTENCE_END = re.compile(r"[。！？!?；;…]")
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,、：:]")
_NOT_WORD_CHARS = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
_STRIP = " \t\u3000\xa0\ufeff\u200b"

CORE_MIN_CHARS = 20  # a line this long with sentence punctuation is article text
HEADLINE_MAX_CHARS = 50  # a headline is at most this long and has no sentence-final punctuation
HEADING_MAX_CHARS = 40  # lines of a headline list are at most this long
TAIL_KEEP_CHARS = 30  # after an end marker, only lines this long can continue the article...
TAIL_KEEP_OVERLAP = 0.5  # ...and only when this share of their words is the article's vocabulary
TITLE_OVERLAP = 0.3  # a headline shares at least this share of its words with the article
LIST_OVERLAP = 0.2  # lines of an off-topic headline list share less than this
LIST_RUN = 3  # consecutive short off-topic lines that make a headline list
NOISE_LINE_MAX_CHARS = 300  # a longer line is an article paragraph (a crawler's one-line body), never noise


@dataclass
class TextCleanResult:
    text: str  # the article alone, paragraphs joined with "\n"
    removed: list[RemovedSpan] = field(default_factory=list)  # `start` = offset in the input text
    title: str | None = None  # the page's headline when it can be told


@dataclass
class _Line:
    start: int  # offset of the stripped line in the input
    text: str
    reason: str | None = None  # why it is dropped; None while kept
    rule: dict | None = None  # the noise rule it matched


@dataclass
class _Rules:
    line: list[tuple[re.Pattern, dict]]
    line_anchors: AnchorIndex  # which line rules can match a line at all
    tail: list[tuple[re.Pattern, str]]
    reference: re.Pattern
    bullet: re.Pattern
    short_len: int
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    cfg = noise_config()
    return _Rules(
        line=[(re.compile(with_start_class(r["pattern"])), r) for r in cfg["line"]],
        line_anchors=AnchorIndex([r["pattern"] for r in cfg["line"]]),
        tail=[(re.compile(r["pattern"]), r["reason"]) for r in cfg["line_tail"]],
        reference=re.compile(cfg["reference_heading"]),
        bullet=re.compile(cfg["bullet"]),
        short_len=cfg["short_len"],
        stopwords=frozenset(cfg["stopwords"]),
    )


def _split_lines(text: str) -> list[_Line]:
    """Non-empty lines, stripped of blanks, with their offsets in `text`."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip(_STRIP)
        if stripped:
            lines.append(_Line(pos + len(body) - len(body.lstrip(_STRIP)), stripped))
        pos += len(raw)
    return lines


def _size(s: str) -> int:
    """Word characters (Han, Latin letters, digits) in s."""
    return len(_NOT_WORD_CHARS.sub("", s))


def _is_short(s: str, limit: int) -> bool:
    """No sentence-final punctuation and at most `limit` word characters: a heading, a label."""
    return _SENTENCE_END.search(s) is None and _size(s) <= limit


def _is_core(s: str) -> bool:
    """Article text: a long line that ends sentences, or one too long to be a headline."""
    size = _size(s)
    return size >= CORE_MIN_CHARS and (_SENTENCE_END.search(s) is not None or (
        size > HEADLINE_MAX_CHARS and _SENTENCE_PUNCT.search(s) is not None))


def _words(s: str) -> set[str]:
    """Content words: tokens of two or more characters that are not stop words. Tokens repeat a
    lot, so they are deduplicated before filtering."""
    return {w for w in set(rjieba.cut(s)) if len(w) > 1 and w[0].isalnum()} - _rules().stopwords


class _Topic:
    """The article's vocabulary: the content words of its core lines. Segmenting them is most of
    the cleaning time and most pages have no line to compare with them, so it is done on first use,
    as one segmentation of the lines joined by "\\n" (jieba never joins words across a line break,
    so this is the union of their `_words`)."""

    def __init__(self, core: list[_Line]) -> None:
        self._core = core

    @cached_property
    def vocab(self) -> set[str]:
        return _words("\n".join(line.text for line in self._core))

    def overlap(self, s: str) -> float:
        """The share of the words of `s` that are the article's."""
        words = _words(s)
        return len(words & self.vocab) / len(words) if words else 0.0


def _match_rules(lines: list[_Line]) -> None:
    """Drop lines matching a noise pattern; list metadata also drops the teaser line before it."""
    rules = _rules()
    for i, line in enumerate(lines):
        if len(line.text) > NOISE_LINE_MAX_CHARS:
            continue  # 版权 or 相关阅读 inside a whole article on one line must not drop the article
        for k in rules.line_anchors.candidates(line.text):
            pattern, rule = rules.line[k]
            if rule.get("short") and not _is_short(line.text, rules.short_len):
                continue
            if pattern.search(line.text):
                line.reason, line.rule = rule["reason"], rule
                if rule.get("previous") and i and lines[i - 1].reason is None:
                    lines[i - 1].reason = rule["previous"]
                break


def _drop_reference_lists(lines: list[_Line]) -> None:
    """A reference heading and the bullets / short entries under it."""
    rules = _rules()
    in_list = False
    for line in lines:
        if rules.reference.search(line.text):
            in_list, line.reason = True, "reference-list"
        elif in_list and line.reason is None and (
                rules.bullet.search(line.text) or _is_short(line.text, rules.short_len)):
            line.reason = "reference-list"
        elif in_list and line.reason is None:
            in_list = False


def _strip_line_tails(lines: list[_Line], removed: list[RemovedSpan]) -> None:
    """Trailing credits such as `(责任编辑:张三)` glued to the last sentence."""
    for line in lines:
        if line.reason:
            continue
        for pattern, reason in _rules().tail:
            m = pattern.search(line.text)
            if m and m.start() > 0:
                removed.append(RemovedSpan(m.group(), reason, line.start + m.start()))
                line.text = line.text[: m.start()].rstrip(_STRIP)


def _find_title(head: list[_Line], topic: _Topic, title: str | None) -> str | None:
    """Mark the headline among the lines before the article (given, or a short on-topic line)."""
    if title:  # the given title may carry a site name ("…_新浪军事") or be the line's shorter form
        key = paragraph_key(title)
        for line in head:
            line_key = paragraph_key(line.text)
            if key and line_key and (line_key in key or (key in line_key and _is_short(line.text, HEADLINE_MAX_CHARS))):
                line.reason = "title"
        return title
    for line in head:
        if _is_short(line.text, HEADLINE_MAX_CHARS) and topic.overlap(line.text) >= TITLE_OVERLAP:
            line.reason = "title"
            return line.text
    return None


def _classify(lines: list[_Line], title: str | None, removed: list[RemovedSpan]) -> str | None:
    """Set `reason` on every line that is not article text; return the headline."""
    _match_rules(lines)
    _drop_reference_lists(lines)
    _strip_line_tails(lines, removed)
    kept = [i for i, line in enumerate(lines) if line.reason is None]
    core = [i for i in kept if _is_core(lines[i].text)]
    if not core:
        return title
    first = core[0]
    tail = next((i for i, line in enumerate(lines)
                 if i > first and line.rule and line.rule.get("end")), len(lines))
    topic = _Topic([lines[i] for i in core if i < tail])
    head = [lines[i] for i in kept if i < first]
    title = _find_title(head, topic, title)
    for line in head:
        if line.reason is None and _is_short(line.text, HEADING_MAX_CHARS) and topic.overlap(line.text) == 0:
            line.reason = "stray-heading"
    for i in kept:
        line = lines[i]
        if i > tail and line.reason is None and not (
                _size(line.text) >= TAIL_KEEP_CHARS and _SENTENCE_PUNCT.search(line.text)
                and topic.overlap(line.text) >= TAIL_KEEP_OVERLAP):
            line.reason = "related-list"
    _drop_headline_runs([lines[i] for i in kept if first < i < tail], topic)
    return title


def _drop_headline_runs(body: list[_Line], topic: _Topic) -> None:
    """Runs of LIST_RUN or more short, off-topic lines inside the article are a headline list.
    Only a stretch of LIST_RUN or more short lines can hold one, so only its lines are compared
    with the topic (a lone short line never needs the article's vocabulary)."""
    for short, group in groupby(body, key=lambda line: line.reason is None and _is_short(line.text, HEADING_MAX_CHARS)):
        stretch = list(group)
        if not short or len(stretch) < LIST_RUN:
            continue
        run: list[_Line] = []
        for line in stretch + [None]:  # None ends the last run
            if line is not None and topic.overlap(line.text) < LIST_OVERLAP:
                run.append(line)
                continue
            if len(run) >= LIST_RUN:
                for item in run:
                    item.reason = "related-list"
            run = []


def clean_plain_text(text: str, title: str | None = None) -> TextCleanResult:
    """The article of a plain-text page, its headline, and every dropped piece with its reason."""
    removed: list[RemovedSpan] = []
    lines = _split_lines(text)
    title = _classify(lines, title, removed)
    for line in lines:
        if line.reason:
            removed.append(RemovedSpan(line.text, line.reason, line.start))
    kept = [line for line in lines if line.reason is None]

    # spliced spam over the whole article at once: fragments are recognised by recurring across it
    joined = "\n".join(line.text for line in kept)
    cleaned, spam = remove_spliced_spam(joined, title)
    starts, pos = [], 0
    for line in kept:
        starts.append(pos)
        pos += len(line.text) + 1
    spam_by_line: dict[int, list[RemovedSpan]] = {}
    for span in spam:
        i = bisect_right(starts, span.start) - 1
        spam_by_line.setdefault(i, []).append(
            RemovedSpan(span.text, span.reason, kept[i].start + span.start - starts[i]))

    paragraphs = cleaned.split("\n")
    repeats = set(repeated_indices(paragraphs))
    for i, line in enumerate(kept):
        if i in repeats:  # the whole original line goes, spam and all
            removed.append(RemovedSpan(line.text, "repeated-paragraph", line.start))
        else:
            removed.extend(spam_by_line.get(i, []))
    body = "\n".join(p for i, p in enumerate(paragraphs) if i not in repeats and p.strip(_STRIP))
    removed.sort(key=lambda r: r.start)
    return TextCleanResult(body, removed, title)

