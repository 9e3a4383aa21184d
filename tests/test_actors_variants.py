"""Taiwan, Hong Kong and Singapore/Malaysia name forms, on the real path: a Traditional sentence is
converted with OpenCC t2s (as ingest/decode.py does) and then looked up. t2s maps characters and
phrases but keeps each region's vocabulary, so 普丁, 纽西兰, 美国在台协会 must be in the data."""
from __future__ import annotations

import opencc
import pytest

from allywatch.nlp.actors import ActorLexicon

T2S = opencc.OpenCC("t2s")


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


def codes(lex, traditional, date=None):
    return [c for m in lex.find(T2S.convert(traditional), date) for c in m.codes]


CASES = [
    # ---- people: Taiwan (CNA, Liberty Times, UDN), Hong Kong, Lianhe Zaobao / Malaysian press
    ("美國總統川普與俄羅斯總統普丁在赫爾辛基會晤", "2018-07-16", ["USA-GOV", "RUS-GOV"]),
    ("前總統小布希出席典禮", "2005-01-20", ["USA-GOV"]),
    ("布殊政府宣布對北韓實施新制裁", "2006-10-15", ["USA-GOV", "PRK"]),  # Hong Kong form
    ("副總統錢尼訪問東京", "2007-02-21", ["USA-GOV"]),
    ("國務卿萊斯抵達首爾", "2008-02-25", ["USA-DIP"]),  # 莱斯: Condoleezza Rice then ...
    ("國安顧問萊斯會見楊潔篪", "2015-08-28", ["USA-GOV", "CHN-DIP"]),  # ... Susan Rice, by date
    ("希拉莉與岡田克也會談", "2010-01-12", ["USA-DIP", "JPN-DIP"]),
    ("凱瑞與王毅通話", "2016-01-27", ["USA-DIP", "CHN-DIP"]),
    ("提勒森抵達北京", "2017-03-18", ["USA-DIP"]),
    ("盧比歐與趙顯舉行會談", "2025-07-31", ["USA-DIP", "KOR-DIP"]),
    ("美國國防部長馬提斯與南韓國防部長官宋永武會談", "2017-10-28", ["USA-MIL", "KOR-MIL"]),
    ("艾斯培呼籲南韓增加分攤", "2019-11-15", ["USA-MIL", "KOR"]),
    ("美軍參謀首長聯席會議主席密利表示", "2022-03-01", ["USA-MIL"]),
    ("白宮國安顧問蘇利文與王毅會面", "2023-05-11", ["USA-GOV", "CHN-DIP"]),
    ("波頓表示北韓必須棄核", "2018-05-13", ["USA-GOV", "PRK"]),
    ("白宮發言人尚皮耶在記者會上表示", "2023-06-01", ["USA-GOV"]),
    ("美國駐日大使易曼紐表示", "2023-04-01", ["USA-DIP"]),
    ("美國財政部長葉倫訪問北京", "2023-07-07", ["USA-GOV"]),
    ("德國總理梅克爾與法國總統歐蘭德通話", "2015-02-10", ["DEU-GOV", "FRA-GOV"]),
    ("沙柯吉與梅德維傑夫會談", "2008-08-12", ["FRA-GOV", "RUS-GOV"]),
    ("克里姆林宮發言人培斯科夫表示", "2023-01-01", ["RUS-GOV"]),
    ("俄羅斯外交部發言人札哈洛娃表示", "2023-01-01", ["RUS-DIP"]),
    ("英國首相文翠珊與卡麥隆", "2017-01-01", ["GBR-GOV", "GBR"]),  # Cameron out of office
    ("辛偉誠與施紀賢在國會辯論", "2023-06-01", ["GBR-GOV", "GBR"]),  # Hong Kong names
    ("英國外相韓蒙德訪問北京", "2015-09-01", ["GBR-DIP"]),
    ("紐西蘭總理阿爾登宣布", "2019-03-15", ["NZL-GOV"]),
    ("澳洲外長畢夏普與陸克文會面", "2014-01-01", ["AUS-DIP", "AUS"]),
    ("歐盟執委會主席范德賴恩表示", "2023-01-01", ["EU"]),
    ("菲律賓總統杜特蒂與小馬可仕", "2019-01-01", ["PHL-GOV", "PHL"]),
    ("馬來西亞首相安華會見新加坡總理黃循財", "2024-06-01", ["MYS-GOV", "SGP-GOV"]),
    ("印尼總統佐科威與普拉伯沃", "2023-01-01", ["IDN-GOV", "IDN-MIL"]),
    ("伊朗最高領袖哈米尼表示", "2023-01-01", ["IRN-GOV"]),
    ("土耳其總統艾爾段致電納坦雅胡", "2023-01-01", ["TUR-GOV", "ISR-GOV"]),
    ("國際原子能總署署長葛羅西抵達德黑蘭", "2023-03-03", ["IAEA"]),
    ("南韓國務總理韓悳洙", "2023-01-01", ["KOR-GOV"]),  # Korean hanja as Taiwan prints it
    # ---- countries
    ("紐西蘭與義大利簽署協議", None, ["NZL", "ITA"]),
    ("沙烏地阿拉伯與卡達宣布復交", None, ["SAU", "QAT"]),
    ("美國與寮國、汶萊舉行會談", None, ["USA", "LAO", "BRN"]),
    ("星國國防部表示", None, ["SGP-MIL"]),
    ("史瓦帝尼國王訪問台灣", None, ["SWZ-GOV", "TWN"]),
    ("陸方回應指出", None, ["CHN"]),
    # ---- organisations, institutions, titles
    ("美國在台協會處長表示", None, ["USA-DIP"]),
    ("五角大廈證實", None, ["USA-MIL"]),
    ("美軍印太司令部司令帕帕羅", "2025-01-01", ["USA-MIL"]),
    ("國防部長顧立雄與參謀總長梅家樹", None, ["TWN-MIL", "TWN-MIL"]),
    ("行政院長卓榮泰表示", None, ["TWN-GOV"]),
    ("陸委會主委邱垂正表示", None, ["TWN-GOV"]),
    ("國安會秘書長吳釗燮表示", None, ["TWN-GOV"]),
    ("共軍東部戰區宣布", None, ["CHN-MIL", "CHN-MIL"]),
    ("國軍嚴密監控", None, ["TWN-MIL"]),
    ("東協外長會議", None, ["ASEAN"]),
    ("日本防衞大臣表示", None, ["JPN-MIL"]),  # Hong Kong 衞, which t2s keeps
    ("哈瑪斯與神學士", None, ["PSE", "AFG"]),  # armed groups holding a territory: its state
    ("真主黨發言人表示", None, ["LBN"]),
    ("美國聯邦眾議院通過法案", None, ["USA-LEG"]),
    ("中情局局長伯恩斯", "2023-01-01", ["USA-GOV"]),
    ("美國戰爭部長赫格塞斯", "2025-10-01", ["USA-MIL"]),
    ("中共當局", None, ["CHN-GOV"]),
    # ---- guards: ordinary words that contain a new form
    ("北韓將發射偵察衛星國際社會譴責", None, ["PRK"]),  # 卫星国 is not Singapore (星国)
    ("他是哈薩克族牧民", None, []),
    ("美國喬治亞州州長", None, ["USA"]),  # the state, not Georgia the country
]


@pytest.mark.parametrize("traditional,date,expected", CASES)
def test_variant_after_t2s(lex, traditional, date, expected):
    assert codes(lex, traditional, date) == expected


PLACES = [
    ("在坎培拉舉行", "Canberra/AUS"),
    ("華府官員表示", "Washington/USA"),
    ("雪梨港", "Sydney/AUS"),
    ("威靈頓", "Wellington/NZL"),
    ("荷莫茲海峽", "Strait of Hormuz"),
    ("釣魚臺列嶼", "Diaoyu Islands"),
    ("柔佛州", "Johor/MYS"),  # not 佛州 Florida
]


@pytest.mark.parametrize("traditional,value", PLACES)
def test_place_variant_after_t2s(lex, traditional, value):
    values = [v for _, _, v in lex.place(T2S.convert(traditional))]
    assert values[0] == value


def test_capital_variant_is_not_an_actor(lex):
    assert lex.find(T2S.convert("華府表示")) == []
