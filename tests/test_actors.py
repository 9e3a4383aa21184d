"""Actor lexicon: data integrity, resolution tables, false-positive guards, and a corpus sweep."""
from __future__ import annotations

import glob
import re
import time
from pathlib import Path

import pytest

from allywatch.nlp.actors import DATA_DIR, ActorLexicon
from allywatch.nlp.sentences import split_sentences

CORPUS = sorted(glob.glob("/work/shared/corpus/*.txt"))


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


def codes(lex, text, date=None):
    """All codes found in `text`, in order, flattened."""
    return [c for m in lex.find(text, date) for c in m.codes]


# --------------------------------------------------------------------------- people at dates
PERSON_AT_DATE = [
    ("马杜洛", "2019-02-05", "VEN-GOV"),  # beyond East Asia (ninth session)
    ("马杜洛", "2012-06-01", "VEN-DIP"),  # foreign minister under Chavez
    # Hong Kong's and Taiwan's own names for foreign officials (thirty-second session)
    ("甘民乐", "2024-01-10", "GBR-DIP"), ("史托腾伯格", "2019-06-01", "NATO"), ("巴帕罗", "2025-03-01", "USA-MIL"),
    ("西比哈", "2025-05-16", "UKR-DIP"), ("聂边贾", "2024-03-28", "RUS-DIP"),  # other spellings (thirty-seventh session)
    ("艾波特", "2014-05-01", "AUS-GOV"), ("罗沙里欧", "2013-06-01", "PHL-DIP"),
    ("阿利耶夫", "2023-09-20", "AZE-GOV"),
    # cross-strait talks' heads and Taiwan's party leaders (thirty-fourth session)
    ("江丙坤", "2008-11-04", "TWN-GOV"), ("陈德铭", "2014-02-27", "CHN-GOV"), ("朱立伦", "2015-05-04", "TWN-LEG"),
    ("吴伯雄", "2008-11-05", "TWN-LEG"),
    ("帕希尼扬", "2020-11-10", "ARM-GOV"),
    ("武契奇", "2023-09-29", "SRB-GOV"),
    ("库尔蒂", "2023-09-29", "XKX-GOV"),
    ("巴祖姆", "2023-05-01", "NER-GOV"),
    ("巴祖姆", "2023-08-10", "NER"),  # deposed on 26 July 2023
    ("内塔尼亚胡", "2017-06-01", "ISR-GOV"),  # the prime minister, though also foreign minister then
    ("林芳正", "2022-06-01", "JPN-DIP"),  # foreign minister 2021-11..2023-09
    ("林芳正", "2024-03", "JPN-GOV"),  # chief cabinet secretary from 2023-12
    ("林芳正", "2008-09-01", "JPN-MIL"),  # defence minister Aug-Sep 2008
    ("尹锡悦", "2023-07-12", "KOR-GOV"),
    ("尹锡悦", "2025-06-01", "KOR"),  # out of office: the country without a sector
    ("奥斯汀", "2023-01-31", "USA-MIL"),
    ("劳埃德·奥斯汀", "2025-01", "USA-MIL"),  # the month overlaps his tenure
    ("赫格塞思", "2025-03-01", "USA-MIL"),
    ("布林肯", "2016-05-01", "USA-DIP"),
    ("蓬佩奥", "2017-06-01", "USA-GOV"),  # CIA director before State
    ("蓬佩奥", "2019", "USA-DIP"),
    ("金明秀", "2025-01-06", "KOR-MIL"),
    ("马卡罗夫", "2009-07-22", "RUS-MIL"),  # Chief of the General Staff 2008-2012
    ("王冠中", "2014-06-01", "CHN-MIL"),  # Deputy Chief of the General Staff at the 2014 Shangri-La Dialogue
    ("孙建国", "2016-06-05", "CHN-MIL"),
    ("李熹", "2025-02-10", "CHN-MIL"),  # Eastern Theater Command spokesperson
    ("罗布·鲍尔", "2024-06-01", "NATO-MIL"),
    ("鲍尔", "2023", "NATO-MIL"),
    ("斯托尔滕贝格", "2020-01-01", "NATO"),
    ("斯托尔滕贝格", "2012-01-01", "NOR-GOV"),
    ("吕特", "2023-05-01", "NLD-GOV"),
    ("吕特", "2025-06-25", "NATO"),
    ("冯德莱恩", "2016-01-01", "DEU-MIL"),
    ("冯德莱恩", "2022-01-01", "EU"),
    ("韩德洙", "2024-12-20", "KOR-GOV"),  # acting president
    ("岸田文雄", "2015-01-01", "JPN-DIP"),
    ("岸田文雄", "2023-01-01", "JPN-GOV"),
    ("石破茂", "2025-01-01", "JPN-GOV"),
    ("高市早苗", "2025-11-01", "JPN-GOV"),
    ("滨田靖一", "2023-01-11", "JPN-MIL"),
    ("浜田靖一", "2023-01-11", "JPN-MIL"),  # Japanese form of the same name
    ("特朗普", "2018-06-12", "USA-GOV"),
    ("拜登", "2015-01-01", "USA-GOV"),  # vice president
    ("卡梅伦", "2024-01-01", "GBR-DIP"),
    ("卡梅伦", "2012-01-01", "GBR-GOV"),
    ("赖斯", "2008-01-01", "USA-DIP"),  # Condoleezza Rice, Secretary of State
    ("赖斯", "2015-01-01", "USA-GOV"),  # Susan Rice, national security adviser
    ("绍伊古", "2020-01-01", "RUS-MIL"),
    ("绍伊古", "2025-01-01", "RUS-GOV"),
    ("王毅", "2023-09-01", "CHN-DIP"),
    ("泽连斯基", "2023", "UKR-GOV"),
    ("李在明", "2025-07-01", "KOR-GOV"),
    ("金正恩", "2011-06-01", "PRK"),  # before he led: country only
    ("林郑月娥", "2020-08-07", "HKG-GOV"),  # Hong Kong's Chief Executive 2017-2022
    ("贺一诚", "2023-01-01", "MAC-GOV"),
]


@pytest.mark.parametrize("text,date,code", PERSON_AT_DATE)
def test_person_at_date(lex, text, date, code):
    ms = lex.find(text, date)
    assert len(ms) == 1 and ms[0].kind == "person" and ms[0].text == text
    assert ms[0].codes == [code]


@pytest.mark.parametrize("text,date,found", [
    ("马总统表示", "2010-05-01", [("马总统", "TWN-GOV")]),  # Ma Ying-jeou, not the TAO spokesman 马晓光
    ("日本和苏联在莫斯科签署", "1956-10-19", [("日本", "JPN"), ("苏联", "RUS")]),  # the USSR, coded as Russia
    ("国防部新闻发言人杨宇军27日表示", "2015-10-27", [("国防部新闻发言人杨宇军", "CHN-MIL")]),
    ("美国国务院发言人纽兰5日表示", "2013-02-05", [("美国国务院发言人纽兰", "USA-DIP")]),
    ("尹锡悦同岸田举行会谈", "2024-09-06", [("尹锡悦", "KOR-GOV"), ("岸田", "JPN-GOV")]),  # segmented 同岸|田
    ("胡锦涛前往朝鲜驻北京大使馆吊唁", "2011-12-20", [("胡锦涛", "CHN-GOV"), ("朝鲜驻北京大使馆", "PRK-DIP")]),
    ("伊朗向驻伊拉克美军基地发射导弹", "2020-01-08", [("伊朗", "IRN"), ("美军", "USA-MIL")]),  # the host is where
])
def test_short_name_after_a_preposition_and_an_embassy_in_a_city(lex, text, date, found):
    assert [(m.text, m.codes[0]) for m in lex.find(text, date)] == found


UNKNOWN_YEAR = [
    ("奥斯汀", "--01-06", "USA-MIL"),  # one code across offices
    ("林芳正", None, "JPN-GOV"),  # several codes: the latest office
    ("布林肯", "--12", "USA-DIP"),
    ("崔龙海", None, "PRK-GOV"),  # the office still held, not the army post left in 2014 though taken later
]


@pytest.mark.parametrize("text,date,code", UNKNOWN_YEAR)
def test_person_unknown_year(lex, text, date, code):
    assert codes(lex, text, date) == [code]


# --------------------------------------------------------------------------- title chains
TITLES = [
    ("韩国国防部长官李钟燮", "KOR-MIL", "韩国国防部长官李钟燮"),
    ("朝鲜国防省发言人当天发表谈话", "PRK-MIL", "朝鲜国防省发言人"),
    ("美国国务卿表示", "USA-DIP", "美国国务卿"),
    ("中国常驻联合国代表张军大使", "CHN-DIP", "中国常驻联合国代表张军"),
    ("北约军事委员会主席罗布·鲍尔", "NATO-MIL", "北约军事委员会主席罗布·鲍尔"),
    ("日本首相在记者会上", "JPN-GOV", "日本首相"),
    ("日本外相林芳正", "JPN-DIP", "日本外相林芳正"),  # the title beats the person's latest office
    ("美国国防部长官劳埃德·奥斯汀31日表示", "USA-MIL", "美国国防部长官劳埃德·奥斯汀"),
    ("美国朝鲜问题特别代表金成", "USA-DIP", "美国朝鲜问题特别代表金成"),
    ("韩国联合参谋本部议长", "KOR-MIL", "韩国联合参谋本部议长"),
    ("联参议长金明秀", "KOR-MIL", "联参议长金明秀"),  # 联参 implies Korea
    ("联合参谋部副参谋长孙建国", "CHN-MIL", "联合参谋部副参谋长孙建国"),  # China's Joint Staff, not Korea's 合参 inside it
    ("防卫大臣浜田靖一", "JPN-MIL", "防卫大臣浜田靖一"),
    ("国防部长奥斯汀", "USA-MIL", "国防部长奥斯汀"),  # country from the person
    ("中国国务院副总理刘鹤", "CHN-GOV", "中国国务院副总理刘鹤"),
    ("美国国务院发言人", "USA-DIP", "美国国务院发言人"),
    ("美国防部长", "USA-MIL", "美国防部长"),
    ("俄外长拉夫罗夫", "RUS-DIP", "俄外长拉夫罗夫"),
    ("澳大利亚副总理兼国防部长理查德·马勒斯", "AUS-MIL", "澳大利亚副总理兼国防部长理查德·马勒斯"),
    ("韩国总统尹锡悦日前表示", "KOR-GOV", "韩国总统尹锡悦"),
    ("法国海军中将克里斯托夫·卢卡斯", "FRA-MIL", "法国海军中将克里斯托夫·卢卡斯"),  # unknown name
    ("菲律宾国防部长某某某表示", "PHL-MIL", None),
    ("中国驻美大使谢锋", "CHN-DIP", "中国驻美大使谢锋"),  # 驻美 is where, not who
    ("布林肯国务卿", "USA-DIP", "布林肯国务卿"),
    ("驻韩美军司令", "USA-MIL", "驻韩美军司令"),
    ("外交部发言人毛宁表示", "CHN-DIP", "外交部发言人毛宁"),
    ("北约秘书长斯托尔滕贝格", "NATO", "北约秘书长斯托尔滕贝格"),
    ("驻美大使谢锋表示", "CHN-DIP", "美大使谢锋"),  # a known envoy's own country, not his post
    ("香港特区行政长官李家超", "HKG-GOV", "香港特区行政长官李家超"),
    ("特首李家超", "HKG-GOV", "特首李家超"),
    # envoys to the UN offices in Vienna and Geneva; the Pope heads the Holy See
    ("中国常驻维也纳联合国代表王群", "CHN-DIP", "中国常驻维也纳联合国代表王群"),
    ("俄罗斯常驻维也纳国际组织代表乌里扬诺夫", "RUS-DIP", "俄罗斯常驻维也纳国际组织代表乌里扬诺夫"),
    ("罗马教宗方济各", "VAT-GOV", "罗马教宗方济各"),
    ("约旦王储侯赛因", "JOR-GOV", "约旦王储侯赛因"),  # a crown prince and an emir speak for their governments
    ("卡塔尔埃米尔表示", "QAT-GOV", "卡塔尔埃米尔"),
]


@pytest.mark.parametrize("text,code,span", TITLES)
def test_title_chain(lex, text, code, span):
    m = lex.find(text, "2023-01-31")[0]
    assert m.codes == [code]
    assert m.kind == "title"
    if span:
        assert m.text == span and text[m.start:m.end] == span


def test_unresolved_institution_keeps_sector(lex):
    ms = lex.find("韩国国防部当天下午已向外交部发送公文")
    assert [(m.text, m.codes) for m in ms] == [("韩国国防部", ["KOR-MIL"]), ("外交部", [])]
    assert ms[1].name == "?-DIP"


# --------------------------------------------------------------------------- compounds and sides
COMPOUNDS = [
    ("韩美举行会谈", ["KOR", "USA"]),
    ("美日韩三国", ["USA", "JPN", "KOR"]),
    ("韩日澳新四国应携手北约", ["KOR", "JPN", "AUS", "NZL", "NATO"]),
    ("中美关系", ["CHN", "USA"]),
    ("美韩日站在一起", ["USA", "KOR", "JPN"]),
    ("美英澳三边", ["USA", "GBR", "AUS"]),
    ("中日韩三国领导人会议", ["CHN-GOV", "JPN-GOV", "KOR-GOV"]),
    ("韩美防长31日商定", ["KOR-MIL", "USA-MIL"]),
    ("31日韩美防长会谈", ["KOR-MIL", "USA-MIL"]),  # 日 after a number is a date
    ("以哈双方同意停火", ["ISR", "PSE"]),  # a compound the data lists (Israel and Hamas) beats its letters (哈: Kazakhstan)
    ("巴以两国", ["PSE", "ISR"]),
    ("中哈两国", ["CHN", "KAZ"]),  # a guard: elsewhere 哈 is Kazakhstan
    ("批评美、英、法、德推动决议", ["USA", "GBR", "FRA", "DEU"]),  # three or more letters listed need no count
    ("美、英、法等国", ["USA", "GBR", "FRA"]),
    ("批评美、英、日推动决议", ["USA", "GBR", "JPN"]),
    ("中方对美菲联合演习表示关切", ["CHN", "USA", "PHL"]),  # 对美 glued by the segmenter, then 联合: still a pair
    ("俄乌冲突", ["RUS", "UKR"]),
    ("中美元首会晤", ["CHN-GOV", "USA-GOV"]),
    ("美韩同盟", ["USA", "KOR"]),
    # before 军事/军演 the last letter does not fuse with 军 (美菲军 is no name, 美军 no army here)
    ("美菲军事合作", ["USA", "PHL"]),
    ("韩美军事合作", ["KOR", "USA"]),
    ("美菲军演", ["USA", "PHL"]),
    # 以 is Israel before 冲突 or a count, the word "by" before a manner (以书面形式); 日以 after a
    # Taiwanese day (昨（1）日以视讯方式) is that day; 新法 is a new law
    ("美国必须远离伊以冲突", ["USA", "IRN", "ISR"]),
    ("美以两国", ["USA", "ISR"]),
    ("韩美以书面形式确认", ["KOR", "USA"]),
    ("安倍晋三昨（1）日以视讯方式演讲", ["JPN-GOV"]),
    ("菲律宾的新法侵犯了越南的主权", ["PHL", "VNM"]),
]


@pytest.mark.parametrize("text, expected", [
    # 以…身份 is "as": 以国防部长身份 is no Israeli minister, 以国防军 is Israel's army
    ("绍伊古此前曾以国防部长身份访问朝鲜", ["PRK", "RUS"]),
    ("以国防军空袭加沙", ["ISR"]),
])
def test_as_an_office_is_no_israeli_office(lex, text, expected):
    assert sorted({c.split("-")[0] for m in lex.find(text, "2023-07-26") for c in m.codes}) == expected


@pytest.mark.parametrize("text,expected", COMPOUNDS)
def test_compound(lex, text, expected):
    assert codes(lex, text) == expected


def test_compound_span_includes_count(lex):
    m = lex.find("韩日澳新四国应携手")[0]
    assert (m.text, m.kind) == ("韩日澳新四国", "compound")


SIDES_AND_SINGLES = [
    ("美方表示", ["USA"], "side"),
    ("韩方支持", ["KOR"], "side"),
    ("中方和俄方", ["CHN", "RUS"], "side"),
    ("日本宣布限制对韩出口", ["JPN", "KOR"], None),
    ("美国对华经贸政策", ["USA", "CHN"], None),
    ("他将访华", ["CHN"], "country"),
    ("韩美共同对朝遏制战略", ["KOR", "USA", "PRK"], None),
    ("加强对台军售", ["TWN"], "country"),
    ("欧盟对俄制裁", ["EU", "RUS"], None),
    ("外交部将向日本政府发送公函", ["JPN-GOV"], None),
    ("总理在意大利访问", ["ITA"], None),
    ("美国同台湾签署协议", ["USA", "TWN"], None),
    ("同日，朝鲜发射导弹", ["PRK"], None),
    ("韩国同日本举行会谈", ["KOR", "JPN"], None),
    ("王毅同拉夫罗夫举行会谈", ["CHN-DIP", "RUS-DIP"], None),         # the segmenter glues 同 to the name
    ("外长王毅同俄外长拉夫罗夫会谈", ["CHN-DIP", "RUS-DIP"], None),
]


@pytest.mark.parametrize("text,expected,kind", SIDES_AND_SINGLES)
def test_sides_and_single_abbreviations(lex, text, expected, kind):
    ms = lex.find(text)
    assert [c for m in ms for c in m.codes] == expected
    if kind:
        assert ms[0].kind == kind


# --------------------------------------------------------------------------- organisations
ORGS = [
    ("北大西洋公约组织", "NATO"),
    ("七国领袖", "G7"),  # Hong Kong and Taiwan usage for the G7's leaders
    ("东盟地区论坛", "ASEAN"),  # the ASEAN Regional Forum is coded as ASEAN, which convenes it (as 东亚峰会)
    ("以国政府", "ISR-GOV"),  # Taiwan's short form
    ("国务院台办", "CHN-GOV"),
    ("海基会", "TWN-GOV"),
    ("美中战略竞争特设委员会", "USA-LEG"),  # the US House's committee, though it opens with 美中
    ("祖国和平统一委员会", "PRK-GOV"),
    ("伊斯兰革命卫队", "IRN-MIL"),
    ("俄机", "RUS-MIL"),  # a side's aircraft and ships are its military
    ("澳机", "AUS-MIL"),
    ("英舰", "GBR-MIL"),
    ("加舰", "CAN-MIL"),
    ("美舰", "USA-MIL"),
    ("中国军机", "CHN-MIL"),
    ("日本军舰", "JPN-MIL"),
    ("北约军委会", "NATO-MIL"),
    ("联合国安理会", "UNSC"),
    ("东盟", "ASEAN"),
    ("四方安全对话", "QUAD"),
    ("伊核问题六国", "P5+1"),  # the Iran talks' six: their members are added to events (with_members)
    ("北约亚太伙伴", "AP4"),
    ("印太经济框架", "IPEF"),
    ("上合组织", "SCO"),
    ("金砖国家", "BRICS"),
    ("国际原子能机构", "IAEA"),
    ("五角大楼", "USA-MIL"),
    ("美国印太司令部", "USA-MIL"),
    ("朝鲜人民军", "PRK-MIL"),
    ("解放军", "CHN-MIL"),
    ("自卫队", "JPN-MIL"),
    ("白宫", "USA-GOV"),
    ("克里姆林宫", "RUS-GOV"),
    ("青瓦台", "KOR-GOV"),
    ("朝中社", "PRK-MED"),
    ("共同社", "JPN-MED"),
    ("韩国法院", "KOR"),
    ("中国国务院", "CHN-GOV"),
    ("美国务院", "USA-DIP"),  # 美 + 国务院 (State Department), not 美国 + 务院
    ("日本防卫省", "JPN-MIL"),
    ("韩国国会", "KOR-LEG"),
    ("文在寅政府", "KOR-GOV"),
    ("澳门特区政府", "MAC-GOV"),
    ("港府", "HKG-GOV"),
    ("欧方", "EU"),  # the EU's side, as 中方 is China's
    # firms in sanctions and export-control news are their home state's business sector
    ("华为公司", "CHN-BUS"),
    ("台積電", "TWN-BUS"),
    ("洛克希德·马丁", "USA-BUS"),
    ("马士基", "DNK-BUS"),
    # a state written right before its own body is one mention with it
    ("日本三菱电机", "JPN-BUS"),
    ("朝鲜朝中社", "PRK-MED"),
    ("国家互联网信息办公室", "CHN-GOV"),
]


def test_a_short_known_name_ending_a_longer_unknown_one_is_not_that_person(lex):
    """主席埃斯拉米 is not Lammy (拉米); 外交大臣拉米 and 与李强 still are the people named."""
    assert codes(lex, "伊朗原子能组织主席埃斯拉米会谈后表示", "2023-03-04") == ["IRN-GOV"]
    assert codes(lex, "外交大臣拉米表示", "2024-09-04") == ["GBR-DIP"]
    assert codes(lex, "尹总统与李强总理商定", "2024-05-26") == ["KOR-GOV", "CHN-GOV"]


def test_a_firms_units_in_another_state_are_both_states_firms(lex):
    found = lex.find("对韩华海洋株式会社5家美国子公司采取的反制措施", "2025-10-14")
    assert [(m.text, m.codes) for m in found] == [("韩华海洋株式会社5家美国子公司", ["KOR-BUS", "USA-BUS"])]


@pytest.mark.parametrize("text,code", ORGS)
def test_organisation(lex, text, code):
    ms = lex.find(text)
    assert len(ms) == 1 and ms[0].text == text and ms[0].codes == [code]


def test_combined_forces_command_is_both(lex):
    assert codes(lex, "韩美联合司令部") == ["KOR-MIL", "USA-MIL"]


def test_the_arab_islamic_summits_are_both_bodies(lex):
    assert codes(lex, "阿拉伯—伊斯兰国家") == ["LAS", "OIC"]


# --------------------------------------------------------------------------- false positives
NO_ACTOR = [
    "日前有报道称",
    "新兴技术和新冠疫情",
    "其中有三项",
    "反对以武力改变现状",
    "双方同意在此框架下合作",
    "两国各方都表示",
    "与以往不同",
    "在合作中加强沟通",
    "新的一年",
    "贸易额与日俱增",
    "导弹落入日本海",
    "朝鲜半岛局势",
    "中东和中亚",
    "印太战略",
    "13日当天",
    "美好的未来",
    "从中斡旋",
    "领土问题",
    "新总统将于明年就职",
    "他们在中美洲",
    "主席表示",  # a bare generic title says nothing
    "对新疆、香港问题表示关切",  # a bare 香港 is a place in China, not a party
]


@pytest.mark.parametrize("text", NO_ACTOR)
def test_no_actor(lex, text):
    assert [(m.text, m.codes) for m in lex.find(text) if m.codes] == []


def test_new_president_is_not_new_zealand(lex):
    assert "NZL-GOV" not in codes(lex, "新总统表示")


# --------------------------------------------------------------------------- places
PLACES = [
    ("在华盛顿举行", "Washington/USA"),
    ("在堪培拉举行", "Canberra/AUS"),
    ("立陶宛首都维尔纽斯", "Vilnius/LTU"),
    ("向朝鲜半岛东部海域发射", "East Sea"),
    ("在首尔", "Seoul/KOR"),
    ("平壤", "Pyongyang/PRK"),
    ("在纽约", "New York/USA"),
    ("金边峰会", "Phnom Penh/KHM"),
    ("台湾海峡", "Taiwan Strait"),
]


@pytest.mark.parametrize("text,value", PLACES)
def test_place(lex, text, value):
    assert value in [v for _, _, v in lex.place(text)]


def test_capital_is_not_an_actor(lex):
    assert lex.find("华盛顿表示") == []
    assert lex.place("停靠韩国") == [(2, 4, "KOR")]


@pytest.mark.parametrize("text,hosts", [
    ("首次派舰参加“环太平洋”军演", ["USA"]),
    ("参加马拉巴尔演习", ["IND", "USA"]),
    ("韩美联合军演「关键决断」和「鹞鹰」", ["KOR", "USA"]),
    ("俄军举行「东方-2022」战略演习", ["RUS"]),
    ("“北部·联合-2023”演习", ["CHN", "RUS"]),
    # a name needing its year, a plain phrase and the PLA's own exercise name no host
    ("西方国家举行演习", []),
    ("三边海上联合演习", []),
    ("“联合利剑-2024A”演习", []),
])
def test_named_exercises_give_their_hosts(lex, text, hosts):
    assert lex.exercise_hosts(text) == hosts


def test_country_of_code(lex):
    assert lex.country_of_code("KOR-MIL") == "KOR"
    assert lex.country_of_code("NATO-MIL") == "NATO"
    assert lex.country_of_code("UN") == "UN"


# --------------------------------------------------------------------------- data integrity
def test_data_volume_and_shape():
    import yaml

    rows = [ln.split("\t") for ln in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    isos = {r[0] for r in rows}
    assert len(rows) == len(isos) >= 196 and {"TWN", "PSE", "XKX"} <= isos
    assert all(re.fullmatch(r"[A-Z]{3}", r[0]) and len(r) == 7 for r in rows)
    places = [ln for ln in (DATA_DIR / "places.tsv").read_text(encoding="utf-8").splitlines()
              if ln and not ln.startswith("#")]
    assert len(places) >= 300
    orgs = yaml.safe_load((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))
    assert len(orgs["organizations"]) + len(orgs["institutions"]) >= 300
    org_codes = {c.split("-")[0] for v in orgs["organizations"].values() for c in (v if isinstance(v, list) else [v])}
    people = yaml.safe_load((DATA_DIR / "people.yaml").read_text(encoding="utf-8"))["people"]
    assert len(people) >= 1000
    for p in people:
        for code, start, end, _role in p["offices"]:
            base, _, sector = code.partition("-")
            assert base in isos or base in org_codes, p["en"]
            assert sector in ("", "GOV", "MIL", "DIP", "LEG", "MED", "BUS", "CVL"), p["en"]
            assert end is None or start <= end, p["en"]


def test_default_is_cached():
    assert ActorLexicon.default() is ActorLexicon.default()


# --------------------------------------------------------------------------- corpus sweep
@pytest.mark.skipif(not CORPUS, reason="shared corpus not mounted")
def test_corpus_sweep_has_no_absurd_matches(lex):
    """Every lone one-character match in the real pages must follow a context character, and
    every code must be well formed; the ordinary words of the pages must never match."""
    sentences = [s.text for f in CORPUS for s in split_sentences(Path(f).read_text(encoding="utf-8"))]
    found = [(s, m) for s in sentences for m in lex.find(s)]
    assert len(found) > 500
    for s, m in found:
        assert s[m.start:m.end] == m.text
        assert all(re.fullmatch(r"[A-Z0-9]{2,5}(-[A-Z]{3})?", c) for c in m.codes), m
        if len(m.text) == 1:
            assert s[m.start - 1] in "对访驻赴来抵援反抗侵亲离与同和跟向在自返从", (s, m)
        assert m.text not in {"以", "意", "新", "中", "日", "安全局", "参谋长"}, (s, m)


@pytest.mark.skipif(not CORPUS, reason="shared corpus not mounted")
def test_throughput(lex):
    text = "".join(Path(f).read_text(encoding="utf-8") for f in CORPUS)
    sentences = [s.text for s in split_sentences(text)]
    chars = sum(map(len, sentences))
    lex.find("预热")
    t = time.perf_counter()
    for s in sentences:
        lex.find(s, "2023-01-31")
    assert chars / (time.perf_counter() - t) > 300_000  # ~1.5 M chars/s measured; loose for CI


@pytest.mark.parametrize("traditional, date, expected", [
    ("澤倫斯基與英國首相施凱爾會面", "2025-03-01", ["UKR-GOV", "GBR-GOV"]),
    ("馬克宏與普丁通話", "2022-02-20", ["FRA-GOV", "RUS-GOV"]),
    ("賀錦麗會見納坦雅胡", "2024-07-25", ["USA-GOV", "ISR-GOV"]),
])
def test_taiwan_and_hong_kong_name_forms_after_conversion(traditional, date, expected):
    """Traditional pages are converted with OpenCC t2s, which keeps Taiwan's transliterations."""
    import opencc

    text = opencc.OpenCC("t2s").convert(traditional)
    assert [c for m in ActorLexicon.default().find(text, date) for c in m.codes] == expected


def test_taiwan_name_dots_match_the_dictionary_and_keep_the_text():
    found = ActorLexicon.default().find("美国总统唐纳‧川普与国务卿安东尼．布林肯", "2025-03-01")
    assert [(m.text, m.codes) for m in found][0] == ("美国总统唐纳‧川普", ["USA-GOV"])


@pytest.mark.parametrize("text, date, expected", [
    ("尹总统与日本首相岸田文雄举行会晤。", "2023-03-16", ("尹总统", ["KOR-GOV"])),
    ("文总统表示。", "2018-05-01", ("文总统", ["KOR-GOV"])),  # not 文翠珊, a transliteration
    ("朴总统表示。", "2015-01-01", ("朴总统", ["KOR-GOV"])),
])
def test_surname_and_title_name_the_office_holder_of_that_date(text, date, expected):
    found = [(a.text, a.codes) for a in ActorLexicon.default().find(text, date)]
    assert expected in found


def test_surname_and_title_stay_unresolved_when_ambiguous_or_undated():
    assert ("尹总统", ["KOR-GOV"]) not in [(a.text, a.codes) for a in ActorLexicon.default().find("尹总统表示。")]


@pytest.mark.parametrize("text, expected", [
    ("克里姆林宫助理乌沙科夫3日回应称", [["RUS-GOV"]]),  # 乌 and 沙 begin a name, not Ukraine and Saudi Arabia
    ("对美国哈德逊研究所采取反制措施", [["USA"]]),
    ("中美关系持续改善", [["CHN", "USA"]]),
    ("日美同盟", [["JPN", "USA"]]),
])
def test_abbreviation_letters_inside_a_persons_name_are_no_compound(lex, text, expected):
    assert [a.codes for a in lex.find(text, "2023-04-07") if a.kind != "org"] == expected


def test_coast_guards_of_japan_and_korea(lex):
    found = [(a.text, a.codes) for a in lex.find("中国渔船遭日本海上保安厅巡逻船拦截，韩国海洋警察厅表示。", "2010-09-07")]
    assert ("日本海上保安厅", ["JPN-MIL"]) in found and ("韩国海洋警察厅", ["KOR-MIL"]) in found


@pytest.mark.parametrize("page, readings", [
    ("巴拿马总统穆利诺宣布退出。中方希望巴方排除外部干扰。", {"PAK": "PAN"}),
    ("伊拉克外交部表示，伊方强烈谴责。", {"IRN": "IRQ"}),
    ("新加坡总理李显龙出席新马领导人常年会议。", {"NZL": "SGP"}),
    ("印度尼西亚总统佐科与印方会谈。", {"IND": "IDN"}),  # 印度 inside 印度尼西亚 is no mention of India
    # the usual state named too, or two others: the abbreviation stays the usual one
    ("巴基斯坦与巴拿马签署协议，巴方表示欢迎。", {}),
    ("巴西和巴拿马领导人会晤，巴方表示欢迎。", {}),
    ("中方表示，中非合作论坛将举行。", {}),  # 中 has no other reading
    ("埃塞俄比亚总理阿比表示，埃方将撤军。", {"EGY": "ETH"}),  # the letter of a side form (埃方) too
])
def test_a_page_reads_an_abbreviation_as_the_state_it_names(lex, page, readings):
    assert lex.abbreviation_readings(page) == readings


def test_a_reading_applies_to_abbreviations_and_never_to_a_person(lex):
    readings = {"PAK": "PAN", "IRN": "IRQ"}
    reread = [lex.reread(m, readings).codes for m in lex.find("巴方与巴基斯坦总理谢里夫和伊朗会谈，伊方代表出席。", "2024-05-01")]
    assert reread == [["PAN"], ["PAK-GOV"], ["IRN"], ["IRQ"]]


@pytest.mark.parametrize("title, parties", [
    ("《中导条约》", ["USA", "RUS"]),
    ("《9·19军事协议》", ["KOR", "PRK"]),  # dots dropped: 9.19, 9·19, 九一九
    ("《9.19南北军事协议》", ["KOR", "PRK"]),
    ("《印度河河水条约》", ["IND", "PAK"]),
    ("《全面禁止核试验条约》", []),  # multilateral: no counterpart to name
    ("《联合国宪章》", []),
])
def test_parties_of_a_titled_agreement(lex, title, parties):
    assert lex.treaty_parties(title) == parties


def test_every_treaty_party_is_a_known_code(lex):
    for _names, parties in lex._treaties:
        assert all(lex.is_country(p) or p in lex._org_codes for p in parties), parties


@pytest.mark.parametrize("text, expected", [
    ("先后攻占阿勒颇、哈马、霍姆斯等重要城市", []),  # 哈马 is Hama, not 哈(萨克斯坦)+马(来西亚)
    ("抵达佛罗里达州棕榈滩", []),  # guard: Taiwan's 达佛 (Darfur) is not in the gazetteer
    ("哈马斯发言人表示", ["PSE"]),  # a longer actor name still wins over the place inside it
])
def test_known_places_keep_their_letters_from_abbreviations(lex, text, expected):
    assert codes(lex, text, "2024-12-09") == expected


def test_every_place_row_is_well_formed():
    rows = [line.split("\t") for line in (DATA_DIR / "places.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    isos = {line.split("\t")[0] for line in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        assert 2 <= len(r) <= 5 and len(r[0]) >= 2, r
        assert len(r) < 3 or not r[2] or r[2] in isos, r
        assert len(r) < 4 or all(c in isos for c in r[3].split("|")), r
        assert len(r) < 5 or r[4] in r[3].split("|"), r  # the claimant aimed at is one of the claimants


def test_letters_glossed_by_a_latin_name_are_a_person_not_a_compound(lex):
    assert codes(lex, "法国将召回驻尼日尔大使伊泰（Sylvain Itté）", "2023-08-26") == ["FRA", "NER-DIP"]
    assert codes(lex, "中美两国", "2023-08-26") == ["CHN", "USA"]  # a guard: a compound stays one


def test_a_states_own_name_beats_letters_read_as_abbreviations(lex):
    assert codes(lex, "澳巴新两国于2023年12月7日签署协议", "2023-12-08")[-1:] == ["PNG"]  # 巴新 is Papua New Guinea
    assert codes(lex, "中巴两国", "2023-12-08") == ["CHN", "PAK"]  # a guard


@pytest.mark.parametrize("text, expected", [
    ("加勒比共同体紧急会议", [["CARICOM"]]),
    ("索马里青年党发动袭击", [["SOM"]]),  # an armed group: the territory it fights for
    ("阿盟秘书长表示", [["LAS"]]),  # the League of Arab States
    ("伊斯兰国家领导人", []),  # Islamic countries: no group
    ("青年党员代表大会", []),
])
def test_bodies_and_armed_groups_of_the_tenth_session(lex, text, expected):
    assert [a.codes for a in lex.find(text, "2024-01-01") if a.codes] == expected


def test_states_named_in_full_on_a_page(lex):
    page = "委内瑞拉与圭亚那的争端。委方表示……美国称"
    assert lex.states_named(page) == {"VEN", "GUY", "USA"}
    assert lex.states_named("美方表示") == set()  # a side form names no state in full
    assert lex.page_side_forms(page, lex.page_letters(page)) == {"委方": "VEN"}


@pytest.mark.parametrize("page, sentence, expected", [
    ("阿尔及利亚宣布与摩洛哥断交。", "呼吁阿摩两国通过对话解决分歧", [["DZA", "MAR"]]),
    ("巴基斯坦与阿富汗边境冲突。", "呼吁巴阿双方保持克制", [["PAK", "AFG"]]),  # 巴 an abbreviation, 阿 the page's
    ("阿塞拜疆与亚美尼亚外长会谈。", "阿亚两国外长", [["AZE", "ARM"]]),  # 亚塞拜然 is not written on this page
    ("中国与不丹边界谈判。", "中不两国签署的协定", [["CHN", "BTN"]]),
    ("阿联酋、阿塞拜疆与亚美尼亚。", "阿亚两国", []),  # 阿 begins two states named: no reading
    ("中美关系", "中美两国", []),  # abbreviations alone: the segmenter's compound rule reads those
    ("布基纳法索与马里。", "推动两国关系", []),  # letters that begin no state named are no compound
])
def test_compounds_of_the_letters_a_page_writes_for_its_states(lex, page, sentence, expected):
    letters = lex.page_letters(page + sentence)
    assert [a.codes for a in lex.letter_compounds(sentence, letters, {})] == expected


def test_every_knowledge_file_reads_the_same_with_the_fast_yaml_parser():
    """read_yaml may use libyaml's parser: it must give what yaml.safe_load gives on every data file."""
    import yaml

    import allywatch.data
    from allywatch.data import read_yaml
    data = Path(allywatch.data.__file__).parent
    files = sorted(data.rglob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text("utf-8")
        assert read_yaml(text) == yaml.safe_load(text), path.name


@pytest.mark.parametrize("text, date, found", [
    # the segmenter glues an office or 是 to a name it does not know as one word (布什总统, 布希是)
    ("布什总统访问韩国", "2008-08-05", [("布什总统", "USA-GOV"), ("韩国", "KOR")]),
    ("布希是在昨晚抵达首尔", "2008-08-06", [("布希", "USA-GOV")]),
    # offices listed before one name are that person's (国务委员、外交部长秦刚): one mention
    ("布林肯会见了国务委员、外交部长秦刚", "2023-02-05", [("布林肯", "USA-DIP"), ("国务委员、外交部长秦刚", "CHN-DIP")]),
    ("中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪", "2020-01-03",
     [("中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪", "CHN-DIP")]),
    # (guard) two named officials listed are two mentions
    ("韩国总统文在寅、美国总统特朗普", "2018-06-01", [("韩国总统文在寅", "KOR-GOV"), ("美国总统特朗普", "USA-GOV")]),
])
def test_names_glued_to_what_follows_and_offices_listed_before_a_name(lex, text, date, found):
    assert [(m.text, m.codes[0]) for m in lex.find(text, date)] == found


@pytest.mark.parametrize("text, posts", [
    ("召回驻韩大使长岭安政", ["KOR"]),  # a lone abbreviation after 驻, not the ambassador's Japan
    ("召回驻日大使权哲贤", ["JPN"]),
    ("召回驻美国和澳大利亚大使", ["USA", "AUS"]),
    ("召回日本驻韩国大使武藤正敏", ["KOR"]),
    ("召回大使", []),
])
def test_the_state_an_envoy_is_posted_to(lex, text, posts):
    assert lex.posted_to(text, "2020-01-01") == posts


@pytest.mark.parametrize("text, date, found", [
    # a party, its leader and its lawmakers are the legislature's side, ruling or not (ONTOLOGY.md: LEG)
    ("韩国共同民主党党首李在明会见中国大使", "2023-06-08", [("韩国", ["KOR"]), ("共同民主党党首李在明", ["KOR-LEG"]), ("中国大使", ["CHN-DIP"])]),
    ("执政党国民力量党党魁金起炫批评", "2024-06-12", [("执政党", []), ("国民力量党党魁", ["KOR-LEG"])]),
    ("日本最大在野党自民党总裁谷垣祯一", "2010-10-02", [("日本最大在野党", ["JPN-LEG"]), ("自民党", ["JPN-LEG"])]),
    ("中国国民党主席朱立伦", "2022-01-01", [("中国国民党主席朱立伦", ["TWN-LEG"])]),  # Taiwan's KMT, not China's
    ("以色列反对党领袖内塔尼亚胡", "2022-10-27", [("以色列反对党领袖内塔尼亚胡", ["ISR-LEG"])]),  # out of office then
    ("美国共和党参议员", "2023-01-01", [("美国共和党参议员", ["USA-LEG"])]),  # a shared name: the state before it
    ("民进党当局", "2023-01-01", [("民进党当局", ["TWN-GOV"])]),  # (guard) Beijing's name for Taiwan's government
    ("朝鲜劳动党中央委员会", "2023-01-01", [("朝鲜劳动党中央委员会", ["PRK-GOV"])]),  # (guard) a ruling state party governs
])
def test_political_parties_are_the_legislatures_side(lex, text, date, found):
    assert [(m.text, m.codes) for m in lex.find(text, date)] == found


@pytest.mark.parametrize("text, date, found", [
    # vice ministers in short forms are their ministry's, with the unknown name kept for later mentions
    ("南韩第一副外长崔钟建", "2021-01-11", [("南韩第一副外长崔钟建", ["KOR-DIP"], "崔钟建")]),
    ("日本外务次官森健良", "2021-01-11", [("日本外务次官森健良", ["JPN-DIP"], "森健良")]),
    ("俄罗斯副外长里亚布科夫", "2021-01-11", [("俄罗斯副外长里亚布科夫", ["RUS-DIP"], None)]),  # known: no alias needed
    # foreign ministries named for foreign affairs and trade
    ("澳大利亚外交贸易部", "2020-04-27", [("澳大利亚外交贸易部", ["AUS-DIP"], None)]),
    # a foreign name the segmenter cut into common words, closed by a time or punctuation, is still a name;
    # a residence or a meeting after a title is none
    ("日本驻俄罗斯大使原田亲仁当天在莫斯科", "2019-08-22", [("日本驻俄罗斯大使原田亲仁", ["JPN-DIP"], "原田亲仁")]),
    ("俄罗斯驻日本大使阿法纳西耶夫，", "2019-08-22", [("俄罗斯驻日本大使阿法纳西耶夫", ["RUS-DIP"], "阿法纳西耶夫")]),
    ("日本首相官邸表示", "2019-08-22", [("日本首相", ["JPN-GOV"], None)]),
    # an assistant minister
    ("中国外交部部长助理张昆生", "2012-08-04", [("中国外交部部长助理张昆生", ["CHN-DIP"], "张昆生")]),
])
def test_vice_ministers_and_trade_named_foreign_ministries(lex, text, date, found):
    assert [(m.text, m.codes, m.alias) for m in lex.find(text, date)] == found


@pytest.mark.parametrize("text, date, expected", [
    # a known surname after another given name and its dot is another person (西奥多·科尔伯特 is not Kohl)
    ("波音防务总裁西奥多·科尔伯特", "2022-09-16", ["USA-BUS"]),  # the firm, not Kohl
    ("德国总理赫尔穆特·科尔", "1990-07-16", ["DEU-GOV"]),
    ("美国总统唐纳德·特朗普", "2018-06-12", ["USA-GOV"]),  # a person with no dotted form may follow any given name
])
def test_surname_after_another_given_name_is_another_person(lex, text, date, expected):
    assert codes(lex, text, date) == expected


def test_a_name_the_segmenter_glued_to_its_titles_last_character(lex):
    """第一次/官金烘均: the name after 第一次官 is still read, so his later bare mentions are his office's."""
    found = lex.find("韩国外交部第一次官金烘均21日召见俄罗斯驻韩国大使", "2024-06-21")
    assert (found[0].text, found[0].codes) == ("韩国外交部第一次官金烘均", ["KOR-DIP"])


@pytest.mark.parametrize("text, date, expected", [
    # letters after a word for a place are the place's name, not a compound (伊塔: not Iran and Tajikistan)
    ("印度总理辛格前往该邦首府伊塔那加", "2009-10-03", ["IND-GOV"]),
    ("伊塔两国边境", "2009-10-03", ["IRN", "TJK"]),
    # the air force, not the airline (日本航空) and the forces
    ("日本航空自卫队", "2023-03-21", ["JPN-MIL"]),
    ("日本航空公司", "2023-03-21", ["JPN-BUS"]),
    # the CSTO's committee of security-council secretaries is the CSTO's, not Russia's secretary
    ("集体安全条约组织（集安组织）安全会议秘书委员会", "2010-06-14", ["CSTO", "CSTO", "CSTO"]),
    ("俄罗斯联邦安全会议秘书帕特鲁舍夫", "2010-06-14", ["RUS-GOV"]),
])
def test_place_names_air_forces_and_committees(lex, text, date, expected):
    assert codes(lex, text, date) == expected


def test_a_surname_and_title_pick_the_office_holder_whose_role_the_title_names():
    """蔡总统 while 蔡奇 sits in the CPC Secretariat (both government offices): the president."""
    lex = ActorLexicon.default()
    found = lex.find("蔡总统表示", "2023-05-01")
    assert [(m.codes, m.name) for m in found] == [(["TWN-GOV"], "Tsai Ing-wen")]


@pytest.mark.parametrize("text, date, found", [
    # a minister of a ministry the dictionary does not list is his government's, with his name kept
    ("美国卫生部长阿扎尔9日率团访台", "2020-08-09", [("美国卫生部长阿扎尔", ["USA-GOV"], "阿扎尔"), ("台", ["TWN"], None)]),
    ("日本农林水产大臣野村哲郎9日抵达北京", "2023-05-09", [("日本农林水产大臣野村哲郎", ["JPN-GOV"], "野村哲郎")]),
    ("美国前卫生部长阿扎尔表示", "2021-05-01", [("美国前卫生部长阿扎尔", ["USA-GOV"], "阿扎尔")]),
    # a transliteration the segmenter cut in two is one name
    ("俄罗斯紧急情况部长普奇科夫表示", "2018-05-01", [("俄罗斯紧急情况部长普奇科夫", ["RUS-GOV"], "普奇科夫")]),
    # the head of a listed ministry written with one 部 (能源部 + 长)
    ("美国能源部长表示", "2023-05-01", [("美国能源部长", ["USA-GOV"], None)]),
    # but a list of states before a listed title, or a count of them, is no ministry's name
    # (the states joined before it share the office: 美国和日本外交部长 are two ministers)
    ("美国和日本外交部长", "2023-05-01", [("美国", ["USA-DIP"], None), ("日本外交部长", ["JPN-DIP"], None)]),
    ("美国、英国和澳大利亚三国国防部长", "2024-04-08",
     [("美国", ["USA"], None), ("英国", ["GBR"], None), ("澳大利亚", ["AUS"], None), ("国防部长", [], None)]),
])
def test_ministers_of_unlisted_ministries(lex, text, date, found):
    assert [(m.text, m.codes, m.alias) for m in lex.find(text, date)] == found


@pytest.mark.parametrize("text, code", [
    ("朝鲜外务相崔善姬", "PRK-DIP"), ("朝鲜外务省第一副相金桂冠", "PRK-DIP"), ("朝鲜人民武力相", "PRK-MIL"),
])
def test_north_korean_ministers_titles(lex, text, code):
    """外务相, 副相, 人民武力相: one mention of the whole title (and the name after it)."""
    assert [(text[a.start:a.end], a.codes) for a in lex.find(text, "2011-06-25")] == [(text, [code])]


@pytest.mark.parametrize("text, codes_expected", [
    ("波罗的海三国领导人", ["EST-GOV", "LVA-GOV", "LTU-GOV"]), ("安理会五常", ["USA", "GBR", "FRA", "RUS", "CHN"]),
    ("海湾国家", ["GCC"]), ("白俄总统", ["BLR-GOV"]), ("欧洲三国", ["GBR", "FRA", "DEU"]),
    ("中亚五国", ["KAZ", "KGZ", "TJK", "TKM", "UZB"]), ("湄公河五国", ["KHM", "LAO", "MMR", "THA", "VNM"]),
    ("印度和中国两国军队", ["IND", "CHN"]),  # 两国军队: the two states' armies, not 国军 (Taiwan's)
])
def test_groups_named_by_their_members(lex, text, codes_expected):
    """Regional groups and the permanent five: one mention, all members."""
    assert codes(lex, text, "2024-06-01") == codes_expected


@pytest.mark.parametrize("text, codes_expected", [
    ("在西沙海域", []), ("岛以西约20海里", []), ("声索国之间", []), ("新日铁住金", []), ("对韩机构", []),
    ("菲华日报", []), ("缅华网", []), ("马哈瓦尔", []), ("艾哈迈达巴德", []), ("中非合作论坛", []),
    ("西澳州", ["AUS"]), ("新华网报道", ["CHN-MED"]), ("路透/法新", ["FRA-MED"]), ("同新中国建交", ["CHN"]),
    ("在意大利举行", ["ITA"]), ("新马关系", ["SGP", "MYS"]), ("新马两国", ["SGP", "MYS"]), ("西德总理", ["DEU-GOV"]),
])
def test_words_that_only_look_like_two_abbreviations(lex, text, codes_expected):
    """西沙 (the Paracels), 以西 (west of), 声索国 (claimants), 新日铁 (a firm): no Spain, Israel or Solomons."""
    assert codes(lex, text, "2024-06-01") == codes_expected


@pytest.mark.parametrize("text, expected", [
    ("日本外务省亚洲大洋洲局局长船越健裕", [("日本外务省亚洲大洋洲局局长船越健裕", ["JPN-DIP"])]),
    ("中国外交部亚洲司司长刘劲松", [("中国外交部亚洲司司长刘劲松", ["CHN-DIP"])]),
    ("韩国外交部与日本外务省局长", [("韩国外交部", ["KOR-DIP"]), ("日本外务省局长", ["JPN-DIP"])]),  # guard: 与 is no department
])
def test_a_department_the_dictionary_does_not_list_joins_its_ministry_and_head(lex, text, expected):
    """外交部亚洲司司长刘劲松: one official of the ministry, not the ministry and a stray director."""
    assert [(m.text, m.codes) for m in lex.find(text, "2023-07-05")] == expected


@pytest.mark.parametrize("text, codes_expected", [
    ("日本和澳大利亚外长举行会谈", ["JPN-DIP", "AUS-DIP"]),
    ("日本、美国和韩国国防部长", ["JPN-MIL", "USA-MIL", "KOR-MIL"]),
    ("泰国与柬埔寨军队交火", ["THA-MIL", "KHM-MIL"]),
    ("美国和韩国总统尹锡悦", ["USA", "KOR-GOV"]),  # one holder named: one state's office
    ("日本和澳大利亚外长黄英贤", ["JPN", "AUS-DIP"]),
    ("美国以及日本政府", ["USA-GOV", "JPN-GOV"]),
    ("美以对伊朗发动空袭", ["USA", "ISR", "IRN"]),  # 美以 (以对 alone is a word, 严阵以对)
])
def test_states_joined_before_an_office_share_it(lex, text, codes_expected):
    """日本和澳大利亚外长: two foreign ministers, not Japan and Australia's minister."""
    assert codes(lex, text, "2024-06-01") == codes_expected
