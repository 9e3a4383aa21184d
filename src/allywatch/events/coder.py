"""The rule-based event coder: PLOVER events from Chinese sentences, with provenance.

For each sentence: resolve times, find actors, mask reporting phrases (`据韩联社报道`: the agency
is not an actor), skip headings and the author's analysis, then for each trigger of
data/triggers.yaml read its clause for roles (source, partners, objects), factuality markers,
date and place. Document state carries what Chinese leaves implicit: the speaker of reported
speech, `双方`/`两国` (the actors of the last joint act), `他` (the last person), the subject of
a sentence without one, and the date of the act being narrated.

The annotation conventions of ONTOLOGY.md drive the choices; every word list is data
(data/triggers.yaml, data/cues.yaml).
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from ..nlp.actors import ActorLexicon, is_han, occurrences
from ..nlp.time import (
    DAY_LIST_GLUE,
    PAST_YEAR,
    TimeResolver,
    lasting_start,
    month_days_back,
    trip_end,
    valid_day,
)
from ..records import ActorMention, Document, Event, Sentence, TimeMention
from .base import register
from .goldstein import quad_class
from .lexicon import Cue, Lexicon, TriggerMatch, load_lexicon

_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_HEAD_TAG = re.compile(r"\s*(【[^】]{1,6}】)?\s*[^\s，,。]?")  # what may come before a sentence's heading day: 【背景】, one character
_LED_BY = re.compile(r"(率领|带领|率)的")  # 由赵乐际率领的中国党政代表团: its head
_MET_WITH = re.compile(r"[见与同和向对迎陪]")  # 总统府接见访问团: a host before a delegation, not its state
_DELEGATION_GAP = 6  # 中国党政代表团, 朝鲜高级别代表团: the words between a state and its delegation
_OPEN, _CLOSE = "（(《“「『【\"", "）)》”」』】\""
_BRACKET_OR_BREAK = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]|{_CLAUSE_BREAK.pattern}")
_OPENER = re.compile(f"[{re.escape(_OPEN)}]")
_INSTITUTION = re.compile(r"[部院委局署厅办]")  # a named body, not a bare title
_STATES_COUNTED = re.compile(r"[两三四五六七八九]国$")  # 美国、日本和澳大利亚三国: the count after a list of states
_QUESTION = re.compile(r"[？?][”」』）)]*\s*$")
_TERMINAL = re.compile(r"[。！？!?…”」』）)]\s*$")
# X after these is acted on (向X, 对X) or gone to (前往X, 抵达X), never the subject
_DESTINATIONS = ("前往", "飞往", "抵达", "飞抵", "到达", "赴", "出访", "访问", "访")  # 访 as in 首次访日
_VISITED = ("在", "于")  # 在日本, 于东京: where, not who (访美: a destination)
_DEPARTURES = ("离开", "飞离", "离")  # 离台前往南韩: the place left is neither the traveller nor a partner
_PAIR_JOINED = re.compile(r"[与和同及、]")  # 以色列与伊朗: two states named as a pair
# 致函X: X is written to; 使用菲律宾境内…基地: the state whose bases are used
_OBJECT_MARKERS = ("向", "对", "给", "将", "把", "致函", "致信", "使用") + _DESTINATIONS + _DEPARTURES
# 为越南提供资金, 决定为乌克兰提供援助: the one an act is done for (not 成为, 作为, 视为, 认为, 称为, 尚为,
# 划为, 定为, 以…为由)
_FOR_WHOM = re.compile(r"(?:^|决定|[^成作视认称以因行更较最极定列改转选即乃均身尚仍亦皆划分])为$")
# a summit or meeting told by its noun alone (出席本届峰会, 率团出席会议)
_SUMMIT_NAMED = re.compile(r"峰会|与会|首脑会议|领导人会议|(出席|参加)了?(本次|此次|这次|该|本届)?会议$")
_REPORT_DAY = re.compile(r"(综合|专)?(电|讯)(?![话视影报])")  # after a dateline's day: 15日电, 15日综合电
_HELD_ON = re.compile(r"(在[^，。,；]{1,12}?)?(举行|召开)的")  # 出席15日至16日(在巴厘岛)举行的峰会: the meeting's days
_TIME_OF_ACT = ("于", "自", "从", "当地时间", "北京时间")  # before a time: when the act itself happens
_DAY_NAMED = re.compile(r"[\d〇一二三四五六七八九十]\s*[日号]")  # 本月2日, 13日: a day given by number
_FIRED_INTO = re.compile(r"(境内|本土|领土)?")  # 向泰国境内发射: into the state itself
_AIMED_AT = re.compile(r"(向|对)(驻[^，。,；]{1,6})?$")  # 向驻伊美军基地, 对加沙地带: what follows is aimed at
_LIST_GLUE = re.compile(r"^[\s、和及与－—–-]*$|^等[\d一二三四五六七八九十百千几多数余]*[名个位家批]?$")  # 卢比欧等11名美方人士, 中国－东盟: one list
# 与包括印度在内的各方; 同东道主加拿大总理: a role before the partner's name
_CONNECTED = re.compile(r"(与|同|和|跟|会同|携手|及)(包括|[^，。,；与同和]{0,16}的|东道主|东道国|主办国|(轮值)?主席国)?$")
# a line holding only a date or a range, after an optional bullet: a chronology's heading
_DATE_HEADING = re.compile(r"\s*[^\w\s]{0,2}\s*(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)"
                           r"(?:\s*[至到—–-]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日?)?\s*[：:]?\s*")
_NEW_ITEM = re.compile(r"^[^，,。]{0,16}?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?!至|到)")
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
_PROPOSED = re.compile("[^，。,；的]{0,6}?的(建议|提议|倡议|构想|设想)")  # an act named as a proposal's content
_DESCRIBING = re.compile("[^，。,；的]{0,24}?的")  # words up to the 的 of a relative clause
_OPENING_REACH = 16  # characters read for the actor a paragraph opens with
_QUALIFIER = re.compile(r"[^，。,；的]{1,6}的")  # 即将卸任的: a clause describing the noun after it
_PLAN_OPENING = ("拟", "决定", "计划", "预定")  # planned markers that may open a trigger (拟向台湾出售)
_TRIP_DAYS = 7  # a state visit with its stops lasts a week at most
_DATELINE_LAG = 3  # a page appears within days of its dateline (time zones, a weekend); further back, no dateline of it
_STANCES = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST"}  # said now even of the future (将始终支持)
_STANDS = _STANCES | {"THREATEN"}  # a stance or a threat: what a judgement word (_backups_dropped) gives way to
_TAKES_LIST = {"REJECT", "SANCTION", "RETREAT"}  # 取消/暂停/停止 A、B: B is cancelled too, not done
_LIST_ITEM = re.compile(r"、[^，。,；、]{1,12}$")
_ITEM_JOINED = re.compile(r"[、和及与]|以及")  # the next item of what is cancelled, right after the last
# 谴责朝鲜5月25日进行的核试验: a time after the act, in a phrase ending in 的, dates its object
# 对朝鲜发射导弹表示遗憾: what follows an act named after 对 when it is what a reaction is about
_REACTION_AFTER = re.compile(r"[^，。,；]{0,12}?(一事)?(表示|表达|发表|提出|作出|进行|予以|深感|深表|感到)")
_ATTRIBUTIVE = re.compile(r"[^，。,；的]{0,10}?的")
_OCCASION = re.compile(r"[^，。,；的]{0,6}?的[^，。,；的]{0,8}?(会谈|会晤|会见|会议|通话|记者会|峰会|讲话|演讲)(中|上|时|期间)")
_DONE_BEFORE = re.compile(r"(进行|实施|发动|举行|发射|开展)的$")
_NAMED_BY_TRIGGER = re.compile(r"[\u4e00-\u9fff]{2}的")  # a trigger opening with its verb and 的 (达成的协议): a name
_CONJOINED = re.compile(r"\s*(并|并且|且|又)[^，。,；、]{0,3}?")
_ACCOUNT_OF = re.compile(r"的(情况|成果|结果|进展|细节|内容|经过)")
_SINCE = re.compile(r"[^，。,；]{0,10}?(以来|之后|后|之前|前)|首次")  # 21日就任首相后的首次会晤, 今年首次: another act's day
# 在东京的首相官邸: a place, not a subject; but 在大阪举行的二十国集团峰会 names who meets there
_PAIR_GLUE = ("和", "与", "同", "及", "、")
_TRADED = re.compile(r"(进口|输入|引进|采购|购买)")
_NAMED_DAY = re.compile(r"[一两二三四五六七八九十]?[天日周]?[（(]")  # 此前一天（23日）: the day in brackets
_DEMONSTRATIVE = re.compile(r"(这位|这名|此位|该名?)$")  # 这位首相: the one just named
_PLACE_NOUN = re.compile(r"海域|水域|附近|周边|一带|地区|上空|境内|当地|现场")  # 在附近海域活动的…
_LOCATIVE = re.compile(r"(?<!正)在[^，。,；在与同和]{1,6}(?<!举行)(?<!召开)(?<!举办)(?<!访问)的$")  # not 正在当地访问的X
_REPORTED_FORCE = {"MOBILIZE", "ASSAULT"}  # acts a speaker usually reports rather than does
_TOPIC_NOUN_ACTS = _REPORTED_FORCE | {"RETREAT"}  # told as what a noun is about (force_as_topic): not done
_DATED_IN_OBJECT = _REPORTED_FORCE | {"AGREE", "CONSULT"}  # with their own day inside what is condemned or endorsed: acts told
_HAS_VICTIM = {"COERCE", "ASSAULT", "THREATEN"}  # acts always aimed at someone, named or not
_WHITHER = re.compile(r"[往向赴到抵]$")  # 驶往加沙的援助船: where something was headed, not where the act was
_ON_GROUND = {"RETREAT", "ASSAULT", "COERCE"}  # with no one named, aimed at the state whose ground the clause names
_ON_AGREEMENTS = {"REJECT", "AGREE", "CONCEDE", "RETREAT", "COOPERATE"}  # acts that may be done to an agreement
_MATERIAL_FORCE = {"COERCE", "ASSAULT"}  # an attack and what it did (发动空袭，打死…) are one act
_ANSWERS = {"REJECT", "CONCEDE"}  # replies to a demand: at whoever made it (拒绝了这一要求)
_FORCE = {"ASSAULT", "MOBILIZE", "COERCE"}  # uses or shows of force: what an attack condemned refers to
_HARM = {"ASSAULT", "COERCE"}  # force suffered: told in the passive with no agent, the victim is no doer
_TREATY_WORD = re.compile(r"条约|协定|公约")  # an agreement named by its kind alone (该条约)
_MET_OR_HOST = ("与", "同", "和", "由")  # before a state a body's meeting meets or is hosted by
_DECIDED_AT_ONCE = {"SANCTION"}  # measures a decision itself takes (决定暂停…成员资格, 决定冻结…资产)
# acts agreed on (商定A，并B): B goes on with what was agreed, unless told as done (并签署了…)
_AGREED_CONTENT = {"CONSULT", "COOPERATE", "AID", "MOBILIZE", "RETREAT", "SANCTION"}
_RIGHT_AFTER = ("随后", "随即")  # vague times that follow an act of the same sentence closely
_JUDGEMENTS = {"ACCUSE", "THREATEN"}  # 这是对…的挑衅/警告 in someone's words judges, not restates
# answers to what was just told: naming no one (对协议达成表示欢迎, 宣布废除…), they are aimed at its actors
_REACTIONS = {"ACCUSE", "REJECT", "SANCTION", "SUPPORT"}
_IN_TURN = re.compile(r"相继|先后|各自")  # 相继宣布承认: each doer's own act (but 双方先后进行了会谈: one act)
_ONE_BY_ONE = {"CONSULT", "PROTEST"}  # 分别会见A和B, 分别召见A和B: one act per counterpart (ONTOLOGY granularity)
_SENTENCE_PART = re.compile(r"[，,；;]")  # what separates clauses, not the items of a list (、, ：)
_DISCUSSED = re.compile(r"\s*(并|以|将|就)?(讨论|商讨|探讨|研究|商议)")  # a clause telling what talks are about
_PAIR_TALKING = re.compile(r"(双方|两人|两国(元首|领导人)?)(先后|随后|还|又)?(进行了?)?(小范围|大范围|单独|非正式)?")  # 双方会谈近3小时
_NEXT_ITEM = re.compile(r"[，,]?(、|和|及|与|以及|并|并且)")  # between two acts of one list
_ITEM_GLUE = re.compile(r"和|及|并")  # between two measures (关闭边境和暂停交易), when the second has its own verb
_LIST_INTRO = re.compile(r"[，,]\s*(其中)?(包括|包含)")  # 宣布实施制裁，包括…: the list the measures make
_VERBAL = {1, 3}  # PLOVER quad classes of verbal cooperation and conflict
# 包括三边反导、反潜联演在内(的理由): examples, not acts; but 采取包括追加制裁在内的措施 takes them
_EXAMPLE = re.compile(r"[^，。,；]{0,3}在内(?!的?(一系列|各种|多项|所有|全部)?(措施|行动|手段|对策|举措|反制))")
_NAMED_LIST = re.compile(r"\s*(黑)?(名单|清单|名录)")
_OPENS_WORDS = re.compile(r"[，,：:]|[“「]")  # after a speech verb: what he said follows
_CODE_NAME = re.compile(r"(代号|名为|称为|番号)[为是]?[“\"「『]$")  # the quoted name of an operation or exercise
_QUOTED = re.compile(r"《[^》]{1,60}》|“[^”]{1,30}”|\"[^\"]{1,30}\"")
_TITLE = re.compile(r"《[^》]{2,60}》")
_COUNTED = re.compile(r"[\d一二三四五六七八九十两几数多余][家个名架艘位所批]$")  # 3家, 两名, 一批: a counted object
_HELD_AFTER = re.compile(r"[^，。,；]{0,12}?(举行|召开|进行)")
_ADVERBS = re.compile(r"[也都还则就更将会已均只并]{0,2}")
_DATED_BY = re.compile(r"(是|则是)(在|于)")
_REACTION_TO = re.compile(r"(?:对|针对|就)([^，。,；对]{0,12})$")
_ABOUT = re.compile(r"(?:对|就)([^，。,；对]*)$")
_OFFICIALS_LISTED = re.compile(r"、|和|及|以及")  # one state's officials listed (外长A、国防部长B)
_ACTED_BETWEEN = re.compile(r"谴责|批评|指责|反对|要求|呼吁|敦促")  # 外长…谴责了军方, 中方反对…夺取政权: another state's
_BODY_BETWEEN = re.compile(r"[^，。,；、与和同及向对在]{1,12}?(委员会|理事会|部|省|厅|署|局|院|办公室)")
_OPENING_TOPIC = re.compile(r"(?:对于|针对|关于)[^，。,；]{1,40}?[，,]")  # 对于两岸的抗议，…: what the sentence answers
_STANCE_TAKEN = re.compile(r"(表示|表达|予以|深表|深感)[^，。,；「“]{0,4}[「“]?$")  # 对于…暴力事件表示强烈谴责，并称…: the topic's own answer
_WAY_OF = re.compile(r"的(可行性|方案|方式|议题|计划|问题)")


def neutralise_brackets(text: str) -> str:
    """Same-length text where clause punctuation inside brackets and quotes is replaced by 、,
    so `会议（AP4，韩日澳新）` stays one clause and one trigger span."""
    if not _OPENER.search(text):
        return text  # nothing is inside brackets (most sentences): no walk over the clause breaks
    chars, depth = None, 0
    for m in _BRACKET_OR_BREAK.finditer(text):
        ch = m.group()
        if ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth and ch not in _OPEN + _CLOSE:
            chars = chars or list(text)
            chars[m.start()] = "、"
    return "".join(chars) if chars else text


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding position `at` ends."""
    brk = _CLAUSE_BREAK.search(text, at)
    return brk.start() if brk else len(text)


def _day_told(event: Event, times: list[TimeMention]) -> TimeMention:
    """An act's date as a time the story has told, for later acts with none of their own: its last day
    when that is the one the sentence names (为期6天的演习27日落下帷幕 → the 27th, not the 22nd)."""
    if event.date_end and any(t.date == event.date_end for t in times) and not any(t.date == event.date for t in times):
        return TimeMention(event.date_end, 0, 0, event.date_end, None, event.date_precision)
    return TimeMention(event.date, 0, 0, event.date, event.date_end, event.date_precision)


def clause_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of 《titles》 and “quoted names”: actors inside them are topics, not subjects."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


# 对3家, 对该国, 对内华达山脉公司等9家 (named ones first, then the count): the object's head follows
_OBJECT_NP = re.compile(r"(?<!针)(向|对|给|将|把)(?:[^，。,；向对给将把]{0,6}?|[^，。,；向对给将把]{1,30}?等)"
                        r"[\d一二三四五六七八九十两几数多余]*[家个名架艘位所批]?$")
_OWN_COUNTRY = re.compile(r"我国(?!家)")
# 当天还…, 又在…, X并要求…: one more act (还在: still; 并不: not at all)
_ALSO = re.compile(r"(?:又|[还另](?!在)|并(?![不未非无没且])|也(?!是|就|许|不|没|未))(?!将|是|有|称|说|表示|指出|强调|认为)")
_ALSO_REACH = 3  # sentences back that 还 sets an act apart from
_PAIR_GLUE_WORD = re.compile(r"[与和同]")  # 中国与印度…: two states named together
_PAIR_REACH = 6  # sentences looked back at for the states a bare 双方 names
_PEOPLE_KEPT = 6  # people named in coded sentences kept for 两人
_GROUP_SIZES = {"两": 2, "双": 2, "三": 3, "四": 4, "五": 5}  # the count a group word (两国, 三方) opens with
_SETTING_END = re.compile(r"(期间|之际)$")  # 访问平壤期间，…: a clause setting the time of the next
_AFTERWARDS = re.compile(r"之?后|时|期间")  # 与X会谈后宣布, 与X会谈时同意
_MEETING_CLAUSE = re.compile(r"并?(与|同|和)")  # …，并与X举行会谈: a clause that meets someone
_ARRIVAL = re.compile(r"(将|已|再|先)?(抵达|飞抵|到达)")  # an arrival somewhere, not a visit told as such
_GOING = re.compile(r"(将|已|再|先|随后|又)?(前往|飞往|转往|转赴|赶赴|赴)")  # a trip set out on, not an arrival
_TRIP_PURPOSE = re.compile(r"[^，。,；]{0,20}?[，,]?(出席|参加)")  # …(，)出席X: what the trip is for
_MEMBER_OF = re.compile(r"的?(盟友|盟国|成员国|成员|伙伴国|伙伴)")  # 北约盟友立陶宛: the member named after
_TRIP = re.compile(r"(正式|国事|工作|友好|官方|私人)?(访问|之行)")  # 展开为期4天的中国正式访问: where, not who
_ATTENDING = re.compile(r"出席|参加")  # A和B出席…会议期间: a setting they attend, not talks between them
_ADMIN_SUFFIX = re.compile(r"[市省州县区都府]?")  # 北京市, 东京都: a place's own suffix
_PASSIVE_OPENING = re.compile("遭到?|遭受|被")  # …or opening the trigger itself (遭南韩男子持刀袭击)
_SUFFERED = re.compile(r"遭(?=[^，。,；]*$)")  # 遭以色列空袭: force suffered, its doer named right after
_RECEIVED_BY = re.compile(r"受到(?=[^，。,；]*$)")  # X受到Y会见: Y meets X
_DREW = "招致|招来|引来|惹来|引发|引起"  # X招致Y批评: Y criticises X; with no Y named, someone unnamed did
_PASSIVE = re.compile(rf"(?:被(?!迫|视为|认为|称为|选为|任命|列为)|遭到|遭受|{_DREW})(?=[^，。,；]*$)")  # X被Y…: Y acts on X
# 对…表现恶劣的美国人, 将包括中芯国际在内的60家中国实体 (中芯国际 too), 把部分俄罗斯银行, 向国际仲裁庭: what follows is the object
_OBJECT_MODIFIED = re.compile(r"(?<!针)(?:(对|向|给)[^，。,；向对给将把]{1,20}的[\d一二三四五六七八九十两几数多余]*[家个名架艘位所批]?"
                              r"|(将|把)包括[^，。,；]{1,20}在内的[\d一二三四五六七八九十两几数多余]*[家个名架艘位所批]?"
                              r"|(将|把|对|向)包括(?:(?!在内)[^，。,；]){0,20}"
                              r"|(对|向|给|将|把)(部分|一些|若干|所有|全部|个别|其他|国际|有关|相关))$")
_OBJECT_AMOUNT = re.compile(r"(?<!针)(对|向)[\d.,]+\s*[万亿]*(美元|元|人民币|日元|欧元)$")  # 对2000亿美元中国商品
_GOVERNING = re.compile(r"(?<!针)[对向][^，。,；对向]{0,32}$")  # 向一架…澳大利亚皇家空军侦察机: all of it is the object
_MARKER = re.compile("[对向给将把]")  # what _OBJECT_NP, _OBJECT_MODIFIED and _OBJECT_AMOUNT each open with


# a clause opening with 对/向/给/把 (after adverbs) holds its object up to the verb; with 就, its topic
_OBJECT_PHRASE = re.compile(r"\s*(?:也|还|并|已|已经|将|再|又|均|都|正式|首次|共同|分别|同时)*(?:对|向|给|把|就(?!是|此|要|会|在|能|可))(?!此|于)")


def _object_marked(prefix: str) -> bool:
    """向X, 对X, 将X, 为X, 对美国3家企业, 对「台独」: X is the object of what follows (针对X is a topic, not an object)."""
    prefix = prefix.rstrip("「“\"『")
    if prefix.endswith(_OBJECT_MARKERS) and not prefix.endswith(("针对", "距离")):
        return True  # (距离X…结束仅4天: a span of time, not a place left)
    if _FOR_WHOM.search(prefix):
        return True
    if not _MARKER.search(prefix):
        return False  # each phrase below holds its marker; most prefixes have none to walk back to
    if _OBJECT_AMOUNT.search(prefix) or _OBJECT_MODIFIED.search(prefix):
        return True
    return bool(_COUNTED.search(prefix)) and bool(_OBJECT_NP.search(prefix))


def _full(published: str | None) -> str | None:
    """The publication date if it names a year (not a bare month-day, `--05-08`)."""
    return published if published and published[0] != "-" else None


def _after(date: str | None, published: str | None) -> bool:
    """Whether a date with a year is later than the publication date, at the date's own precision."""
    return bool(date and published and date[0] != "-" and date > published[:len(date)])


def _pushed_back(date: str | None, published: str | None) -> bool:
    """A month-day later in the year than the publication, read as last year's (news reports the past)."""
    return bool(date and published and date[0] != "-" and len(date) >= 7
                and int(date[:4]) == int(published[:4]) - 1 and date[4:] > published[4:len(date)])


def _to_upcoming(event: Event, published: str | None) -> None:
    """An agreed act's month-day read as past (news reports the past) is the coming one."""
    if not (published and event.date and event.date[0] != "-" and event.date[:10] < published[:len(event.date)]) \
            or event.date.endswith("-02-29"):
        return
    event.date = f"{int(event.date[:4]) + 1}{event.date[4:]}"
    if event.date_end and event.date_end[0] != "-":
        event.date_end = f"{int(event.date_end[:4]) + 1}{event.date_end[4:]}"


def _days_from(earlier: str, later: str) -> int:
    """Days between two days given alike, both with a year or both as month-days (`--06-02`, `--06-03`;
    a month-day is counted back from the later one, across a new year if need be)."""
    if earlier[0] != "-":
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    return month_days_back(int(earlier[2:4]), int(earlier[5:7]), int(later[2:4]), int(later[5:7]))


def _full_day(day: str | None) -> bool:
    """Whether an ISO date names its year, month and day (not `--05-08`, nor `2023-05`)."""
    return bool(day) and len(day) == 10 and day[0] != "-"


def _weeks_before(earlier: str | None, later: str | None) -> bool:
    """Whether full date `earlier` lies more than a week before full date `later`."""
    if not (_full_day(earlier) and _full_day(later)):
        return False
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days > 7


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether pos lies in one of the spans (a plain loop: asked ~600 times a page, mostly of
    empty or short lists, where any() over a generator costs more than the test)."""
    for s, e in spans:
        if s <= pos < e:
            return True
    return False


def _dated_heading(doc: Document, index: int) -> str | None:
    """The paragraph before sentence `index` when it is a date alone (■2024年1月15日至17日, 2023年4月):
    a chronology's heading, which dates the item under it."""
    if index == 0 or doc.sentences[index - 1].paragraph == doc.sentences[index].paragraph:
        return None
    before = doc.sentences[index - 1]
    if index > 1 and doc.sentences[index - 2].paragraph == before.paragraph:
        return None
    return before.text if _DATE_HEADING.fullmatch(before.text) else None


def _starts_in_name(start: int, actors: list[ActorMention]) -> bool:
    """Whether a cue's match begins inside a name (李在明…会见中: its 在 opens no setting)."""
    return any(a.start < start < a.end for a in actors)


def _former_office(text: str, end: int, actors: list[ActorMention]) -> bool:
    """会见前总统马英九: a 前 before an office is "former", not "before" the act it follows."""
    return text.startswith("前", end - 1) and any(a.start == end and a.kind == "title" for a in actors)


def _served(text: str, actor: ActorMention, named: list[ActorMention]) -> bool:
    """制裁为伊朗运输石油的中国公司: the one served inside a relative clause (为X…的) before the one it
    describes is not the act's object."""
    return text.endswith("为", 0, actor.start) and any(b.start > actor.end and "的" in text[actor.end:b.start] for b in named)


def _countries(codes: list[str]) -> set[str]:
    return {c.split("-", 1)[0] for c in codes}


def _sector_clash(a: list[str], b: list[str]) -> bool:
    """Whether one country acts through different sectors in a and b (KOR-DIP vs KOR-GOV)."""
    sa = {c.split("-")[0]: c for c in a if "-" in c}
    return any(c.split("-")[0] in sa and sa[c.split("-")[0]] != c for c in b if "-" in c)


_OUTSIDE_STATE = frozenset({"LEG", "MED", "CVL", "BUS"})  # a state's parliament, press, people and firms: not its government


def _branch_clash(a: list[str], b: list[str]) -> bool:
    """Whether a country is named through a branch outside its government in one list and not in the
    other (USA-LEG vs USA): the congress and the administration are two addressees."""
    def branches(codes: list[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for c in codes:
            state, _, sector = c.partition("-")
            out.setdefault(state, set()).update({sector} & _OUTSIDE_STATE)
        return out
    ba, bb = branches(a), branches(b)
    return any(ba[s] != bb[s] for s in ba.keys() & bb.keys())


def _others(codes: Iterable[str], states: set[str]) -> list[str]:
    """The codes of states other than `states` (sectors dropped for the comparison: KOR-MIL is KOR's)."""
    return [c for c in codes if c.split("-")[0] not in states]


def _unique(codes: list[str]) -> list[str]:
    seen, out = set(), []
    for c in codes:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


# a sentence read as far as _sentence reads every one (text, match_text, when, masked, speech),
# its actors not looked up yet
_Unread = tuple[str, str, str | None, list[tuple[int, int]], list[tuple[int, int]]]


@dataclass
class _DocState:
    resolver: TimeResolver
    act_date: TimeMention | None = None  # date of the act being narrated (last dated event)
    act_countries: set[str] = field(default_factory=set)  # …its actors, and its paragraph
    act_paragraph: int = -1
    news_date: TimeMention | None = None  # the latest narrative date that was not a flashback
    scene: tuple[TimeMention, int] | None = None  # a day heading a sentence with no dated act since, and its paragraph
    lead_paragraph: int | None = None  # the story's first paragraph with acts, and their actors
    lead_countries: set[str] = field(default_factory=set)
    group: list[str] = field(default_factory=list)  # actors of the last multi-actor act
    group_at: int = -1  # …and the sentence it was told in
    talks_date: TimeMention | None = None  # day of the last meeting or call told (在会谈中表示: then)
    # acts told with a day: who, with or where, the day (a later 访泰期间 happened then)
    acts_told: list[tuple[set[str], set[str], TimeMention]] = field(default_factory=list)
    summit_of: list[str] = field(default_factory=list)  # the organisation of the last summit or meeting told (出席峰会: its)
    treaty: list[str] = field(default_factory=list)  # the parties of the last known agreement titled (《中导条约》)
    last_act: list[str] = field(default_factory=list)  # actors of the last act coded (对此: at it)
    last_reaction: tuple[str, list[str]] | None = None  # type and target of the last act (…也表示欢迎)
    last_force: list[str] = field(default_factory=list)  # who used force last (谴责对乌克兰的攻击: at them)
    authors: dict[str, list[str]] = field(default_factory=dict)  # 决议 -> who adopted it (document_made)
    home: str | None = None  # the state a bare 外交部 belongs to (_home_state)
    readings: dict[str, str] = field(default_factory=dict)  # 巴方 on a page about Panama (abbreviation_readings)
    sides: dict[str, str] = field(default_factory=dict)  # 委方 on a page naming 委内瑞拉 (page_side_forms)
    letters: dict[str, str] = field(default_factory=dict)  # 摩 on a page naming 摩洛哥 (page_letters)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # unknown officials' names -> their codes
    delegation: list[str] = field(default_factory=list)  # whom the last delegation named (中国党政代表团) is from
    titled: list[tuple[str, list[str]]] = field(default_factory=list)  # officials named (日本首相X, codes), in order
    first_date: TimeMention | None = None  # the first full date of the page (a transcript's heading)
    lead_date: TimeMention | None = None  # the first day told in this story (a digest item's own)
    turn: str | None = None  # in a press-conference transcript: "question" or "answer"
    host: list[str] = field(default_factory=list)  # ...the spokesperson answering
    briefing: TimeMention | None = None  # ...and the day of the conference
    last_person: list[str] = field(default_factory=list)
    people: list[ActorMention] = field(default_factory=list)  # the last people named in sentences coded (两人)
    last_subject: list[str] = field(default_factory=list)
    analysis: bool = False  # inside a commentator's analysis
    analysis_paragraph: int = -1  # …begun in this paragraph, or going on in it
    paragraph: int = -1
    # the last `X表示，…` of the paragraph: its words go on in the next sentences (习近平指出，…。美方应…)
    voice: _Unread | None = None
    voice_speaker: list[str] | None = None  # …its speaker, once someone asked
    # sentences without triggers whose actors were not looked up yet: only the newest ones
    # matter (for 他 and for a sentence without a subject), and only if a later act asks
    pending: list[_Unread] = field(default_factory=list)
    holders: set[tuple[str, str]] = field(default_factory=set)  # (person, code) seen with a full office
    told: deque[str] = field(default_factory=lambda: deque(maxlen=_PAIR_REACH))  # the headline, then the last sentences
    person_cut: int = 0  # pending[:person_cut] are older than last_person (cannot change it)
    subject_cut: int = 0

    def news(self) -> TimeMention | None:
        """The date of the news told so far: the latest narrative date that was no flashback, else
        the page's first full date."""
        return self.news_date or self.first_date

    def flashback(self, day: str | None) -> bool:
        """Whether a full date lies over a week before the news told so far: background."""
        news = self.news()
        return bool(news) and _weeks_before(day, news.date)

    def news_day(self) -> bool:
        """Whether the news told so far has a full date: without one, no date is a flashback."""
        news = self.news()
        return bool(news) and _full_day(news.date)

    def new_scene(self) -> None:
        """Forget the act just reported (what 对此 and a bare denial answer), not the story's actors."""
        self.last_act, self.last_reaction, self.analysis = [], None, False

    def new_item(self) -> None:
        """A new story: forget who acted and when."""
        self.new_scene()
        self.resolver.new_item()
        self.act_date, self.group, self.last_subject, self.authors, self.scene = None, [], [], {}, None
        self.summit_of = []
        self.lead_paragraph, self.lead_countries, self.lead_date = None, set(), None


@dataclass
class _Sent:
    """Everything read off one sentence, shared by its triggers."""

    text: str
    match_text: str
    clauses: list[tuple[int, int]]
    times: list[TimeMention]
    actors: list[ActorMention]
    masked: list[tuple[int, int]]
    quoted: list[tuple[int, int]]
    settings: list[tuple[int, int]]
    speech: list[tuple[int, int]]
    speaker: list[str]
    subject: list[str]
    titles: list[tuple[int, int]]  # 《titles》 and “names”: their actors are the act's counterparts
    named_acts: list[int] = field(default_factory=list)  # acts named as an object (对会晤…表示欢迎)
    acts: list[int] = field(default_factory=list)  # where the acts coded so far start
    aimed: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # their (type, source, target)
    plans: list[tuple[int, int]] = field(default_factory=list)  # clauses of acts agreed or planned
    previous_act: tuple[int, str, list[str], list[str]] | None = None  # the last act coded: its end, type, source, target
    places: set[int] = field(default_factory=set)  # starts of actors named as places (在韩国, 从马来西亚)
    objects: set[int] = field(default_factory=set)  # where an act's object starts right after it (抗议美国: 美国)
    continued: bool = False  # the whole sentence goes on with the words of an earlier one's speaker
    # the actors that may be subjects anywhere (in no setting, not named as a place), each with the
    # topic phrases it lies in; and candidates() by span, which each trigger asks for several times
    _free: list[tuple[ActorMention, list[tuple[int, int]]]] = field(init=False, repr=False)
    _spans_read: dict[tuple[int, int], list[ActorMention]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self):
        self._free = [(a, [t for t in self.quoted if t[0] <= a.start < t[1]]) for a in self.actors
                      if not _inside(a.start, self.settings) and a.start not in self.places]

    def candidates(self, start: int, pos: int) -> list[ActorMention]:
        """Actors in [start, pos) that can be subjects: not inside a setting, nor inside a topic
        phrase (《X》, 就X一事) unless `pos` itself lies inside that phrase."""
        found = self._spans_read.get((start, pos))
        if found is None:
            found = [a for a, topics in self._free if start <= a.start and a.end <= pos
                     and (not topics or _inside(pos, topics))]
            self._spans_read[start, pos] = found
        return found

    def subjects(self, start: int, pos: int) -> list[ActorMention]:
        """Candidates that can act: not a possessor (朝鲜的暴行, 朝鲜的核计划…构成威胁) nor a venue (在国会)."""
        return [a for a in self.candidates(start, pos) if not self.match_text.startswith("的", a.end)
                and not self.match_text.endswith("在", 0, a.start)]  # 在国会与…会面: where, not who

    def clause_of(self, pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in self.clauses if s <= pos <= e), (0, len(self.text)))

    def speech_end(self, pos: int) -> int | None:
        """Where the first speech verb ending before `pos` ends (X表示|，…), if one does."""
        return next((e for _, e in self.speech if e <= pos), None)

    def said_before(self, pos: int) -> bool:
        return self.speech_end(pos) is not None

    def spoken(self, pos: int) -> bool:
        """Is `pos` inside someone's reported words (this sentence's or an earlier one's)?"""
        return self.continued or self.said_before(pos)

    def day_told(self, start: int, end: int) -> bool:
        """Whether a time dated to its day starts in [start, end)."""
        return any(t.date and t.precision == "day" and start <= t.start < end for t in self.times)

    def topic_at(self, pos: int) -> tuple[int, int] | None:
        """The topic phrase around `pos` (就…问题, 针对…), if any: a quoted span that is not a 《title》."""
        return next(((s, e) for s, e in self.quoted if s <= pos < e and (s, e) not in self.titles), None)


@dataclass
class _Coded:
    """An event plus what the repeat check needs: whether its date was stated in its own
    clause, the 《title》 it acts on (two signings of different treaties are two acts) and the
    people named up to the end of its clause (明仁会见了胡锦涛 and 胡锦涛与福田康夫举行会谈 the same day
    are two acts)."""

    event: Event
    paragraph: int
    own_date: bool
    title: str | None
    has_content: bool = False  # 商定/同意…: the act is defined by what was agreed, not by its day
    spoken: bool = False  # a judgement (付出代价): the words of an act told in the same sentence (警告称…)
    people: frozenset[str] = frozenset()
    aside: bool = False  # part of an act told in the sentence (交换了意见 of talks, 接管政权 of a leader's detention)
    also: str = ""  # the word telling one more act (莫迪当天还同马拉佩举行双边会谈): none of those just told before
    last_resort: bool = False  # kept only if nothing else is coded in its sentence
    backup: bool = False  # kept only if no other stance or threat is coded in its sentence (_backups_dropped)
    to_come: bool = False  # an act only ever announced (批准出售), told as done: planned and undated once the story has its day
    # what every pair compares, computed once per event: the countries of its source and of all its actors
    source_countries: set[str] = field(init=False)
    countries: set[str] = field(init=False)
    _bigrams: set[str] | None = field(default=None, init=False)

    def __post_init__(self):
        self.source_countries = _countries(self.event.source)
        self.countries = self.source_countries | _countries(self.event.target)

    def bigrams(self) -> set[str]:
        """The character bigrams of its sentence (names, objects), read when a comparison first needs them."""
        if self._bigrams is None:
            self._bigrams = _bigrams(self.event.sentence)
        return self._bigrams


class RuleExtractor:
    name = "rules"

    def __init__(self, lexicon: Lexicon | None = None, actors: ActorLexicon | None = None):
        self.lex = lexicon or load_lexicon()
        self.actors = actors or ActorLexicon.default()

    # ---- document -----------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Event]:
        letters = self.actors.page_letters(doc.clean_text)
        state = _DocState(TimeResolver(self._story_today(doc)), home=self._home_state(doc),
                          readings=self.actors.abbreviation_readings(doc.clean_text),
                          sides=self.actors.page_side_forms(doc.clean_text, letters), letters=letters)
        events: list[_Coded] = []
        state.told.extend([r.text for r in doc.removed if r.reason == "title"] or [doc.page.title or ""])
        for index, sent in enumerate(doc.sentences):
            if sent.paragraph != state.paragraph:
                state.paragraph, state.voice = sent.paragraph, None
                state.resolver.new_paragraph()
                self._turn(doc, index, state)
                lead = _NEW_ITEM.match(sent.text)
                dated = lead and "将" not in lead.group(0) and "本月" not in lead.group(0) and \
                    not self._refers_back(lead.group(0))
                heading = _dated_heading(doc, index)
                if heading:  # ■2024年1月15日至17日 on its own line: a chronology's item, dated by it
                    self._settle(state)
                    state.new_item()
                    times = state.resolver.resolve(heading)
                    state.scene = (times[0], sent.paragraph) if times and times[0].date else None
                elif dated and self._looks_back(lead.group(0), doc, state):
                    self._settle(state)
                    state.new_scene()  # background (3月26日…沉没): other actors, the same news dates
                elif dated or self._digest_item(doc, index):
                    self._settle(state)
                    state.new_item()
            events.extend(self._sentence(doc, sent, state))
            state.told.append(sent.text)
        kept = _drop_repeats(events, self.lex)
        for c in kept:  # 20日批准向台湾出售: that day told the story and set the sale apart; the sale is to come, on no day given
            if c.to_come:
                c.event.factuality, c.event.date, c.event.date_end, c.event.date_precision = "planned", None, None, "unknown"
        coded = [c.event for c in kept]
        for ev in coded:  # 从第聂伯河右岸撤出, 在叙利亚境内…实施空袭, 停靠釜山港, 在新加坡轮换部署, with no one named: the state whose ground it is
            if not ev.target and (ev.event_type in _ON_GROUND or self.lex.cue("hosted_stay").search(ev.trigger or "")):
                ev.target = self._ground_of(ev)
        for ev in coded:  # a grouping acts as its members (QUAD: USA, JPN, IND, AUS), its doers excepted
            ev.source = self.actors.with_members(ev.source)
            ev.target = self.actors.with_members(ev.target, _countries(ev.source))
        if not _full(doc.page.published):
            self._years_from_tenures(coded, state)
        return coded

    def _story_today(self, doc: Document) -> str | None:
        """The day today, yesterday and weekdays count from: a wire's dateline at the page's head names it
        (（中央社华盛顿18日综合外电报导）…今天 on a page of the 19th in Taipei is the 18th); else the publication date."""
        published = doc.page.published
        if not published:
            return published
        cue = self.lex.cue("dateline_day")
        found = next((m for sent in doc.sentences[:3] if (m := cue.search(sent.text))), None)
        day = next((t.date for t in TimeResolver(published).resolve(found.group())
                    if t.precision == "day" and t.date and (t.date[0] == "-") == (published[0] == "-")), None) if found else None
        if not day:
            return published
        lag = _days_from(day, published)  # 30日电 on a page of the 1st: last month's
        return day if 0 < lag <= _DATELINE_LAG else published

    @staticmethod
    def _looks_back(lead: str, doc: Document, state: _DocState) -> bool:
        """A paragraph opening with a date over a week before the news told so far is background
        (《条约》于1951年8月30日签署…), not a new story. With no full date of the news to compare
        with, it cannot be, and its time is not read."""
        if not state.news_day():
            return False
        dates = [t.date for t in TimeResolver(doc.page.published).resolve(lead) if t.date]
        return bool(dates) and state.flashback(dates[-1])

    def _refers_back(self, text: str) -> bool:
        """A paragraph opening with 他, 双方 or 决议 goes on with the story told before: no new item."""
        cue = self.lex.cue
        return bool(cue("person_anaphora").match(text) or cue("group_anaphora").match(text)
                    or cue("document_opening").match(text))

    def _home_state(self, doc: Document) -> str | None:
        """Whose a bare 外交部 or 我国 is: China's on a Simplified page, unless Singapore's or Malaysia's
        press made it; on a Traditional one, Taiwan's in Taiwan's press and China's in Hong Kong's or
        Macau's; otherwise nobody's."""
        heading = f"{doc.page.url or doc.page.doc_id}\n{doc.page.source or ''}\n{doc.page.title or ''}\n"
        if not doc.page.original:
            masthead = heading + doc.clean_text[:600]  # the address and the page's top, not a paper it cites
            for cue, state in (("singapore_press", "SGP"), ("malaysia_press", "MYS")):
                if self.lex.cue(cue).search(masthead):
                    return state  # 联合早报, 星洲日报: 外交部 and 我国 are Singapore's or Malaysia's
            return "CHN"
        where = heading + doc.clean_text[:3000]
        if self.lex.cue("hongkong_press").search(where):
            return "CHN"  # first: Hong Kong papers name Taiwan's institutions too
        return "TWN" if self.lex.cue("taiwan_press").search(where) else None

    def _alone(self, source: list[str]) -> bool:
        """One state acting by itself (its cabinet meeting); an organisation is many parties."""
        return len(_countries(source)) < 2 and all(self.actors.is_country(c) for c in source)

    def _digest_item(self, doc: Document, index: int) -> bool:
        """A paragraph opening with a numbered headline sentence and going on: a digest's item."""
        nxt = index + 1
        return bool(self.lex.cue("digest_item").match(doc.sentences[index].text)) and \
            nxt < len(doc.sentences) and doc.sentences[nxt].paragraph == doc.sentences[index].paragraph

    def _turn(self, doc: Document, index: int, state: _DocState) -> None:
        """Follow the turns of a press-conference transcript. At the first turn, the host is the
        person or office named in a line that names the host (外交部发言人汪文斌主持例行记者会), else the
        last one named before the first turn or in the headline; the day of the
        conference is the publication date, else the first date of the page."""
        text = doc.sentences[index].text
        turn = "question" if self.lex.cue("question_turn").match(text) else \
            "answer" if self.lex.cue("answer_turn").match(text) else None
        if turn is None:
            return  # a paragraph continuing the current turn, or no transcript at all
        if state.turn is None:
            published = doc.page.published
            state.briefing = TimeMention(published, 0, 0, published, None, "day") if published else state.first_date
            # the headline and heading lines the cleaner set aside count: they often name the host
            headings = [r.text for r in doc.removed if r.reason in ("title", "stray-heading")] + [doc.page.title or ""]
            earlier = [s.text for s in reversed(doc.sentences[:index])]
            naming = [t for t in headings + earlier if self.lex.cue("briefing_host").search(t)]
            before = naming + earlier + headings
            for line in before:
                found = [a for a in self.actors.find(line, state.briefing.date if state.briefing else None)
                         if a.kind in ("person", "title") and a.codes]
                if found:
                    state.host = found[-1].codes
                    break
        if turn == "question" and state.turn == "answer":
            # a new question opens a new story: the answer to it reacts to the sides it asks about, not
            # to those of the last answer (对地震遇难者表示深切哀悼 after a question on a US bill)
            asked = self.actors.find(text, state.briefing.date if state.briefing else None)
            state.last_act, state.last_reaction = _unique([c for a in asked for c in a.codes]), None
        state.turn = turn
        if turn == "answer":
            state.analysis = False  # 有分析认为… in the question: the answer is the spokesperson's own

    def _years_from_tenures(self, events: list[Event], state: _DocState) -> None:
        """With no publication date, a month-day gets a year only if the office holders named in the
        page were all in office together in exactly one year containing it (recorded as inferred)."""
        spans = [t for name, code in state.holders if (t := self.actors.tenure(name, code))]
        if not spans:
            return
        first, last = max(a for a, _ in spans), min(b for _, b in spans)
        for ev in events:
            if not ev.date or not ev.date.startswith("--") or len(ev.date) != 7:
                continue
            month, day = int(ev.date[2:4]), int(ev.date[5:7])
            years = [y for y in range(first.year, last.year + 1) if valid_day(y, month, day) and
                     first <= date(y, month, day) <= last]
            if len(years) == 1:
                y = years[0]
                ev.date, ev.date_inferred = f"{y}{ev.date[1:]}", True
                if ev.date_end and ev.date_end.startswith("--"):
                    ev.date_end = f"{y}{ev.date_end[1:]}"

    # ---- sentence -----------------------------------------------------------------------------
    @staticmethod
    def _when(times: list[TimeMention], state: _DocState) -> str | None:
        """The date people's offices are resolved at for this sentence."""
        return next((t.date for t in times if t.date), None) or (state.act_date.date if state.act_date else None)

    def _read(self, text: str, match_text: str, times: list[TimeMention], when: str | None, state: _DocState,
              masked: list[tuple[int, int]], speech: list[tuple[int, int]], voice: _Unread | None = None,
              triggers: list[TriggerMatch] = ()) -> _Sent:
        """Actors, settings, topics, given the reporting phrases and speech verbs (`masked`,
        `speech`); `voice`: the earlier sentence whose speaker's words this one continues;
        `triggers`: the acts found in it, whose objects are no subject."""
        cue = self.lex.cue
        if state.pending:
            self._alias_introduced_before(text, state)
        found = self.actors.find(text, when)
        if state.readings:
            found = [self.actors.reread(a, state.readings) for a in found]
        if state.sides:
            found = _with_extra(found, (ActorMention(side, i, i + len(side), [iso], "side")
                                        for side, iso in state.sides.items() for i in occurrences(text, side)))
        if state.letters:  # 阿摩两国 on a page naming 阿尔及利亚 and 摩洛哥
            found = _with_extra(found, self.actors.letter_compounds(text, state.letters, state.readings))
        that = _countries(self._last_subject(state)) if "该国" in text else set()  # 该国外交部: the state just told of
        actors = self._prepare_actors(text, found, masked, state.home, next(iter(that)) if len(that) == 1 else None)
        actors = self._with_capitals(text, match_text, actors)
        if state.aliases:
            actors = _with_aliases(text, actors, state.aliases)
        actors = self._with_titled(text, found, actors, state)
        actors = _with_own_country(text, actors, state.home)
        actors = _with_delegation(text, actors, state, self.lex.cue("delegation"))
        state.aliases.update((a.alias, a.codes) for a in actors if a.alias and a.codes)
        state.aliases.update((family, a.codes) for a in actors if a.kind in ("person", "title") and len(a.codes) == 1
                             for family in self.actors.family_names(a) if family not in state.aliases)
        state.titled.extend((a.text, a.codes) for a in actors if len(a.codes) == 1 and a.kind in ("person", "title"))
        settings = [(m.start(), m.end()) for m in cue("setting").finditer(match_text)
                    if not _starts_in_name(m.start(), actors) and not _former_office(match_text, m.end(), actors)]
        titles = quoted_spans(text)
        topics = titles + [(m.start(), m.end()) for m in cue("topic").finditer(match_text)]
        places = {a.start for a in actors if a.kind == "country" and match_text.endswith(("在", "从", "自"), 0, a.start)
                  and not match_text.endswith("站在", 0, a.start)  # 站在日本一边: a side taken, not a place
                  and not _TRADED.match(match_text, a.end)  # 从日本进口: a trading partner
                  or match_text.endswith("的", 0, a.start) and self._after_place(text, match_text, a.start)
                  or match_text.endswith("于", 0, a.start) and _PLACE_NOUN.match(match_text, a.end)}  # 于台湾周边
        sent = _Sent(text, match_text, clause_bounds(match_text), times, actors, masked, topics,
                     settings, speech, [], [], titles, places=places,
                     objects={tm.end + match_text.startswith("了", tm.end) for tm in triggers if tm.trigger.target == "after"})
        sent.subject = self._first_subject(sent, state)
        for m in cue("document_made").finditer(match_text):
            author = self._subject_before(sent, m.start(), state) or \
                (sent.subject if any(a.end <= m.start() for a in sent.actors) else [])  # 峰会发表的公报称，中国…: not China's
            if author:
                state.authors[m.group(2)] = author
        if speech:
            sent.speaker = self._speaker(sent, speech[0][0], state)
            if sent.speaker and self.lex.cue("document_opening").match(match_text):
                sent.subject = sent.speaker  # 大纲指出，中国…: the paper's author speaks, not the one named in it
        elif voice and not masked and not self._opens_with_other_person(sent, voice, state):
            sent.speaker, sent.continued = self._voice_speaker(voice, state), True
        if "对方" in text and (others := self._counterparts(sent, state)):
            sent.actors = _with_extra(sent.actors, (ActorMention("对方", i, i + 2, others, "side") for i in occurrences(text, "对方")))
        speaking = _countries(sent.speaker)
        for a in actors:  # 普京表示，我国将… in the mainland press: a translated foreign speaker's country
            if a.kind == "own" and state.home == "CHN" and len(speaking) == 1 and "CHN" not in speaking \
                    and sent.spoken(a.start):
                a.codes = sorted(speaking)
        return sent

    @staticmethod
    def _counterparts(sent: _Sent, state: _DocState) -> list[str]:
        """对方 in talks told (王毅表示，希望对方恪守…): the other party of the last joint act, seen from
        the speaker or the subject."""
        own = _countries(sent.speaker or sent.subject)
        others = _others(state.group, own)
        return others if own and len(others) < len(state.group) else []

    def _alias_introduced_before(self, text: str, state: _DocState) -> None:
        """An official named alone at the head of this sentence (阿里5日晚发表讲话) and introduced with
        his title in an earlier sentence not read yet, which had no act (圭亚那总统阿里4日表示，…): read
        that sentence for the name."""
        for head in (text[:3], text[:2]):
            if head in state.aliases or not is_han(head):
                continue
            found = next(self._deferred_reads(head, state), None)
            if found is not None:
                state.aliases.update((a.alias, a.codes) for a in found if a.alias and a.codes)
                return

    def _deferred_reads(self, word: str, state: _DocState) -> Iterator[list[ActorMention]]:
        """The actors of each deferred sentence containing `word`, newest first, read only when asked for.
        Both readers want an official named with his title: a sentence naming no title has none ([])."""
        for text, _match, when, _masked, _speech in reversed(state.pending):
            if word in text:
                yield self.actors.find(text, when) if self.actors.names_title(text) else []

    def _after_place(self, text: str, match_text: str, start: int) -> bool:
        """An actor right after `在<place>的` (在东京的首相官邸) is where something is, not who acts;
        `在北京会见来访的…` names no place before its 的."""
        m = _LOCATIVE.search(match_text, max(0, start - 10), start)
        if not m:
            return False
        gap = text[m.start() + 1:m.end() - 1]
        return bool(_PLACE_NOUN.search(gap)) or any(s == 0 and e == len(gap) for s, e, _ in self.actors.place(gap))

    def _with_titled(self, text: str, found: list[ActorMention], actors: list[ActorMention],
                     state: _DocState) -> list[ActorMention]:
        """这位首相, 这名大使: a bare title after a demonstrative is the official of that title named
        last in the page (日本首相鸠山由纪夫 … 这位首相表示)."""
        return _with_extra(actors, (ActorMention(a.text, a.start, a.end, codes, "person") for a in found
                                    if not a.codes and a.kind == "title"
                                    and _DEMONSTRATIVE.search(text, max(0, a.start - 2), a.start)
                                    and (codes := self._titled(a.text, state))))

    def _titled(self, title: str, state: _DocState) -> list[str]:
        """The codes of the official last named with `title`: among the sentences read, else in the
        deferred ones, newest first (read only if they contain the title)."""
        for named, codes in reversed(state.titled):
            if title in named:
                return codes
        for found in self._deferred_reads(title, state):
            named = [a for a in found if len(a.codes) == 1 and title in a.text]
            if named:
                return named[-1].codes
        return []

    def _with_capitals(self, text: str, match_text: str, actors: list[ActorMention]) -> list[ActorMention]:
        """Add capitals standing for their governments (北京表示, 敦促华府, 与北京建交, 首尔方面); a
        capital anywhere else is where something happens."""
        before, after = self.lex.cue("capital_actor_before"), self.lex.cue("capital_actor_after")
        return _with_extra(actors, (ActorMention(text[s:e], s, e, [iso], "country") for s, e, iso in self.actors.capitals(text)
                                    if _next_to(match_text, s, e, before, after)))

    def _opens_with_other_person(self, sent: _Sent, voice: _Unread, state: _DocState) -> bool:
        """A sentence opening with a person named (拜登结束欧洲之行…) of another state than the speaker's
        tells the narrator's news, not the speaker's words going on."""
        opener = next(iter(sent.subjects(0, len(sent.text))), None)
        if opener is None or opener.kind != "person" or _CLAUSE_BREAK.search(sent.match_text, 0, opener.start):
            return False
        return not _countries(opener.codes) <= _countries(self._voice_speaker(voice, state))

    def _voice_speaker(self, voice: _Unread, state: _DocState) -> list[str]:
        """The speaker of the paragraph's last `X表示，…`, read when a later sentence first needs it."""
        if state.voice_speaker is None:
            text, match_text, when, masked, speech = voice
            state.voice_speaker = self._read(text, match_text, [], when, state, masked, speech).speaker
        return state.voice_speaker

    def _speaker(self, sent: _Sent, pos: int, state: _DocState) -> list[str]:
        """Who says what follows a speech verb: the actor before it in its clause, a pronoun
        (他, 双方), the sentence's subject, or — for 声明指出 — the parties of the last joint act."""
        start = sent.clause_of(pos)[0]
        meeting = self.lex.cue("speaking_while_meeting").search(sent.match_text, start, pos)
        own = self._subject_before(sent, meeting.start() if meeting else pos, state, start)
        if own:
            return own
        if start > 0 and sent.match_text[start:pos].strip("，, ") == "":
            # …，越南外交部当天即向中方递交抗议照会，指此举…: a bare speech verb goes on with the clause before it
            prev = sent.clause_of(start - 1)
            opener = next((a for a in sent.subjects(prev[0], prev[1]) if a.start == prev[0]), None)
            if opener and not _countries(opener.codes) <= _countries(sent.subject):
                return opener.codes  # a new side opens the clause before (not one of the sentence's subject)
        if sent.subject and any(a.end <= start for a in sent.actors):
            return sent.subject
        region = sent.match_text[start:pos]
        document = self.lex.cue("document_opening").search(region)
        if document and (author := state.authors.get(document.group(2))):
            return author  # 日本内阁通过新版《防卫计划大纲》。大纲指出…: the cabinet that adopted it
        return self._anaphora(document.group(), state) if document else []  # 声明说: its author

    def _place_state(self, text: str, pos: int) -> str | None:
        """The one state holding the place named right before `pos` (北京市, 丹东市), if any."""
        begin = max(0, pos - 10)
        for start, end, codes, contested in self.actors.place_parties(text[begin:pos]):
            if not contested and len(codes) == 1 and _ADMIN_SUFFIX.fullmatch(text, begin + end, pos) and \
                    text[begin + start - 1:begin + start] != "驻":  # 驻北京大使馆: where it is, not whose
                return codes[0]
        return None

    def _sharing_title(self, text: str, kept: list[ActorMention], start: int) -> tuple[int, list[str]] | None:
        """The states whose offices a bare title after a list of offices names (美国与日本外交、国防部长;
        美日外长和防长): those named right before the list, and where in `kept` they begin."""
        if not kept or not self.lex.cue("shared_offices").fullmatch(text, kept[-1].end, start) or \
                not all(self.actors.is_country(c) for c in kept[-1].codes) or \
                kept[-1].kind not in ("country", "compound", "title") or \
                kept[-1].kind == "title" and not text[kept[-1].end:start].strip("的"):
            return None
        first = len(kept) - 1
        while first > 0 and kept[first - 1].kind == "country" and kept[first].kind == "country" and \
                _LIST_GLUE.match(text[kept[first - 1].end:kept[first].start]):
            first -= 1
        return first, _unique([c.split("-")[0] for k in kept[first:] for c in k.codes])

    def _counted_states(self, text: str, kept: list[ActorMention], start: int) -> list[str]:
        """The states listed right before a count (美国、日本和澳大利亚三国) that ends at `start`."""
        count = _STATES_COUNTED.search(text, 0, start)
        if not count or not kept or kept[-1].end != count.start():
            return []
        listed = []
        for k in range(len(kept) - 1, -1, -1):
            a = kept[k]
            if a.kind != "country" or (listed and not _LIST_GLUE.match(text[a.end:kept[k + 1].start])):
                break
            listed.insert(0, a.codes[0])
        return listed if len(listed) >= 2 else []

    def _prepare_actors(self, text: str, found: list[ActorMention], masked: list[tuple[int, int]],
                        home: str | None, that: str | None = None) -> list[ActorMention]:
        """Drop what is not an actor here: agencies in reporting phrases, countries used as places
        (立陶宛首都…), unresolved bare words; fold parenthetical aliases into the name they
        explain — a member list in the brackets (北约亚太伙伴（AP4，韩日澳新）) replaces the group."""
        place_after, named_after, building = self.lex.cue("place_suffix"), self.lex.cue("named_after"), \
            self.lex.cue("building_after")
        unowned, venue = self.lex.cue("unowned_institution"), self.lex.cue("venue_name")
        kept: list[ActorMention] = []
        for a in found:
            if not a.codes and (a.name or "").startswith("?-") and (listed := self._counted_states(text, kept, a.start)):
                # 美国、日本和澳大利亚三国国防部长: the office of each state listed, as 美日澳三国防长 is
                first = len(kept) - len(listed)
                a = ActorMention(text[kept[first].start:a.end], kept[first].start, a.end,
                                 [f"{iso}{a.name[1:]}" for iso in listed], a.kind, a.name, a.alias)
                del kept[first:]
            if not a.codes and (a.name or "").startswith("?-") and (shared := self._sharing_title(text, kept, a.start)):
                # 美国与日本外交、国防部长, 美日外长和防长: the office of each state named before the titles
                first, states = shared
                a = ActorMention(text[kept[first].start:a.end], kept[first].start, a.end,
                                 _unique([c for k in kept[first:] if k.kind == "title" for c in k.codes]
                                         + [f"{iso}{a.name[1:]}" for iso in states]), a.kind, a.name, a.alias)
                del kept[first:]
            if not a.codes and (a.name or "").startswith("?-") and not unowned.match(a.text):
                # a bare institution (…向外交部) belongs to the state named before it in its clause;
                # with none, to the page's home state (外交部发言人 in the mainland press is China's)
                local = self._place_state(text, a.start)
                if local:
                    owner = local  # 北京市国家安全局, 东京地方法院: the state of the city it serves
                elif that and text.endswith("该国", 0, a.start):
                    owner = that  # 伊朗…。该国外交部发言人…: the state the story just told of
                elif kept and not _CLAUSE_BREAK.search(text, kept[-1].end, a.start) and \
                        self.actors.is_country(kept[-1].codes[0]) and \
                        (a.kind == "org" and not _ACTED_BETWEEN.search(text, kept[-1].end, a.start)
                         or a.kind == "title" and (_BODY_BETWEEN.fullmatch(text, kept[-1].end, a.start)
                                                   or kept[-1].end == a.start and _INSTITUTION.search(a.text))):
                    # 韩国原子能安全委员会委员长: the head of a body of the state named before it; 大陆外交部部长助理
                    owner = kept[-1].codes[0].split("-")[0]
                elif kept and kept[-1].kind in ("person", "title") and _OFFICIALS_LISTED.fullmatch(text, kept[-1].end, a.start) and \
                        self.actors.is_country(kept[-1].codes[0].split("-")[0]):
                    owner = kept[-1].codes[0].split("-")[0]  # 印度外长苏杰生、国防部长辛格: the state of the officials listed
                elif a.name == "?-LEG":  # 奥巴马…警告国会, 尹锡悦…指控在野党: the parliament of the state whose official opened the sentence
                    owner = next((opener.codes[0].split("-")[0] for opener in kept if opener.kind in ("person", "title", "org")), None)
                    owner = owner if owner and self.actors.is_country(owner) else None  # never the page's home: its own is named (全国人大)
                elif _INSTITUTION.search(a.text):  # 外交部副部长; not a title alone (北约成员国外长)
                    owner = home
                elif a.name == "?-GOV" and not self.actors.title_sector(a.text) and kept and \
                        kept[-1].kind in ("country", "org") and self.actors.is_country(kept[-1].codes[0].split("-")[0]):
                    # 几内亚特种部队…扣押了总统孔戴: an official unknown by name, of the state whose body or
                    # ground was named last before him
                    owner = kept[-1].codes[0].split("-")[0]
                else:
                    owner = None
                if owner:
                    a = ActorMention(a.text, a.start, a.end, [f"{owner}{a.name[1:]}"], a.kind, a.name, a.alias)
            if not a.codes or _inside(a.start, masked):
                continue
            if a.kind in ("country", "compound", "side") and place_after.match(text, a.end) and not _object_marked(text[:a.start]):
                continue  # 立陶宛首都…: a place; but 对巴基斯坦境内…实施空袭 aims at Pakistan
            if a.kind == "country" and venue.match(text, a.end) and not (kept and kept[-1].end == a.start):
                continue  # 2018年6月新加坡会晤: the meeting's venue, not a party (but 美朝会晤 is)
            if (a.kind in ("person", "title", "org") and named_after.match(text, a.end) or building.match(text, a.end)) \
                    and not _AIMED_AT.search(text, max(0, a.start - 10), a.start):
                continue  # 雷根总统图书馆, 洛马角海军基地, 塞尔维亚大厦: a building or base, not an actor (向驻伊美军基地: its forces)
            if a.kind == "country" and text[max(0, a.start - 1):a.start] == "在" and \
                    _HELD_AFTER.match(text, a.end):
                continue
            kept.append(a)
        out: list[ActorMention] = []
        i = 0
        while i < len(kept):
            a = kept[i]
            j = i + 1
            if text[a.end:a.end + 1] in ("（", "("):
                close = min([k for k in (text.find("）", a.end), text.find(")", a.end)) if k > 0] or [a.end])
                inner = []
                while j < len(kept) and kept[j].start < close:
                    inner.append(kept[j])
                    j += 1
                members = [m for m in inner if m.kind in ("compound", "country")]
                if members:
                    a = ActorMention(text[a.start:close + 1], a.start, close + 1,
                                     _unique([c for m in members for c in m.codes]), "compound", a.name)
            out.append(a)
            i = j
        return _joined_pairs(text, out)

    def _sentence(self, doc: Document, sentence: Sentence, state: _DocState) -> list[_Coded]:
        text = sentence.text
        match_text = neutralise_brackets(text)
        times = state.resolver.resolve(text)
        if state.lead_date is None:
            state.lead_date = next((t for t in times if t.date and t.precision == "day"), None)
            state.first_date = state.first_date or state.lead_date
        opens_paragraph = sentence.idx == 0 or doc.sentences[sentence.idx - 1].paragraph != sentence.paragraph
        if times and _HEAD_TAG.fullmatch(match_text, 0, times[0].start) and times[0].date and times[0].precision == "day" and \
                match_text.startswith(("，", ","), times[0].end) and (opens_paragraph or not state.flashback(times[0].date)):
            # 19日，日本法院批准…。中方随即宣布…: a sentence headed by its day sets the scene, act or not; an
            # earlier day (今年8月5日，…) only when it opens a paragraph of background (【背景】去年11月1日，…)
            state.scene = (times[0], sentence.paragraph)
        when = self._when(times, state)
        if self._is_heading(text) or _QUESTION.search(text):
            return []  # a heading, or a question (问：…你能否证实？) asks rather than reports
        masked = [(m.start(), m.end()) for m in self.lex.cue("reporting").finditer(match_text)]
        # an analyst speaking starts analysis; a report or a dated act ends it
        speech = self._speech(match_text, masked)
        if speech and self._analyst_speaks(match_text, speech[0]):
            state.analysis, state.analysis_paragraph = True, sentence.paragraph
        elif state.analysis and (masked or any(t.date for t in times) or sentence.paragraph > state.analysis_paragraph
                                 and self._opens_with_official(match_text, when)):
            state.analysis = False
        if state.analysis:
            state.analysis_paragraph = sentence.paragraph  # a paragraph's opening sentence is read once
        voice = None if speech else state.voice
        if speech:  # 习近平强调，…: the words may go on in the paragraph's next sentences
            opens = _OPENS_WORDS.match(match_text, speech[0][1])
            state.voice, state.voice_speaker = ((text, match_text, when, masked, speech), None) if opens else (None, None)
        elif masked:
            state.voice = None  # 据报道…: the narrator is back
        triggers = [] if state.analysis else self.lex.find_triggers(match_text)  # analysis codes nothing
        if not triggers:
            if not state.analysis and speech and any(t.date and t.precision == "day" and t.start < speech[0][0] for t in times):
                # 阮芳娥6月9日表示，当天上午…: nothing to code, but a dated statement dates the words after it
                sent = self._read(text, match_text, times, when, state, masked, speech, voice)
                self._date_statement(sent, sentence, state)
                self._remember(sent, state)
                return []
            # nothing to code: defer the actor lookup until an act needs this sentence's actors
            state.pending.append((text, match_text, when, masked, speech))
            return []
        sent = self._read(text, match_text, times, when, state, masked, speech, voice, triggers)
        if speech and state.voice:
            state.voice_speaker = sent.speaker
        try:
            authors = self._analysis_from(sent, triggers, state)
            triggers = [t for t in triggers if authors is None or t.start < authors]
            if not triggers:
                return []
            coded = self._code_triggers(doc, sentence, sent, triggers, state)
            self._date_statement(sent, sentence, state)
            return coded
        finally:
            self._remember(sent, state)

    @staticmethod
    def _date_statement(sent: _Sent, sentence: Sentence, state: _DocState) -> None:
        """A dated statement (国防省23日发表声明称，朝方将…) dates what follows it even when all it
        reports are plans: its words go on (声明警告说…) on its day."""
        if not sent.speech or not sent.speaker:
            return
        said = [t for t in sent.times if t.date and t.precision == "day" and t.start < sent.speech[0][0]
                and not _inside(t.start, sent.masked)]
        if said:
            state.act_date, state.act_paragraph, state.scene = said[-1], sentence.paragraph, None
            state.act_countries = _countries(sent.speaker)
            state.resolver.establish(said[-1])  # …and a later 当天 is its day, not a day told in its words

    def _people(self, sent: _Sent) -> list[ActorMention]:
        """The people a sentence names: persons, and officials by a state's title (not 东盟外长)."""
        return [a for a in sent.actors if a.kind == "person" or a.kind == "title" and all(map(self.actors.is_country, a.codes))]

    def _remember(self, sent: _Sent, state: _DocState) -> None:
        for start, end in sent.titles:
            state.treaty = self.actors.treaty_parties(sent.text[start:end]) or state.treaty
        persons = [a for a in sent.actors if a.kind in ("person", "title")]
        state.holders.update((a.name, a.codes[0]) for a in persons if a.name and len(a.codes) == 1)
        if persons:
            state.last_person, state.person_cut = persons[-1].codes, len(state.pending)
            state.people = (state.people + self._people(sent))[-_PEOPLE_KEPT:]
        if sent.subject:
            state.last_subject, state.subject_cut = sent.subject, len(state.pending)

    def _settle(self, state: _DocState) -> None:
        """Look up the actors of deferred sentences newer than the known last person / subject,
        newest first, until both are found. Called only when an act needs them."""
        person = subject = None
        pending, person_cut, subject_cut = state.pending, state.person_cut, state.subject_cut
        state.pending, state.person_cut, state.subject_cut = [], 0, 0  # reading below may ask again
        newer: list[ActorMention] = []  # people named after the last sentence coded, for 两人
        for i in range(len(pending) - 1, min(person_cut, subject_cut) - 1, -1):
            text, match_text, when, masked, speech = pending[i]
            sent = self._read(text, match_text, [], when, state, masked, speech)
            persons = [a for a in sent.actors if a.kind in ("person", "title")]
            if i >= person_cut:
                newer = self._people(sent) + newer
            if person is None and persons and i >= person_cut:
                person = persons[-1].codes
            if subject is None and sent.subject and i >= subject_cut:
                subject = sent.subject
            if person and subject:
                break
        state.last_person = person or state.last_person
        state.last_subject = subject or state.last_subject
        state.people = (state.people + newer)[-_PEOPLE_KEPT:]

    def _last_person(self, state: _DocState) -> list[str]:
        self._settle(state)
        return state.last_person

    def _last_subject(self, state: _DocState) -> list[str]:
        self._settle(state)
        return state.last_subject

    def _is_heading(self, text: str) -> bool:
        return len(text) < 45 and not _TERMINAL.search(text)

    def _speech(self, match_text: str, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of the speech verbs outside reporting phrases."""
        return [(m.start(), m.end()) for m in self.lex.cue("speech").finditer(match_text) if not _inside(m.start(), masked)]

    def _analyst_speaks(self, match_text: str, speech: tuple[int, int]) -> bool:
        """A commentator, expert or author is the speaker (of the first speech verb): what follows is analysis."""
        start = max((m.end() for m in _CLAUSE_BREAK.finditer(match_text, 0, speech[0])), default=0)
        found = [m.start() for m in self.lex.cue("analyst_speakers").finditer(match_text, start, speech[1])]
        if not found:
            return False  # most speakers: no title scan
        titles = [m.span() for m in _TITLE.finditer(match_text, start, speech[1])]  # 接受《金融评论报》采访: a paper's name
        return any(not _inside(at, titles) for at in found)

    def _opens_with_official(self, text: str, when: str | None) -> bool:
        """习近平此次访美前，…: a paragraph opening with a named office holder tells the news again."""
        found = self.actors.find(text[:_OPENING_REACH], when)
        return bool(found) and found[0].start == 0 and self.actors.is_person(found[0].name)

    def _analysis_from(self, sent: _Sent, triggers: list[TriggerMatch], state: _DocState) -> int | None:
        """Where the author's analysis, forecast or prescription begins (0: the whole sentence), or None:
        analysis cues or modal verbs with no speaker (but 双方同意，…应继续对话: a modal in what was agreed
        is the parties'). A cue after an act dated to its day leaves the act (5日…签署了《欧拉宣言》，标志着…)."""
        if sent.speech and sent.speaker or state.turn == "answer" and state.host:
            return None  # a spokesperson's answer prescribes (美方应正视问题症结): a request, not analysis
        cue = self.lex.cue("analysis_sentence").search(sent.match_text)
        if cue:
            return self._told_before(sent, triggers, cue.start())
        # an official's words going on (习近平强调，…。美方应…) may prescribe; the author's may not
        if sent.continued and sent.speaker:
            return None
        # 应美国要求 is a setting, not a modal verb
        agreed = min((t.end for t in triggers if t.trigger.content == "planned"), default=len(sent.match_text))
        modal = next((m.start() for m in self.lex.cue("modal").finditer(sent.match_text)
                      if not _inside(m.start(), sent.settings) and m.start() < agreed), None)
        return None if modal is None else self._told_before(sent, triggers, modal)

    def _habitual(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """多次举行会谈, 去年频繁射弹: a word of repetition at the act; not one inside the object before it
        (对朝俄军事合作不断深化表示关切: the cooperation goes on, the concern is voiced once)."""
        text = sent.match_text
        return any(m.end() >= tm.start or tm.trigger.type not in _STANCES or not _GOVERNING.search(text, clause[0], m.start())
                   for m in self.lex.cue("aggregate").finditer(text, max(clause[0], tm.start - 6), tm.end))

    @staticmethod
    def _told_before(sent: _Sent, triggers: list[TriggerMatch], start: int) -> int:
        """Where analysis starting at `start` begins: there, when an act dated to its day was told before
        it (5日…签署了《欧拉宣言》，标志着…; 该条约是6月19日签署的，另一方应…), else the whole sentence."""
        return start if start > triggers[0].end and sent.day_told(0, triggers[0].start) else 0

    # ---- triggers -----------------------------------------------------------------------------
    def _code_triggers(self, doc: Document, sentence: Sentence, sent: _Sent, triggers: list[TriggerMatch],
                       state: _DocState) -> list[_Coded]:
        events: list[_Coded] = []
        content_mode = None  # after 商定/呼吁…: the next act is their content (planned or not coded)
        content_clause = None
        content_word = ""  # the verb that opened the content (敦促): said again at a clause's head, it opens a new act
        agreed = False  # the acts being coded are what was agreed (商定…，并…)
        parties: list[str] = []  # who agreed
        previous: TriggerMatch | None = None
        promised: tuple[int, int] | None = None  # the consequence of a conditional threat coded (若X…，Y将…)
        for tm in triggers:
            listed = previous is not None and previous.trigger.type in _TAKES_LIST and (
                _LIST_ITEM.match(sent.match_text, previous.end, tm.start) or  # 暂停军事援助和情报共享: shared no more
                tm.trigger.type != previous.trigger.type and _ITEM_JOINED.fullmatch(sent.match_text, previous.end, tm.start))
            previous_end = previous.end if previous is not None else None
            previous = tm
            if listed:
                continue  # 取消两军战区领导通话、国防部工作会晤: the second item of what was cancelled
            if promised and promised[0] <= tm.start < promised[1]:
                continue  # 若美方升级关税，中方将采取反制措施: the measures are the threat's words, not an act
            if tm.trigger.target == "conditional":
                if not _inside(tm.start, sent.masked) and (threat := self._conditional_threat(doc, sentence, sent, tm, state, events)):
                    events.append(threat)
                    promised = tuple(threat.event.trigger_span)
                continue
            clause = sent.clause_of(tm.start)
            if _inside(tm.start, sent.masked) or _inside(tm.start, sent.settings) and tm.trigger.mode != "press" \
                    and tm.trigger.target != "asker" and not self._met_before_speaking(sent, tm, clause):
                continue  # a setting is no act, but a joint press conference (在…联合记者会上表示) and a request (应X要求) are
            if any(not tm.start <= m.start() < tm.end  # 不排除动用武力: the threat's own words are no guess
                   for m in self.lex.cue("speculative_clause").finditer(sent.match_text, clause[0], clause[1])) or \
                    self._wished(sent, tm, clause):
                continue
            if tm.trigger.type != "CONSULT" and self._discussed(sent, tm, clause) or \
                    _ACCOUNT_OF.match(sent.match_text, tm.end):
                continue  # 讨论…合作的方式; 介绍了同金正恩会晤的情况: a topic, not an act
            if tm.trigger.type in _STANDS and self.lex.cue("world_at_large").match(sent.match_text, tm.end):
                named_end = _listed_after(sent.match_text, clause)
                if not any(tm.end <= a.start < named_end for a in sent.actors):
                    content_mode, content_clause = "skip", clause
                    continue  # 呼吁各方保持克制: asked of the world at large, no one named (nor is what is asked an act)
            if (of := _DESCRIBING.match(sent.match_text, tm.end)) and self.lex.cue("crowd").match(sent.match_text, of.end()):
                continue  # 数千名反对美国牛肉进口的民众: who the crowd is, not an act
            if content_mode and previous_end is not None and (_CONJOINED.fullmatch(sent.match_text, previous_end, tm.start)
                                                              or "；" in sent.match_text[previous_end:tm.start]):
                content_mode = None  # 强烈谴责并全盘拒绝: two verbs of one subject, two acts; …检查；禁止…: two measures
            new_act = content_mode and (self.lex.cue("new_act").match(sent.match_text, clause[0]) or
                                        tm.start == clause[0] and tm.text == content_word or  # 敦促美方…，敦促日方…
                                        self._answer_opens(sent, tm, clause) or
                                        content_mode == "skip" and not agreed and self._dated_subject_clause(sent, clause, tm))
            goes_on = bool(agreed and content_mode == "skip" and tm.trigger.type in _AGREED_CONTENT
                           and (new_act or any(a.start == clause[0] for a in sent.actors))  # 双方同意，美方将…，中方将…
                           and "了" not in sent.match_text[clause[0]:tm.end]
                           and not any(clause[0] <= a < tm.start for a in sent.acts))
            if content_mode and new_act and not goes_on and clause != content_clause and \
                    not any(clause[0] <= e.trigger_span[0] < clause[1] for e in (c.event for c in events)):
                content_mode = None  # 并呼吁各方立即恢复对话: 并 opened the request, not a new act after it
            if content_mode == "object" and clause != content_clause:
                content_mode = None
            reported = content_mode == "object" and tm.trigger.type in _DATED_IN_OBJECT and previous_end is not None and \
                sent.day_told(previous_end, tm.start)
            if reported:  # 谴责朝鲜7月4日试射…, 核可…本月14日达成的协议: an act with its own day, told inside the reaction
                clause = (previous_end, clause[1])
            elif content_mode in ("skip", "object") and not goes_on:
                continue
            if self._habitual(sent, tm, clause) and \
                    not (tm.trigger.type == "AGREE" and tm.trigger.mode == "verbal") and \
                    not (tm.trigger.type == "AID" and "将" in sent.match_text[clause[0]:tm.start]) and \
                    not (tm.trigger.mode == "weapons_test" and any(
                        self.lex.cue("salvo").match(sent.match_text, p) for p in (tm.start - 2, tm.start - 1) if p >= clause[0])):
                continue  # 多次举行会谈: habitual; but 愿与中方持续沟通 is a willingness, said once, and so is
                # a pledge of aid for years to come (将连续三年每年提供1亿美元) and a salvo (连续发射三枚导弹)
            if tm.trigger.type not in _STANCES and self.lex.cue("general_opposition").search(sent.match_text, clause[0], tm.start):
                continue  # 中方一贯反对任何国家…对他国实施单边制裁: a kind of act opposed, not one done
            if self.lex.cue("alleged").search(sent.match_text, clause[0], tm.start):
                continue  # 因涉嫌为伊朗核计划提供资金: what someone is suspected of, not an act told
            if tm.trigger.type not in _JUDGEMENTS and self.lex.cue("consequence").match(sent.match_text, clause[0]) and \
                    not self.lex.cue("negated").search(sent.match_text, clause[0], tm.start):
                continue  # 限…在72小时内…，否则将中止其会籍: what a demand threatens, the threat's content, not an act
                # (but 除非…，否则不会释放…: one's own refusal)
            if tm.trigger.type == "ACCUSE" and self.lex.cue("situation_object").search(sent.match_text, clause[0], tm.start):
                continue  # 对也门局势持续恶化表示严重关切: at a situation, no one accused
            if tm.trigger.type == "ACCUSE" and (kind := self.lex.cue("kind_opposed").search(sent.match_text, clause[0], clause[1])) \
                    and kind.start() <= tm.start < kind.end():
                continue  # 反对任何破坏半岛和平稳定的行为: a kind of act opposed (and the words naming it), no one accused
            if tm.trigger.mode == "weapons_test" and \
                    self.lex.cue("halted").search(sent.match_text, max(clause[0], tm.start - 16), tm.start):
                continue  # 同意暂停远程导弹发射: the launches stopped, not a launch
            if (m := self.lex.cue("threatened_act").search(sent.match_text, max(clause[0], tm.start - 8), clause[1])) \
                    and m.start() <= tm.end and tm.start < m.end():
                continue  # 朝鲜发动的任何攻击都将遭到…回应: what the threat answers, not an attack
            if (tm.trigger.type in _TOPIC_NOUN_ACTS or tm.trigger.mode == "exercise") and \
                    self.lex.cue("force_as_topic").match(sent.match_text, tm.end):
                continue  # 部署中程导弹的请求, 对空袭伊朗使馆的回应: what the noun is about, not an act told
            if self.lex.cue("prospect_of").match(sent.match_text, tm.end):
                continue  # 并未关闭与美国进行对话的大门: the talks a door is open to, not talks held
            if tm.trigger.type in ("COOPERATE", "AID") and self.lex.cue("agreement_content").match(sent.match_text, tm.end):
                continue  # 暂停执行两国在核能领域开展科研合作的协议: what the agreement is about, not an act told
            if tm.trigger.type == "MOBILIZE" and tm.trigger.mode == "deployment" and \
                    self.lex.cue("force_judged").match(sent.match_text, tm.end):
                continue  # 部署萨德是应对…的自卫措施: a deployment argued about, not one told
            if self.lex.cue("condition").search(sent.match_text, clause[0], tm.start) and tm.trigger.type != "THREATEN":
                continue  # the condition of a conditional statement is not an act (并警告如果美方拒绝)
            if _CODE_NAME.search(sent.match_text, max(0, tm.start - 5), tm.start):
                continue  # 执行代号“坚定支持”的任务: an operation's name, not an act
            if _EXAMPLE.match(sent.match_text, tm.end):
                continue  # 包括三边反导、反潜联演在内: acts listed as examples, not done here
            if _PROPOSED.match(sent.match_text, tm.end) and not (tm.trigger.type in _REACTIONS and tm.trigger.content == "object"):
                continue  # 提出的无条件举行南北当局会谈的建议: what a proposal would do, not an act (but 拒绝了美国的提议 is)
            if any(s <= tm.start and tm.end <= e and (sent.text[s] == "《" or _NAMED_LIST.match(sent.text, e))
                   for s, e in sent.titles):
                continue  # 《朝鲜制裁法》, “支持恐怖主义国家”名单: a title's or a list's words, not an act
            judged = tm.trigger.type in _JUDGEMENTS and sent.spoken(tm.start)  # 他称，这是对…的严正警告
            opened = self._restated_from(sent, clause, tm)
            if opened is not None and not judged and not any(
                    t.date and opened <= t.start < clause[1] and not _SINCE.match(sent.match_text, t.end)
                    for t in sent.times):
                continue  # 这是…以来两人首次见面: the act just told; 这是去年11月…会晤后: a dated one, kept
            if any(m.start() < tm.start < m.end() for m in self.lex.cue("first_of_kind").finditer(sent.match_text, clause[0], clause[1])):
                continue  # 他是…首位访华的日本阁僚: who he is, not an act told here
            if (tm.start == clause[0] or sent.acts and _PAIR_TALKING.fullmatch(sent.match_text, clause[0], tm.start)) and \
                    tm.trigger.type == "CONSULT" and self.lex.cue("meeting_described").match(sent.match_text, tm.start):
                continue  # …举行会谈，会谈持续约75分钟, 双方会谈近3小时: the talks just told
            if self._nominal_object(sent, tm, clause) or self._stance_in_object(sent, tm, clause, triggers):
                sent.named_acts.append(tm.start)
                continue
            event = self._event(doc, sentence, sent, tm, clause, state)
            if event is not None and reported and sent.previous_act:  # …谴责朝鲜…的炮击: not aimed at those who condemn it
                event.target = [c for c in event.target if c.split("-")[0] not in _countries(sent.previous_act[2])]
            if event is None:
                if tm.trigger.content in ("object", "skip") and not tm.trigger.spoken and not content_mode and \
                        not self._own_side_should(sent, tm, clause):
                    # 集会反对部署, 呼吁双方立即停火: what is opposed or asked for, uncoded or not
                    content_mode, content_clause = "object", clause
                continue
            if tm.trigger.calls_off and any(c.event.event_type == "CONSULT" and c.event.factuality == "negated" and
                                            _countries(c.event.source) == _countries(event.source) for c in events):
                continue  # 原定4日起访问韩国，…宣布延后此行: the visit, told as called off, is the act
            if event.event_type == "AGREE" and (declared := self.lex.cue("relations_declared").match(tm.text)) and \
                    declared.end() == len(tm.text) and any(
                    c.event.event_type == "AGREE" and _countries(c.event.source + c.event.target) ==
                    _countries(event.source + event.target) for c in events):
                continue  # 签署建交联合公报，…建立大使级外交关系: the relations are what the communiqué declares
            if tm.trigger.invites and self.lex.cue("invitation_accepted").search(sent.match_text, tm.end):
                self._accepted_visit(event, sent, tm)
            if (content_mode == "planned" or goes_on) and event.event_type == "COOPERATE" and \
                    self.lex.cue("cooperation_in_general").fullmatch(tm.text):
                content_mode = "skip"
                continue  # 同意加强日韩及日美韩合作: the agreement is the act; it names no act of cooperation
            if not reported:  # what the accused did dates nothing after it in the accusation
                sent.acts.append(tm.start)
            sent.aimed.append((event.event_type, event.source, event.target))
            sent.previous_act = (tm.end, event.event_type, event.source, event.target)
            if content_mode == "planned" or goes_on:
                event.factuality, content_mode, agreed = "planned", "skip", True
                if not event.target:  # 双方同意，美方将下调关税: towards the other party
                    event.target = _others(parties, _countries(event.source))
                sent.plans.append(clause)
                agreed_at = max((a for a in sent.acts if a < tm.start), default=clause[0])
                # 双方12日同意举行磋商: the day is the agreement's; the talks have only a time told after it
                own_times = [t for t in sent.times if max(clause[0], agreed_at) <= t.start < clause[1]]
                if not own_times:
                    event.date = event.date_end = None
                    event.date_precision = "unknown"
                elif any("月" in t.text for t in own_times) and not any("年" in t.text for t in own_times):
                    _to_upcoming(event, _full(doc.page.published))  # 同意…于9月初举行: the coming September (自当天起: that day)
            else:
                content_mode, content_clause, content_word = tm.trigger.content or None, clause, tm.text
                parties = _unique(event.source + event.target)
            # the sentence dates the act itself: in its clause, or at the head (4月22日，…举行)
            own = any(t.date and (clause[0] <= t.start < clause[1] or t.start < clause[0] and
                                  not sent.said_before(t.start)) for t in sent.times)
            title = _TITLE.search(sent.text, tm.start, tm.start + 60)
            speaker_end = sent.speech[0][0] if sent.speech and sent.spoken(tm.start) else -1
            people = frozenset(name for a in sent.actors if a.start < clause[1] and  # 大使原田亲仁: unknown, named
                               (name := a.name if self.actors.is_person(a.name) else a.alias if a.end > speaker_end else None))
            days = _listed_days(sent, tm)
            also = _ALSO.search(sent.match_text, clause[0], tm.start)
            for part in _spread(_per_destination(event, self._separately(sent, clause, tm, event)), days):
                events.append(_Coded(part, sentence.paragraph, own and part.date is not None,
                                     title.group(0) if title else None, bool(tm.trigger.content), tm.trigger.spoken,
                                     people, tm.trigger.aside, also.group() if also else "", tm.trigger.last_resort,
                                     tm.trigger.backup, tm.trigger.future and part.factuality == "asserted"))
            if state.lead_paragraph in (None, sentence.paragraph):
                state.lead_paragraph = sentence.paragraph
                state.lead_countries |= _countries(event.source + event.target + sent.speaker + sent.subject)
            state.last_act = _unique(event.source + event.target)
            state.last_reaction = (event.event_type, event.target)
            if tm.trigger.type in _FORCE and event.factuality == "asserted":
                state.last_force = event.source
            if len(_countries(event.source + event.target)) >= 2 and tm.trigger.type in _SYMMETRIC:
                # the parties: the source when it names them (美韩…发表的联合声明敦促朝鲜: not 朝鲜)
                state.group = _unique(event.source if len(_countries(event.source)) >= 2 else event.source + event.target)
                state.group_at = sentence.idx
            if event.event_type == "CONSULT" and event.mode in ("summit", "meeting"):
                state.summit_of = [c for c in event.source + event.target if not self.actors.is_country(c.split("-")[0])] \
                    or state.summit_of
            if event.event_type == "CONSULT" and event.mode in ("meeting", "call") and event.factuality == "asserted" \
                    and event.date_precision == "day":
                state.talks_date = _day_told(event, sent.times)
            if event.factuality == "asserted" and event.date_precision == "day":
                where = {event.location.rsplit("/", 1)[1]} if event.location and "/" in event.location else set()
                state.acts_told.append((_countries(event.source), _countries(event.target) | where,
                                        TimeMention(event.date, 0, 0, event.date, None, "day")))
            if event.date and event.factuality == "asserted" and not reported and self._narrative_date(event, doc, sent):
                state.act_date = _day_told(event, sent.times)
                state.resolver.establish(state.act_date)
                state.scene = None
                state.act_countries, state.act_paragraph = _countries(event.source + event.target), sentence.paragraph
                if not state.flashback(event.date):
                    state.news_date = state.act_date
        if not all(c.last_resort for c in events):
            events = [c for c in events if not c.last_resort]
        return self._without_means(_backups_dropped(events))

    def _restated_from(self, sent: _Sent, clause: tuple[int, int], tm: TriggerMatch) -> int | None:
        """Where a restatement of the act just told (这是…) opens, if the clause is part of one: the
        clause itself, or, for an act of the same kind, an earlier clause after it (举行会谈，这是石破茂
        就任以来，两人首次会谈; but 这是三方首度会面，三方同意…: an agreement is a new act, and so is
        what 并 adds)."""
        restated = self.lex.cue("restatement")
        if restated.match(sent.match_text) or restated.match(sent.match_text, clause[0]):
            return clause[0]
        if sent.previous_act is None or sent.previous_act[1] != tm.trigger.type or \
                self.lex.cue("new_act").match(sent.match_text, clause[0]):
            return None  # …首次访日，并与日本首相举行会谈: one more act
        last_act = max(sent.acts)
        return next((s for s, _ in sent.clauses if last_act < s < clause[0] and restated.match(sent.match_text, s)
                     and "；" not in sent.match_text[s:clause[0]]), None)

    def _answer_opens(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """要求取消演习，联合国军司令部则拒绝了这一要求: a reply by another side (X则…, …这一要求) is
        a new act, not the content of the demand before it."""
        if tm.trigger.type not in _ANSWERS or tm.trigger.last_resort:
            return False  # 王毅则回应称，…: a bare reply verb opens speech, the demand's answer in words
        return bool(self.lex.cue("demonstrative_object").search(sent.match_text, tm.end, clause[1])) or any(
            a.start == clause[0] and self.lex.cue("contrasted").match(sent.match_text, a.end) for a in sent.actors)

    @staticmethod
    def _dated_subject_clause(sent: _Sent, clause: tuple[int, int], tm: TriggerMatch) -> bool:
        """要求安理会召开紧急会议，安理会于3日下午举行闭门磋商: a later clause with its own subject and its
        own day tells a new act, not what was asked for."""
        return any(a.start == clause[0] for a in sent.actors) and \
            any(t.date and clause[0] <= t.start < tm.start for t in sent.times)

    def _conditional_threat(self, doc: Document, sentence: Sentence, sent: _Sent, tm: TriggerMatch,
                            state: _DocState, events: list[_Coded]) -> _Coded | None:
        """若朝鲜挑衅，韩国将予以数倍奉还; 如果美方升级关税措施，中方将坚决采取反制措施: an adverse
        consequence promised on another's act is a threat by the one who promises it (named before the
        modal, else the speaker) on the actors of the condition. A threat told already (警告，若…) stands."""
        if any(c.event.event_type == "THREATEN" for c in events) or not (sent.speaker and sent.spoken(tm.start)):
            return None
        m = self.lex.cue("conditional_consequence").match(sent.match_text, tm.end)
        if not m or self.lex.cue("not_a_threat").search(sent.match_text, m.start("modal"), m.end()):
            return None
        # the condition's actors: after its word, else its subject before it (菲方若在72小时内未回应)
        opening = sent.clause_of(tm.start)[0]
        named = next((found for start, end in ((tm.end, m.start("who")), (opening, tm.start))
                      if (found := _unique([c for a in sent.actors if start <= a.start < end and not _inside(a.start, sent.settings)
                                            for c in a.codes]))), [])
        bearer = _unique([c for a in sent.candidates(m.start("who"), m.start("modal")) for c in a.codes])
        if bearer and _countries(bearer) <= _countries(named):
            bearer = []  # 如果朝方危害…，朝鲜政权将走向终结: what the one of the condition will suffer, at the speaker's hands
        source = bearer or sent.speaker
        own = _countries(source)
        # 如果美国被迫自卫，将“彻底摧毁”朝鲜: a condition on one's own side threatens whom the consequence names
        target = _others(named, own) or \
            _others(_unique([c for a in sent.actors if m.start("what") <= a.start < m.end() for c in a.codes]), own)
        if not target:
            return None
        words = TriggerMatch(tm.trigger, m.start("modal"), m.end(), m.group("modal") + m.group("what"))
        event = self._event(doc, sentence, sent, words, sent.clause_of(words.start), state)
        if event is None:
            return None
        event.source, event.target, event.factuality = source, target, "asserted"
        return _Coded(event, sentence.paragraph, False, None, spoken=True)

    def _without_means(self, events: list[_Coded]) -> list[_Coded]:
        """出动F-16战机，对柬埔寨…实施空袭, 出动20架战机…进行编队飞行: forces sent out for an attack or
        an exercise told after them in the sentence are its means, not an act of their own (派出舰艇…监视 is one)."""
        sortie = self.lex.cue("sortie")
        served = [c.event for c in events if c.event.event_type == "ASSAULT" or c.event.mode == "exercise"]
        return [c for c in events if not (
            c.event.event_type in ("MOBILIZE", "COOPERATE") and c.event.mode != "exercise" and sortie.match(c.event.trigger)
            and any(a.trigger_span[0] > c.event.trigger_span[0] and _countries(a.source) & _countries(c.event.source)
                    for a in served))]

    @staticmethod
    def _accepted_visit(event: Event, sent: _Sent, tm: TriggerMatch) -> None:
        """邀请普京在方便的时候访问朝鲜，普京欣然接受了邀请: the invitation accepted is the guest's visit,
        planned, to the state the invitation names (else the host's), dated only by its own time (年内)."""
        guest = _countries(event.target)
        named = _unique([c for a in sent.candidates(tm.start, tm.end) for c in a.codes if c.split("-")[0] not in guest])
        event.event_type, event.mode, event.factuality = "CONSULT", "visit", "planned"
        event.source, event.target = event.target, named or event.source
        if not _time_inside(sent, tm):
            event.date = event.date_end = None
            event.date_precision = "unknown"

    def _narrative_date(self, event: Event, doc: Document, sent: _Sent) -> bool:
        """Whether later acts without a time of their own may take this act's date.

        News narrates with month-days (1月6日, 当天); a date with its own year is background
        (1953年8月8日, 去年11月) unless it lies near the publication date; so is an act told as
        having happened before (安理会还曾于8月5日通过决议) or named inside another (…进行的核试验)."""
        if any(t.date == event.date and PAST_YEAR.search(t.text) for t in sent.times):
            return False  # 去年11月两国元首会晤后…: a past year's act is background
        if self.lex.cue("told_before").search(sent.match_text, 0, event.trigger_span[0]):
            return False
        if _DONE_BEFORE.search(sent.match_text, max(0, event.trigger_span[0] - 3), event.trigger_span[0]) or \
                _NAMED_BY_TRIGGER.match(sent.match_text, event.trigger_span[0]):
            return False  # 谴责朝鲜5月25日进行的核试验, 落实今年2月达成的协议: an act named inside another, not the news
        if event.date_inferred or event.date.startswith("--"):
            return True
        published = _full(doc.page.published)
        return bool(published) and abs(int(event.date[:4]) - int(published[:4])) <= 1

    def _event(self, doc: Document, sentence: Sentence, sent: _Sent, tm: TriggerMatch,
               clause: tuple[int, int], state: _DocState) -> Event | None:
        trig = tm.trigger
        source, target, partnered = self._roles(sent, tm, clause, state)
        if trig.abroad and not _countries(target) - _countries(source):
            return None  # 尹锡悦在国会发表施政演说: an address at home
        anonymous = trig.type == "ACCUSE" and self._anonymous_attack(sent, tm, _countries(source))
        if anonymous:
            target = []  # 谴责这起恐怖袭击，并向巴基斯坦政府表示慰问: the attackers are not named
        # 数千名民众…示威: people named by no actor protest for the place they are in, not for the last subject
        crowd_word = trig.type == "PROTEST" and next(reversed(list(self.lex.cue("crowd").finditer(sent.match_text, 0, tm.start))), None)
        # …and those described by what they oppose (数千名反对美国牛肉进口的民众…集会): at that
        opposed = [a for a in sent.candidates(0, crowd_word.start()) if not _CLAUSE_BREAK.search(sent.match_text, a.end, crowd_word.start())] \
            if crowd_word and sent.match_text[crowd_word.start() - 1:crowd_word.start()] == "的" else []
        # 韩国数十万民众…集会: a state named just before the crowd is whose people they are; but the state
        # of a mission the crowd gathers outside (在日本驻华大使馆外示威) is the one protested
        nationals = [a for a in sent.candidates(0, tm.start) if a not in opposed]
        site = self.lex.cue("protest_site")
        missions = [a for a in nationals if (m := site.search(sent.match_text, a.start, tm.start))
                    and m.start() - a.end <= 8 and not _CLAUSE_BREAK.search(sent.match_text, a.end, m.start())] if crowd_word else []
        if missions:
            nationals = [a for a in nationals if a not in missions]
        crowd = bool(crowd_word) and all(a.kind == "country" and a.end <= crowd_word.start()
                                         and not _CLAUSE_BREAK.search(sent.match_text, a.end, crowd_word.start()) for a in nationals)
        if crowd:
            hosts = [c for a in missions for c in self.actors.posted_to(sent.text[a.start:tm.start], doc.page.published)]
            gathered = min([a.start for a in missions] + [tm.start])
            source = _unique([c for a in nationals for c in a.codes]) or \
                self._crowd_state(sent, gathered, crowd_word.end()) or self._crowd_state(sent, gathered) or hosts[:1] or \
                _others(source, {a.codes[0].split("-")[0] for a in missions})
            target = _unique([c for a in opposed for c in a.codes if c.split("-")[0] not in _countries(source)]) or \
                _unique([a.codes[0].split("-")[0] for a in missions]) or target
            if len(_countries(source)) == 1 and not missions and self.lex.cue("own_government_after").match(sent.match_text, tm.end):
                target = [f"{next(iter(_countries(source)))}-GOV"]  # 抗议政府的部署决定: at their own government
        if not source:
            return None
        source = self._speakers_side(sent, tm, clause, source)
        src_countries = _countries(source)
        if self.lex.cue("envoy_recalled").match(tm.text) and \
                (posts := _others(self.actors.posted_to(sent.text[tm.start:tm.end], doc.page.published), src_countries)):
            target = posts  # 召回驻韩大使长岭安政: at Korea, not at the ambassador's own service
        if not target and trig.type in _ON_AGREEMENTS:  # 退出《中导条约》: at the agreement's other party
            target = self._treaty_counterparts(sent, tm, clause, src_countries, state)
        exercise_hosts = [f"{c}-MIL" if self.actors.is_country(c) else c
                          for c in self.actors.exercise_hosts(sent.text[clause[0]:clause[1]]) if c not in src_countries] \
            if trig.mode == "exercise" and not target and len(src_countries) == 1 else []
        target = target or exercise_hosts  # 派舰参加“环太平洋”军演: with its host, the US
        if not target and trig.type == "MOBILIZE" and trig.mode in ("deployment", "alert") and len(src_countries) == 1:
            watch = self.lex.cue("response_watch").search(sent.match_text, tm.start, _clause_end(sent.match_text, clause[1] + 1))
            if watch:  # 派遣兵力严密监控应处: at the side watched
                target = self._watched(sent, tm, watch.end(), src_countries, state)
        others = any(_countries(a.codes) - src_countries for a in sent.actors  # 在赖总统就职后: when; 在台湾周边: where
                     if clause[0] <= a.start < tm.end and not _inside(a.start, sent.settings) and a.start not in sent.places)
        together = self.lex.cue("group_anaphora").search(sent.match_text, clause[0], tm.start)  # 两国还将…
        joined = trig.joint and self.lex.cue("joined_exercise").search(sent.match_text[clause[0]:tm.start])  # 参加…联合军演
        solo = bool(trig.solo_type) and self._alone(source) and not (partnered or others or together or joined or exercise_hosts)
        if not target and not crowd and not anonymous and (trig.needs_target or trig.joint and self._alone(source) and not (solo or joined)):
            return None
        if not target and trig.type == "AGREE" and self._alone(source) and src_countries <= _countries(state.group) \
                and sentence.idx - state.group_at <= _PAIR_REACH:
            target = _others(state.group, src_countries)  # 中方同意开放…: in the talks just told
        if trig.mode == "visit" and not _countries(target) - src_countries and (target or len(src_countries) < 2):
            return None  # 前往美军横须贺基地: a trip to one's own forces is no visit; 两国…相互访问 is
        if trig.mode == "visit" and self._trip_to_meet(sent, tm, clause, _countries(target) | src_countries):
            return None  # 抵达渥太华，与特鲁多举行会谈; 前往维也纳，与正在当地访问的蓬佩奥会面: the meeting is the act
        if trig.spoken and not sent.spoken(tm.start) and not self.lex.cue("consequence").match(sent.match_text, clause[0]) \
                and not (state.turn == "answer" and state.host):
            return None  # 它们很可能要为此付出代价: the author's view, nobody's threat (but in a briefing's answer, the spokesperson's)
        factuality = "asserted" if trig.asserted else self._factuality(sent, tm, clause)
        if trig.mode == "visit" and factuality != "negated" and self._trip_to_forum(sent, tm):
            return None  # 前往老挝，出席东盟防长扩大会议: the meeting attended is the act
        date = self._date(sent, tm, clause, state, factuality, _countries(source + target), src_countries)
        called_off = trig.calls_off and self.lex.cue("practical_cause").search(sent.match_text, 0, tm.start)
        if called_off:  # 因疫情取消原定访问韩国的行程: the visit not made, on the day it was set for
            factuality, date = "negated", _time_inside(sent, tm)
        if trig.undated_when_done and self._told_as_done(sent, tm, clause):
            date = None  # 耿爽6日表示，中方已向加方提出严正交涉: lodged before he spoke, on a day not given
        if trig.target == "asker" and not _time_inside(sent, tm):
            date = None  # 应伊朗要求，安理会22日举行紧急会议: the request has no time of its own
        if date in sent.times and (first := lasting_start(date, sent.match_text, tm.start)):
            date = replace(date, date=first, date_end=date.date)  # 为期6天的演习27日落下帷幕: the 22nd to the 27th
        if trig.mode == "visit" and date and date.precision == "day" and not date.date_end and \
                (last := trip_end(date.date, sent.match_text[clause[0]:])):
            date = replace(date, date_end=last)  # 抵达北京，开始…为期四天的国事访问: the visit's four days
        if factuality == "asserted" and date and _after(date.date, _full(doc.page.published)):
            factuality = "planned"  # 下周一举行, 明天访问: a day after the page's is not yet done
        mode = trig.mode
        if trig.type == "COOPERATE" and not mode:
            mode = "intel_sharing" if "情报" in sent.text or "军情" in sent.text else "other"
        clause_text = sent.text[clause[0]:clause[1]]
        contexts = self.lex.contexts_of(clause_text + tm.text) or self.lex.contexts_of(sent.text)
        if any(c.endswith("-MIL") for c in source + target) and "military" not in contexts:
            contexts.insert(0, "military")
        # 美韩决定在韩部署萨德, 美舰与加拿大护卫舰联合穿越海峡: done by two states together
        jointly = trig.joint_type and (len(src_countries) >= 2 or partnered and _partner_joined(sent, clause[0], tm.start))
        kind = trig.joint_type if jointly else trig.type
        if solo:  # 韩国军方进行了陆海空联合打击演习: a national drill, no partner
            kind, mode = trig.solo_type, ""
        if called_off:
            kind, mode = "CONSULT", "visit" if self.lex.cue("trip_words").search(tm.text) else "meeting"
        elif mode == "visit" and self.lex.cue("vessel").search(sent.match_text, clause[0], tm.start):
            kind, mode = "MOBILIZE", "deployment"  # “涟”号驱逐舰访问湛江, 肯尼亚警察抵达海地: forces sent, not a visit
        if kind == "REQUEST" and self.lex.cue("shared_wish").match(sent.match_text, tm.start) \
                and len(_countries(state.group)) == 2 and src_countries < _countries(state.group):
            kind, mode = "AGREE", "verbal"  # 希望两国加强沟通 said by one of the two: a willingness, no request
        if kind == "MOBILIZE" and mode == "weapons_test" and (struck := self._fired_at(sent, tm, src_countries)):
            kind, mode, target = "ASSAULT", "", struck  # 向以色列发射导弹: at a state, not into a sea
        chosen = set(contexts) | set(self.lex.type_contexts.get(kind, ()))
        contexts = [c for c in self.lex.contexts if c in chosen]  # in the order of data/triggers.yaml
        if kind == "MOBILIZE" and mode == "deployment" and (host := self._host(sent, clause, src_countries)):
            kind, target = "COOPERATE", _unique(target + [host])  # 向哈萨克斯坦派遣维和部队: with a partner
        if kind == "MOBILIZE":  # 下令俄军进入…: one's own forces moved are not a counterpart
            if mode == "weapons_test":
                target = []  # a test is aimed only where the text places it (向台湾东部外海发射)
            target = _others(target, src_countries) or self._aimed_by_place(sent, clause, src_countries)
            if mode == "deployment" and target and self.lex.cue("hosted_forces").search(sent.match_text):
                kind = "COOPERATE"  # 舰艇编队抵达拉瓜伊拉港，受到委方隆重欢迎; 参演的俄方舰艇编队抵达舟山: a host's guests
        elif kind in _MATERIAL_FORCE and not target:  # 对加沙地带实施全面封锁: at the place's state
            target = self._aimed_by_place(sent, clause, src_countries, objects_only=True)
        event = Event(
            event_type=kind, mode=mode, contexts=contexts, source=_most_specific(source), target=_most_specific(target),
            date=date.date if date else None, date_end=date.date_end if date else None,
            date_precision=date.precision if date else "unknown",
            date_inferred=bool(date and date.inferred_year), location=self._location(sent, clause),
            factuality=factuality, doc=doc.doc_id, sentence=sentence.text, span=[sentence.start, sentence.end],
            trigger=sent.text[tm.start:tm.end], trigger_span=[tm.start, tm.end], doc_hash=doc.hash,
            sentence_idx=sentence.idx, extractor=self.name)
        if factuality in ("planned", "hypothetical") and date and "年" not in date.text and \
                _pushed_back(event.date, _full(doc.page.published)):
            _to_upcoming(event, _full(doc.page.published))  # 有意于5月9日前往, 可能于6月中旬访问: the coming one, not last year's
        return event

    def _anonymous_attack(self, sent: _Sent, tm: TriggerMatch, own: set[str]) -> bool:
        """The object right after a condemnation is an attack naming no actor but places (谴责伊斯兰堡万豪酒店
        爆炸事件): the attackers are unknown; one called so (谴责这是“反人道的暴行”) is the act of any other
        state named before."""
        attack = self.lex.cue("anonymous_attack").match(sent.match_text, tm.end)
        if not attack or attack.group(1) and any(_countries(a.codes) - own for a in sent.actors if a.end <= tm.start):
            return False
        places = sent.places | {tm.end + s for s, _, _ in self.actors.capitals(sent.text[tm.end:attack.end()])}
        return not any(tm.end <= a.start < attack.end() and a.start not in places for a in sent.actors)

    def _forum(self, code: str) -> bool:
        """A court or trade body that cases are filed with (WTO, ICJ): data/cues.yaml `forum`."""
        m = self.lex.cue("forum").match(code)
        return bool(m) and m.end() == len(code)

    def _trip_to_meet(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int], parties: set[str]) -> bool:
        """A trip whose next clause is a meeting (…，与X举行会谈) told as its purpose: an arrival there
        (抵达渥太华，与特鲁多举行会谈), or a trip to meet someone of a third state (前往维也纳，与蓬佩奥会面).
        A visit to a state and talks with its leader (访问日本，与岸田举行会谈; 抵达雅加达访问，并与…会谈)
        are two acts."""
        nxt = next(((s, e) for s, e in sent.clauses if s > clause[1]), None)
        if nxt is None or not _MEETING_CLAUSE.match(sent.match_text, nxt[0]):
            return False
        if not any(t.trigger.type == "CONSULT" and t.trigger.mode != "visit"
                   for t in self.lex.find_triggers(sent.match_text[nxt[0]:nxt[1]])):
            return False
        met = _countries([c for a in sent.candidates(nxt[0], nxt[1]) for c in a.codes])
        # someone named to meet; but an arrival told as a visit (抵达雅加达访问，并与…会谈) is one
        return bool(met) and (bool(_ARRIVAL.match(tm.text)) and "访问" not in tm.text or not met & parties)

    def _trip_to_forum(self, sent: _Sent, tm: TriggerMatch) -> bool:
        """A trip set out on to attend a summit or a meeting (前往布鲁塞尔出席欧盟峰会, 将前往老挝，出席东盟防长
        扩大会议) is that meeting; an arrival there (抵达广岛，出席七国集团峰会), a trip to a ceremony (前往东京
        出席国葬) or one not made (没有前往南非出席…峰会) is a visit."""
        attending = _GOING.fullmatch(tm.text) and _TRIP_PURPOSE.match(sent.match_text, tm.end)
        if not attending:
            return False
        end = _clause_end(sent.match_text, attending.start(1))
        return any(t.trigger.type == "CONSULT" and t.trigger.mode in ("summit", "meeting", "dialogue")
                   for t in self.lex.find_triggers(sent.match_text[attending.start(1):end]))

    def _separately(self, sent: _Sent, clause: tuple[int, int], tm: TriggerMatch, event: Event) -> bool:
        """分别 before the trigger: one act per doer or per partner; 相继, 先后, 各自: one per doer of an
        act that is not done together, and 先后与A和B…: one per partner."""
        own = span = sent.match_text[clause[0]:tm.start]
        if not any(clause[0] <= a.start < tm.start for a in sent.actors):
            # 沙特、卡塔尔和阿曼相继发表声明，谴责…: the doers and the word are in the clause that names them
            since = max((a for a in sent.acts if a < clause[0]), default=0)
            span = sent.match_text[since:tm.start]
        return "分别" in own or bool(self.lex.cue("in_turn_with").search(span)) or \
            event.event_type not in _SYMMETRIC and bool(_IN_TURN.search(span))

    def _crowd_state(self, sent: _Sent, end: int, start: int = 0) -> list[str]:
        """The state of the first place named after the crowd and before `end`, its protest or the mission it
        gathers at (聚集在首都第比利斯…示威: GEO)."""
        return next(([codes[0]] for _start, _end, codes, contested in self.actors.place_parties(sent.text[start:end])
                     if not contested and len(codes) == 1), [])

    def _treaty_counterparts(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int], own: set[str],
                             state: _DocState) -> list[str]:
        """The parties other than the actor's own of a known agreement titled in the clause or named
        in the trigger's own words (退出中导条约, 终止军事情报保护协定); a numbered resolution
        (拒绝接受第1874号决议) is the Security Council's; an accession's document (关于伊朗加入上合组织…的
        备忘录) is the body's joined."""
        named = [(start, end) for start, end in sent.titles if clause[0] <= start < clause[1]] + [(tm.start, tm.end)]
        for start, end in named:
            if others := [p for p in self.actors.treaty_parties(sent.text[start:end]) if p not in own]:
                return others
        if len(named) == 1 and _TREATY_WORD.search(tm.text):
            return [p for p in state.treaty if p not in own]  # 暂停履行该条约: the agreement titled last on the page
        if "UNSC" not in own and self.lex.cue("council_resolution").search(sent.match_text, clause[0], clause[1]):
            return ["UNSC"]
        # 签署了关于伊朗加入上合组织义务的备忘录: an accession's document is signed with the body joined
        joined = sent.match_text.find("加入", tm.start, clause[1])
        return next(([c for c in a.codes if c not in own] for a in sent.actors if joined >= 0 and a.start == joined + 2
                     and not self.actors.is_country(a.codes[0].split("-")[0])), [])

    def _ground_of(self, ev: Event) -> list[str]:
        """The states of the uncontested places named in the act's clause, outside quotes (the ship
        “杭州”号 is no place) and not as a destination (驶往加沙的), other than the actor's own."""
        text = neutralise_brackets(ev.sentence)
        start, end = next(((s, e) for s, e in clause_bounds(text) if s <= ev.trigger_span[0] <= e), (0, len(text)))
        quoted, own = quoted_spans(text), _countries(ev.source)
        return _unique([c for s, _, codes, contested in self.actors.place_parties(text[start:end])
                        if not contested and not _inside(start + s, quoted) and not _WHITHER.search(text, 0, start + s)
                        for c in codes if c not in own])

    @staticmethod
    def _speakers_side(sent: _Sent, tm: TriggerMatch, clause: tuple[int, int], source: list[str]) -> list[str]:
        """A side form in an official's words (米勒表示，…美方对此表示担忧; 秦刚表示，中方不接受…) is the
        speaker's own office, as ONTOLOGY.md makes the speaker the actor."""
        if len(source) != 1 or "-" in source[0] or not sent.speaker or not sent.spoken(tm.start):
            return source
        own = [c for c in sent.speaker if c.split("-")[0] == source[0] and "-" in c]
        sided = any(a.codes == source and a.text.endswith("方") for a in sent.actors if clause[0] <= a.start < tm.start)
        return own if len(own) == 1 and sided else source

    @staticmethod
    def _watched(sent: _Sent, tm: TriggerMatch, watch_end: int, own: set[str], state: _DocState) -> list[str]:
        """The side a force sent to watch or respond (派遣兵力严密监控应处, 出动战斗机进行应对) is aimed at:
        the other state's actors it is sent to watch (派出舰艇，对土方船队进行监视; 监控共军动态), else those
        named before it in the sentence (共机…活动，国军…监控应处), else those of the last act told (对此:
        the act it answers)."""
        def others(start: int, end: int) -> list[str]:
            return _unique([c for a in sent.actors if start <= a.start and a.end <= end and a.start not in sent.places
                            and not _inside(a.start, sent.settings) for c in a.codes if c.split("-")[0] not in own])
        return others(tm.end, _clause_end(sent.match_text, watch_end)) or others(0, tm.start) or _others(state.last_act, own)

    @staticmethod
    def _fired_at(sent: _Sent, tm: TriggerMatch, own: set[str]) -> list[str]:
        """向以色列发射, 向泰国境内发射: a launch at another state itself (not at a sea or area off it,
        向台湾东部外海) is an attack on that state."""
        for a in sent.actors:
            if a.kind == "country" and sent.match_text.endswith("向", 0, a.start) and \
                    _FIRED_INTO.fullmatch(sent.match_text, a.end, tm.start) and not _countries(a.codes) & own:
                return a.codes
        return []

    def _aimed_by_place(self, sent: _Sent, clause: tuple[int, int], own: set[str], objects_only: bool = False) -> list[str]:
        """A show of force at a place another state holds or claims (台岛周边, 钓鱼岛, 北方界线附近,
        日本领空, 在波兰) is aimed at that state: the place's states other than the actor's own, when
        they are one."""
        before, after = self.lex.cue("force_place_before"), self.lex.cue("force_place_after")
        # after the actor, if named in the clause: 出席在立陶宛举行的会议前就朝鲜发射… is not at Lithuania
        begin = max([a.end for a in sent.actors if clause[0] <= a.start < clause[1] and _countries(a.codes) & own],
                    default=clause[0])
        aimed: set[str] = set()
        for start, end, codes, contested in self.actors.place_parties(sent.text[begin:clause[1]]):
            start, end = start + begin, end + begin
            if objects_only:
                if not _AIMED_AT.search(sent.match_text, max(0, start - 10), start):
                    continue  # 在巴格达发动空袭: where an attack is, not at whom (对加沙地带: at whom)
            elif not (contested or _next_to(sent.match_text, start, end, before, after)):
                continue  # 美国的盟友, (北京时间): a name, not where the act is
            others = set(codes) - own
            if contested and len(others) > 1 and (claimant := self.actors.outsiders_aim(sent.text[start:end])):
                others = {claimant}  # a foreign warship through the Taiwan Strait: aimed at China
            aimed |= others
        return sorted(aimed) if len(aimed) == 1 else []

    def _host(self, sent: _Sent, clause: tuple[int, int], own: set[str]) -> str | None:
        """The one other state a clause sends forces into (向哈萨克斯坦派遣, 部署至日本, 在白俄罗斯境内
        部署), not to its borders or waters (向乌克兰边境增派): the deployment's partner."""
        cue, text = self.lex.cue, sent.match_text
        hosts = {codes[0] for start, end, codes, contested in self.actors.place_parties(sent.text[clause[0]:clause[1]])
                 if not contested and codes[0] not in own and self.actors.is_country(codes[0])
                 and (cue("host_before").search(text, max(0, clause[0] + start - 2), clause[0] + start)
                      and not cue("host_near").match(text, clause[0] + end)
                      or cue("host_inside").search(text, max(0, clause[0] + start - 1), clause[0] + start)
                      and cue("host_after").match(text, clause[0] + end))}
        return hosts.pop() if len(hosts) == 1 else None

    # ---- roles --------------------------------------------------------------------------------
    def _nominal_object(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """对美菲联合演习表示关切, 对会晤成果表示欢迎: an act named as the object of another, right
        after 对/针对 (+ actors); 美韩联合演习是对朝鲜的挑衅: an act named as the subject of a judgement;
        尚未收到菲方任何正式要求: a request received."""
        if tm.trigger.type == "REQUEST" and self.lex.cue("received").search(sent.match_text, clause[0], tm.start):
            return True
        if _OPENING_TOPIC.fullmatch(sent.match_text, clause[0], min(len(sent.match_text), clause[1] + 1)) and \
                not _STANCE_TAKEN.search(sent.match_text, clause[0], tm.start) and \
                not any(t.date and clause[0] <= t.start < clause[1] for t in sent.times):
            return True  # 对于美国和巴新签署防务协议，…表示: the act the sentence answers, told before (对于北韩昨日试射…, dated, is told here)
        judged = self.lex.cue("judged")
        gap = _ADVERBS.match(sent.match_text, tm.end, tm.end + 2).end() - tm.end  # adverbs, not a name
        dated = _DATED_BY.match(sent.match_text, tm.end + gap)  # 上一次…会晤是在2017年9月
        if tm.end - tm.start <= 6 and not dated and tm.trigger.target != "subject" and \
                any(judged.match(sent.match_text, tm.end + k) for k in range(gap + 1)):  # not 不应损害: a modal
            return True
        m = _REACTION_TO.search(sent.match_text, clause[0], tm.start)
        if not m or not _REACTION_AFTER.match(sent.match_text, tm.end) or _CONJOINED.match(sent.match_text, tm.end):
            return False  # 对其采取管控措施并予以驱离: two acts done to it, not a reaction to one
        start = m.start(1)
        rest = _DONE_BEFORE.sub("", self._blank_actors(sent, start, tm.start).replace("□", ""))
        return len(rest) <= 2  # 对美菲联合演习, 对朝鲜进行的核试验: the act itself, named

    @staticmethod
    def _stance_in_object(sent: _Sent, tm: TriggerMatch, clause: tuple[int, int], triggers: list[TriggerMatch]) -> bool:
        """对安倍演说未就慰安妇问题道歉深感遗憾: a stance inside what another stance right after it is about
        (the apology not made is what is deplored), not the reacting side's."""
        return tm.trigger.type in _STANCES and \
            any(t.start == tm.end and t.trigger.type in _STANCES for t in triggers) and \
            bool(_GOVERNING.search(sent.match_text, clause[0], tm.start))

    def _doer_of_named_act(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> list[str]:
        """An act of force named as what a reaction or talks are about (对朝方…进行发射表示遗憾, 就朝鲜核试验
        问题交换了意见) or as someone's (朝鲜的发射“极其令人遗憾”) is done by that actor, whoever reacts;
        so is a joint act a reaction is about (对中俄…进行联合飞行等军事合作表示关切)."""
        if tm.trigger.type not in _REPORTED_FORCE:
            return self._reacted_to(sent, tm, clause) if tm.trigger.joint else []
        topic = sent.topic_at(tm.start)
        if topic:  # 双方就朝鲜核试验问题交换了意见: the test is the DPRK's
            return next((a.codes for a in sent.actors if topic[0] <= a.start and a.end <= tm.start), [])
        owner = self._owner(sent, tm, clause)
        if owner:
            return owner.codes
        return self._reacted_to(sent, tm, clause)

    @staticmethod
    def _reacted_to(sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> list[str]:
        """The actor right after the 对/就 that opens the object of a reaction the act lies in."""
        opening = _ABOUT.search(sent.match_text, clause[0], tm.start)
        if not opening or not _REACTION_AFTER.match(sent.match_text, tm.end):
            return []
        start = opening.start(1)
        return next((a.codes for a in sent.actors if a.start == start), [])

    def _owner(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> ActorMention | None:
        """The actor whose act of force is named (朝鲜的发射, 朝鲜的导弹试射), not one it is aimed at
        (针对伊朗的反击)."""
        owner = next((a for a in reversed(sent.actors) if clause[0] <= a.start and a.end <= tm.start), None)
        if owner and self.lex.cue("owned_act").fullmatch(sent.match_text, owner.end, tm.start) and \
                not _AIMED_AT.search(sent.match_text, clause[0], owner.start):
            return owner
        return None

    def _perceived_in(self, sent: _Sent, start: int, end: int) -> re.Match[str] | None:
        """A word of seeing or tracking (掌握, 发现) after a side named in `start:end`: the sides after it
        were seen, and the clauses that follow go on with the side that saw them."""
        seen = self.lex.cue("perceived").search(sent.match_text, start, end)
        return seen if seen and sent.subjects(start, seen.start()) else None

    def _wished(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """他希望两年内美军撤出菲律宾: an act of someone named after a wish is wished for, not done."""
        wish = self.lex.cue("wish").search(sent.match_text, clause[0], tm.start)
        return bool(wish) and any(wish.end() <= a.start < tm.start for a in sent.actors)

    def _discussed(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """讨论…合作的方式 / 探讨加强…合作: an act named as a topic of talks, not done."""
        cue, text = self.lex.cue("discussion"), sent.match_text
        if (opened := cue.search(text, clause[0], tm.start)) and tm.trigger.type in _REPORTED_FORCE and \
                sent.day_told(opened.end(), tm.start):
            return False  # 讨论以色列9日对多哈的空袭: an attack with its own day, told as done
        return bool(opened) or bool(
            cue.match(text, tm.end) or self.lex.cue("discussed_as").match(text, tm.end) or _WAY_OF.match(text, tm.end))

    def _anaphora(self, text: str, state: _DocState, speaker: list[str] | None = None,
                  setting: list[str] | None = None) -> list[str]:
        """双方/两国: the states of the setting clause before it (X访问Y期间，两国…), else the last joint
        act's actors; 他/她: the speaker whose words these are (X称，他已…),
        else the last subject or, failing one, the person last named; 决议/联合声明 as a subject: the
        last subject, its author; 我们 in a press-conference answer: the spokesperson's side."""
        if state.turn == "answer" and self.lex.cue("first_person").search(text):
            return state.host
        if group := self.lex.cue("group_anaphora").search(text):
            pair = self._people_pair(state) if _whole(self.lex.cue("people_pair"), group.group()) else []
            return self._in_office(pair or setting or state.group or self._pair_told(state),
                                   text[group.start():group.start() + 7])
        if self.lex.cue("person_anaphora").match(text.lstrip("，, ")):
            return speaker or self._last_subject(state) or self._last_person(state)
        if self.lex.cue("document_subject").match(text):
            # 决议谴责…: the council that adopted it; 联合声明还…: the parties of the last joint act
            return state.group if "联合" in text and state.group else self._last_subject(state)
        return []

    @staticmethod
    def _own_side_should(sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """韩国国防部长官说，…，韩国应立即对其进行先发制人的打击: a speaker's own side "should" act is what it
        means to do, not a request; the act after it is coded."""
        if tm.trigger.target != "subject" or not sent.speaker or not sent.spoken(tm.start):
            return False
        named = [a for a in sent.actors if clause[0] <= a.start < tm.start]
        return bool(named) and _countries(named[-1].codes) <= _countries(sent.speaker)

    @staticmethod
    def _pair_before(sent: _Sent, pos: int, own: set[str]) -> list[str]:
        """The last two states named together before `pos`, in one word (对俄朝批准条约表示关切) or joined
        (以色列与伊朗的停火), the speaker's own not among them."""
        named = [a for a in sent.actors if a.end <= pos]
        for i in range(len(named) - 1, -1, -1):
            codes = named[i].codes
            if len(_countries(codes)) != 2 and i + 1 < len(named) and \
                    _PAIR_JOINED.fullmatch(sent.match_text, named[i].end, named[i + 1].start):
                codes = codes + named[i + 1].codes
            if len(_countries(codes)) == 2 and not _countries(codes) & own:
                return codes
        return []

    def _in_office(self, codes: list[str], words: str) -> list[str]:
        """两国外长, 两国元首, 两军 (`words`: the group word and what follows it): the states of the group, in
        the sector of the office or force named (the last joint act may have been their firms' or ministers')."""
        sector = "MIL" if words.startswith("军", 1) else \
            next(filter(None, (self.actors.title_sector(words[2:2 + n]) for n in (5, 4, 3, 2))), None)
        if not sector:
            return codes
        return _unique([f"{c.split('-')[0]}-{sector}" if self.actors.is_country(c) else c for c in codes])

    def _people_pair(self, state: _DocState) -> list[str]:
        """两人: the last person named and the last one of another state before him (…文在寅与金正恩
        紧急会面。两人在板门店…), from the sentences not read yet since the last one coded, newest first,
        then from the coded ones."""
        people: list[ActorMention] = []
        unread, state.pending = state.pending, state.pending[:state.person_cut]  # reading them may ask again
        for text, match_text, when, masked, speech in reversed(unread[state.person_cut:]):
            people += reversed(self._people(self._read(text, match_text, [], when, state, masked, speech)))
        state.pending = unread
        people += reversed(state.people)
        if not people:
            return []
        other = next((a for a in people if not _countries(a.codes) & _countries(people[0].codes)), None)
        return _unique(other.codes + people[0].codes) if other else []

    def _pair_told(self, state: _DocState) -> list[str]:
        """双方 with no joint act told yet: the states the story is about, named together in the latest
        of the last few sentences or the headline that names some (中韩就“萨德”问题达成共识)."""
        for text in reversed(state.told):
            found = self.actors.find(text)
            named = [a.codes for a in found if a.kind == "compound" and len(_countries(a.codes)) >= 2] + \
                [a.codes + b.codes for a, b in pairwise(found) if _PAIR_GLUE_WORD.fullmatch(text, a.end, b.start)
                 and len(_countries(a.codes + b.codes)) == 2]
            if named:
                return named[-1]
        return []

    def _named_for_count(self, sent: _Sent, word: str, end: int, anaphor: list[str]) -> list[str]:
        """两国/双方/三方 inside a sentence that has already named that many other parties before `end`
        than the last joint act's: those (李克强为辛格举行欢迎仪式，随后两国总理举行会谈; but 他在访美前…
        与石破茂举行会谈，双方…: a place visited is no party; 两国 are states, not 东盟)."""
        size = _GROUP_SIZES.get(word[:1])
        if not size:
            return []
        text = sent.match_text
        named = _most_specific(_unique([
            c for a in sent.actors if a.end <= end and not _inside(a.start, sent.titles)
            and not text[:a.start].endswith(_DESTINATIONS + _VISITED + _DEPARTURES) and not _TRIP.match(text, a.end)
            for c in a.codes if "国" not in word or self.actors.is_country(c)]))
        states = _countries(named)
        return named if len(states) == size and states != _countries(anaphor) else []

    @staticmethod
    def _list_end(sent: _Sent, candidates: list[ActorMention], index: int) -> int:
        """The index of the last actor of the list (joined by 、, 和) that begins with candidates[index]."""
        while index + 1 < len(candidates) and _LIST_GLUE.match(sent.match_text[candidates[index].end:candidates[index + 1].start]):
            index += 1
        return index

    def _group_at(self, sent: _Sent, candidates: list[ActorMention], index: int) -> list[ActorMention]:
        """The list of actors (joined by 、) that ends with candidates[index]."""
        group = [candidates[index]]
        for a in reversed(candidates[:index]):
            if _LIST_GLUE.match(sent.match_text[a.end:group[0].start]):
                group.insert(0, a)
            else:
                break
        return group

    def _first_subject(self, sent: _Sent, state: _DocState) -> list[str]:
        """The sentence's main subject: its first actor group that is not an object (向X, 对X)."""
        candidates = sent.subjects(0, len(sent.text))
        head = max([t.end for t in sent.times if t.start <= 1], default=0)  # 25日，双方…
        while head < len(sent.text) and sent.match_text[head] in "，, ":
            head += 1
        # 双方同意…，并呼吁朝鲜…; 决议谴责朝鲜…; 他5日出席中国国际进口博览会…: the pair, the council, he
        if not (candidates and candidates[0].start <= head):
            lead = head if self._refers_back(sent.match_text[head:]) else 0 if head and self._refers_back(sent.match_text) else None
            if lead is not None:
                opening = self.lex.cue("document_opening").match(sent.match_text, lead)
                return self._anaphora(opening.group() if opening else sent.match_text[lead:lead + 6], state)
        if state.turn == "answer" and self.lex.cue("first_person").search(
                sent.match_text, 0, candidates[0].start if candidates else len(sent.text)):
            return state.host  # 我们敦促美方…: the spokesperson's side, not 美方
        for i, a in enumerate(candidates):
            if a.start in sent.objects:
                break  # 约30万人举行游行，抗议以色列…: what is protested; the subject is not named here
            marked = _object_marked(sent.match_text[:a.start]) or _CONNECTED.search(sent.match_text[:a.start])
            if marked and i == 0 and (pronoun := self._anaphora(sent.match_text[:a.start], state)):
                return pronoun  # 他在访美前，于23日与日本首相…: 他, not his counterpart
            if i == 0 and sent.match_text[:a.start].endswith(_DESTINATIONS):
                return []  # 塞塞利亚13日访问所罗门群岛…: where an unknown traveller went, not who went
            if i == 0 or not marked:
                return _unique([c for m in candidates[i:self._list_end(sent, candidates, i) + 1] for c in m.codes])
        return self._anaphora(sent.match_text[:20], state)

    def _told_as_done(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """已 before the trigger in its clause, and no time of the act's own there (已于5日提出抗议 has one),
        nor, outside reported words, before it in the sentence (今年7月发现浮标后，已…提出抗议)."""
        since = clause[0] if sent.spoken(tm.start) else 0
        return self.lex.cue("already_done").search(sent.match_text, clause[0], tm.start) is not None and \
            not any(since <= t.start < tm.end for t in sent.times)

    def _met_before_speaking(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> bool:
        """拜登在特拉维夫与内塔尼亚胡会谈后宣布, 安倍与普京举行会谈时同意: talks with a partner named
        here, told as the time of another act, are told for the first time (在会谈中, with nobody
        named, refers back to talks told before)."""
        return tm.trigger.type == "CONSULT" and _AFTERWARDS.match(sent.match_text, tm.end) is not None and \
            not _ATTENDING.match(sent.match_text, tm.start) and \
            (_partner_joined(sent, clause[0], tm.start) or any(len(a.codes) > 1 for a in sent.candidates(clause[0], tm.start)))

    def _passive(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int],
                 state: _DocState) -> tuple[list[str], list[str]] | None:
        """X被Y依法审查, X遭到Y的制裁: Y does the act to X (the subject before 被, in this sentence)."""
        # the trigger may open with its marker (遭南韩男子…袭击): the agent is inside it
        marker = _PASSIVE_OPENING.match(sent.match_text, tm.start) or _PASSIVE.search(sent.match_text, clause[0], tm.start) or \
            tm.trigger.type == "CONSULT" and _RECEIVED_BY.search(sent.match_text, clause[0], tm.start) or \
            tm.trigger.type in _HARM and (m := _SUFFERED.search(sent.match_text, clause[0], tm.start)) and \
            any(a.start == m.end() for a in sent.actors) and m  # 遭以色列空袭: force suffered from whoever is named
        if not marker:
            return None
        agents = sent.candidates(marker.end(), tm.end if marker.start() == tm.start else tm.start)
        if not agents or agents[0].start != marker.end():
            # 美军据点遭无人机袭击，…“伊拉克伊斯兰抵抗组织”宣称对此负责: the one claiming it attacked
            claim = self.lex.cue("claimed_by").search(sent.match_text, tm.end) if tm.trigger.type in _HARM else None
            claimant = next((a for a in reversed(sent.actors) if tm.end <= a.start
                             and a.end <= claim.start() <= a.end + 1), None) if claim else None  # right before the claim
            victims = self._subject_before(sent, marker.start(), state) if claimant else []
            if claimant and victims:
                return _unique(claimant.codes), victims
            suffered = tm.trigger.type == "ASSAULT" and marker.group().startswith("遭") or re.fullmatch(_DREW, marker.group())
            if suffered:
                return [], []  # 别尔哥罗德州遭到无人机袭击, 此举招致人权组织批评: no one named did it
            if tm.trigger.type in _HARM and sent.subject and all(c.endswith("-MIL") for c in sent.subject) and \
                    (victims := self._subject_before(sent, marker.start(), state)) and not set(sent.subject) & set(victims) and \
                    _countries(sent.subject) == _countries(victims) and \
                    any(a.start < marker.start() and set(a.codes) <= set(sent.subject) for a in sent.actors):
                # 加蓬军官…宣布…，邦戈随即遭到软禁: his own state's forces, the sentence's subject, did it
                return sent.subject, victims
            return None
        source = _unique([c for a in self._first_group(sent, agents) for c in a.codes])
        # 遭以色列空袭的叙利亚东部…设施: the one the relative clause describes, or the state whose ground it is
        victim = next((a.codes for a in self.actors.find(sent.text[tm.end + 1:tm.end + 12]) if a.start == 0), []) \
            if sent.match_text.startswith("的", tm.end) else []
        target = _others(victim or self._subject_before(sent, marker.start(), state), _countries(source))
        return (source, _unique(target)) if target else None  # 孟晚舟…被加拿大警方逮捕: whom is left to the usual rules

    def _subject_before(self, sent: _Sent, pos: int, state: _DocState, start: int = 0) -> list[str]:
        """The nearest actor group before `pos` that is not an object (向X, 对X, 将X) nor a topic.

        `A与B…`: when the nearest group follows a connector, the subject is the group before it,
        or none in this span (the subject was given earlier: 将与北约扩大…)."""
        candidates = sent.subjects(start, pos)
        if not candidates:
            region = sent.match_text[start:pos]
            # 特朗普表示，他将…: 他 in someone's words is the speaker; 盖茨正在北京访问，他将…: the
            # sentence's own subject
            return self._anaphora(region, state, sent.speaker if sent.spoken(start) else
                                  sent.subject if start > 0 else None, _setting_states(sent, start)) if region else []
        text = sent.match_text
        objects: set[int] = set()
        if _OBJECT_PHRASE.match(text, start, candidates[0].start) and sent.topic_at(pos) is None:
            return []  # 对两名协助朝鲜的俄罗斯公民实施制裁: the clause opens with its object
        governed = False  # inside a phrase opened by 对/向 (对日方…撞沉台湾渔船的行为表示不满): all of it is the object
        for i, a in enumerate(candidates):
            marked = _object_marked(text[start:a.start]) if i == 0 else _object_marked(text[:a.start])
            listed = i > 0 and i - 1 in objects and _LIST_GLUE.match(text[candidates[i - 1].end:a.start])
            if marked or listed or governed:
                objects.add(i)  # 对法国、塞尔维亚和匈牙利: the whole list is the object
            governed = governed or marked and bool(_GOVERNING.search(text[:a.start].rstrip("「“\"『")))
        subjects = [i for i in range(len(candidates)) if i not in objects]
        if not subjects:
            return []
        group = self._group_at(sent, candidates, subjects[-1])
        if _CONNECTED.search(text[:group[0].start]):
            earlier = [i for i in subjects if candidates[i].end <= group[0].start]
            if not earlier:
                return []
            group = self._group_at(sent, candidates, earlier[-1])
        return _unique([c for a in group for c in a.codes])

    def _roles(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int],
               state: _DocState) -> tuple[list[str], list[str], bool]:
        """Source and target codes, and whether a partner was named with the act (A与B…)."""
        text, trig = sent.match_text, tm.trigger
        if sent.previous_act and sent.previous_act[1] == trig.type and _NEXT_ITEM.fullmatch(text, sent.previous_act[0], tm.start) \
                and not self._perceived_in(sent, sent.clause_of(sent.previous_act[0] - 1)[0], sent.previous_act[0]) \
                and not any(a.start == tm.end + text.startswith("了", tm.end) for a in sent.actors):
            # 停止台菲高层交流、停止台菲渔业合作会谈: one list, one actor; but 并批评俄罗斯 names its own
            return sent.previous_act[2], sent.previous_act[3], False
        before = sent.candidates(clause[0], tm.start)
        region = self._blank_actors(sent, clause[0], tm.start)
        doer = self._doer_of_named_act(sent, tm, clause)
        if not doer and trig.joint and tm.start > clause[0] and (
                pair := next((a for a in before if a.end == tm.start and a.kind == "compound"), None)):
            doer = pair.codes  # 对美韩联合演习采取对抗措施: the exercise is the pair's, not the one who answers it
        if doer:  # 中方对朝方…进行发射表示遗憾, 朝鲜的发射: the launch is the DPRK's, not China's
            return doer, [], False
        passive = self._passive(sent, tm, clause, state)
        if passive:
            return passive[0], passive[1], False
        source = self._subject_before(sent, tm.start, state, clause[0])
        own_subject = bool(source)
        group_word = self.lex.cue("group_anaphora").search(region)
        if group_word and group_word.start() > 0 and region[group_word.start() - 1] == "□":
            region = region[:group_word.start()] + "□" * len(group_word.group()) + region[group_word.end():]
            group_word = None  # 韩美两军: the count belongs to the name before it, not an anaphor
        speaking = sent.speaker if sent.spoken(clause[0]) else None
        opener = next(iter(sent.subjects(0, clause[0])), None) if clause[0] > 0 and not speaking else None
        if opener is not None and opener.kind in ("person", "title"):
            speaking = sent.subject  # 拜登结束欧洲之行…，他将…: he is the person the sentence opened with
        anaphor = self._anaphora(region, state, speaking)
        after_connector = _CONNECTED.search(region[:group_word.start()]) if group_word else None
        if anaphor and after_connector:
            anaphor = _others(anaphor, _countries(source))  # 同三国领导人: partners
        elif anaphor and (not source or group_word):
            source = anaphor
        if group_word and source == state.group and len(_countries(sent.subject)) >= 2 and \
                any(a.end <= clause[0] for a in sent.actors):
            source = sent.subject  # 美国和韩国宣布，两国决定…: the pair just named, not the last act's
        elif group_word and source == anaphor and (named := self._named_for_count(sent, group_word.group(), clause[0], anaphor)):
            source = named  # 李克强为辛格举行欢迎仪式，随后两国总理举行会谈: the two just named
        # A与B TRIGGER: B is a partner; 向X / 对X / 将X before the trigger are objects.
        partners: list[str] = []
        previous = None  # a partner or object; actors listed after it (、) are partners too
        for a in before:
            prefix = text[clause[0]:a.start]
            if prefix.endswith(_DESTINATIONS) and trig.mode != "visit" or prefix.endswith(_DEPARTURES):
                previous = None
                continue  # 赴加拿大出席七国集团峰会: where the act happens, not who takes part
            if _object_marked(prefix) or _CONNECTED.search(prefix) or \
                    previous is not None and _LIST_GLUE.match(text[previous.end:a.start]):
                partners += a.codes
                previous = a
            else:
                previous = None
        if anaphor and after_connector:
            partners += anaphor
        partners = [c for c in partners if c not in source]  # 李克强和张德江分别会见…: both hosts, no partner
        topics = [c for a in sent.actors if clause[0] <= a.start < clause[1] and _inside(a.start, sent.titles)
                  and not _inside(tm.start, [t for t in sent.titles if t[0] <= a.start < t[1]]) for c in a.codes]
        if trig.target == "asker":
            # 应X要求，Y召开…: X asks the sentence's subject for the act told
            askers = _unique([c for a in sent.actors if tm.start <= a.start < tm.end for c in a.codes])
            asked = _others(sent.subject, _countries(askers))
            return askers, asked, False
        if trig.target == "subject":
            # `X应…` in reported speech: the speaker asks X.
            source = sent.speaker or (state.host if state.turn == "answer" else None) or self._last_subject(state)
            addressees = [c for a in before for c in a.codes]
            return _unique(source), _unique(_others(addressees, _countries(source))), False
        judge = sent.speaker if sent.speaker and sent.spoken(tm.start) else \
            state.host if state.turn == "answer" and not sent.speech else None
        if trig.spoken and judge:
            # X表示，Y严重破坏地区稳定 (or a spokesperson's answer): the speaker judges, and the one judged
            # is the counterpart
            judged = [c for a in before for c in a.codes if c.split("-")[0] not in _countries(judge)]
            if judged:
                source, partners = judge, _unique(judged + partners)
        if not source:
            # a launch or an attack someone reports is done by the subject of the report
            # (联参表示，朝鲜当天…，向东部海域发射了导弹), not by the speaker
            speech_end = sent.speech_end(clause[0])
            if speech_end is not None and speech_end < clause[0] and trig.type in _REPORTED_FORCE:
                seen = self._perceived_in(sent, speech_end, clause[0])
                source = self._subject_before(sent, seen.start() if seen else clause[0], state, speech_end)
        prev = sent.clause_of(clause[0] - 1) if clause[0] > 0 else (0, 0)
        in_words = sent.spoken(tm.start)
        if not source and prev[0] > 0 and (not in_words or (sent.speech_end(clause[0]) or 0) <= prev[0]):
            # a clause with no subject goes on with the previous clause's (日本政府也于28日通过修正案，将韩国…),
            # in someone's words only with an official named (X透露，美国防长将访问日本，并与…会谈: not 中方);
            # an act's object is no subject (欢迎美国提出的方案，并呼吁…), nor a partner (与…通电话，敦促…)
            # nor a trip's destination (展开为期4天的中国正式访问)
            candidates = sent.subjects(prev[0], prev[1])
            first = next((i for i, a in enumerate(candidates)
                          if not _object_marked(sent.match_text[prev[0]:a.start])
                          and not _CONNECTED.search(sent.match_text, prev[0], a.start)
                          and not any(prev[0] <= act < a.start for act in sent.acts)
                          and not (a.kind == "country" and _TRIP.match(sent.match_text, a.end))), None)
            if first is not None and in_words and candidates[first].kind not in ("person", "title"):
                first = None
            # 中国、法国…和美国发表联合声明，承诺…: the whole list goes on
            source = [c for a in self._group_at(sent, candidates, self._list_end(sent, candidates, first)) for c in a.codes] \
                if first is not None else []
        if not source:
            # a sentence going on with an earlier speaker's words may name its own subject (双方决定，…)
            speaker = sent.speaker if sent.spoken(tm.start) and not (sent.continued and sent.subject) else []
            source = speaker or sent.subject or self._last_subject(state)
        # an act named inside a topic (就日方出口管制措施…) has its counterparts inside it, if any
        topic = sent.topic_at(tm.start)
        topic_end = topic[1] if topic and topic[1] < clause[1] else None
        objects: list[str] = []
        # 双方确认将加强对朝施压, 美韩举行针对朝鲜的联合演习: the pair acts together; who it is about is no party
        pair = trig.type in _SYMMETRIC and trig.target == "with" and len(_countries(source)) >= 2
        anaphor_after = self.lex.cue("group_anaphora").match(text, tm.end + text.startswith("了", tm.end))  # 会见了两国外长
        if trig.target != "none" and not (trig.target == "with" and partners) and not (trig.spoken and partners) and not pair:
            named_after = sent.candidates(tm.start, topic_end or clause[1])
            after = [a for a in named_after
                     if not (trig.topic_inside and a.start < tm.end)  # 共享朝鲜导弹数据: what, not with whom
                     and not (trig.content == "planned" and _object_marked(text[:a.start]))  # 同意对俄制裁
                     and not _served(text, a, named_after)]
            own = _countries(source)
            group_after = self._first_group(sent, _counterparts_named(text, after, own, tm))
            if anaphor_after and not partners and trig.type in _STANCES and \
                    _whole(self.lex.cue("pair_words"), anaphor_after.group()) and \
                    (told := self._pair_before(sent, tm.start, own) or _others(state.group, own)):
                group_after = []  # 敦促两国立即停止违反安理会决议的…: the pair just told is asked; the rest is what
                objects = told
            elif not group_after and anaphor_after and not partners and trig.type == "CONSULT":  # 会见了两国外长
                objects = _others(state.group, own)
            elif not group_after and self.lex.cue("related_parties").match(text, tm.end):
                # 有关各方: the parties of the last joint act, else of the act just reported
                objects = _others(state.group or state.last_act, _countries(source))
            elif not group_after and not partners and trig.type in ("REQUEST", "SUPPORT", "ACCUSE") \
                    and clause[1] - tm.end <= 2:
                nxt = [a for a in sent.actors if a.start > clause[1]]
                if nxt:
                    bound = sent.clause_of(nxt[0].start)[1]
                    group_after = self._first_group(sent, [a for a in nxt if a.start < bound])
            objects += [c for a in group_after for c in a.codes]
        if self.lex.cue("invited_pronoun").match(text, tm.start):  # 致信金正恩，邀请他出席…峰会: him, not the summit's hosts
            invitee = next((a for a in reversed(sent.actors) if a.end <= tm.start and a.kind in ("person", "title")
                            and _countries(a.codes) - _countries(source)), None)
            objects = invitee.codes if invitee else objects
        trip = trig.mode == "visit" or trig.calls_off and self.lex.cue("trip_words").search(tm.text)
        if trip and not _countries(objects) - _countries(source) and \
                not (objects and any(a.start == tm.end for a in sent.actors)):
            # 前往华盛顿进行国事访问, 取消了原定的访日行程: inside the words too; 访问广岛的在任美国总统: where,
            # not who (but 前往美军横须贺基地 goes to its own forces)
            objects = self._destinations(sent, tm.start, clause[1]) or \
                [c for a in sent.actors if tm.start <= a.start < tm.end and a.kind == "country" for c in a.codes]
        src_countries = _countries(source)
        target = [c for c in partners + objects + topics if c not in source
                  and not (c.split("-")[0] in src_countries and c.split("-")[0] == c)]
        last_act = _others(state.last_act, src_countries)
        # 要求安理会召开紧急会议，安理会将于4日举行会议: talks held by the one just asked have no partner in
        # the asking (就此: on the matter)
        held_alone = trig.type == "CONSULT" and own_subject and \
            any(kind == "REQUEST" and _countries(asked) == _countries(source) for kind, _, asked in sent.aimed)
        # 就此举行紧急磋商: talks on the matter, with no partner in it
        if not target and not held_alone and (trig.type != "CONSULT" and self.lex.cue("reaction_anaphora").search(text, clause[0], tm.start)
                           or self.lex.cue("demonstrative_object").search(text, clause[0], clause[1])
                           or any(clause[0] <= p < tm.start for p in sent.named_acts)):
            # 对此, 对会晤表示欢迎: what the sentence told before, else the act reported last
            target = self._fallback_targets(sent, tm, source, later=False) or last_act
        if not target and (pair_word := self.lex.cue("group_anaphora").search(tm.text)) and sent.previous_act and \
                not _whole(self.lex.cue("people_pair"), pair_word.group()) and \
                (doer := _others(sent.previous_act[2], src_countries)) and len(_countries(doer)) == 1:
            # 美国宣布向台湾出售武器，中方随即暂停了两军交流: the pair is China and the seller, not its client
            target = self._in_office(doer, tm.text[pair_word.start():pair_word.start() + 7])
        if not target and trig.target != "none" and not topic_end and not held_alone and \
                not (trig.type in _SYMMETRIC and len(_countries(source)) > 1):
            target = self._fallback_targets(sent, tm, source, later=trig.needs_target or trig.later_targets)
        if not target and trig.mode in ("summit", "meeting") and _SUMMIT_NAMED.search(tm.text) and \
                all(self.actors.is_country(c.split("-")[0]) for c in source) and \
                not any(tm.start <= a.start < tm.end for a in sent.actors):
            target = state.summit_of  # 没有出席峰会，由副总统率团与会: the summit told last
        if target and self.lex.cue("lawsuit").search(tm.text) and all(map(self._forum, target)):
            # 就日方出口管制措施向世贸组织提起诉讼: at Japan, named elsewhere in the sentence or told before
            target = [c for a in sent.actors if not self._forum(a.codes[0]) for c in a.codes
                      if c.split("-")[0] not in src_countries] or \
                _others(state.last_act, src_countries) or target
        if trig.type == "ACCUSE" and self.lex.cue("council_resolution").search(text, tm.start, tm.end):
            target = [c for c in target if c != "UNSC"]  # 违反了安理会第1718号决议: the violator is accused, not the council
        if trig.type == "ACCUSE" and target:
            target = self._accused(sent, tm, clause, target, src_countries, state)
        if not target and trig.needs_target:
            target = self._reaction_target(text, clause[0], tm, src_countries, state)
        if not target and trig.type == "THREATEN":  # 对此表示谴责，并称将采取坚决措施: at the one condemned
            target = next((t for _, s, t in reversed(sent.aimed) if _countries(s) == src_countries and t), [])
        if not target and (trig.type in _HAS_VICTIM or "MOBILIZE" in (trig.type, trig.solo_type) and self.lex.cue("in_response").search(text)):
            # 朝方又放飞了约720个气球, 进行海上射击训练作为回应: at the other side of the story
            target = _others(state.last_act, src_countries)
        if not target and trig.target != "none" and anaphor_after and anaphor_after.group() != "各方" and \
                not src_countries & _countries(state.group):
            target = state.group  # 欢迎协议签署，并呼吁双方…: the parties just told, the speaker not one of them
        if not target and trig.mode == "press":  # 在会后的联合记者会上: with the other side of the talks
            target = _others(state.group, src_countries)
        nominal = text[tm.start - 1:tm.start] == "的" or text.startswith("的", tm.end)  # 得到…的支持
        if not target and (trig.needs_target and (own_subject and not nominal or trig.type in _REACTIONS and source == sent.speaker) or trig.reacts):
            # X's reaction naming nothing (发表声明予以强烈谴责, 朝鲜否认与此事有关): to the act just
            # reported, else to whoever spoke last (调查团称…被朝鲜鱼雷击沉。朝鲜否认…); an answer to what the
            # sentence opens with (对于两岸的抗议，菲律宾外长回应说) to the actors named there
            opening = _OPENING_TOPIC.match(text) if trig.reacts else None
            answered = [c for a in sent.actors if opening and a.end <= opening.end() for c in a.codes]
            target = _others(answered, src_countries) or last_act or _others(self._last_subject(state), src_countries)
        return _unique(source), _unique(target), bool(partners)

    def _accused(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int], target: list[str],
                 src_countries: set[str], state: _DocState) -> list[str]:
        """谴责对乌克兰…发动的攻击, 炮击韩国岛屿的一方应承担责任: the one attacked is not the one
        accused; the attacker is, the side that used force last in the story."""
        victims = {c.split("-")[0] for a in sent.actors if clause[0] <= a.start < clause[1]
                   and self.lex.cue("victim_after").match(sent.match_text, a.end)
                   and (sent.match_text.endswith("对", 0, a.start) or self.lex.cue("victim_before").search(sent.match_text, max(0, a.start - 3), a.start))
                   for c in a.codes}
        if not victims:
            return target
        kept = _others(target, victims)
        attacker = _others(state.last_force, victims | src_countries)
        return _unique(kept + attacker)

    def _reaction_target(self, text: str, start: int, tm: TriggerMatch, src_countries: set[str],
                         state: _DocState) -> list[str]:
        """A reaction naming no actor: to a document, its author (对决议获得通过表示欢迎 -> the
        council); the same reaction again (韩国当天也表示欢迎), where the last one was aimed."""
        document = self.lex.cue("document_object").search(text, start, tm.start)
        after = self.lex.cue("document_after").match(text, tm.end)
        if document and document.group(3) in state.authors:
            aimed = state.authors[document.group(3)]
        elif after and after.group(1) in state.authors:
            aimed = state.authors[after.group(1)]
        elif self.lex.cue("same_again").search(text, max(start, tm.start - 3), tm.start) and \
                state.last_reaction and state.last_reaction[0] == tm.trigger.type:
            aimed = state.last_reaction[1]
        else:
            return []
        return _others(aimed, src_countries)

    def _blank_actors(self, sent: _Sent, start: int, end: int) -> str:
        """The text of [start, end) with actor names and settings blanked, so 两国 in 美韩两国 and
        三方 in 在三方会晤前 are no anaphors."""
        chars = list(sent.match_text[start:end])
        # a title of no one named (两国元首) stays: it says which office the group acts through
        for a, b in [(a.start, a.end) for a in sent.actors if a.codes or a.kind != "title"] + sent.settings:
            for i in range(max(a, start), min(b, end)):
                chars[i - start] = "□"
        return "".join(chars)

    def _destinations(self, sent: _Sent, start: int, end: int) -> list[str]:
        """The countries of the places a trip goes to: the first city after the trigger and those
        listed with it (访问北京和东京: China, then Japan)."""
        places = [(s, e, place.rsplit("/", 1)[1]) for s, e, place in self.actors.place(sent.text)
                  if start <= s < end and "/" in place]
        listed = places[:1]
        for s, e, code in places[1:]:
            if not _LIST_GLUE.match(sent.match_text[listed[-1][1]:s]):
                break
            listed.append((s, e, code))
        return _unique([code for _, _, code in listed])

    def _first_group(self, sent: _Sent, actors: list[ActorMention]) -> list[ActorMention]:
        if not actors:
            return []
        group = [actors[0]]
        for a in actors[1:]:
            if _LIST_GLUE.match(sent.match_text[group[-1].end:a.start]) or a.start < group[-1].end + 12 and \
                    _inside(a.start, sent.quoted):
                group.append(a)
            else:
                break
        return group

    def _fallback_targets(self, sent: _Sent, tm: TriggerMatch, source: list[str], later: bool) -> list[str]:
        """An act with no counterpart in its clause: the other actors of the sentence, earlier
        first; later clauses only for acts that need a counterpart (针对X…，…谴责)."""
        own = _countries(source)
        src = set(own)
        if sent.said_before(tm.start):
            src |= _countries(sent.speaker)  # in reported speech the speaker is not the counterpart
        clause = sent.clause_of(tm.start)
        others = [a for a in sent.actors if not (tm.start <= a.start < tm.end) and not _inside(a.start, sent.settings)
                  and (later or a.start < tm.start)
                  and not (a.start in sent.places and not clause[0] <= a.start < clause[1])]  # 在老挝会面，同意…: where they met
        if tm.trigger.type in ("CONSULT", "AGREE"):  # 召开峰会，同意对俄实施制裁: Russia is no participant;
            # 在沙特吉达签署: nor is where an agreement is signed (but 在贝里斯与总理…会谈: whom one meets there)
            others = [a for a in others if (a.start < tm.start or not _object_marked(sent.match_text[:a.start]))
                      and not (tm.trigger.type == "AGREE" and a.start in sent.places)]
        if tm.trigger.type == "CONSULT":  # 举行峰会，讨论在安理会决议基础上…: what they discuss, not who meets
            others = [a for a in others if a.start < tm.end or not _DISCUSSED.match(sent.match_text, sent.clause_of(a.start)[0])]
            if own and not any(self.actors.is_country(c) for c in own):
                # 西共体举行特别峰会，决定暂停几内亚的成员资格: a body's own meeting is of its members; the
                # state its decisions are about is no party to it, unless met (与出席会议的缅甸…) or the host (由日本…主持)
                others = [a for a in others if a.start < tm.start or sent.match_text.endswith(_MET_OR_HOST, 0, a.start)]
        if tm.trigger.type in _SYMMETRIC:  # 安理会就叙利亚局势举行磋商: what the talks are about, not a party
            others = [a for a in others if not sent.topic_at(a.start)]
        # 向X…，要求…: an addressee marked earlier in the sentence comes first, even of the source's country
        addressed = [c for a in others if a.start < tm.start and _object_marked(sent.match_text[:a.start])
                     for c in a.codes if c not in source and c not in own]
        if tm.trigger.type == "ACCUSE" and any(c.split("-")[0] not in src for a in others for c in a.codes):
            # 对于美方…、对中国企业进行封锁，中方坚决反对: one's own firms are the victims, not the accused
            addressed = _others(addressed, own)
        if addressed:
            return addressed
        others.sort(key=lambda a: (a.start > tm.start, a.start))
        return [c for a in others for c in a.codes if c.split("-")[0] not in src]

    # ---- factuality, date, place --------------------------------------------------------------
    def _factuality(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int]) -> str:
        cue = self.lex.cue
        topic = sent.topic_at(tm.start)
        if topic and topic[0] < tm.start:
            clause = (topic[0], clause[1])  # 将就朝鲜导弹试射举行磋商: the plan is the talks', the test was told
        region = sent.match_text[clause[0]:tm.start]
        if any(clause[0] <= p < tm.start for p in sent.named_acts) and (governed := _GOVERNING.search(region)):
            region = region[:governed.start() + 1]  # 对安倍…未就…道歉深感遗憾: the 未 is in what is deplored
        if cue("negated").search(region[-6:]) or cue("negated_phrase").search(region) or \
                tm.trigger.type == "CONSULT" and (cue("called_off").match(sent.match_text, tm.start) or
                                                  cue("called_off_later").search(sent.match_text, tm.end, tm.end + 4)) or \
                cue("scheduled").search(region) and cue("called_off_later").search(sent.match_text, tm.end):
            return "negated"  # not 取消关税; 原定4日起访问南韩…宣布延后此行
        sentence_head = sent.match_text[:tm.start]
        said = sent.speech_end(clause[0]) or 0
        if cue("hypothetical").search(region) or cue("condition").match(sentence_head) or any(
                said <= c[0] and c[1] <= clause[0] and cue("condition").match(sent.match_text, c[0]) for c in sent.clauses):
            return "hypothetical"  # 表示，如果朝方作出回应，韩方将…举行对话
        if cue("planned_after").match(sent.match_text, tm.end):
            return "planned"
        # a plan's marker may open the trigger itself (拟对…加征关税, 决定终止…); a willingness does
        # too (将与美韩密切合作, 准备…重启谈判), and is said now
        for m in cue("planned").finditer(sent.match_text, clause[0], tm.start + 2):
            if m.start() > tm.start or m.start() == tm.start and m.group(0) not in _PLAN_OPENING:
                break
            if m.group(0) == "将" and (cue("ba_construction").search(sent.match_text, m.end(), m.end() + 24)
                                      or cue("ba_pronoun").match(sent.match_text, m.end())
                                      or any(a.start == m.end() for a in sent.actors)):
                continue  # 将X视为…, 将韩国移出白名单, 将其逮捕: 将 marks the object, not the future
            if m.group(0) == "将" and self._stance_now(sent, tm, m.end()):
                continue  # 菲律宾将站在日本一边, 朝鲜将不再参加六方会谈: a stance stated now
            if _describes_actor(sent, m.end()):
                continue  # 同即将卸任的总理李克强举行会谈: the plan describes the partner, not the act
            if tm.trigger.type in _STANCES and _GOVERNING.search(sent.match_text, clause[0], m.start()):
                continue  # 对澳大利亚决定获取核潜艇表示关切: the plan is in what the stance is about
            if m.group(0) == "决定" and tm.trigger.type in _DECIDED_AT_ONCE:
                continue  # 峰会决定暂停几内亚的成员资格: a measure decided is taken when decided
            return "planned"
        if tm.trigger.type in _STANCES:
            return "asserted"  # 中方将坚定维护…，希望有关方面…: the wish is made now, whatever the clause before
        if clause[0] > 0 and all(_CONNECTED.search(sent.match_text, clause[0], a.start)
                                 for a in sent.candidates(clause[0], tm.start)):
            # 将扩大…，实施…; 将前往维也纳，与蓬佩奥会面: a clause with no subject of its own (a partner is
            # none) continues the previous one's mood,
            # unless the marker there sits inside an object after a past verb (介绍了将于…举行的会议)
            prev = sent.clause_of(clause[0] - 1)
            m = next((m for m in cue("planned").finditer(sent.match_text, prev[0], prev[1])
                      if not _describes_actor(sent, m.end())), None)
            if m and "了" not in sent.match_text[prev[0]:m.start()] and m.group(0) != "将" or \
                    m and m.group(0) == "将" and "了" not in sent.match_text[prev[0]:m.start()] \
                    and not cue("ba_construction").search(sent.match_text, m.end(), m.end() + 14):
                return "planned"
        return "asserted"

    def _stance_now(self, sent: _Sent, tm: TriggerMatch, after_marker: int) -> bool:
        """Support, blame, refusal or a demand said to hold from now on (将始终支持, 将不再受…约束) is
        made when said; one set for a later time (将在本周四…要求), a lawsuit to file or a withdrawal is planned."""
        if tm.trigger.type not in _STANCES or self.lex.cue("concrete_stance").search(sent.match_text, tm.start, tm.end):
            return False
        return not any(after_marker <= t.start < tm.start for t in sent.times)

    def _date(self, sent: _Sent, tm: TriggerMatch, clause: tuple[int, int], state: _DocState,
              factuality: str, actors: set[str], source: set[str]) -> TimeMention | None:
        topic = sent.topic_at(tm.start)
        if topic and topic[0] < tm.start:  # a trigger opening with its own topic (就…问题达成) is the act
            # 就朝鲜发射卫星一事…: an act known through the reaction has only the time given inside
            inside = [t for t in sent.times if topic[0] <= t.start < topic[1]]
            return inside[0] if inside and inside[0].date else None
        if tm.trigger.type in _REPORTED_FORCE and sent.spoken(tm.start) and self._owner(sent, tm, clause):
            return None  # X表示，朝鲜的导弹试射“有害无益”: an act known through the words on it has no day of its own
        in_clause = [t for t in sent.times if clause[0] <= t.start < clause[1]
                     and not (tm.trigger.content and t.start > tm.start)  # 欢迎…明年访问: the content's time
                     and not sent.match_text.startswith("以来", t.end)  # 1949年以来首次: a span's start
                     and not (t.start >= tm.end and _ATTRIBUTIVE.match(sent.match_text, t.end)
                              and not sent.match_text.endswith(("是在", "是于"), 0, t.start))  # …核试验是在2017年9月3日进行的
                     # 今年5月肆虐全球的攻击是北韩所为: a judgement's object described with its own time
                     and not (tm.trigger.type in _JUDGEMENTS and t.end <= tm.start and _ATTRIBUTIVE.match(sent.match_text, t.end, tm.start)
                              and not _OCCASION.match(sent.match_text, t.end, tm.start))  # but 在8日的会谈中表达…: the talks' day
                     and not (not t.date and sent.match_text.startswith("的", t.end))  # 对中国近期的行动表示关切
                     and not sent.topic_at(t.start)  # 对于…上月底恢复…一事，…表达感谢: the topic's own time
                     # 暂停原定8月举行的联合军演: the time it was set for, not when it was called off
                     and not (tm.start < t.start < tm.end and self.lex.cue("scheduled").search(sent.match_text, tm.start, t.start))
                     # 原定于3月上旬开始的演习推迟举行: the same, told before the postponement
                     and not (tm.trigger.type == "RETREAT" and t.end <= tm.start and
                              self.lex.cue("scheduled").search(sent.match_text, max(clause[0], t.start - 3), t.start))]
        vague = self.lex.cue("vague_time").search(sent.match_text, clause[0], tm.start)
        if vague and sent.match_text.startswith("的", vague.end()):
            vague = None  # 近期的威胁性行动: when the things talked about happened, not this act
        right_after = bool(vague) and vague.group() in _RIGHT_AFTER
        if right_after and (any(t.date and t.start < clause[0] for t in sent.times)
                            or not any(t.start < tm.start for t in sent.times)):
            vague = None  # 19日…欢迎仪式，随后…举行会谈; 两人随后共同会见记者: right after, on the day last told
        dated = [t for t in in_clause if t.date]
        # 7月15日电　…演习7月5日至12日举行: a dateline's day is the report's, when the act has its own
        dated = [t for t in dated if not _REPORT_DAY.match(sent.match_text, t.end)] or dated
        opening = max(sent.match_text.rfind(w, clause[0], tm.start) for w in "对就") if tm.trigger.content == "object" else -1
        if opening > 0 and any(t.end <= opening for t in dated):
            dated = [t for t in dated if t.end <= opening]  # 外交部4日对(就)朝鲜3日发射导弹表示谴责: the speaker's day, not the act's
        if dated:
            best = min(dated, key=lambda t: (t.start > tm.start and not _own_time(sent.match_text, t, tm), abs(t.start - tm.start)))
            # 今年…将于18日至28日举行: a later time inside the year or month chosen says when within it
            return next((t for t in dated if t.start > best.start and t.date != best.date and t.date.startswith(best.date)), best)
        if in_clause or vague:
            return None  # the clause gives a time we cannot place (日前, 13日 with no month): no guess
        if told := self._predicate_time(sent, clause, tm):
            return told
        setting = _setting_time(sent, clause)
        if setting and factuality == "asserted":
            return setting
        if factuality in ("planned", "hypothetical") or factuality == "negated" and \
                self.lex.cue("negated_disposition").search(sent.match_text, clause[0], tm.start):
            # a plan takes only a time given as the plan's (今日将…，并将分别会见…), never the announcement's
            planned = self.lex.cue("planned")
            ahead = [t for t in sent.times if t.date and t.start < clause[0] and not sent.said_before(t.start)
                     and (planned.match(sent.match_text, t.end) or planned.search(sent.match_text, max(0, t.start - 3), t.start))]
            return ahead[-1] if ahead else None
        # The sentence's time adverbial covers its later clauses (1953年8月8日,美国和韩国签署了…);
        # in reported speech, only times before the speech verb date the statement (X日前表示，…);
        # a dateline's day (3月12日电, 15日综合电) is the report's.
        speech_end = sent.speech_end(clause[0]) or clause[0]
        head = [t for t in sent.times if t.start < speech_end and not _REPORT_DAY.match(sent.match_text, t.end)
                and not sent.topic_at(t.start)
                and not self.lex.cue("planned").search(sent.match_text, max(0, t.start - 4), t.start)
                and not any(sent.clause_of(t.start)[0] <= a < t.start for a in sent.acts)  # 谴责朝鲜5月25日进行的…
                and not _inside(t.start, sent.plans)]  # 同意…于9月初举行…，并呼吁: the plan's time
        # 澳洲网8月7日报道 X本月2日宣布: a day named outside the reporting phrase is the act's, not the
        # report's (but 今天 after a dateline, （中央社华盛顿17日综合外电报导）…今天, is the dateline's day)
        unreported = [t for t in head if not _inside(t.start, sent.masked)]
        if any(_DAY_NAMED.search(t.text) for t in unreported):
            head = unreported
        if any(a < clause[0] for a in sent.acts):  # after an act coded in this sentence, the day told in the clause
            # just before (韩国24日已将…，日本也于28日通过修正案，将…; 周五（31日）…会谈，双方同意…)
            prev = sent.clause_of(clause[0] - 1)
            since = [t for t in head if prev[0] <= t.start < prev[1] and t.date and t.precision in ("day", "month")
                     and not _SINCE.match(sent.match_text, t.end)]
            if since:
                return since[-1]
        if head:
            if not head[0].date and len(head) > 1 and head[1].date and _CLAUSE_BREAK.search(sent.match_text, head[0].end, head[1].start):
                return head[1]  # 回顾此前进程，去年9月4日，…: the vague word was no time of this act
            if not head[0].date and len(head) > 1 and (head[1].start - head[0].end <= 2 or
                                                       _NAMED_DAY.fullmatch(sent.text, head[0].end, head[1].start)):
                return head[1]  # 此前的7月23日, 此前一天（23日）: the day the vague word names
            if head[0].relative and len(head) > 1 and head[1].date and _NAMED_DAY.fullmatch(sent.text, head[0].end, head[1].start):
                return head[1]  # 昨天（29日）: the day in brackets, whatever today the page counts from
            return head[0] if head[0].date else None
        if state.talks_date and self.lex.cue("in_talks").search(sent.match_text, 0, tm.start):
            return state.talks_date  # 在会谈后的记者会上表示: on the day of the talks, whatever was told since
        if self.lex.cue("during_trip").search(sent.match_text, clause[0], tm.start) and \
                not self.lex.cue("scheduled").search(sent.match_text, clause[0], tm.start) and \
                (trip := next((day for doer, met, day in reversed(state.acts_told) if source & doer and (actors - source) & met), None)):
            return trip  # 拉塞尔访泰期间还会见了泰国外长: on the visit told before (his speech in Bangkok), whatever was told since
        if state.turn == "answer" and state.briefing and source & _countries(state.host):
            return state.briefing  # the spokesperson's statement: made at the conference
        if state.scene and state.scene[1] == state.paragraph:
            return state.scene[0]  # the scene set by this paragraph's dated sentence, after the last dated act
        if state.act_paragraph == state.paragraph or actors & (state.act_countries | state.lead_countries) or \
                self.lex.cue("narrative_link").search(sent.match_text):
            if state.act_paragraph != state.paragraph and state.act_date and state.flashback(state.act_date.date) \
                    and not right_after:  # (…认定天安舰被鱼雷击沉。朝鲜方面随即予以否认: right after that act)
                return state.news()  # after a paragraph of background (5月25日…核试验), the news again
            return state.act_date
        if state.act_date is None and state.lead_date and not state.flashback(state.lead_date.date):
            return state.lead_date  # no act dated yet: the lead's day (内阁周五（12月16日）通过…。文件称…)
        return None  # a new story (none of its actors in the lead or the last dated act) without a time

    def _predicate_time(self, sent: _Sent, clause: tuple[int, int], tm: TriggerMatch) -> TimeMention | None:
        """为期5天的中俄联合军演，昨（26）日在吉林落幕: a clause that ends with the act's noun is the subject
        of the next one, and the day that opens it, told with how the act went, is the act's."""
        if tm.end < clause[1] or clause[1] >= len(sent.match_text) or not self.lex.cue("act_noun").search(tm.text) \
                or self.lex.cue("act_went").search(sent.match_text, clause[0], tm.end):
            return None  # but 两国举行联合军演，…: the clause is told already, with a verb of its own
        told = next((t for t in sent.times if clause[1] < t.start <= clause[1] + 4), None)  # 昨（26）日
        if not told or not told.date or any(a.start == told.end for a in sent.actors) \
                or not self.lex.cue("act_went").match(sent.match_text, told.end):
            return None
        return told

    def _location(self, sent: _Sent, clause: tuple[int, int]) -> str | None:
        """`在X` in the act's clause, normalised by the place gazetteer (华盛顿 → Washington/USA)."""
        if "在" not in sent.text[max(0, clause[0] - 4):clause[1]]:
            return None
        for start, _end, name in self.actors.place(sent.text):
            if clause[0] <= start < clause[1] and sent.text[max(0, start - 4):start].find("在") >= 0:
                return name
        return None


def _setting_before(sent: _Sent, start: int) -> tuple[int, int] | None:
    """The clause right before `start` when it sets the time of what follows (访问平壤期间，…; 访华之际，…)."""
    if start == 0:
        return None
    prev = sent.clause_of(start - 1)
    return prev if _SETTING_END.search(sent.match_text, prev[0], prev[1]) else None


def _setting_time(sent: _Sent, clause: tuple[int, int]) -> TimeMention | None:
    """The dated time of a setting clause right before the act's (希尔本月1日至3日访问平壤期间，双方达成…):
    the act happened then, even inside someone's words."""
    prev = _setting_before(sent, clause[0])
    return next((t for t in reversed(sent.times) if prev[0] <= t.start < prev[1] and t.date), None) if prev else None


def _setting_states(sent: _Sent, start: int) -> list[str]:
    """The states of a setting clause right before `start` (温家宝访问印度期间，两国…; 访华之际): the
    visitor and the host, when it names two or more."""
    prev = _setting_before(sent, start)
    if prev is None:
        return []
    codes = _unique([c for a in sent.actors if prev[0] <= a.start and a.end <= prev[1] for c in a.codes])
    return codes if len(_countries(codes)) >= 2 else []


def _joined_pairs(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """中国和所罗门群岛两国政府: two states joined by 和 and counted (两国) are one party of two, with
    the office that follows, if any, for both."""
    if "两国" not in text:
        return actors
    out: list[ActorMention] = []
    i = 0
    while i < len(actors):
        a = actors[i]
        b = actors[i + 1] if i + 1 < len(actors) else None
        if b is None or a.kind != "country" or b.kind != "country" or text[a.end:b.start] not in _PAIR_GLUE \
                or not text.startswith("两国", b.end):
            out.append(a)
            i += 1
            continue
        end, codes, i = b.end + 2, a.codes + b.codes, i + 2
        office = actors[i] if i < len(actors) else None
        if office and office.start == end and office.kind in ("org", "title") and len(office.codes) == 1 \
                and office.codes[0].startswith(f"{b.codes[0]}-"):
            sector = office.codes[0].split("-", 1)[1]  # 两国政府: both governments
            end, codes, i = office.end, [f"{c.split('-')[0]}-{sector}" for c in codes], i + 1
        out.append(ActorMention(text[a.start:end], a.start, end, codes, "compound"))
    return out


def _with_aliases(text: str, actors: list[ActorMention], aliases: dict[str, list[str]]) -> list[ActorMention]:
    """Add the later mentions by name alone of officials introduced with their title earlier in the
    page (菲律宾武装部队总参谋长布劳纳 … 布劳纳要求中方…). The name is no pair of abbreviations
    (大使伊泰 … 限令伊泰离境: not 伊朗 and 泰国)."""
    named = [ActorMention(alias, i, i + len(alias), codes, "person", alias, alias)
             for alias, codes in aliases.items() for i in occurrences(text, alias)]
    if not named:
        return actors
    kept = [a for a in actors if a.kind != "compound" or not any(n.start <= a.start and a.end <= n.end for n in named)]
    return _with_extra(kept, named)


def _with_delegation(text: str, actors: list[ActorMention], state: _DocState, words: Cue) -> list[ActorMention]:
    """A delegation named with its state or head (由赵乐际率领的中国党政代表团, 加拉格尔率领的访问团) is
    what a later bare 代表团 or 访问团 refers to (金正恩会见了代表团一行): the later one is read as that
    delegation's actors."""
    bare = []
    for m in words.finditer(text):
        i = m.start()
        before = [a for a in actors if a.end <= i and not _CLAUSE_BREAK.search(text, a.end, i)]
        head = next((a for a in before if a.kind in ("person", "title") and _LED_BY.search(text, a.end, i)), None)
        if head or before and i - before[-1].end <= _DELEGATION_GAP and \
                not _MET_WITH.search(text, before[-1].end, i):  # 由X率领的…代表团, 中国党政代表团; not 总统府接见访问团
            state.delegation = (head or before[-1]).codes
        elif state.delegation and not any(a.start <= i < a.end for a in actors):
            bare.append(ActorMention(m.group(), i, m.end(), state.delegation, "side"))
    return _with_extra(actors, bare) if bare else actors


def _own_time(text: str, t: TimeMention, tm: TriggerMatch) -> bool:
    """A time inside the trigger introduced as the act's (已于24日停火, 停火协议自10日起生效) or as the
    time a meeting attended is held (出席15日至16日举行的二十国集团峰会), not an attribute of its object
    (撤回2019年9月…提起的申诉)."""
    return tm.start < t.start < tm.end and (text.endswith(_TIME_OF_ACT, 0, t.start) or
                                            tm.trigger.type == "CONSULT" and bool(_HELD_ON.match(text, t.end)))


def _describes_actor(sent: _Sent, pos: int) -> bool:
    """即将卸任的总理: the words from `pos` up to 的 qualify the actor named right after them."""
    qualifier = _QUALIFIER.match(sent.match_text, pos)
    return qualifier is not None and any(a.start == qualifier.end() for a in sent.actors)


def _most_specific(codes: list[str]) -> list[str]:
    """KOR and KOR-GOV found for one actor by two readings: the code with the sector says more."""
    sectored = {c.split("-")[0] for c in codes if "-" in c}
    return [c for c in codes if "-" in c or c not in sectored]


def _partner_joined(sent: _Sent, start: int, pos: int) -> bool:
    """An actor between `start` and `pos` joined by 与/同/和 (与加拿大护卫舰…, 与内塔尼亚胡会谈): a partner, not an object."""
    return any(_CONNECTED.search(sent.match_text, start, a.start) for a in sent.candidates(start, pos))


def _with_own_country(text: str, actors: list[ActorMention], home: str | None) -> list[ActorMention]:
    """我国 in the press of Taiwan, Singapore, Malaysia or the mainland: the page's own state
    (我国外交部, 我国总理李显龙: the office after it already says so)."""
    if not home or "我国" not in text:
        return actors
    return _with_extra(actors, (ActorMention("我国", m.start(), m.end(), [home], "own") for m in _OWN_COUNTRY.finditer(text)
                                if not any(a.start == m.end() for a in actors)))


def _counterparts_named(text: str, after: list[ActorMention], own: set[str], tm: TriggerMatch) -> list[ActorMention]:
    """The actors after a trigger that may be its counterparts: not the actor's own state in a guest's
    description (会见来华进行正式访问的X: 华 is where X came), nor an alliance before its member (北约盟友立陶宛)."""
    kept = []
    for a, nxt in pairwise(after):
        if a.kind == "country" and set(a.codes) <= own and "的" in text[a.end:nxt.start] and \
                not (tm.trigger.mode == "visit" and a.start < tm.end):  # 访华: a visit's destination
            continue
        if _countries(a.codes) <= own and text[a.end:nxt.start] in ("对", "向"):
            continue  # 解除美国对伊朗实施的制裁: the measure's own author, then at whom it was aimed
        if nxt.kind == "country" and _MEMBER_OF.fullmatch(text, a.end, nxt.start):
            continue
        kept.append(a)
    return kept + after[-1:]


def _with_extra(actors: list[ActorMention], extra: Iterable[ActorMention]) -> list[ActorMention]:
    """`actors` and, in text order, each extra mention that overlaps none kept before it."""
    found = list(actors)
    for m in extra:
        if not any(a.start < m.end and m.start < a.end for a in found):
            found.append(m)
    return sorted(found, key=lambda a: a.start) if len(found) > len(actors) else actors


def _next_to(text: str, start: int, end: int, before: Cue, after: Cue) -> bool:
    """Whether a cue stands just before a name (two characters at most) or right after it
    (敦促北京, 北京表示; 台岛周边, 在波兰)."""
    return bool(before.search(text, max(0, start - 2), start) or after.match(text, end))


def _listed_after(text: str, clause: tuple[int, int]) -> int:
    """Where the actors of a clause's object may stand: to its end, or to the end of the next clause when
    that one lists them (支持一切有利于和平的努力，包括美俄…的沟通)."""
    return _clause_end(text, clause[1] + 1) if text.startswith("包括", clause[1] + 1) else clause[1]


def _backups_dropped(events: list[_Coded]) -> list[_Coded]:
    """A judgement word (颠倒黑白, 双重标准) is the sentence's act only when no other stance or
    threat was coded there, and only once, asserted (美方颠倒黑白，中方强烈谴责: one accusation;
    与事实不符，是倒打一耙: a rejection)."""
    taken = any(not c.backup and c.event.event_type in _STANDS for c in events)
    kept: list[_Coded] = []
    for c in events:
        if c.backup:
            if taken or c.event.factuality != "asserted":
                continue
            taken = True
        kept.append(c)
    return kept


def _per_destination(event: Event, separately: bool = False) -> list[Event]:
    """A trip to several countries is one visit per destination (ONTOLOGY conventions); so are
    talks held with several partners one by one (分别与A和B通电话), summonses (分别召见A和B) and
    several hosts meeting one guest in turn (A和B分别会见C)."""
    one_by_one = separately and event.event_type in _ONE_BY_ONE
    per_person = separately and event.event_type == "CONSULT"  # 分别会见国会议长和国务总理: one meeting per person
    if per_person:
        sectored = {c.split("-")[0] for c in event.target if "-" in c}
        hosts = [c for c in _unique(event.target) if c not in sectored]
    else:
        hosts = _unique([c.split("-")[0] for c in event.target])
    if one_by_one and len(hosts) < 2 and len(_unique(event.source)) >= 2:
        return [replace(event, source=[c]) for c in _unique(event.source)]  # 李克强和张德江分别会见朴槿惠
    doers = _unique([c.split("-")[0] for c in event.source])
    if separately and not one_by_one and event.event_type not in _SYMMETRIC and len(doers) >= 2:
        # 美国和欧盟分别宣布…制裁: each side's own act
        return [replace(event, source=[c for c in event.source if c.split("-")[0] == k]) for k in doers]
    if not (event.mode == "visit" and event.event_type == "CONSULT" or one_by_one) or len(hosts) < 2:
        return [event]
    parts = [replace(event, target=[c for c in event.target if (c if per_person else c.split("-")[0]) == host])
             for host in hosts]
    if event.mode == "visit" and event.date and not event.date_end:
        # 自9日起先后访问法国、意大利、英国: the day is the first stop's; the others' are not told
        for part in parts[1:]:
            part.date, part.date_precision = None, "unknown"
    return parts


def _time_inside(sent: _Sent, tm: TriggerMatch) -> TimeMention | None:
    """The first dated time inside the trigger's own words (应金正恩前一天提出的要求, 邀请…年内访问)."""
    return next((t for t in sent.times if tm.start <= t.start < tm.end and t.date), None)


def _listed_days(sent: _Sent, tm: TriggerMatch) -> list[TimeMention]:
    """Days listed together before the sentence's first act (上月4日和28日两次试射; 8月5日和9月11日，
    安理会分别通过…决议，对朝鲜实施制裁): one act each."""
    if any(a < tm.start for a in sent.acts):
        return []
    days = [t for t in sent.times if t.start < tm.start and t.date and t.precision == "day"]
    if len(days) < 2 or not all(DAY_LIST_GLUE.fullmatch(sent.match_text, a.end, b.start) for a, b in pairwise(days)):
        return []
    return days


def _spread(parts: list[Event], days: list[TimeMention]) -> list[Event]:
    """Days listed for as many destinations (13日及14日先后访问东京和首尔): one day each, in order;
    otherwise each part on each listed day."""
    if len(days) >= 2 and len(parts) == len(days) and parts[0].date in {d.date for d in days}:
        return [replace(p, date=d.date, date_end=d.date_end, date_precision=d.precision) for p, d in zip(parts, days)]
    return [p for part in parts for p in _per_day(part, days)]


def _per_day(event: Event, days: list[TimeMention]) -> list[Event]:
    """The act once on each listed day, when it was dated by one of them."""
    if not event.date or event.date not in {d.date for d in days}:
        return [event]
    return [replace(event, date=d.date, date_end=d.date_end, date_precision=d.precision) for d in days]


def _drop_repeats(coded: list[_Coded], lex: Lexicon) -> list[_Coded]:
    """The same act mentioned again is coded once, at its first mention (ONTOLOGY conventions),
    taking the date from a later mention that states its own.

    A repeat has the same type, factuality and actors, a compatible date and the same 《title》
    if both name one; it is either in the same sentence (two triggers of one act: 反对和谴责; a
    warning and its words: 警告称…付出代价) or, with the same mode, in another sentence of the same
    day or paragraph, or with the same trigger words. Two clauses of one sentence with different
    words are two material acts (中断贸易，并禁止船只通过); said twice (召见…提出严正交涉), one verbal act."""
    kept: list[_Coded] = []
    general, verb = lex.cue("sanctions_in_general"), lex.cue("measure_verb")
    for new in coded:
        ev = new.event
        if _told_for_each(new, kept):
            continue
        for i, old_c in enumerate(kept):
            old = old_c.event
            if (old.event_type, old.factuality) != (ev.event_type, ev.factuality):
                continue
            if old.sentence_idx == ev.sentence_idx and old.trigger_span == ev.trigger_span:
                continue  # one trigger's parts (分别会见A和B) are distinct acts
            if new.also and (new.also == "又" or ev.sentence_idx - _ALSO_REACH <= old.sentence_idx) \
                    and old.sentence_idx < ev.sentence_idx:  # 又 (again) sets it apart from any act told before
                continue  # 共同主持峰会。…当天还同马拉佩举行双边会谈: one more act, not the summit again
            if (new.aside or old_c.aside) and old.sentence_idx == ev.sentence_idx and old_c.countries == new.countries:
                if not new.aside:  # 设宴款待奥巴马，两人进行了非正式会谈: the talks, not the dinner
                    kept[i] = new
                break  # 通电话，双方就…交换了意见, 举行会晤，并共进晚宴: the call or the talks themselves
            if _result_of(old_c, new, lex):
                old.target = old.target or ev.target  # 发动空袭，打死…指挥官: one attack, aimed at whom it killed
                old_c.countries = old_c.countries | new.countries
                break
            if _lodged_at_summons(old_c, new, lex):
                break  # 约见日本驻华大使，就G7…提出严正交涉: the protest lodged at the summons is the summons
            if old.mode != ev.mode or old_c.countries != new.countries:
                continue  # a repeat is told in the same mode, with the same actors
            if ev.event_type not in _SYMMETRIC and old_c.source_countries != new.source_countries:
                continue  # A asks B and B asks A are two acts
            if _sector_clash(old.source, ev.source) or \
                    ev.event_type == "CONSULT" and _sector_clash(old.source + old.target, ev.source + ev.target):
                continue  # the ministry's act and the president's are two acts; so are talks with each
            if _branch_clash(old.target, ev.target):
                continue  # 敦促美方…。敦促美国国会…: the administration and the congress are asked apart
            if ev.event_type == "AGREE" and old.sentence_idx != ev.sentence_idx and \
                    len(old_c.source_countries) == 1 == len(new.source_countries) and old.source != ev.source:
                continue  # A invites B, B accepts: two acts
            if ev.mode == "visit" and old.factuality == "asserted" and _same_trip(old.date, ev.date):
                break  # 抵达河内…，随后前往胡志明市: the visit to Vietnam, told again a day later
            if old.date and ev.date and old.date != ev.date or _other_title(old_c, new) or _other_title(new, old_c):
                continue
            if ev.event_type == "AGREE" and new.has_content and old.sentence_idx != ev.sentence_idx and \
                    not _similar(old_c.bigrams(), new.bigrams(), 0.5):
                continue  # 同意推动…, later 同意建立…: two agreements
            if old_c.people and new.people and not (old_c.people <= new.people or new.people <= old_c.people):
                continue  # different people met: two meetings
            between = neutralise_brackets(ev.sentence)[old.trigger_span[1]:ev.trigger_span[0]]
            material = quad_class(ev.event_type) not in _VERBAL
            listing = old.sentence_idx == ev.sentence_idx and (not _SENTENCE_PART.search(between) or _LIST_INTRO.fullmatch(between)) \
                or ev.sentence_idx == old.sentence_idx + 1
            if material and listing and _whole(general, old.trigger):
                kept[kept.index(old_c)] = new  # 第一波3项制裁：冻结…; 宣布实施制裁。制裁包括…: the measures listed are the acts
                break
            same_sentence = old.sentence_idx == ev.sentence_idx and not _CLAUSE_BREAK.search(between) and \
                not (material and old.trigger != ev.trigger and  # 冻结…、召回…, 关闭边境和暂停交易: two measures
                     ("、" in between or _ITEM_GLUE.search(between) and verb.match(ev.trigger)))
            if old.sentence_idx == ev.sentence_idx:
                # in one sentence: a stance said twice is one act (召见…提出严正交涉), so is an arrival
                # and the visit it begins (抵达平壤，开始对朝鲜进行国事访问); two measures
                # (中断贸易，并禁止船只通过), meetings or agreements are two
                same_day = new.spoken or ev.mode == "visit" or \
                    quad_class(ev.event_type) in _VERBAL and ev.event_type not in _SYMMETRIC
            else:
                same_day = old.date is not None and old.date == ev.date and not new.has_content and ev.event_type != "AGREE" \
                    and not _other_measure(old, ev, general)
            # an act of force named again with no day of its own (朝鲜的导弹试射“有害无益”) is the one told
            named_again = ev.date is None and old.date is not None and old.sentence_idx < ev.sentence_idx and \
                ev.event_type in _REPORTED_FORCE and _bigrams(old.trigger) & _bigrams(ev.trigger)  # 试射, not 核试验
            # told again: in another paragraph, or after a first mention with no date (a headline)
            if same_sentence or old.trigger == ev.trigger or same_day or named_again or \
                    (old_c.paragraph != new.paragraph or not old.date and old.sentence_idx != ev.sentence_idx) \
                    and _similar(old_c.bigrams(), new.bigrams()) and not _other_measure(old, ev, general):
                if not old.date and ev.date and new.own_date:
                    old.date, old.date_end, old.date_precision = ev.date, ev.date_end, ev.date_precision
                break
        else:
            kept.append(new)
    return kept


def _lodged_at_summons(old: _Coded, new: _Coded, lex: Lexicon) -> bool:
    """An envoy summoned (召见, 约见) and the protest then lodged, in one sentence by the same side, are
    one act, even where the protest's topic names more actors (就G7涉华声明提出严正交涉)."""
    a, b = old.event, new.event
    return a.sentence_idx == b.sentence_idx and a.event_type == b.event_type == "PROTEST" and bool(a.target) \
        and old.source_countries == new.source_countries and _countries(a.target) <= _countries(b.target) \
        and bool(lex.cue("summons").match(a.trigger)) and not lex.cue("summons").match(b.trigger)  # two summonses are two


def _result_of(old: _Coded, new: _Coded, lex: Lexicon) -> bool:
    """A material act told right before, in the same sentence, as the same act by the same side, either
    with no counterpart (发动空袭，打死…) or followed by a word of what an attack did (对拉卡发动空袭，
    …摧毁了指挥所): the second is what the first did."""
    a, b = old.event, new.event
    return a.sentence_idx == b.sentence_idx and a.event_type == b.event_type and a.event_type in _MATERIAL_FORCE \
        and old.source_countries == new.source_countries and a.factuality == b.factuality and \
        (not a.target and bool(b.target) or a.event_type == "ASSAULT" and new.countries <= old.countries
         and bool(lex.cue("force_result").fullmatch(b.trigger)))


def _told_for_each(new: _Coded, kept: list[_Coded]) -> bool:
    """分别召见A和B，提出严正交涉: a verbal act said to all the counterparts of the acts kept one by one
    before it in its sentence is said in each of them."""
    ev = new.event
    each = [k for k in kept if k.event.sentence_idx == ev.sentence_idx and
            (k.event.event_type, k.event.factuality) == (ev.event_type, ev.factuality) and
            (k.event.mode == "press" or ev.mode != "press")]  # 会谈…，并共同会见记者: a press conference of its own
    return len(each) >= 2 and quad_class(ev.event_type) in _VERBAL and \
        new.countries <= set().union(*(k.countries for k in each))


def _same_trip(first: str | None, later: str | None) -> bool:
    """Two days of one trip abroad: full dates at most a week apart, the later not before the first."""
    if not (_full_day(first) and _full_day(later)):
        return False
    days = (date.fromisoformat(later) - date.fromisoformat(first)).days
    return 0 <= days <= _TRIP_DAYS


def _other_title(a: _Coded, b: _Coded) -> bool:
    """Whether `a` acts on a 《title》 that `b`'s sentence does not name (签署…货币互换协议, then
    签署了《海上搜救协定》: two signings)."""
    return bool(a.title) and a.title not in b.event.sentence


def _whole(cue: Cue, text: str) -> bool:
    """Whether the cue matches all of `text` (a trigger that is only a word for sanctions in general)."""
    m = cue.match(text)
    return bool(m) and m.end() == len(text)


def _other_measure(a: Event, b: Event, general: Cue) -> bool:
    """冻结劳工来台申请 and 停止高层交流, told in two sentences of one day: two sanctions, not one told
    twice (a word for sanctions in general, 实施制裁, is any of them)."""
    if a.event_type != "SANCTION" or _whole(general, a.trigger) or _whole(general, b.trigger):
        return False
    return not _similar(_bigrams(a.trigger), _bigrams(b.trigger), 0.3)


def _bigrams(text: str) -> set[str]:
    """The character bigrams of a text, which `_similar` compares."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _similar(ga: set[str], gb: set[str], threshold: float = 0.2) -> bool:
    """Whether two sentences tell the same thing: shared character bigrams (names, objects)."""
    return bool(ga and gb) and len(ga & gb) / min(len(ga), len(gb)) >= threshold


register("rules", RuleExtractor)
