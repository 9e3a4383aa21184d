"""Actor lexicon: find who acts in a Chinese sentence and resolve it to PLOVER actor codes.

All knowledge lives in `allywatch/data/actors/` (countries.tsv, places.tsv, organizations.yaml,
titles.yaml, people.yaml); this module only knows the grammar of actor mentions:

    [COUNTRY | ABBR-COMPOUND | ORGANISATION] [驻 COUNTRY] INSTITUTION* (TITLE (兼 TITLE)*)? NAME?

e.g. `韩国国防部长官李钟燮` -> one mention, KOR-MIL; `美日韩外长` -> USA-DIP, JPN-DIP, KOR-DIP;
`朝鲜国防省发言人` -> PRK-MIL. Matching is plain longest-match over one dictionary, whose words
(and the abbreviations) one Aho-Corasick scan finds all at once per sentence; at each position every
reading is tried and the one covering the most text wins, so `美国防部长` reads 美 + 国防部长 rather
than 美国 + 防部长.

Single-character abbreviations (美 韩 日 中 新 ...) are ordinary characters too, so they are
accepted only (a) in compounds of two or more (`韩美`, `韩日澳新`), (b) alone right after a
context character (`对韩出口`, `访华`), or (c) directly before an institution or title (`美防长`);
and always only where the jieba segmentation agrees that a word starts and ends there (this is what
keeps 其中/日前/新兴/加强/以往 out). Abbreviations marked `*` in countries.tsv are also common
words (新 = new, 中 = middle) and never take rule (c). Places and a few ordinary words are in the
same dictionary as blockers, so 日本海, 中东, 印太 and 美洲 are never actors.

Date handling for people (`date` argument of `find`):
  * `2023-01-31`, `2023-01`, `2023`: the office overlapping that day/month/year most (ties: the
    later office). Outside every office: the country of the nearest office, without a sector.
  * `--01-06`, `--01` or None (year unknown): the person's code when all offices share it, else the
    code of the most recent office (the latest end, an office still held first; then the latest start:
    崔龙海 is PRK-GOV, the army post he left in 2014 notwithstanding). Several people with one name
    (赖斯): the one in office on the date, else the one whose latest office began last.
A title in the same mention beats the person's office: `日本外相林芳正` is JPN-DIP on any date.

An institution or title with no country anywhere in the mention (bare `外交部`, `国防部长`) is
returned with `codes == []` and `name == "?-DIP"` (the sector): the event coder fills the country
from context (`韩国国防部…向外交部发送公文` -> KOR-DIP).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path

import rjieba
from ahocorasick_rs import AhoCorasick, MatchKind

from ..data import read_yaml
from ..records import ActorMention

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

# characters after which a lone abbreviation names a country (对韩, 访华, 驻日, 与美, 扰台 ...)
_CONTEXT = set("对访驻赴来抵援反抗侵亲离与同和跟向在自返从扰")
# a leading 日 after these is a date (13日韩美, 当日, 今日), never Japan
_DATE_BEFORE = set("0123456789０１２３４５６７８９〇一二三四五六七八九十廿卅当今昨明前次每翌同该本近连某逐隔终整")
_GLUED_BEFORE = set("对向与同和跟为")  # prepositions the segmenter glues to a letter (对美, 向韩)
# words that may follow a compound and belong to it (韩美两国, 美日韩三方)
_COMPOUND_TAIL = ("两国", "三国", "四国", "五国", "六国", "双方", "三方", "四方", "同盟")
# words that may follow a compound although its last letter would fuse with them (美菲军事合作: not 菲军)
_COMPOUND_THEN = ("军事", "军演", "军售", "军方", "两军")
# what may follow letters the segmenter glued to a preposition (对美日双方, 对美菲联合演习)
_AFTER_GLUED = _COMPOUND_TAIL + _COMPOUND_THEN + ("联合",)
_BIN = {"本", "伊本", "宾"}  # bin, ibn: the patronymic link of Arabic names
_DOMINANT = 5  # a state named this many times as often as another is the page's (abbreviation_readings)
# words for a place: the letters after them are the place's name, not a compound (首府伊塔那加)
_PLACE_NOUN = re.compile(r"(首府|首都|城市|港口|港市|小镇|村庄|岛屿|之都)$")  # two characters each: searched in the two before
# what a compound ending in 以 (美以, 伊以, 黎以) is followed by when 以 is Israel and not the word "by"
_AFTER_ISRAEL = ("冲突", "关系", "战争", "边境", "停火", "谈判", "和谈", "之间", "间", "双边", "军", "两军", "交火", "对峙", "协议", "同盟", "联合", "领导人", "总理")
_NAME_DOTS = "·・•‧"
_NAME_DOT = re.compile(f"[{_NAME_DOTS}]")
_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,5}$")  # the Han given name written before a middle dot
_OTHER_DOT = re.compile("[・•‧．]")  # Taiwan writes 唐纳‧川普, the dictionaries 唐纳·特朗普
_TODAY = Date(2026, 11, 30)
# readings of equal extent: an ordinary word beats an actor (加以), an actor beats a place (五角大楼)
_TENURE_WORDS = ("时任", "现任", "新任", "候任", "前任", "代理", "前", "原", "代")  # between a state and its office
_TENURE = re.compile("|".join(_TENURE_WORDS))  # one match call instead of eight startswith
_SURNAME_FIRST = {"CHN", "TWN", "KOR", "PRK"}  # Han names written surname first: 尹总统 is 尹锡悦
_RANK = {"block": 2, "place": 0, "compound": -1}  # a known place beats letters that spell a compound (巴黎)
_TAIWAN_DAY = re.compile(r"[今昨前明](?=[（(]\d{1,2}[）)]日)")  # 今（14）日: the day in Taiwan's press
# 国务委员、外交部长秦刚, 中共中央政治局委员、中央外办主任王毅: offices listed before one name (a rank may follow)
_OFFICE_LIST_GLUE = re.compile(r"[^，。,；、\s“”\"「」]{0,6}、")
_STATE_JOIN = re.compile("[和与及、]|以及")  # 日本和澳大利亚, 美国、日本与韩国
# a minister of a ministry the dictionary does not list (美国卫生部长, 日本经济产业大臣, 俄罗斯紧急情况部长):
# a government office, after which an unknown name is the official's (ONTOLOGY: ministries other than
# defence and foreign affairs are GOV); the ministry's name holds no conjunction, preposition or particle
_OTHER_MINISTER = re.compile(r"[^\W\d_a-zA-Z和与同及跟或、的在对向为将把被之其并兼前时原副代两三四五六七八九十各诸]{2,8}?"
                             r"(?P<title>部长官|部部长|部长|大臣)")
_LATIN_GLOSS = re.compile(r"\s*[（(]\s*[A-Z][a-z]")  # a transliterated name followed by its original spelling
_GLOSSED_NAME = re.compile(rf"[\u4e00-\u9fff{_NAME_DOTS}]{{2,8}}(?={_LATIN_GLOSS.pattern})")  # 佩卡罗娃（Markéta Pekarová Adamová）
_START, _END = itemgetter(1), itemgetter(2)  # of an automaton match (k, start, end)


@dataclass
class _Office:
    code: str
    start: Date
    end: Date  # Date.max while in office
    role: str = ""  # the English role, lower case (people.yaml)


@dataclass
class _Person:
    name: str
    offices: list[_Office]
    given: tuple[str, ...] = ()  # the given names of the dotted forms (赫尔穆特 of 赫尔穆特·科尔)

    def may_follow(self, written: str) -> bool:
        """Can the surname, read right after a middle dot, be this person's, given the name
        written before the dot? 西奥多·科尔伯特 is not 赫尔穆特·科尔; a person with no dotted form may be."""
        return not self.given or any(written.endswith(g) or g.endswith(written) for g in self.given)


@dataclass(slots=True)
class _Entry:
    kind: str  # country side org inst title person place block
    value: object = None  # ISO | codes | (sector, default_country, by_country) | [_Person]
    name: str | None = None


# the titles read without the dictionary: an unlisted ministry's minister, and the 长 of a listed 部
_OTHER_MINISTER_TITLE = _Entry("title", ("GOV", None, {}))
_HEAD_OF_MINISTRY = _Entry("title", ("inherit", None, {}))


@dataclass(slots=True)
class _Chain:
    """A mention being built: the parts seen so far and how far they reach."""

    end: int
    head: str
    bases: list[str] = field(default_factory=list)  # explicit countries / organisation codes
    fixed: list[str] | None = None  # complete codes of a named organisation
    default_country: str | None = None  # from an institution or title (防卫省 -> JPN)
    inst: tuple | None = None
    title_sector: str | None = None
    has_title: bool = False
    persons: list[_Person] | None = None
    alias: str | None = None  # an unknown name after the title
    name: str | None = None
    govt: bool = False  # PERSON + 政府/当局: the person's government


class ActorLexicon:
    def __init__(self, data_dir: Path = DATA_DIR):
        self._dict: dict[str, list[_Entry]] = {}
        self._places: dict[str, str] = {}
        self._claimants: dict[str, tuple[str, ...]] = {}  # contested place -> the states claiming it
        self._outsiders_aim: dict[str, str] = {}  # contested place -> the claimant a non-claimant's show of force is aimed at
        self._capitals: dict[str, str] = {}  # capital (any written form) -> ISO, for 北京表示, 敦促华府
        self._people: dict[str, list[_Person]] = {}  # canonical name -> people, for tenures
        self._surnames: dict[str, list[_Person]] = {}  # 尹 -> people whose Han name starts with it
        self._family_names: dict[str, list[str]] = {}  # Japanese official -> family names (松野博一: 松野)
        self._abbr: dict[str, str] = {}  # abbreviation char -> ISO
        self._side_chars: dict[str, str] = {}  # the letter of a two-letter side form (埃方) -> ISO
        self._full_names: dict[str, list[str]] = {}  # ISO -> its full names (巴基斯坦, 巴基斯坦伊斯兰共和国)
        self._word_abbr: set[str] = set()  # abbreviations that are also common words
        self._country_names: dict[str, str] = {}  # ISO -> English name
        self._org_codes: set[str] = set()
        self._members: dict[str, list[str]] = {}  # a grouping of a few states (QUAD) -> its members
        self._treaties: list[tuple[list[str], list[str]]] = []  # (name forms, parties)
        self._exercise_names = re.compile("(?!)")  # a named exercise (exercises.yaml): set by _load
        self._exercise_hosts: dict[str, list[str]] = {}  # name form -> hosts
        self._named_for: tuple[str | None, set[str]] = (None, set())  # states_named's last text and answer
        self._load(data_dir)
        # where a mention can start: a dictionary word (two characters or more) or an abbreviation
        surfaces = list(self._dict) + [a for a in self._abbr if a]
        self._entries: list[list[_Entry]] = [self._dict.get(w, []) for w in surfaces]
        self._scan = AhoCorasick(surfaces, matchkind=MatchKind.Standard).find_matches_as_indexes
        # office titles alone: only after one is an unknown name read (an official's alias)
        self._title_scan = AhoCorasick([w for w, entries in self._dict.items() if any(e.kind == "title" for e in entries)],
                                       matchkind=MatchKind.LeftmostFirst).find_matches_as_indexes
        self._capital_scan = AhoCorasick(list(self._capitals), matchkind=MatchKind.LeftmostFirst).find_matches_as_indexes
        self._place_values = list(self._places.values())
        self._place_scan = AhoCorasick(list(self._places), matchkind=MatchKind.LeftmostLongest).find_matches_as_indexes
        # other states whose names start with an abbreviation (巴: Panama, Palestine, Brazil beside Pakistan);
        # Hong Kong and Macao are not among them: 澳 stays Australia
        self._rivals: dict[str, tuple[str, list[str]]] = {
            iso: (char, [other for other, names in self._full_names.items() if other not in (iso, "HKG", "MAC")
                         and any(n.startswith(char) for n in names)])
            for char, iso in {**self._side_chars, **self._abbr}.items()}

    @classmethod
    def default(cls) -> "ActorLexicon":
        """The lexicon built from the package data, loaded once per process."""
        return _default()

    # ------------------------------------------------------------------ loading
    def _add(self, surface: str, entry: _Entry) -> None:
        if len(surface) < 2:  # one character is never enough: abbreviations have their own rules
            return
        self._dict.setdefault(surface, []).append(entry)

    def _add_place(self, surface: str, value: str) -> None:
        if surface and surface not in self._places:
            self._places[surface] = value

    def _load(self, d: Path) -> None:
        capital_places: set[str] = set()  # `Washington/USA`: places.tsv's other forms of a capital share it
        for line in (d / "countries.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            iso, english, names, abbrs, sides, cap_zh, cap_en = (line.split("\t") + [""] * 7)[:7]
            self._country_names[iso] = english
            all_names = list(filter(None, names.split("|")))
            # 马国 beside 马来西亚: the abbreviation with 国 is read as the abbreviation is (马国 on a page
            # about Madagascar is Madagascar), so it is no full name; the normal name (韩国) always is
            by_letter = {f"{a.rstrip('*')}国" for a in abbrs.split("|") if a} - set(all_names[:1])
            self._full_names[iso] = [n for n in all_names if n not in by_letter]
            for n in all_names:
                self._add(n, _Entry("country", iso))
                if n not in by_letter:
                    self._add_place(n, iso)
            for a in filter(None, abbrs.split("|")):
                self._abbr[a.rstrip("*")] = iso
                if a.endswith("*"):
                    self._word_abbr.add(a.rstrip("*"))
            for s in filter(None, sides.split("|")):
                self._add(s, _Entry("side", iso))
                if len(s) == 2 and s.endswith("方"):
                    self._side_chars.setdefault(s[0], iso)  # 埃方: 埃 stands for Egypt in its side form
            if cap_zh:
                self._add(cap_zh, _Entry("place"))
                self._add_place(cap_zh, f"{cap_en}/{iso}")
                self._capitals[cap_zh] = iso
                capital_places.add(f"{cap_en}/{iso}")
        for line in (d / "places.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            zh, en, iso, claimants, outsiders_aim = (line.split("\t") + ["", "", "", ""])[:5]
            self._add(zh, _Entry("place"))
            self._add_place(zh, f"{en}/{iso}" if iso else en)
            if f"{en}/{iso}" in capital_places:
                self._capitals[zh] = iso  # a second written form of the capital (华府, 坎培拉)
            if claimants:
                self._claimants[zh] = tuple(claimants.split("|"))
            if outsiders_aim:
                self._outsiders_aim[zh] = outsiders_aim

        orgs = read_yaml((d / "organizations.yaml").read_text(encoding="utf-8"))
        for surface, code in orgs["organizations"].items():
            codes = code if isinstance(code, list) else [code]
            self._org_codes.update(c for c in codes if c.split("-")[0] not in self._country_names)
            self._add(str(surface), _Entry("org", codes, str(surface)))
        self._members = {code: list(members) for code, members in orgs.get("members", {}).items()}
        for surface, spec in orgs["institutions"].items():
            self._add(str(surface), _Entry("inst", _sector_spec(spec), str(surface)))
        for word in orgs.get("blockers", []):
            self._add(word, _Entry("block"))
        titles = read_yaml((d / "titles.yaml").read_text(encoding="utf-8"))
        self._not_names = frozenset(titles["not_names"])
        for surface, spec in titles["titles"].items():
            self._add(str(surface), _Entry("title", _sector_spec(spec), str(surface)))

        self._treaties = [([_title_key(n) for n in t["names"]], t["parties"])
                          for t in read_yaml((d / "treaties.yaml").read_text(encoding="utf-8"))["treaties"]]
        self._load_exercises(read_yaml((d / "exercises.yaml").read_text(encoding="utf-8"))["exercises"])

        by_name: dict[str, list[_Person]] = {}
        people = read_yaml((d / "people.yaml").read_text(encoding="utf-8"))
        spokesperson, principal = (re.compile("|".join(map(re.escape, people[key])), re.IGNORECASE)
                                   for key in ("not_by_surname", "principal"))
        self._surname_titles = {title: tuple(w.lower() for w in words) for title, words in people["surname_titles"].items()}
        for p in people["people"]:
            offices = [_Office(c, _as_date(a), _as_date(b) if b else Date.max, (r or "").lower()) for c, a, b, r in p["offices"]]
            person = _Person(p["en"], offices, tuple(parts[-2] for z in p["zh"] if len(parts := _NAME_DOT.split(z)) > 1))
            self._people.setdefault(person.name, []).append(person)
            for z in dict.fromkeys(p["zh"]):
                by_name.setdefault(z, []).append(person)
            families = _family_names(p["zh"]) if any(o.code.startswith("JPN") for o in offices) else []
            families += _dotted_family_names(p["zh"])
            if families:
                self._family_names[person.name] = list(dict.fromkeys(families))
            # 尹总统 names a principal: spokespeople and envoys are not known by surname and title
            roles = [o[3] or "" for o in p["offices"]]
            if any(o.code[:3] in _SURNAME_FIRST for o in offices) and \
                    not all(spokesperson.search(r) and not principal.search(r) for r in roles):
                for z in {z[0] for z in p["zh"] if len(z) in (2, 3) and is_han(z)}:
                    self._surnames.setdefault(z, []).append(person)
        for z, persons in by_name.items():
            self._add(z, _Entry("person", persons))

    # ------------------------------------------------------------------ public API
    def states_named(self, text: str) -> set[str]:
        """The states a text names in full (one automaton pass, kept for the last text asked about:
        a page's readings and side forms both ask)."""
        last, named = self._named_for  # one read: another thread may replace it meanwhile
        if last != text:
            named = {v for _, _, v in self.place(text) if v in self._full_names}
            self._named_for = (text, named)
        return named

    def posted_to(self, text: str, date: str | None = None) -> list[str]:
        """The states the envoys in `text` are posted to, after each 驻 (驻韩大使, 驻美国和澳大利亚大使):
        names read in full, else a lone abbreviation (驻日大使权哲贤: Japan, not the ambassador's Korea)."""
        states: list[str] = []
        for at in occurrences(text, "驻"):
            rest = text[at + 1:]
            found = [m for m in self.find(rest, date) if m.codes and self.is_country(m.codes[0].split("-")[0])]
            if found and found[0].start == 0:
                states += [m.codes[0].split("-")[0] for m in found]
            elif rest[:1] in self._abbr:
                states.append(self._abbr[rest[0]])
        return list(dict.fromkeys(states))

    def abbreviation_readings(self, text: str) -> dict[str, str]:
        """How a page reads the one-character abbreviations and side forms (巴, 埃方): where it names
        exactly one other state whose name starts with that character, and the abbreviation's usual
        state never or only in passing, the abbreviation is that state's (巴方 on a page about Panama,
        埃方 on one about Ethiopia, 新马 on one about Singapore, 美伊 on one naming 伊拉克 thirty times
        and 伊朗 twice). Returns {usual ISO: ISO on this page}."""
        named = self.states_named(text)
        readings = {}
        for iso, (_, rivals) in self._rivals.items():
            if len(found := [r for r in rivals if r in named]) != 1:
                continue
            if iso not in named or self._times_named(text, found[0]) >= _DOMINANT * max(1, self._times_named(text, iso)):
                readings[iso] = found[0]
        return readings

    def _times_named(self, text: str, iso: str) -> int:
        return sum(text.count(name) for name in self._full_names[iso])

    def page_letters(self, text: str) -> dict[str, str]:
        """The letters a page may write for the states it names in full: {first letter: ISO} where
        the letter begins the name of no other state named there and is no listed abbreviation
        (of 阿塞拜疆 and 亚塞拜然, the form the page writes)."""
        starts: dict[str, set[str]] = {}
        for iso in self.states_named(text):
            for name in self._full_names[iso]:
                if name in text:
                    starts.setdefault(name[0], set()).add(iso)
        return {c: isos.pop() for c, isos in starts.items() if len(isos) == 1 and c not in self._abbr}

    def page_side_forms(self, text: str, letters: dict[str, str]) -> dict[str, str]:
        """Side forms a page makes of the states it names in full (委方 on a page naming 委内瑞拉, 希方
        on one naming 希腊): {the letter + 方: ISO}, where the letter is one of the page's `letters`
        (`page_letters`), no listed side form, and the two letters are no word of their own (西方, 南方)."""
        return {f"{c}方": iso for c, iso in letters.items()
                if f"{c}方" in text and f"{c}方" not in self._dict and c not in self._side_chars
                and not rjieba.has_word(f"{c}方")}

    def letter_compounds(self, text: str, letters: dict[str, str], readings: dict[str, str]) -> Iterator[ActorMention]:
        """Pairs and trios of states a page writes by their letters before a count (阿摩两国 on a page
        naming 阿尔及利亚 and 摩洛哥, 巴阿双方, 中立两国): each letter a listed abbreviation (read as the page
        reads it) or one of the page's letters (`page_letters`), at least one of them the page's own."""
        def state(c: str) -> str | None:
            return readings.get(self._abbr[c], self._abbr[c]) if c in self._abbr else letters.get(c)

        for tail in _COMPOUND_TAIL:
            for end in occurrences(text, tail):
                start = end
                while start > 0 and state(text[start - 1]):
                    start -= 1
                isos = [state(c) for c in text[start:end]]
                if 2 <= len(isos) <= 4 and len(set(isos)) == len(isos) and \
                        any(c not in self._abbr for c in text[start:end]):
                    yield ActorMention(text[start:end + len(tail)], start, end + len(tail), isos, "compound")

    def reread(self, mention: ActorMention, readings: dict[str, str]) -> ActorMention:
        """`mention` with the page's readings of abbreviations applied (`abbreviation_readings`): only
        to what is written with an abbreviation or side form (巴方, 中巴, 伊外长), never to a person."""
        if not readings or mention.kind == "person":
            return mention
        codes = []
        for code in mention.codes:
            iso, _, sector = code.partition("-")
            other = readings.get(iso)
            if other and self._rivals[iso][0] in mention.text and not any(n in mention.text for n in self._full_names[iso]):
                code = f"{other}-{sector}" if sector else other
            codes.append(code)
        if codes == mention.codes:
            return mention
        return ActorMention(mention.text, mention.start, mention.end, codes, mention.kind, mention.name, mention.alias)

    def family_names(self, mention: ActorMention) -> list[str]:
        """The family name by which the page goes on naming a person once he has been named in full:
        a Japanese official's (日本内阁官房长官松野博一 … 松野表示) or the last part of a dotted name
        (印度总理曼莫汉·辛格 … 辛格当天还前往皇宫); known people's and unknown names after a title alike."""
        if mention.name in self._family_names:
            return self._family_names[mention.name]
        if not mention.alias:
            return []
        if _NAME_DOT.search(mention.alias):
            return _dotted_family_names([mention.alias])
        if mention.codes and all(c.startswith("JPN") for c in mention.codes):
            return _family_names([mention.alias])
        return []

    def tenure(self, name: str, code: str) -> tuple[Date, Date] | None:
        """When the person called `name` (an ActorMention's canonical name) held the office that
        resolves to `code`: the first start and last end, an open end being today."""
        spans = [(o.start, min(o.end, _TODAY)) for p in self._people.get(name, []) for o in p.offices if o.code == code]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None

    def _load_exercises(self, entries: list[dict]) -> None:
        """One pattern for all named exercises: a name in quotes or right before an exercise word,
        with its year where the name alone is a common word."""
        plain, dated = [], []
        for entry in entries:
            for name in entry["names"]:
                self._exercise_hosts[name] = list(entry["hosts"])
                (dated if entry.get("dated") else plain).append(re.escape(name))
        plain.sort(key=len, reverse=True)  # the longest form first: 超级嘉鲁达之盾 before 嘉鲁达之盾
        dated.sort(key=len, reverse=True)
        year = r"[-－—·]?\d{2,4}[A-Z]?"

        def named(tag: str) -> str:
            return rf"(?<!联合)(?P<{tag}>{'|'.join(plain)})(?:{year})?|(?P<{tag}_dated>{'|'.join(dated)}){year}"
        self._exercise_names = re.compile(
            rf"[“「\"『](?:{named('quoted')})[”」\"』]|(?:{named('bare')})(?:联合|战略|海上|军事|年度|大规模|多国|两栖|空中|实兵)*(?:演习|军演|联演|演练)")

    def exercise_hosts(self, text: str) -> list[str]:
        """The hosts of the exercises named in `text` (参加“环太平洋”军演: USA), in order, or []."""
        hosts = [h for m in self._exercise_names.finditer(text)
                 for h in self._exercise_hosts[next(g for g in m.groups() if g)]]
        return list(dict.fromkeys(hosts))

    def treaty_parties(self, title: str) -> list[str]:
        """The parties of the agreement a 《title》 names (《中导条约》: USA, RUS), or [] if unknown."""
        key = _title_key(title)
        return next((parties for names, parties in self._treaties if any(n in key for n in names)), [])

    def title_sector(self, word: str) -> str | None:
        """The sector an office title names (外长: DIP, 元首: GOV), or None for a word that is no such title."""
        sector = next((e.value[0] for e in self._dict.get(word, []) if e.kind == "title"), None)
        return sector if sector and sector != "inherit" else None

    def names_title(self, text: str) -> bool:
        """Whether `text` holds an office title (外长, 总统): without one, `find` reads no official and
        no unknown name (alias)."""
        return bool(self._title_scan(_OTHER_DOT.sub("·", text)))

    def knows(self, word: str) -> bool:
        """Whether the word is a name the lexicon holds (川普, 高市早苗, 北约): the cleaner keeps those."""
        return word in self._dict

    def is_person(self, name: str | None) -> bool:
        """Whether a mention's canonical name is a known person's (Wen Jiabao), not an office's."""
        return name in self._people

    def with_members(self, codes: list[str], others: set[str] = frozenset()) -> list[str]:
        """Codes with the members of any grouping among them added after it (QUAD → QUAD, USA, JPN,
        IND, AUS), except states already named among them or in `others` (the other side)."""
        if not any(c in self._members for c in codes):
            return codes
        named = {c.split("-", 1)[0] for c in codes} | set(others)
        out = []
        for c in codes:
            out.append(c)
            for member in self._members.get(c, ()):
                if member not in named:
                    out.append(member)
                    named.add(member)
        return out

    def is_country(self, code: str) -> bool:
        """Whether a code (sector allowed) is a state's, as opposed to an organisation's."""
        return code.split("-", 1)[0] in self._country_names

    def country_of_code(self, code: str) -> str:
        """`KOR-MIL` -> `KOR`, `NATO-MIL` -> `NATO`: the sector suffix dropped (as the scorer does)."""
        return code.split("-", 1)[0]

    def place(self, text: str) -> list[tuple[int, int, str]]:
        """Place mentions, longest first, left to right (one leftmost-longest automaton scan):
        `Vilnius/LTU`, `East Sea`, or a bare ISO code for a country name (`韩国` -> `KOR`, the gold
        convention for a country as location)."""
        values = self._place_values
        return [(start, end, values[k]) for k, start, end in self._place_scan(text)]

    def capitals(self, text: str) -> list[tuple[int, int, str]]:
        """Capitals named in `text` with their country's code: (start, end, ISO). Most sentences name
        none: the place scan is run only where a capital's name occurs."""
        if not self._capital_scan(text):
            return []
        return [(s, e, self._capitals[text[s:e]]) for s, e, _ in self.place(text) if text[s:e] in self._capitals]

    def place_parties(self, text: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
        """Places with the states that hold them (`台岛` TWN, `日本` JPN, `釜山` KOR) or claim them, and
        whether they are contested (`钓鱼岛` CHN and JPN: True); seas and regions have none."""
        out = []
        for start, end, value in self.place(text):
            if value in self._country_names:
                out.append((start, end, (value,), False))
            elif "/" in value:
                out.append((start, end, (value.rsplit("/", 1)[1],), False))
            elif text[start:end] in self._claimants:
                out.append((start, end, self._claimants[text[start:end]], True))
        return out

    def outsiders_aim(self, place: str) -> str | None:
        """The claimant that a show of force at a contested place by a state claiming none of it is
        aimed at (a foreign warship through the Taiwan Strait: CHN), when the data names one."""
        return self._outsiders_aim.get(place)

    def find(self, sentence: str, date: str | None = None) -> list[ActorMention]:
        """Non-overlapping actor mentions of `sentence`, left to right, codes resolved at `date`."""
        s, out, resume = _OTHER_DOT.sub("·", sentence), [], 0
        ctx = _Context(s, self._words(s), self._not_names)
        interval = _interval(date)
        for i, matches in ctx.words.items():
            if i < resume:
                continue
            best = self._best_chain(s, i, ctx, matches)
            if best is None:
                continue
            mention = self._resolve(s, i, best, interval)
            if mention is not None and not mention.codes and mention.kind == "title" and \
                    (not out or out[-1].end < i):
                mention = self._by_surname(s, i, best, interval) or mention
            if mention is not None:
                mention.text = sentence[mention.start:mention.end]  # as written, dots and all
                out.append(mention)
            resume = best.end
        # 驻伊拉克美军, 驻叙利亚俄罗斯大使馆: the host only says where the next actor is posted; 乌兹别克族,
        # 朝鲜族: a people, not the state
        out = [m for m, after in zip(out, out[1:] + [None])
               if not (m.kind == "country" and m.start and s[m.start - 1] == "驻" and after and after.start == m.end)
               and not (m.kind == "country" and s.startswith("族", m.end))]
        for k in range(len(out) - 2, -1, -1):
            # 外交部亚洲司司长刘劲松: one official of the ministry, in its sector when the head has none of his own
            department = _department_between(s, out[k], out[k + 1])
            if department or self._office_of_next(s, out[k], out[k + 1]) or _own_body_next(out[k], out[k + 1]):
                holder = out.pop(k + 1)
                own_sector = all("-" in c for c in holder.codes)
                out[k] = replace(holder, start=out[k].start, text=sentence[out[k].start:holder.end],
                                 codes=out[k].codes if department and not own_sector else holder.codes)
            elif (units := _subsidiaries(s, out[k], out[k + 1])) is not None:
                units_state = out.pop(k + 1)
                out[k] = replace(out[k], end=units, text=sentence[out[k].start:units],
                                 codes=out[k].codes + [f"{units_state.codes[0]}-BUS"])
        return self._office_shared(s, out)

    def _office_shared(self, s: str, out: list[ActorMention]) -> list[ActorMention]:
        """日本和澳大利亚外长, 泰国和柬埔寨军队: states joined right before an office or body that names no
        holder share it, so each takes its sector (one holder, 韩国外长朴振, is one state's)."""
        for k in range(len(out) - 1, 0, -1):
            office = out[k]
            if office.kind not in ("title", "org") or len(office.codes) != 1 or "-" not in office.codes[0] or \
                    office.alias or self.is_person(office.name):
                continue
            sector = office.codes[0].partition("-")[2]
            j = k
            while j > 0 and out[j - 1].kind == "country" and _STATE_JOIN.fullmatch(s, out[j - 1].end, out[j].start):
                j -= 1
                out[j] = replace(out[j], codes=[f"{c}-{sector}" for c in out[j].codes])
        return out

    def _office_of_next(self, s: str, m: ActorMention, after: ActorMention | None) -> bool:
        """国务委员、外交部长秦刚: an office with no name of its own, listed (、) right before a named
        holder of the same state, is another office of that person, read as one mention with it."""
        if after is None or s.find("、", m.end, after.start) < 0 or m.kind not in ("title", "org") or \
                self.is_person(m.name) or m.alias:
            return False
        if not (self.is_person(after.name) or after.alias) or not _OFFICE_LIST_GLUE.fullmatch(s, m.end, after.start):
            return False
        own = {c.split("-")[0] for c in m.codes}
        return own <= {c.split("-")[0] for c in after.codes}

    # ------------------------------------------------------------------ parsing
    def _words(self, s: str) -> dict[int, list[tuple[int, _Entry]]]:
        """Where a mention may start, in order, with the (end, entry) of every dictionary word
        starting there, longest first (an abbreviation alone: no words)."""
        words: dict[int, list[tuple[int, _Entry]]] = {}
        entries = self._entries
        found = self._scan(s, overlapping=True)  # (k, start, end)
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)  # stable: by start, then longest first
        for k, start, end in found:
            here = words.setdefault(start, [])
            for e in entries[k]:  # none for an abbreviation: it only marks where a mention may start
                here.append((end, e))
        return words

    def _best_chain(self, s: str, i: int, ctx: "_Context", matches: list[tuple[int, _Entry]]) -> _Chain | None:
        """All readings starting at i (`matches`: the dictionary words there); the one reaching
        furthest wins (earlier = longer head on ties)."""
        heads: list[_Chain] = []
        for end, e in matches:
            if e.kind == "country":
                heads.append(_Chain(end, "country", [e.value]))
            elif e.kind == "side":
                if ctx.boundary(i):
                    heads.append(_Chain(end, "side", [e.value]))
            elif e.kind == "org":
                if end - i > 2 or ctx.boundary(i):  # 台军 in 对台军售 is not Taiwan's army
                    tail = _count_at(s, end) if len(e.value) > 1 else ""
                    # 俄白两国国防部长: a listed compound keeps its count, so a title after it is theirs
                    heads.append(_Chain(end + len(tail), "org", fixed=list(e.value), name=e.name))
            elif e.kind in ("inst", "title"):
                if not s.startswith("级", end):
                    head = _Chain(i, "org" if e.kind == "inst" else "title")
                    heads.append(self._with_inst(head, e, end) if e.kind == "inst" else self._with_title(head, e, end))
            elif e.kind == "person":
                persons = e.value
                if i and s[i - 1] in _NAME_DOTS:  # a surname after a given name and its dot
                    written = _GIVEN_NAME.search(s, max(0, i - 6), i - 1)
                    persons = [p for p in persons if p.may_follow(written.group() if written else "")]
                if persons and _name_ends(s, end, ctx) and (end - i > 2 or i and s[i - 1] in _BEFORE_NAME or ctx.boundary(i)) \
                        and not (end - i <= 2 and _inside_unknown_name(s, i, ctx)):
                    heads.append(_Chain(end, "person", persons=persons))
            else:  # place, block: consumed, never an actor
                heads.append(_Chain(end, e.kind))
        compound = self._compound(s, i, ctx)
        if compound:
            heads.append(compound)
        best = None
        for h in heads:
            chain = self._extend(s, h, ctx)
            if chain.head == "title" and chain.title_sector is None and chain.inst is None and not chain.persons:
                continue  # a generic title alone (主席, 官员) says nothing
            if best is None or _reach(chain) > _reach(best):
                best = chain
        abbr = self._abbr.get(s[i])
        after_context = i and s[i - 1] in _CONTEXT
        if s[i] == "日" and i and s[i - 1] in _DATE_BEFORE:
            abbr = None  # 同日, 当日: a day, even where 同 could be "with"
        elif s[i] in self._word_abbr and not after_context:
            abbr = None  # 加强, 以及: _abbr_ok refuses a common word alone with no context character
        if abbr:  # last reading: its word-boundary tests (the segmentation) only where it would win
            chain = self._extend(s, _Chain(i + 1, "abbr", [abbr]), ctx)
            if (best is None or _reach(chain) > _reach(best)) \
                    and (ctx.boundary(i) or (after_context and ctx.boundary(i - 1))) \
                    and self._abbr_ok(s, i, chain, ctx):
                best = chain
        return best

    def _compound(self, s: str, i: int, ctx: "_Context") -> _Chain | None:
        """Two or more abbreviations (`韩日澳新`), whole words by the segmentation, + 两国/三方 ..."""
        if s[i] in self._abbr and s[i + 1:i + 2] == "、":
            return self._listed_abbreviations(s, i)
        if s[i + 1:i + 2] not in self._abbr or s[i] not in self._abbr:
            return None  # not even two in a row
        if any(e.kind == "country" for _, e in ctx.matches(i)):
            return None  # 巴新两国, 巴西: a state's own name starts here
        dated = s[i] == "日" and i and (s[i - 1] in _DATE_BEFORE  # 同日: that day, unless 同日韩两国
                                        or s[i - 1] in "）)" and s[i - 2:i - 1].isdigit())  # 昨（1）日以视讯方式
        j, isos = i, []
        while j < len(s) and s[j] in self._abbr and self._abbr[s[j]] not in isos:
            if j > i and any(e.kind in ("block", "country", "place") for _, e in ctx.matches(j)):
                named = next(((end, e.value) for end, e in ctx.matches(j) if e.kind == "country" and _count_at(s, end)), None)
                if named and named[1] not in isos:  # 澳巴新两国: a state's short name closing the letters before a count
                    return _Chain(named[0] + len(_count_at(s, named[0])), "compound", isos + [named[1]])
                break  # 中加以: 加以 is a word; 美日本: 日本 is a name
            isos.append(self._abbr[s[j]])
            j += 1
        if len(isos) < 2 or _LATIN_GLOSS.match(s, i + len(isos)) or ctx.title_ends(i) or _PLACE_NOUN.search(s, max(0, i - 2), i):
            return None  # 大使伊泰（Sylvain Itté）, 法国大使伊泰, 首府伊塔那加: a name (glossed, or after its title or
            # a word for a place), not 伊朗 and 泰国
        if dated:  # 同日韩两国: the segmenter reads 同日; only a count after the letters says otherwise
            if not any(s.startswith(t, i + len(isos)) for t in _COMPOUND_TAIL):
                return None
        elif not ctx.boundary(i) and not (s[i - 1:i] in _GLUED_BEFORE and s.startswith(_AFTER_GLUED, i + len(isos))):
            return None  # but 对美日双方, 对美菲联合演习: the segmenter's 对美 hides where the letters start
        if ctx.name_over(i, len(isos)) and not s.startswith(_COMPOUND_THEN, i + len(isos)):
            return None  # 乌沙科夫, 哈德逊: letters of a person's name, not abbreviations
        for k in range(len(isos), 1, -1):
            tail = _count_at(s, i + k)
            if s[i + k - 1] == "以" and not tail and not s.startswith(_AFTER_ISRAEL, i + k) and is_han(s[i + k:i + k + 1]):
                continue  # 韩美以书面形式确认: 以 is "by", not Israel
            if ctx.boundary(i + k) or tail or self._office_at(s, i + k, ctx) or not _fuses(s, i + k - 1) or \
                    s.startswith(_COMPOUND_THEN, i + k):
                # 以巴双方: a compound listed with its own states (巴 here is Palestine, not Pakistan)
                listed = next((e.value for end, e in ctx.matches(i) if end == i + k and e.kind == "org"), None)
                return _Chain(i + k + len(tail), "compound", list(listed) if listed else isos[:k])
        return None

    def _listed_abbreviations(self, s: str, i: int) -> _Chain | None:
        """美、日、澳三国: single abbreviations listed with 、, closed by a count (三国, 三方), or three or
        more of them (美、英、法、德)."""
        j, isos = i, []
        while j < len(s) and s[j] in self._abbr and self._abbr[s[j]] not in isos:
            isos.append(self._abbr[s[j]])
            if s[j + 1:j + 2] != "、":
                j += 1
                break
            j += 2
        tail = _count_at(s, j)
        # 批评美、英、法、德推动决议: three or more need no count after them (but not after a number: 5日、…)
        bare = len(isos) >= 3 and not s[i - 1:i].isdigit()
        return _Chain(j + len(tail), "compound", isos) if len(isos) >= 2 and tail or bare else None

    @staticmethod
    def _office_at(s: str, i: int, ctx: "_Context") -> tuple[int, _Entry] | None:
        """The longest institution or title starting at i, unless it is a level (参谋长级会议)."""
        for end, e in ctx.matches(i):
            if e.kind in ("inst", "title") and not s.startswith("级", end):
                return end, e
        return None

    def _office_or_minister_at(self, s: str, i: int, chain: _Chain, ctx: _Context) -> tuple[int, _Entry] | None:
        """A listed institution or title at i; else, right after a country, a minister's title of an
        unlisted ministry (美国卫生部长, 日本经济产业大臣), or the head of a listed ministry written
        with one 部 (美国能源部长: 能源部 + 长): a title, GOV unless the ministry says otherwise."""
        if (step := self._office_at(s, i, ctx)) is not None:
            return step
        if chain.inst is not None and not chain.has_title and s[i - 1:i + 1] == "部长":
            return i + 1, _HEAD_OF_MINISTRY
        if chain.head != "country" or chain.has_title or chain.inst is not None:
            return None
        m = _OTHER_MINISTER.match(s, i)
        if m is None or any(j < m.start("title") or e.kind not in ("inst", "title")
                            for j in range(i, m.end()) for _, e in ctx.matches(j)):
            return None  # an actor or a listed office inside: a list (美国和日本外交部长) or a count (三国国防部长)
        return m.end(), _OTHER_MINISTER_TITLE

    def _abbr_ok(self, s: str, i: int, chain: _Chain, ctx: "_Context") -> bool:
        """A lone abbreviation: fused with a preceding context character into one word (访华,
        对华关系), or standing alone as a word right after one (对韩出口); or, when it is not also a
        common word, directly before an institution or title (美防长, 俄国防部). A lone 日 before
        punctuation is a day (同日，次日，), not Japan, unless a context character fuses with it (访日。)."""
        if s[i] == "日" and chain.end == i + 1 and i + 1 < len(s) and s[i + 1] in "，,。；;、：:）)" \
                and (s[i - 1:i] not in _CONTEXT or s[i - 1:i] in _DATE_BEFORE):
            return False
        if i and s[i - 1] in _CONTEXT:
            fused = ctx.boundary(i - 1) and not ctx.boundary(i)
            alone = ctx.boundary(i) and (ctx.boundary(i + 1) or chain.end > i + 1)
            dated = i >= 2 and s[i - 2] == "日" and not ctx.boundary(i - 1)  # 3日访/中: the verb glued to the day
            if fused or (alone and (s[i] not in self._word_abbr or dated)):
                return True
        return chain.end > i + 1 and s[i] not in self._word_abbr and ctx.boundary(i) \
            and bool(chain.inst or chain.has_title)

    def _extend(self, s: str, chain: _Chain, ctx: "_Context") -> _Chain:
        """Grow a head with 驻X, institutions, titles (兼 title) and a name, as far as they go."""
        if chain.head in ("place", "block", "side"):
            return chain
        if chain.head == "person":
            word = next((w for w in ("政府", "当局", "政权", "内阁") if s.startswith(w, chain.end)), None)
            if word:
                chain.end += len(word)
                chain.govt = True
            elif (step := self._office_at(s, chain.end, ctx)) and step[1].kind == "title":
                self._with_title(chain, step[1], step[0])  # name before title: 布林肯国务卿
            return chain
        while True:
            pos = chain.end
            if s.startswith("兼", pos) and chain.has_title:
                pos += 1
            if s.startswith("驻", pos) and chain.bases and not chain.has_title:  # 中国驻美大使: where, not who
                where = next((end for end, x in ctx.matches(pos + 1) if x.kind in ("country", "place")), None)
                if where is None and s[pos + 1:pos + 2] in self._abbr:
                    where = pos + 2
                pos = where or pos
            tenure = _TENURE.match(s, pos)
            if tenure and self._office_or_minister_at(s, tenure.end(), chain, ctx):
                pos = tenure.end()  # 美国前国务卿, 韩国时任总统: one mention
            step = self._office_or_minister_at(s, pos, chain, ctx)
            if step is None:
                break
            end, e = step
            if e.kind == "inst":
                if chain.has_title:
                    break
                self._with_inst(chain, e, end)
            else:
                self._with_title(chain, e, end)
        if chain.persons is None and (chain.has_title or chain.head == "country"):
            for end, e in ctx.matches(chain.end):
                if e.kind == "person" and _name_ends(s, end, ctx):
                    chain.persons, chain.end = e.value, end
                    break
            else:
                if chain.has_title:
                    start, chain.end = chain.end, ctx.name_end(chain.end)
                    chain.alias = s[start:chain.end] if chain.end - start >= 2 else None
        return chain

    @staticmethod
    def _with_inst(chain: _Chain, e: _Entry, end: int) -> _Chain:
        chain.inst, chain.end = e.value, end
        chain.default_country = e.value[1] or chain.default_country
        if chain.name is None:
            chain.name = e.name
        return chain

    @staticmethod
    def _with_title(chain: _Chain, e: _Entry, end: int) -> _Chain:
        sector, country, _ = e.value
        chain.has_title, chain.end = True, end
        if sector != "inherit":
            chain.title_sector = sector
        chain.default_country = country or chain.default_country
        return chain

    # ------------------------------------------------------------------ resolution
    def _resolve(self, s: str, i: int, c: _Chain, interval) -> ActorMention | None:
        if c.head in ("place", "block"):
            return None
        text = s[i:c.end]
        person_code = person_name = None
        if c.persons:
            persons = [p for p in c.persons if any(o.code.endswith(f"-{c.title_sector}") for o in p.offices)]
            person, person_code = _pick_person(persons or c.persons, interval)
            person_name = person.name
        sector = c.title_sector
        if sector is None and c.inst is not None:
            sector = c.inst[0]
        if person_code and i and s[i - 1] == "驻" and c.bases:
            codes = [person_code]  # 驻美大使崔天凯: the envoy's own country, not his post
        elif c.fixed is not None:
            codes = [self._with_sector(code, sector) for code in c.fixed]
        else:
            bases = c.bases or ([self.country_of_code(person_code)] if person_code else []) \
                or ([c.default_country] if c.default_country else [])
            if c.inst is not None and bases:
                sector = c.title_sector or c.inst[2].get(bases[0], c.inst[0])
            if c.govt:
                codes = [self._with_sector(bases[0], "GOV")]
            elif person_code and sector is None and bases[0] == self.country_of_code(person_code):
                codes = [person_code]
            elif not bases:
                return ActorMention(text, i, c.end, [], "title" if c.has_title else "org",
                                    f"?-{sector}" if sector and sector != "-" else "?", c.alias)
            else:
                codes = [self._with_sector(b, sector) for b in bases]
        if c.has_title:
            kind = "title"
        elif c.inst is not None or c.fixed is not None:
            kind = "org"
        elif c.persons:
            kind = "person"
        else:
            kind = {"abbr": "country"}.get(c.head, c.head)
        name = person_name or c.name or (self._country_names.get(c.bases[0]) if len(c.bases) == 1 else None)
        return ActorMention(text, i, c.end, list(dict.fromkeys(codes)), kind, name, c.alias)

    def _by_surname(self, s: str, i: int, chain: _Chain, interval) -> ActorMention | None:
        """尹总统, 文总统 (Korean and Chinese press): a one-character surname before a bare title
        names the office holder of that surname in that office at the date, if there is exactly one."""
        if not i or interval is None or chain.title_sector is None:
            return None
        lo, hi = interval
        held = [(p.name, o) for p in self._surnames.get(s[i - 1], ()) for o in p.offices
                if o.code.endswith(f"-{chain.title_sector}") and o.start <= hi and lo <= o.end]
        found = {(name, o.code) for name, o in held}
        words = self._surname_titles.get(s[i:chain.end], ())
        if len(found) > 1 and words:  # 蔡总统 in 2023: the president, not the party secretary of the same sector
            found = {(name, o.code) for name, o in held if any(w in o.role for w in words)}
        if len(found) != 1:
            return None
        name, code = found.pop()
        return ActorMention(s[i - 1:chain.end], i - 1, chain.end, [code], "person", name)

    def _with_sector(self, code: str, sector: str | None) -> str:
        """Add a sector to a bare code: any country takes one; an organisation only a known one
        (NATO + MIL -> NATO-MIL, but UN + DIP stays UN)."""
        if not sector or sector in ("-", "inherit") or "-" in code:
            return code
        if code in self._country_names:
            return f"{code}-{sector}"
        return f"{code}-{sector}" if f"{code}-{sector}" in self._org_codes else code


# a ministry's department the dictionary does not list, named right before its head (亚洲司司长, 亚洲大洋洲局局长)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,12}?([司局处厅室])")


def _department_between(s: str, ministry: ActorMention, head: ActorMention) -> bool:
    """外交部亚洲司司长刘劲松, 外务省亚洲大洋洲局局长船越健裕: a department of the ministry before its own
    head (the head's title opens with the department's last character) joins them into one mention."""
    gap = _DEPARTMENT.fullmatch(s, ministry.end, head.start)
    return bool(gap) and ministry.kind == "org" and head.kind == "title" and len(ministry.codes) == 1 and \
        "-" in ministry.codes[0] and s.startswith(gap.group(1), head.start)


def _own_body_next(m: ActorMention, after: ActorMention) -> bool:
    """日本三菱电机, 朝鲜朝中社: a state written right before a body of its own (a firm, an agency)
    names no second actor; they are read as one mention."""
    return m.kind == "country" and after.kind == "org" and after.start == m.end and len(m.codes) == 1 and \
        bool(after.codes) and all(c.split("-")[0] == m.codes[0] for c in after.codes)


def _subsidiaries(s: str, firm: ActorMention, state: ActorMention) -> int | None:
    """韩华海洋株式会社5家美国子公司: a firm's units in another state are that state's firms as well as
    the parent's; the end of the phrase, or None."""
    if not (firm.kind == "org" and firm.codes and all(c.endswith("-BUS") for c in firm.codes) and state.kind == "country"
            and len(state.codes) == 1 and _FIRM_TO_UNITS.fullmatch(s, firm.end, state.start)):
        return None
    units = _SUBSIDIARY.match(s, state.end)
    return units.end() if units else None


def _inside_unknown_name(s: str, i: int, ctx: _Context) -> bool:
    """主席埃斯拉米: a short known name (拉米, Lammy) that a title's holder's longer name ends with."""
    return any(is_han(s[j:i]) and not any(c in _AFTER_NAME or c in _CONTEXT for c in s[j:i]) and ctx.title_ends(j)
               for j in range(max(0, i - 3), i))  # the title scan last: it is the costly test


def _reach(chain: _Chain) -> tuple[int, int]:
    """How a reading ranks against others at its position: its end, then _RANK on a tie."""
    return chain.end, _RANK.get(chain.head, 1)


# function words the segmenter may glue to a short name after them (同岸田: 同岸|田)
_BEFORE_NAME = set("同与和及跟向对、，,")
# 与川普通电话, 马杜罗则表示; a time word after the name (林芳正当天, 王毅此前, 岸田首次): the segmenter may
# glue its first character to the name's last (正当, 毅此)
_AFTER_NAME = set("同与和及跟向对在将表说称指强也还等并于就通则是曾已又亦均再随当今昨前明本上近日此首早晚、，。,；;：:（(")


def _name_ends(s: str, end: int, ctx: "_Context") -> bool:
    """Whether a name read up to `end` ends there: a word boundary, the end, a function word
    the segmenter glued to it (王毅同拉夫罗夫), or an office title it glued to it (布什总统 is one word)."""
    return end == len(s) or s[end] in _AFTER_NAME or ctx.boundary(end) or \
        any(e.kind == "title" and (stop == len(s) or ctx.boundary(stop)) for stop, e in ctx.matches(end))


class _Context:
    """One sentence's dictionary words (from ActorLexicon._words) and its lazy segmentation: word
    boundaries and name tags, computed only when needed."""

    def __init__(self, s: str, words: dict[int, list[tuple[int, _Entry]]], not_names: frozenset[str]):
        self.s = s
        self.not_names = not_names  # words after a title that are no name (titles.yaml `not_names`)
        # what the segmenter reads: Taiwan's 今（14）日 with its 今 as a break, else 川普今 is one word
        self._cut_text = _TAIWAN_DAY.sub("，", s) if "日" in s else s
        self.words = words
        self._bounds: set[int] | None = None
        self._tags: dict[int, tuple[str, str]] | None = None

    def matches(self, i: int) -> list[tuple[int, _Entry]]:
        """(end, entry) of every dictionary word starting at i, longest first."""
        return self.words.get(i, [])

    def title_ends(self, i: int) -> bool:
        """Does an office title (大使, 总统) end right at i?"""
        return any(end == i and entry.kind == "title" for start in range(max(0, i - 8), i) for end, entry in self.matches(start))

    def boundary(self, i: int) -> bool:
        """Does a word start (and the previous one end) at i?"""
        if self._bounds is None:
            self._bounds = set(accumulate(map(len, rjieba.cut(self._cut_text)), initial=0))
        return i in self._bounds

    def name_over(self, i: int, n: int) -> bool:
        """Does a word tagged as a person's name (`nr`) start at i and run past i + n? The tagger
        segments as `boundary` does (jieba-rs tags the words of its cut), so the costlier tagging is
        done only where the segmentation has a word that long (a compound's letters seldom are one)."""
        if not self.boundary(i) or any(self.boundary(j) for j in range(i + 1, i + n + 1)):
            return False
        self._tag_words()
        return self._tags.get(i, ("", ""))[1].startswith("nr")

    def _tag_words(self) -> None:
        if self._tags is None:
            pos, self._tags = 0, {}
            for w, flag in rjieba.tag(self._cut_text):
                self._tags[pos] = (w, flag)
                pos += len(w)

    def name_end(self, i: int) -> int:
        """End of an unknown person's name starting at i (a jieba `nr*` word, a transliteration
        joined by middle dots: 伊利·拉特纳, or one glossed in Latin letters: 伊泰（Sylvain Itté）), else i."""
        self._tag_words()
        if glossed := _GLOSSED_NAME.match(self.s, i):  # however the segmenter cut it: the whole transliteration
            return glossed.end()
        glued = self._tags.get(i - 1)  # 第一次/官金烘均: the segmenter glued the title's last character to the name
        if i not in self._tags and glued and glued[1] in ("n", "nr", "nrt", "nrfg") and 3 <= len(glued[0]) <= 4 and is_han(glued[0]):
            return i - 1 + len(glued[0])
        end = i
        while (word := self._tags.get(end)) and len(word[0]) <= 6 and is_han(word[0]):
            nxt = self._tags.get(end + len(word[0]))
            dotted = nxt is not None and nxt[0] in _NAME_DOTS
            if not (word[1].startswith(_NAME_TAGS) or dotted or end > i or _LATIN_GLOSS.match(self.s, end + len(word[0]))):
                break
            end += len(word[0])
            if not dotted:
                if word[1].startswith("nr") and nxt is not None and nxt[1] == "nrt" and is_han(nxt[0]) \
                        and end - i + len(nxt[0]) <= 6:
                    continue  # 普奇/科夫, 布雷/弗曼: a transliteration cut in two
                break
            end += 1
        while end > i and self.s[end - 1] in _NAME_DOTS:
            end -= 1
        if end == i:
            end = self._untagged_name_end(i)
        if end - i >= 3 and _INVITED_BY.match(self.s, end - 1):
            end -= 1  # 穆伦应陈炳德之邀: 应 opens the invitation, it ends no name
        return end

    def _untagged_name_end(self, i: int) -> int:
        """A foreign name the segmenter cut into common words (大使/原田/亲仁/当天, 大使/阿法/纳西/耶夫，):
        three to six characters of nouns and abbreviations, one of them a name's or all of a Japanese
        four, closed by a time, a verb, a preposition or punctuation; else i."""
        end, words = i, []
        while (word := self._tags.get(end)) and word[1] in _NAME_PART_TAGS and is_han(word[0]) and end - i + len(word[0]) <= 6:
            words.append(word)
            end += len(word[0])
        closing = self._tags.get(end)
        if not 3 <= end - i <= 6 or closing is None or not (closing[1][:1] in _NAME_CLOSING_TAGS or closing[0] in "，。,；、（(") \
                or any(w in self.not_names for w, _ in words):
            return i
        named = any(t.startswith(_NAME_TAGS) or t == "j" for _, t in words)
        return end if named or (end - i == 4 and len(words) == 2) else i


# the invitation a visit is made at (data/cues.yaml `invitation`, which the setting cue shares)
_INVITED_BY = re.compile(read_yaml((DATA_DIR.parent / "cues.yaml").read_text(encoding="utf-8"))["invitation"][0])
_NAME_TAGS = ("nr", "nz")  # jieba's person names, and other proper nouns (辛格 after 印度总理)
_NAME_PART_TAGS = ("n", "nr", "nrt", "nrfg", "nz", "j")  # what a name cut into common words is tagged
_NAME_CLOSING_TAGS = ("t", "v", "p", "d", "x", "m")  # 当天, 表示, 在, 也, punctuation, 9日: where such a name ends


_FIRM_TO_UNITS = re.compile(r"(公司|集团|株式会社)?(旗下|的)?[\d一二三四五六七八九十两几数多]*[家个]?")  # 株式会社5家
_SUBSIDIARY = re.compile(r"子公司|分公司|分支机构")


def _count_at(s: str, i: int) -> str:
    """The count word closing a compound at `i` (韩美两国, 美日韩三方), or ""."""
    return next((t for t in _COMPOUND_TAIL if s.startswith(t, i)), "")


def _fuses(s: str, i: int) -> bool:
    """Does s[i] begin a dictionary word with what follows (加强, 中国)? Then it is not a
    compound's last member even where the segmentation put the boundary elsewhere."""
    return any(rjieba.has_word(s[i:i + n]) for n in (2, 3, 4) if i + n <= len(s))


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` (never empty) occurs in `text`, without overlaps."""
    i = text.find(word) if word else -1
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


def _dotted_family_names(names: list[str]) -> list[str]:
    """The last parts of names written with a middle dot (曼莫汉·辛格: 辛格), two characters or more; and
    the first part of an Arabic name with 本 (bin) in it, which is how the press goes on naming him
    (穆罕默德·本·萨勒曼 … 穆罕默德王储)."""
    found = []
    for n in names:
        parts = _NAME_DOT.split(n)
        if len(parts) > 1 and len(parts[-1]) > 1:
            found.append(parts[-1])
        if len(parts) > 2 and _BIN.intersection(parts[1:-1]) and len(parts[0]) > 1:
            found.append(parts[0])
    return found


def _family_names(names: list[str]) -> list[str]:
    """The family names of Japanese names written in four Han characters (two and two: 松野博一);
    a name of three may split either way (石破茂, 林芳正) and gives none."""
    return list(dict.fromkeys(n[:2] for n in names if len(n) == 4 and is_han(n)))


def is_han(w: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in w)


def _sector_spec(spec) -> tuple[str, str | None, dict]:
    """`MIL`, `MIL@JPN` or {sector, country, by_country} -> (sector, default country, by_country)."""
    if isinstance(spec, dict):
        return spec["sector"], spec.get("country"), spec.get("by_country", {})
    sector, _, country = str(spec).partition("@")
    return sector, country or None, {}


def _as_date(v) -> Date:
    return v if isinstance(v, Date) else Date.fromisoformat(str(v))


@lru_cache(maxsize=256)
def _interval(date: str | None) -> tuple[Date, Date] | None:
    """ISO day / month / year -> the days it covers; a date with no year -> None (unknown). Cached:
    a page asks for the same few dates at every sentence."""
    if not date or date.startswith("--"):
        return None
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        d = Date(*parts)
        return d, d
    if len(parts) == 2:
        first = Date(parts[0], parts[1], 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return Date(parts[0], 1, 1), Date(parts[0], 12, 31)


def _pick_person(persons: list[_Person], interval) -> tuple[_Person, str]:
    """The person (of those sharing a name) and code at the date; see the module docstring."""
    if interval is None:
        person = max(persons, key=lambda p: max(o.start for o in p.offices))
        codes = {o.code for o in person.offices}
        if len(codes) == 1:
            return person, codes.pop()
        return person, max((o for o in person.offices if o.start <= _TODAY), key=lambda o: (min(o.end, _TODAY), o.start)).code
    lo, hi = interval
    scored = []
    for p in persons:
        for o in p.offices:
            overlap = (min(hi, o.end) - max(lo, o.start)).days + 1
            if overlap > 0:
                scored.append((overlap, o.start, p, o.code))
    if scored:
        _, _, person, code = max(scored, key=lambda t: (t[0], t[1]))
        return person, code

    def distance(o: _Office) -> int:
        return (o.start - hi).days if hi < o.start else (lo - o.end).days
    person, office = min(((p, o) for p in persons for o in p.offices), key=lambda t: distance(t[1]))
    return person, office.code.split("-", 1)[0]


_TITLE_NOISE = re.compile(r"[\s·.•‧・．《》〈〉]")


def _title_key(title: str) -> str:
    """A title as compared with the treaty names: dots, spaces and brackets dropped (《9·19军事协议》 -> 919军事协议)."""
    return _TITLE_NOISE.sub("", title)


@lru_cache(maxsize=1)
def _default() -> ActorLexicon:
    return ActorLexicon()
