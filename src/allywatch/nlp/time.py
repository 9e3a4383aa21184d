"""Find and normalise Chinese time expressions in news sentences (ONTOLOGY.md, "Dates").

A focused regex normaliser rather than jionlp, which sends a month-day to its next occurrence:
news reports the past, so `12月30日` in a page of 2023-01-10 is 2022-12-30. Word lists live in
data/time_words.yaml. One `TimeResolver` per document: relative expressions are anchored on the
publication date and on the item's *reference* (the last date established in the same news item);
`new_item()` forgets the reference, so a digest's items do not lend dates to each other.

Year choice for a month-day or month without a year:
- the item's reference year when the reference has a month (narratives move forward, so a month
  more than six months before the reference's is in the next year), else the publication year;
- not a future date: more than FUTURE_TOLERANCE after publication means last year's, unless the act
  is planned (a marker such as 将于/定于/计划于/拟于/预计于 right before the date, or
  `resolve(..., future_ok=True)`), which takes the nearest occurrence that is not in the past;
- with no publication date and no year in the item, the year stays unknown (`--12-30`).
Deictic words (今天, 本月, 去年, 上周, 周三) count from the publication date; anaphoric words
(当天, 次日, 同年, 当月) from the reference; offset-0 words fall back to the other anchor.
A bare day (31日) takes the month of the item's last *news* date (at most RECENT_DAYS before
publication; with no publication date, any but a past year's like 去年11月), not of a background
date; else the publication month (the previous month when the day is more than DAY_TOLERANCE ahead).

Every expression found yields a mention, also when it cannot be resolved (date None, precision
"unknown": 日前, 近日, or 13日 with nothing to anchor it), so the caller knows the text gave the act
a time of its own and must not lend it the reference date. Parts of a month or year (中旬, 年底)
keep month or year precision; a whole week (上周) is a Monday-Sunday range and does not become
the reference.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from allywatch.nlp.anchors import with_start_class
from allywatch.records import TimeMention

from ..data import read_yaml

_W = read_yaml((Path(__file__).resolve().parent.parent / "data" / "time_words.yaml").read_text("utf-8"))

FUTURE_TOLERANCE = timedelta(days=7)  # a month-day this close after publication is still this year's
NEAR_FUTURE = timedelta(days=60)  # with a future word in the sentence, a date this soon is upcoming
RECENT_DAYS = 31  # a reference this close before publication lends its month to a bare day
SEASON_DAYS = 92  # …if that day is at most this long before publication
FOLLOWING_DAYS = 7  # a bare day this soon after the day just told in its paragraph (or, opening a sentence, the one before) is in its month
DAY_TOLERANCE = 1  # a bare day this far after the publication day is still this month's (time zones)


@dataclass(frozen=True)
class DateParts:
    """A possibly partial date: any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.month is None:
            return None if self.year is None else f"{self.year:04d}"
        md = f"{self.month:02d}" + ("" if self.day is None else f"-{self.day:02d}")
        return f"--{md}" if self.year is None else f"{self.year:04d}-{md}"

    @property
    def precision(self) -> str:
        if self.iso() is None:
            return "unknown"
        return "day" if self.day is not None else "month" if self.month is not None else "year"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CN = _W["cn_digits"]
_SP = "[ \u3000]?"
_NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_DAY_ALONE = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?)"  # a lone 一日 is too often not a date (统一日本)
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"
_NOT_PERIOD = f"(?!{_alt(_W['period_blocked_after'])})"
_PM = f"(?:{_alt(_W['month_periods'])}){_NOT_PERIOD}"
_PY = f"(?:{_alt(_W['year_periods'])}){_NOT_PERIOD}"
_Y = rf"(?:{_YEAR}{_SP}年(?!代)|{_alt(_W['relative_years'])}){_SP}"
_M = rf"(?:{_NUM}{_SP}月份?|{_alt(_W['relative_months'])}){_SP}"
_D = rf"{_NUM}{_SP}[日号]"
_CLOCK = r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})[时点](?:\d{1,2}分|半)?"  # 27日零时至6月4日零时, 8日12时30分至…
_CONN = rf"{_SP}(?:{_alt(_W['range_day_parts'])})?{_SP}(?:{_CLOCK})?{_SP}(?:{_alt(_W['range_connectors'])}){_SP}"
_BODY = rf"(?:{_Y}(?:{_M}(?:{_D}|{_PM})?|{_PY})?|{_M}(?:{_D}|{_PM})?)"
_HEAD = rf"(?:{_BODY}|{_DAY_ALONE}{_SP}日(?!内|以内|之内))"
# 15-16日, 2024至2025年, 2023年1至2月: the head number takes the unit of the tail
_BARE_RANGE = (rf"(?:{_Y})?(?:{_M})?(?:\d{{1,4}}|[一二两三四五六七八九十]{{1,3}}){_CONN}"
               rf"(?:{_YEAR}{_SP}年(?!代)|{_NUM}{_SP}(?:月份?|[日号]))")
_WD = "".join(_W["weekdays"])
_WEEK_DAY = rf"(?:[{_WD}]|末(?!{_alt(_W['weekend_nouns'])}))"
_WEEK = rf"(?:{_alt(_W['week_shifts'])})(?:{_alt(_W['week_words'])}){_WEEK_DAY}?|(?:{_alt(_W['week_words'])}){_WEEK_DAY}"
_LAPSE_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_LAPSE = rf"{_LAPSE_COUNT}{_SP}(?:{_alt(_W['lapse_units'])})(?:{_alt(_W['lapse_after'])})"
_LAPSE_PARTS = re.compile(rf"({_LAPSE_COUNT}){_SP}({_alt(_W['lapse_units'])})")  # the count and its unit, in a lapse
_WEEK_SHIFTS = sorted(_W["week_shifts"].items(), key=lambda kv: -len(kv[0]))  # 下下 before 下
_PERIODS = _W["standalone_periods"]


_CN_DIGITS = "一二两三四五六七八九十百千万亿〇○零"
_MASTER = re.compile(with_start_class(  # numbers must not continue a number or a model name (歼-20日前: 日前 only);
    # a name ending in a numeral character may precede a digit or a word (马英九7日, 安倍晋三上月23日)
    rf"(?<![{re.escape(_W['number_lead_blockers'].translate(str.maketrans('', '', _CN_DIGITS)))}A-Za-z\-])"
    rf"(?:(?<![{_CN_DIGITS}])|(?=[^{_CN_DIGITS}]))(?:"  # 安倍晋三上月23日: a numeral before a word, not a number
    rf"(?P<iso>\d{{4}}(?P<sep>[-/.])\d{{1,2}}(?P=sep)\d{{1,2}}(?!\d))"
    rf"|(?P<range>{_BARE_RANGE})"
    rf"|(?P<comp>{_HEAD}(?:{_CONN}(?:{_BODY}|{_D}))?)"
    rf"|(?P<week>{_WEEK})"
    rf"|(?P<lapse>{_LAPSE}))"
    rf"|(?:(?<![{_W['count_blockers']}])|(?!次))(?P<rday>(?!前日[本方军])(?:{_alt(_W['relative_days'])}))"  # 前日本首相: former
    rf"|(?P<vague>{_alt(_W['vague'])})"
    rf"|(?P<period>{_alt(_PERIODS['month'] + _PERIODS['year'])}){_NOT_PERIOD}"
))
# Every match of _MASTER contains one of these keys (a unit after a numeral, a digit between date
# separators, or a listed word), so a sentence without any has no time expression; 日 alone is too
# often 日本/美日 to count. Every alternative starts with a literal character, which lets `re` skip
# to the places where one occurs instead of trying each alternative at every character; so a key
# `\d[-/.]\d` is found at its separator, one character after it starts (see _first_key).
_KEY_WORDS = _W["week_words"] + list(_W["relative_days"]) + _W["vague"] + [
    unit + after for unit in _W["lapse_units"] for after in _W["lapse_after"]]
_MAY_HAVE_TIME = re.compile(
    rf"年|月|号|旬|日(?<=[\d〇○零一二三四五六七八九十两 \u3000]日)|-(?<=\d-)\d|/(?<=\d/)\d|\.(?<=\d\.)\d|"
    rf"{_alt(_KEY_WORDS)}"
)
_SEPARATORS = "-/."  # a key found at one of these is a date's digits (_first_key relies on no word starting so)
if any(word[:1] in _SEPARATORS for word in _KEY_WORDS):
    raise ValueError(f"time_words.yaml: a week word, relative day or vague word starts with one of {_SEPARATORS}")
# words of a past year (去年, 前年): what they date is background, not the story's news
PAST_YEAR = re.compile(_alt(w for w, (kind, offset) in _W["relative_years"].items() if offset < 0))
_FUTURE_WORD = re.compile(f"{_alt(_W['planning_markers'])}|即将|还将|行程")
_YEAR_NAMING = re.compile(rf"[^，。,；\d]{{0,4}}?(?:{_alt(_W['year_named_events'])})")
# a document's title or a short quoted name (运补船“乌奈扎五月4号”): a name, not a time
_TITLE = re.compile(r"《[^《》]{1,40}》|“[^“”，。,；]{1,20}”|「[^「」，。,；]{1,20}」")
_STARTING = re.compile(r"\s*(起|开始)")  # 自8月1日起: when something starts
# a time a "since" phrase counts from (尹锡悦上月10日就职以来…): a starting point, not the story's day
_SINCE_AFTER = re.compile(r"[^，。,；]{0,12}?(以来|至今)")
_PLANNED_AFTER = re.compile(r"[^，。,；\d]{0,4}?(?:将|拟|计划|预计|预定)")  # 29日将举行, 29日晚些时候将: a plan's day
_KEY_REACH = 24  # a match starts at most this many characters before its first key
# atoms of a comp / range match, read left to right
_ATOM = re.compile(
    rf"(?P<conn>{_CONN})|(?P<y>{_YEAR}){_SP}年|(?P<ry>{_alt(_W['relative_years'])})"
    rf"|(?P<rm>{_alt(_W['relative_months'])})|(?P<m>{_NUM}){_SP}月份?|(?P<d>{_NUM}){_SP}[日号]"
    rf"|(?P<p>{_alt(_W['month_periods'] + _W['year_periods'])})|(?P<bare>\d{{1,4}}|[一二两三四五六七八九十]{{1,3}})"
)
_TZ = r"(?:[\u4e00-\u9fff]{0,4}时间)?"  # 当地时间, 北京时间, 美国东部时间
_PLANNED = re.compile(rf"(?:{_alt(_W['planning_markers'])}){_SP}{_TZ}{_SP}$")
_DURATION = re.compile(rf"(?:{_alt(_W['duration_prefixes'])}){_SP}$")
_DAYS_COUNTED = re.compile(rf"(?:{_alt(_W['day_duration_prefixes'])}){_SP}$")
_EXCL = _W["exclusions"]
_BARE_DAY = re.compile(r"\s*\d{1,2}\s*[日号]")
_BRACKET = re.compile(r"\s*[（(]\s*")  # 昨天（29日）: the day a relative word names, in brackets
DAY_LIST_GLUE = re.compile(r"\s*(和|、|及|与|以及)\s*")  # 4日和28日: days listed together
# Taiwan's press writes the day in brackets after 今/昨/前/明 (今（4）日, 昨（27）日): read it as the
# day, same length so that offsets hold
_TW_DAY = re.compile(r"[今昨前明][（(](\d{1,2})[）)]日")
_FULLWIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_ANY_FULLWIDTH = re.compile(f"[{re.escape(''.join(map(chr, _FULLWIDTH)))}]")


def _halfwidth(sentence: str) -> str:
    """Full-width digits and date separators as ASCII; `translate` is slow on CJK text, so it is
    only run on the sentences that have one."""
    return sentence.translate(_FULLWIDTH) if _ANY_FULLWIDTH.search(sentence) else sentence


def _int(s: str) -> int | None:
    """ASCII digits, or Chinese numerals: 二〇二三 (digit by digit), 三十一, 十一, 五."""
    if s.isascii():
        return int(s)
    try:
        if "十" in s:
            tens, _, units = s.partition("十")
            return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)
        if len(s) in (1, 4):
            return int("".join(str(_CN[c]) for c in s))
    except KeyError:
        pass
    return None


_LASTING = re.compile(rf"为期({_NUM})天")


def trip_end(start: str, text: str) -> str | None:
    """The last day of a trip that starts on `start` (ISO day or --MM-DD) and is told in `text` as
    lasting N days (开始对中国进行为期四天的国事访问), or None."""
    days = _span_days(_LASTING.search(_halfwidth(text)))
    return _shift(start, days - 1) if days else None


def _span_days(lasting: re.Match | None) -> int | None:
    """The days a 为期N天 match tells, when they make a span (2 to 60 days)."""
    days = _int(lasting.group(1)) if lasting else None
    return days if days and 1 < days <= 60 else None


_CLOSED = rf"(?:{_alt(_W['closing_words'])})"
_CLOSED_LATER = re.compile(rf"[^，。；,;]{{0,30}}?{_CLOSED}")
_CLOSED_BEFORE = re.compile(rf"{_CLOSED}了?$")
_CLAUSE_MARK = re.compile(r"[，。；,;]")


def lasting_start(end: TimeMention, text: str, act_at: int) -> str | None:
    """The first day of an act told in `text` as lasting N days and as closing on the day `end` names
    (为期6天的…演习27日在青岛落下帷幕 → the 22nd; 7月9日…结束了为期四天的访华行程 → the 6th), or None.
    `act_at` is where the act's word starts: 为期N天的 must stand before it in its clause."""
    if end.precision != "day" or end.date_end or not end.date or "为期" not in text:
        return None
    norm = _halfwidth(text)
    lasting = next((m for m in _LASTING.finditer(norm, 0, act_at) if not _CLAUSE_MARK.search(norm, m.end(), act_at)), None)
    days = _span_days(lasting)
    if not days or not (_CLOSED_LATER.match(norm, end.end) or _CLOSED_BEFORE.search(norm, 0, lasting.start())):
        return None
    return _shift(end.date, 1 - days)


def _shift(day: str, n: int) -> str:
    """An ISO day or --MM-DD moved by n days."""
    year, month, day_ = (None, *map(int, day[2:].split("-"))) if day.startswith("--") else map(int, day.split("-"))
    return _add_days(DateParts(year, month, day_), n).iso()


def valid_day(y: int | None, m: int, d: int | None) -> bool:
    """Whether the day exists in that month (an unknown year allows 2月29日)."""
    return d is None or d <= calendar.monthrange(2000 if y is None else y, m)[1]


def month_days_back(month: int, day: int, later_month: int, later_day: int) -> int:
    """Days from a month-day back from a later one, years unknown: within a common year, across a
    new year if need be (a 29 February counts as the 28th)."""
    first, last = date(2001, month, min(day, 28)), date(2001, later_month, min(later_day, 28))
    return (last - first).days % 365


def _shift_month(y: int | None, m: int, n: int) -> tuple[int | None, int]:
    k = m - 1 + n
    return (None if y is None else y + k // 12), k % 12 + 1


def _add_days(p: DateParts, n: int) -> DateParts:
    """Day arithmetic, also on a month-day with unknown year (a common year unless it is 2月29日)."""
    y = p.year if p.year is not None else 2000 if (p.month, p.day) == (2, 29) else 2001
    dt = date(y, p.month, p.day) + timedelta(days=n)
    return DateParts(dt.year if p.year is not None else None, dt.month, dt.day)


def _parts(dt: date) -> DateParts:
    return DateParts(dt.year, dt.month, dt.day)


def _first_key(norm: str, pos: int) -> int | None:
    """Where the first key (_MAY_HAVE_TIME) starting at or after `pos` starts."""
    at = pos
    while key := _MAY_HAVE_TIME.search(norm, at):
        start = key.start()
        if norm[start] not in _SEPARATORS:
            return start
        if start > pos:  # the key starts at the digit before its separator
            return start - 1
        at = start + 1  # that digit lies before `pos`
    return None


def _expressions(norm: str):
    """The matches of _MASTER, left to right, as `finditer` gives them; the full pattern is only
    tried from just before the next key (_MAY_HAVE_TIME), not at every character."""
    pos = 0
    while (key := _first_key(norm, pos)) is not None:
        m = _MASTER.search(norm, max(pos, key - _KEY_REACH))
        if m is None:
            return
        yield m
        pos = m.end()


def _within_week(earlier: DateParts, later: DateParts) -> bool:
    """Whether two dates with a month lie at most a week apart (either without a day: same month)."""
    if earlier.day is None or later.day is None or earlier.year is None or later.year is None:
        return (earlier.year, earlier.month) == (later.year, later.month)
    if not (valid_day(earlier.year, earlier.month, earlier.day) and valid_day(later.year, later.month, later.day)):
        return False
    return abs((date(later.year, later.month, later.day) - date(earlier.year, earlier.month, earlier.day)).days) <= 7


class TimeResolver:
    """Per-document resolver: anchors relative expressions on the publication date and on the
    nearest earlier date established in the same news item."""

    def __init__(self, published: str | None):
        """`published`: an ISO date, a month-day without a year (`--05-08`, from `发布时间：05-08`), or None."""
        partial = re.fullmatch(r"--(\d\d)-(\d\d)", published or "")
        self._pub = date.fromisoformat(published) if published and not partial else None
        # a month-day publication date is where the page is told from, as a dateline's day would be
        self._base = DateParts(None, int(partial[1]), int(partial[2])) if partial else None
        self._base_mention = TimeMention(published, 0, 0, published, None, "day") if partial else None
        self._flashback = False  # the reference is an earlier paragraph's background date
        self._ref_age = 0  # paragraphs begun since the reference was set
        self._future_hint = False  # set per expression by resolve()
        self._opening = False  # …and whether the expression opens its sentence
        self.new_item()

    def new_item(self) -> None:
        """A new news item starts (digest pages): forget the item's reference date."""
        self._ref: TimeMention | None = self._base_mention
        self._ref_parts: DateParts | None = self._base
        self._news: DateParts | None = self._base  # the item's last reference that is news, not background
        self._news_ref: TimeMention | None = self._base_mention  # …as a mention
        self._day_ref: DateParts | None = self._base  # the item's last reference with a day
        self._day_age = 0  # paragraphs begun since it was set
        self._day_inferred = False  # …and whether its year was only inferred (8月1日, not 今年1月3日)
        self._told_on: date | None = None  # with no publication date, the item's first full day (its dateline)

    def new_paragraph(self) -> None:
        """A paragraph of background (EDCA于2014年4月28日签署…) lends its year to no month-day after
        it: the next paragraph's dates are the news year's (此前于1月30日); its 当月 is still that one's,
        but two paragraphs on, 当天 is the news day again."""
        ref, news = self._ref_parts, self._news
        self._ref_age += 1
        self._day_age += 1
        self._flashback = news is not None and ref is not None and ref.month is not None and \
            news.month is not None and not _within_week(ref, news) and \
            (ref.year or 0, ref.month, ref.day or 1) < (news.year or 0, news.month, news.day or 1)
        if self._flashback and self._ref_age >= 2:
            self._ref, self._ref_parts, self._flashback = self._news_ref, news, False

    def establish(self, mention: TimeMention) -> None:
        """The day an act was just told on (dated by the coder) is the item's reference: a later
        当天 is that day, not an aside's (…23日刚刚宣誓就任。峰会后四国发表了联合声明。…当天)."""
        told = re.fullmatch(r"(\d{4}|-)-(\d\d)-(\d\d)", mention.date or "")
        if told and told[1] == "-" and self._ref_parts is not None and self._ref_parts.year is not None:
            return  # a day without a year does not replace a reference that knows its year (同年8月)
        if told:
            parts = DateParts(None if told[1] == "-" else int(told[1]), int(told[2]), int(told[3]))
            inferred = parts == self._day_ref and self._day_inferred  # the act's day as its words gave it
            self._refer_to(mention, parts)
            self._day_inferred = inferred

    def _refer_to(self, mention: TimeMention, parts: DateParts) -> None:
        """Make a date the item's reference (and its day reference, if it has a day)."""
        self._ref, self._ref_parts, self._flashback, self._ref_age = mention, parts, False, 0
        if self._told_on is None and parts.year and parts.month and parts.day and valid_day(parts.year, parts.month, parts.day):
            self._told_on = date(parts.year, parts.month, parts.day)
        if parts.day is not None:
            self._day_ref, self._day_age, self._day_inferred = parts, 0, mention.inferred_year

    @property
    def reference(self) -> TimeMention | None:
        """The item's current reference date (last established date), for 当天 etc. in the coder."""
        return self._ref

    def resolve(self, sentence: str, future_ok: bool = False) -> list[TimeMention]:
        """Every time expression in the sentence, left to right; each resolved one (not a vague 日前,
        nor a whole week) becomes the item's reference. `future_ok`: the sentence states a plan, so
        dates without a year may lie in the future (a planning marker before a date does the same)."""
        norm = _halfwidth(sentence)
        # 今（25）日, 前（30）日: today or before, counted from publication, whatever date the item told last
        told_past = [m.span() for m in _TW_DAY.finditer(norm) if m.group()[0] in "今昨前"]
        norm = _TW_DAY.sub(lambda m: f"  {m.group(1)} 日", norm)
        out = []
        listed: DateParts | None = None  # the last month-day told in this sentence
        titles = [t.span() for t in _TITLE.finditer(norm)] if "《" in norm or "“" in norm or "「" in norm else []
        for m in _expressions(norm):
            kind, text, start = m.lastgroup, m.group(), m.start()
            if any(a < start < b for a, b in titles):
                continue  # 《9月平壤共同宣言》: a document's name, not a time
            ex = _EXCL.get(text)
            if ex and (any(norm[:start].endswith(w) for w in ex.get("before", ()))
                       or any(norm[m.end():].startswith(w) for w in ex.get("after", ()))):
                continue
            planned = future_ok or bool(_PLANNED.search(norm, max(0, start - 16), start))
            # a future word earlier in the sentence (王毅还将访问…，行程至6月4日结束): a date just
            # ahead of publication is this year's, not last year's
            # …and so is a start told ahead (宣布自8月1日起征收关税)
            self._opening = not norm[:start].strip()  # 4日，…: a sentence opening on its day goes on the chronology
            self._future_hint = not planned and bool(_FUTURE_WORD.search(norm, 0, start) or _STARTING.match(norm, m.end())
                                                     or _PLANNED_AFTER.match(norm, m.end()))
            got = getattr(self, "_" + kind)(text, norm, start, planned)
            if got is None or got[0] is not None and got[0].month is None and _YEAR_NAMING.match(norm, m.end()):
                continue  # 北京2022年冬奥会: the event's name
            first, last, relative, explicit = got
            if listed and first and _BARE_DAY.fullmatch(text) and DAY_LIST_GLUE.fullmatch(norm, out[-1].end, start):
                first = DateParts(listed.year, listed.month, first.day)  # 上月4日和28日: that month's 28th
            elif first and first.day and self._today() and any(a <= start < b for a, b in told_past) and \
                    valid_day(*(last_such := self._last_such_day(first.day)), first.day):
                first = DateParts(*last_such, first.day)  # 前（30）日: the last 30th so far
            elif listed and first and _BARE_DAY.fullmatch(text) and listed.day < first.day <= listed.day + FOLLOWING_DAYS \
                    and valid_day(listed.year, listed.month, first.day):
                first = DateParts(listed.year, listed.month, first.day)  # 5月24日宣布…，两天后（26日）: that May
            elif out and first and _BARE_DAY.fullmatch(text) and out[-1].relative and _BRACKET.fullmatch(norm, out[-1].end, start) \
                    and out[-1].precision == "day" and out[-1].date and not out[-1].date.startswith("-") \
                    and int(out[-1].date[-2:]) == first.day:
                first = DateParts(*map(int, out[-1].date.split("-")))  # 前一天（14日）: the day just named, as placed
            mention = TimeMention(
                text=sentence[start:m.end()], start=start, end=m.end(),
                date=first.iso() if first else None, date_end=last.iso() if last and first else None,
                precision=first.precision if first else "unknown",
                inferred_year=bool(first and first.year is not None and not explicit), relative=relative)
            out.append(mention)
            listed = first if first and first.month is not None and first.day is not None else None
            # a planned date (将于15日) is not what the item narrates: 当天 after it is not that day
            ahead = first is not None and (self._ahead(first) or self._next_year_on(first)
                                           or relative and self._counted_ahead(first))
            # 根据1982年《联合国海洋法公约》: a year that names a document is not when anything happens
            titled = first is not None and first.month is None and norm.startswith(("《", "的《"), m.end())
            since = _SINCE_AFTER.match(norm, m.end()) is not None
            if mention.date and not (kind == "week" and last) and not planned and not ahead and not titled and not since:
                self._refer_to(mention, first)
                if self._is_news(first, mention.text):
                    self._news, self._news_ref = first, mention
        return out

    # --- anchors -------------------------------------------------------------------------------

    def _anchor(self, kind: str, offset: int, need: str) -> DateParts | None:
        """The anchor of a relative word (see time_words.yaml); it must know the unit `need`."""
        pub, ref = (_parts(self._pub) if self._pub else self._base), self._ref_parts
        order = (pub, ref) if kind == "now" else (ref, pub)
        # with no publication date, an item dated by month-day only (a wire story's 11月23日电) is
        # told from that day: 下月, 昨天 count from it; never a year (去年11月 stays --11)
        told_from_ref = kind == "now" and pub is None and ref is not None and ref.year is None and need != "year"
        for a in order if offset == 0 or told_from_ref else order[:1]:
            if a and getattr(a, need) is not None:
                return a
        return None

    def _later(self, y: int, m: int, d: int | None) -> bool:
        if d is None:
            return (y, m) > (self._pub.year, self._pub.month)
        return not valid_day(y, m, d) or date(y, m, d) > self._pub + FUTURE_TOLERANCE

    def _earlier(self, y: int, m: int, d: int | None) -> bool:
        if d is None:
            return (y, m) < (self._pub.year, self._pub.month)
        return not valid_day(y, m, d) or date(y, m, d) < self._pub - FUTURE_TOLERANCE

    def _ahead(self, p: DateParts) -> bool:
        """A full date after publication (+ tolerance) and at most NEAR_FUTURE later: announced, not narrated."""
        if self._pub is None or p.year is None or p.month is None or not valid_day(p.year, p.month, p.day):
            return False
        day = date(p.year, p.month, p.day or 1)
        return self._pub + FUTURE_TOLERANCE < day <= self._pub + NEAR_FUTURE

    def _counted_ahead(self, p: DateParts) -> bool:
        """On a page dated by month-day only, a time counted forward from that day (下月, 明天) is
        ahead: 中方还拒绝了…下月访问香港的请求。…24日宣布 is still the publication month's 24th."""
        base = self._base
        if self._pub is not None or base is None or p.year is not None or p.month is None:
            return False
        told, day = (base.month, base.day or 1), (p.month, p.day or 1)
        months = (p.month - base.month) % 12  # 下月 told in December is January
        return day != told and (months > 0 or day > told) and months < 2

    def _next_year_on(self, p: DateParts) -> bool:
        """A time in a year after publication (同意明年春天访问): a plan told, not the story's day."""
        return self._pub is not None and p.year is not None and p.year > self._pub.year

    def _infer_year(self, m: int, d: int | None, planned: bool) -> int | None:
        ref, pub = (self._news if self._flashback else self._ref_parts), self._pub
        if pub and self._future_hint and self._ahead(DateParts(pub.year, m, d)):
            return pub.year
        if ref and ref.year is not None and ref.month is not None:
            y = ref.year + (1 if ref.month - m > 6 else 0)
            if pub and planned and self._earlier(y, m, d):
                return y + 1
            return y - 1 if pub and not planned and self._later(y, m, d) else y
        if pub:
            y, step, wrong = (pub.year, 1, self._earlier) if planned else (pub.year, -1, self._later)
            for _ in range(8):  # 2月29日 may need several years
                if not wrong(y, m, d):
                    break
                y += step
            return y
        return ref.year if ref else None

    def _is_news(self, parts: DateParts, text: str) -> bool:
        """Whether a date is the story's news rather than background: within RECENT_DAYS before
        publication; with no publication date, any date but a past year's (去年11月)."""
        if parts.month is None:
            return False
        base = self._base
        if self._pub is None and base is not None and parts.year is None and not PAST_YEAR.search(text):
            # a page dated by month-day only: 今年7月 told in a page of 9月13日 is background
            return month_days_back(parts.month, parts.day or 1, base.month, base.day or 1) <= RECENT_DAYS
        if self._pub is None or parts.year is None:
            return not PAST_YEAR.search(text)
        return date(parts.year, parts.month, parts.day or 1) >= self._pub - timedelta(days=RECENT_DAYS)

    def _season(self, told: DateParts) -> bool:
        """Whether a day told with an inferred year lies in the months before publication (not in
        another year's story, nor ahead): unknown when there is no full publication date or no year."""
        if self._pub is None or told.year is None:
            return True
        days = (self._pub - date(told.year, told.month, told.day)).days
        return -DAY_TOLERANCE <= days <= SEASON_DAYS

    def _today(self) -> date | None:
        """The day the item is told on: its publication, else its first full day (a dateline 2011/7/25)."""
        return self._pub or self._told_on

    def _last_such_day(self, d: int) -> tuple[int, int]:
        """Year and month of the last day numbered `d` on or before the item's day."""
        today = self._today()
        return (today.year, today.month) if d <= today.day + 1 else _shift_month(today.year, today.month, -1)  # +1: 今 a day early

    def _infer_month(self, d: int, planned: bool) -> tuple[int | None, int | None]:
        """A bare day a few days after the day just told in this paragraph (or in the last, when the day opens
        its sentence: 今年1月3日至5日访华。¶4日，…) takes that day's month; otherwise the month
        of the item's last news date: a bare day after a background
        date (天安号3月26日沉没…调查团20日公布, published 5月26日) is the publication month's; else
        the publication month (the previous one when the day is still to come)."""
        news, pub, told = self._news, self._pub, self._day_ref
        if told is not None and told.month is not None and (self._day_age == 0 or self._day_age == 1 and self._opening) and \
                told.day < d <= told.day + FOLLOWING_DAYS and (not self._day_inferred or self._season(told)):
            return told.year, told.month  # 1月3日至5日访华。4日，…会谈: the days just told go on
        if news is not None:
            if news is self._base and news.day is not None and not planned and not self._future_hint \
                    and d > news.day + DAY_TOLERANCE:
                return _shift_month(None, news.month, -1)  # 发布时间：10-03 … 24日宣布: September's, not to come
            if news.day is not None and d < news.day and pub and news.year is not None:
                # told forward: 上周五（28日）… 1日 is the next month's first, if that is not to come
                y, m = _shift_month(news.year, news.month, 1)
                if valid_day(y, m, d) and date(y, m, d) <= pub + FUTURE_TOLERANCE:
                    return y, m
            base = self._base
            if news.day is not None and d < news.day and base is not None and news.year is None:
                # the same on a page dated by month-day only (发布时间：03-03 … 2月28日…扎哈罗娃1日表示)
                _, m = _shift_month(None, news.month, 1)
                ahead = (base.month - m) % 12
                if ahead == 0 and d <= base.day + DAY_TOLERANCE or 0 < ahead < 6:
                    return None, m
            if pub and news.year is not None and news.day is not None and not planned and not self._future_hint and \
                    valid_day(news.year, news.month, d) and \
                    timedelta(0) <= pub - date(news.year, news.month, news.day) <= timedelta(days=DAY_TOLERANCE) and \
                    date(news.year, news.month, d) > pub + timedelta(days=DAY_TOLERANCE):
                # a story told from the page's own day: 3月1日讯 …29日宣布 is February's, not to come
                # (after an earlier day, 7月3日会谈…双方20日再次会晤 may be a plan)
                return _shift_month(news.year, news.month, -1)
            return news.year, news.month
        if not pub:
            return None, None
        if not planned and d > pub.day + DAY_TOLERANCE:
            return _shift_month(pub.year, pub.month, -1)
        if planned and d < pub.day - DAY_TOLERANCE:
            return _shift_month(pub.year, pub.month, 1)
        return pub.year, pub.month

    # --- one handler per kind of match: (start, end, relative, explicit year) or None to skip ---

    def _iso(self, text, norm, start, planned):
        y, mo, d = map(int, re.split(r"[-/.]", text))
        if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return (DateParts(y, mo, d) if valid_day(y, mo, d) else None), None, False, True

    def _dates(self, text, norm, start, planned):
        head, tail = {}, {}
        side = head
        for a in _ATOM.finditer(text):
            if a.lastgroup == "conn":
                side = tail
            else:
                side[a.lastgroup] = a.group(a.lastgroup)
        if "bare" in head:
            unit = next(k for k in tail if k in ("y", "m", "d"))
            head[unit] = head.pop("bare")
        if "y" in head and _DURATION.search(norm, max(0, start - 4), start):
            return None  # 近2000年来
        if head.keys() == {"d"} and not tail and _DAYS_COUNTED.search(norm, max(0, start - 4), start):
            return None  # 一连7日: seven days, not the 7th
        if any(not self._in_range(side) for side in (head, tail)):
            return None
        first = self._side(head, None, planned)
        last = self._side(tail, first, planned) if tail and first else None
        relative = any(k in side for side in (head, tail) for k in ("ry", "rm"))
        return first, last, relative, "y" in head

    _range = _comp = _dates

    @staticmethod
    def _in_range(side: dict) -> bool:
        """Numbers outside these ranges are counts or durations, not dates (1至3年, 45日)."""
        limits = {"y": (1900, 2100), "m": (1, 12), "d": (1, 31)}
        for k, (lo, hi) in limits.items():
            if k in side:
                v = _int(side[k])
                if v is None or not lo <= v <= hi:
                    return False
        return True

    def _side(self, a: dict, base: DateParts | None, planned: bool) -> DateParts | None:
        """One side of a range (`base`: the resolved start, lending the end its missing parts)."""
        y, m, d = (_int(a[k]) if k in a else None for k in ("y", "m", "d"))
        year_known = "y" in a
        if "ry" in a:
            kind, off = _W["relative_years"][a["ry"]]
            anc = self._anchor(kind, off, "year")
            y, year_known = (anc.year + off if anc else None), True
        if "rm" in a:
            kind, off = _W["relative_months"][a["rm"]]
            anc = self._anchor(kind, off, "month")
            if anc is None:
                return None
            ay, m = _shift_month(anc.year, anc.month, off)
            if not year_known:
                y, year_known = ay, True
        if not year_known:
            if base:
                y, m = base.year, m if m is not None else base.month
                if y is not None and base.month is not None and (m, d or 0) < (base.month, base.day or 0):
                    y += 1  # 12月28日至1月3日
            elif m is not None:
                y = self._infer_year(m, d, planned)
            else:
                y, m = self._infer_month(d, planned)
                if m is None:
                    return None
        if m is not None and not valid_day(y, m, d):
            return None
        if y is None and m is None:
            return None
        return DateParts(y, m, d)

    def _week(self, text, norm, start, planned):
        """周三, 上周, 下周五, 本周末: against the publication date, else the item's full date."""
        ref = self._ref_parts
        anchor = self._pub
        if anchor is None and ref and None not in (ref.year, ref.month, ref.day):
            anchor = date(ref.year, ref.month, ref.day)
        if anchor is None:
            return None, None, True, False
        shift = next((v for k, v in _WEEK_SHIFTS if text.startswith(k)), None)
        monday = anchor - timedelta(days=anchor.weekday())
        last = text[-1]
        if last not in _W["weekdays"] and last != "末":  # a whole week
            first = monday + timedelta(weeks=shift)
            return _parts(first), _parts(first + timedelta(days=6)), True, False
        first = monday + timedelta(days=5 if last == "末" else _W["weekdays"][last], weeks=shift or 0)
        if shift is None and planned and first < anchor:
            first += timedelta(weeks=1)
        elif (shift is None or shift == 0 and last in "日天") and not planned and first > anchor:
            first -= timedelta(weeks=1)  # 本周日 told as past: the Sunday that began the week (Taiwan and Hong Kong count from it)
        return _parts(first), (_parts(first + timedelta(days=1)) if last == "末" else None), True, False

    def _rday(self, text, norm, start, planned):
        kind, off = _W["relative_days"][text]
        ref = self._ref_parts
        if text in _W["at_that_time"] and ref and ref.day is None and ref.month is not None:
            return DateParts(ref.year, ref.month), None, True, False  # 去年10月…当时: that month, no day invented
        anc = self._anchor(kind, off, "day")
        if kind == "ref" and (ref is None or ref.day is None) and self._day_ref is not None and self._day_age <= 1:
            anc = self._day_ref  # 30日…去年10月…次日: the day after the last day told, if told just before
        return (_add_days(anc, off) if anc else None), None, True, False

    def _lapse(self, text, norm, start, planned):
        """两天后, 21天后生效: that many days (weeks) after the reference date."""
        count, unit = _LAPSE_PARTS.match(text).groups()
        days = (_int(count) or 0) * _W["lapse_units"][unit]
        anc = self._anchor("ref", days, "day")
        return (_add_days(anc, days) if anc and days else None), None, True, False

    def _vague(self, text, norm, start, planned):
        return None, None, True, False

    def _period(self, text, norm, start, planned):
        """月底, 年初 ...: the month or year of the reference, else of the publication date."""
        need = "month" if text in _PERIODS["month"] else "year"
        anc = self._anchor("ref", 0, need)
        if anc is None:
            return None, None, True, False
        return DateParts(anc.year, anc.month if need == "month" else None), None, True, False
