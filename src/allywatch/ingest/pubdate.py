"""Publication date of a page: found from evidence, never guessed.

Each finder returns a `PubDate` naming how it was found, or None. `find_pubdate` tries them from
the most to the least reliable. htmldate runs without its extensive search, which would take any
date in the body text for the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

MIN_YEAR, MAX_YEAR = 1995, 2100


@dataclass
class PubDate:
    date: str  # ISO YYYY-MM-DD, or --MM-DD when the page gives no year
    via: str  # htmldate | ms-marker | date-line | dateline | url | field:NAME
    raw: str  # the string it was read from


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value.isoformat() if MIN_YEAR <= y <= MAX_YEAR else None


class _Gated:
    """A line pattern (`^` in multiline mode), searched only in texts holding `gate`, a part of
    every match. `re` tries such a pattern at each position of the head (~50 µs a page), while a
    gate that opens with a literal or a digit is found by a fast scan: a page with no date of the
    pattern's form is passed over at a fraction of the cost, with the same result."""

    def __init__(self, pattern: str, gate: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self._gate = re.compile(gate, flags).search

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self._gate(text) else None


_MS_MARKER = re.compile(r"<!--\s*(1\d{9})(\d{3})?\s*-->")


def from_epoch_marker(text: str) -> PubDate | None:
    """`<!--1689156904000-->`: a crawler's Unix-time (ms or s) stamp in an HTML comment."""
    m = _MS_MARKER.search(text[:2000])
    if not m:
        return None
    iso = datetime.fromtimestamp(int(m.group(1)), tz=timezone.utc).date().isoformat()
    return PubDate(iso, "ms-marker" if m.group(2) else "epoch-marker", m.group(0))


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")


def from_url(url: str | None) -> PubDate | None:
    """Dates in article URLs: /20230712-..., /2023/07/12/, /2023-07-12/."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return PubDate(iso, "url", m.group(0)) if iso else None


# A date line on its own near the top: `12/07/2023 - 12:11`, `2023-07-12 10:30`, `2023年7月12日 10:30`.
_NUMERIC_LINE = _Gated(r"^\s*(?:<[^>]+>\s*)*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b[^<\n]{0,20}(?:<|$)",
                       r"/\d{1,2}/(?:19|20)\d{2}", re.M)
# A source or author may follow on the same line (`2024-06-20 10:05:12 来源：新华网`); after a time
# of day, any short unpunctuated rest (`2023-08-19 00:15 环球时报`, `08:12 | 央视新闻`, `| 浏览：2,146`).
_BYLINE = r"(?:\s+(?:来源|来自|作者|编辑|责任编辑|发布|出处|source)[:：\s][^<\n]{0,40})?"
_ZONE = r"(?:\s*(?:HKT|CST|KST|JST|GMT|UTC|北京时间|北京時間|香港时间|香港時間|台北时间|台北時間))?"
_TIME_AND_REST = _ZONE + r"(?:\s*[-–—|｜丨]\s*|T)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[|｜丨]?[ \t]*(?:[^<\n，。,；;！？!?]|(?<=\d),(?=\d{3})){0,80})?"
_LABEL = (r"[【\[（(]?(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|更新时间|更新時間|更新日期"
          r"|发稿时间|發稿時間|刊登时间|刊登時間|出版时间|出版時間|发布于|發布於|發佈於|发表于|發表於|更新于|更新於"
          r"|更新|时间|時間|日期|原创[^<\n\d]{0,30}?)?[:：\s]*")
# A weekday may follow the date, then a time or a short credit, maybe with a view count
# (`2023年2月3日　星期五　本報訊`, `2016年7月27日　星期三　本報訊／綜合外電報道　瀏覽：2,146`).
_WEEKDAY = r"(?:\s*(?:星期|週|周|禮拜|礼拜)[一二三四五六日天](?:[ \t\u3000]+[^<\n，。,；;！？!?\d]{1,20}(?:[:：][\d,]+)?)?)?"
# An outlet's name may come first when a time of day follows, maybe after a weekday and a part of
# the day (`新京报　2025-09-04 21:36　编辑 李静`, `Yahoo新聞編輯部　2016年6月6日 星期一 上午7:45 [HKT]`).
_OUTLET = r"(?:[^\d<\n，。,；;！？!?:：]{1,12}[ \t\u3000|｜丨]+(?=[^\n]{8,22}" + _ZONE + r"\s*\d{1,2}:\d{2}))?"
_ISO_DATE = r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})"
_CJK_DATE = r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
_ISO_LINE = _Gated(r"^\s*(?:<[^>]+>\s*)*" + _LABEL + _OUTLET + _ISO_DATE + _WEEKDAY + r"(?:" + _TIME_AND_REST + "|"
                   + _BYLINE + r")[】\]）)]?\s*(?:<|$)", _ISO_DATE, re.M | re.I)
_CJK_LINE = _Gated(r"^\s*(?:<[^>]+>\s*)*" + _LABEL + _OUTLET + _CJK_DATE + _WEEKDAY + r"(?:" + _TIME_AND_REST + "|"
                   + _BYLINE + r")[】\]）)]?\s*(?:<|$)", _CJK_DATE, re.M | re.I)


# A labelled month-day without a year (`发布时间：05-08 09:47`, `發布時間：03月14日`): kept as `--05-08`.
_PARTIAL_LINE = _Gated(r"^\s*(?:<[^>]+>\s*)*(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間"
                       r"|发稿时间|發稿時間|时间|時間|日期)[:：\s]*(\d{1,2})(?:[-/.]|月)(\d{1,2})日?(?!\d|[-/.]\d)"
                       r"(?:" + _TIME_AND_REST + "|" + _BYLINE + r")?\s*(?:<|$)",
                       r"(?:时间|時間|日期)[:：\s]*\d", re.MULTILINE)  # every label ends in one of these


# A source credit, then a month-day and a time (`来源：北京晚报　02-06 08:12　字号：大 中 小`).
_PARTIAL_CREDIT = _Gated(r"^\s*(?:<[^>]+>\s*)*(?:来源|來源|稿源)[:：][^\d<\n]{1,20}?[ \t\u3000]+"
                         r"(\d{1,2})[-/.](\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}(?![-/.\d])[^\d<\n]*(?:<|$)",
                         r"(?:来源|來源|稿源)[:：]", re.MULTILINE)


# A month-day and time in an element classed as a date (`<span class="date">04-15 14:20</span>`).
_PARTIAL_HTML = re.compile(r'class="[^"<>]*(?:date|time)[^"<>]*"[^<>]*>\s*(\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}\s*<')


def from_partial_date_line(text: str) -> PubDate | None:
    """A labelled or credited month-day with no year anywhere on its line: the page is told from
    that day, in a year nobody can name (ONTOLOGY: partial dates, never an invented year)."""
    head = text[:6000]
    m = _PARTIAL_LINE.search(head) or _PARTIAL_CREDIT.search(head) or _PARTIAL_HTML.search(head)
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)):
        return None
    return PubDate(f"--{month:02d}-{day:02d}", "date-line-partial", m.group(0).strip())


# A byline whose date and time come last (`来源：中国军网　作者：综合　责任编辑：王文亭　2024-05-23 10:28`,
# `匯流新聞網記者林彥廷／台北報導　2020/09/01 18:30`, `鉅亨網編譯林宏達 綜合外電 2019/02/05 11:20`).
_BYLINE_DATE = _Gated(r"^\s*(?:<[^>]+>\s*)*[^<\n]{0,40}?(?:(?:来源|来自|作者|编辑|责任编辑)[:：]|(?:记者|記者)[^<\n]{0,24}?"
                      r"(?:报导|報導|报道|報道|专电|專電)|编译|編譯|综合外电|綜合外電)[^<\n]{0,60}?"
                      + _ISO_DATE + _ZONE + r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:<|$)", _ISO_DATE, re.MULTILINE)


# English date lines of Chinese editions: `Posted May. 28, 2024 08:31`, `Updated: 28 May 2024`.
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), 1)}
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_EN_LINE = _Gated(r"^\s*(?:<[^>]+>\s*)*(?:posted|updated|published|date)?[:：\s]*(?:on\s+)?(?:"
                  + _EN_MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+" + _EN_MONTH
                  + r",?\s+((?:19|20)\d{2}))\b[^<\n]{0,60}(?:<|$)", r"\s(?:19|20)\d{2}", re.M | re.I)  # a year after a blank


def from_date_line(text: str, hint: PubDate | None = None) -> PubDate | None:
    """A line near the top that holds only a date (and maybe a time).

    `12/07/2023` is day-first in most non-US outlets; when both parts are ≤ 12 an URL date
    (the hint) decides, otherwise day-first is taken only if the first part cannot be a month.
    """
    head = text[:6000]
    # the first date line of the page: a comment's date further down is not the article's
    for m in sorted(filter(None, (p.search(head) for p in (_ISO_LINE, _CJK_LINE, _BYLINE_DATE))), key=lambda m: m.start()):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            return PubDate(iso, "date-line", m.group(0).strip())
    m = _EN_LINE.search(head)
    if m:
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        iso = _iso(int(year), _MONTHS[month[:3].lower()], int(day))
        if iso:
            return PubDate(iso, "date-line", m.group(0).strip())
    m = _NUMERIC_LINE.search(head)
    if not m:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    day_first, month_first = _iso(y, b, a), _iso(y, a, b)
    if hint and hint.date in (day_first, month_first):
        iso = hint.date
    elif a > 12:
        iso = day_first
    elif b > 12:
        iso = month_first
    else:
        return None  # ambiguous and nothing to decide it: no guess
    return PubDate(iso, "date-line", m.group(0).strip()) if iso else None


# A news dateline with a full date: `新华社北京2023年1月6日电`, `首尔讯 – 2023年1月6日`.
_DATELINE = re.compile(r"^[^\n。]{0,20}?(?:讯|电|报道)?\s*[–—\-:：]?\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:电|讯)?")


def _first_lines(text: str, chars: int, count: int) -> list[str]:
    """The first `count` non-blank lines of the page's first `chars` characters, stripped: where a
    page's date line, dateline or information line stands."""
    return [line.strip() for line in text[:chars].splitlines() if line.strip()][:count]


def from_dateline(text: str) -> PubDate | None:
    """A dateline that gives the year; a month-day dateline alone is not a publication date."""
    for line in _first_lines(text, 1500, 8):
        m = _DATELINE.match(line)
        if m:
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                return PubDate(iso, "dateline", m.group(0))
    return None


def from_html_metadata(html: str, url: str | None = None) -> PubDate | None:
    """htmldate over meta tags, JSON-LD and time elements (no extensive body search)."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url, extensive_search=False, original_date=True,
                          min_date=f"{MIN_YEAR}-01-01", max_date=f"{MAX_YEAR}-12-31")
    except Exception:  # htmldate raises on some malformed trees; it is one finder of several
        return None
    return PubDate(found, "htmldate", found) if found else None


# A page's information line in any arrangement: a date with a time of day (or a weekday) on a short line
# of no sentence (`多维新闻 | 文：胡一舟 | 10月31日 21:08 | 北京时间`, `潇湘晨报  发布时间：02-11 21:06  记者：刘思远`,
# `2011/7/25 （星期一）　记者 林欣怡／综合外电报导`, `9月13日, 20:15 (更新: 9月14日, 09:40)`).
_META_FULL = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})(?!\d)")
_META_PART = re.compile(r"(?<![\d/.\-年])(\d{1,2})(?:月(\d{1,2})日|-(\d\d)(?=\s+\d{1,2}:\d\d))")
_META_WHEN = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)|[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]")
_META_LINES, _META_WIDTH = 12, 80


def from_meta_line(text: str) -> PubDate | None:
    """The first date on one of the page's first lines that is short, holds a time of day or a
    weekday and no sentence (no 。，；！？): its information line, however the outlet lays it out."""
    for line in _first_lines(text, 4000, _META_LINES):
        line = re.sub(r"<[^>]+>", " ", line).strip()
        if len(line) > _META_WIDTH or re.search(r"[。，；！？]", line) or not _META_WHEN.search(line):
            continue
        full, part = _META_FULL.search(line), _META_PART.search(line)
        if full and (not part or full.start() <= part.start()):
            iso = _iso(int(full.group(1)), int(full.group(2)), int(full.group(3)))
            if iso:
                return PubDate(iso, "meta-line", line)
        elif part:
            month, day = int(part.group(1)), int(part.group(2) or part.group(3))
            if _iso(2000, month, day):  # a leap year: 02-29 is a day
                return PubDate(f"--{month:02d}-{day:02d}", "meta-line-partial", line)
    return None


# Taiwan's Republic of China calendar (year 1 = 1912): `民國102年7月3日`, or a labelled `發布日期：102年07月03日`
# or `日期：102/07/03`; a bare three-digit year is read only after 民國 or a date label.
_ROC_YEAR_OFFSET = 1911
_ROC_LINE = re.compile(r"(?:(?:民國|民国)\s*|(?:发布|發布|發佈|更新|刊登|出版|发稿|發稿)?(?:日期|时间|時間)[:：\s]*(?:民國|民国)?\s*)"
                       r"(?<!\d)(\d{2,3})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)")


def from_roc_date_line(text: str) -> PubDate | None:
    """A date in the ROC calendar on one of the page's first lines (Taiwanese government and
    local outlets date their pages so)."""
    for line in _first_lines(text, 4000, _META_LINES):
        m = _ROC_LINE.search(line)
        if m:
            iso = _iso(int(m.group(1)) + _ROC_YEAR_OFFSET, int(m.group(2)), int(m.group(3)))
            if iso:
                return PubDate(iso, "date-line-roc", m.group(0).strip())
    return None


def find_pubdate(text: str, markup: str, url: str | None = None) -> PubDate | None:
    url_date = from_url(url)
    finders = [lambda: from_epoch_marker(text)]
    if markup == "html":
        finders.append(lambda: from_html_metadata(text, url))
    finders += [lambda: from_date_line(text, url_date), lambda: url_date, lambda: from_dateline(text),
                lambda: from_roc_date_line(text), lambda: from_partial_date_line(text), lambda: from_meta_line(text)]
    for finder in finders:
        found = finder()
        if found:
            return found
    return None
