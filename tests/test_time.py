"""Time expressions: tables of (published, earlier sentences of the item, sentence, expected mentions).

Expected mentions are (text, date, date_end, precision), left to right. 2023-07-12 is a Wednesday.
"""
import pytest

from allywatch.nlp.time import TimeResolver, lasting_start, trip_end
from allywatch.records import TimeMention

ITEM_0106 = ["首尔讯 – 1月6日,韩国联合参谋本部(联参)宣布,联参议长金明秀与北约军事委员会主席罗布·鲍尔进行了重要通话。"]
ITEM_2019 = ["据了解,日本政府于2019年7月宣布限制对韩出口3种关键半导体材料。"]
ITEM_0703 = ["7月3日,双方举行会谈。"]

GOLD = [  # sentences and dates of /work/shared/gold/dev.jsonl
    (None, [], ITEM_0106[0], [("1月6日", "--01-06", None, "day")]),
    (None, ITEM_0106, "鲍尔在通话中介绍了将于本月15日至16日举行的北约军委会参谋长级会议的议题",
     [("本月15日至16日", "--01-15", "--01-16", "day")]),
    (None, ["据韩国媒体报道,韩国国防部3月17日着手进入恢复《韩日军事情报保护协定》正常化所需程序。"],
     "据政府相关人士消息,韩国国防部当天下午已向外交部发送公文", [("当天", "--03-17", None, "day")]),
    (None, [], "据此,预计韩国外交部近期将向日本政府发送有关军情协定复常的公函。", [("近期", None, None, "unknown")]),
    (None, [], "韩国总统尹锡悦日前表示,\"韩日军情协定\"将完全恢复正常。", [("日前", None, None, "unknown")]),
    (None, [], ITEM_2019[0], [("2019年7月", "2019-07", None, "month")]),
    (None, ITEM_2019, "文在寅政府则于同年8月通知日方终止军情协定,此后又改口中止\"通知效力\"。",
     [("同年8月", "2019-08", None, "month"), ("此后", None, None, "unknown")]),
    (None, [], "近日,韩国总统尹锡悦与美国总统拜登在华盛顿在北约峰会期间举行双边会谈", [("近日", None, None, "unknown")]),
    (None, [], "据新华社援引朝中社13日报道,针对美韩两国日前签署《指南》,朝鲜国防省发言人当天发表谈话",
     [("13日", None, None, "unknown"), ("日前", None, None, "unknown"), ("当天", None, None, "unknown")]),
    (None, [], "美国战略核潜艇时隔近40年再次停靠韩国。", []),
    (None, [], "1953年8月8日,美国和韩国签署了《美韩共同防御条约》,1954年11月17日该条约生效,无限期有效。",
     [("1953年8月8日", "1953-08-08", None, "day"), ("1954年11月17日", "1954-11-17", None, "day")]),
    ("2023-07-12", [], "韩国总统尹锡悦当地时间12日出席在立陶宛首都维尔纽斯举行的北约亚太伙伴领导人会议",
     [("12日", "2023-07-12", None, "day")]),
    ("2023-07-12", ["韩国总统尹锡悦当地时间12日出席会议。"], "韩国总统在会前还就朝鲜当天向朝鲜半岛东部海域发射洲际弹道导弹一事表示",
     [("当天", "2023-07-12", None, "day")]),
    # a planned date is not the narrated day: 当天 after 将持续至31日 is still the 21st
    ("2023-08-22", ["韩美两国军队21日启动联合军事演习，演习将持续至31日。"], "朝鲜外务省发言人当天发表谈话",
     [("当天", "2023-08-21", None, "day")]),
    ("2023-07-12", [], "北约已在2022年战略文件中指出", [("2022年", "2022", None, "year")]),
    ("2023-07-12", [], "决定推进核不扩散、网络安全、新兴技术等11个领域合作的制度化。", []),
    ("2022-11-25", [], "11月21日至22日,美国会同澳大利亚政府在堪培拉举行了年度战略政策对话(SPD)。",
     [("11月21日至22日", "2022-11-21", "2022-11-22", "day")]),
]

ABSOLUTE = [
    (None, [], "2023年1月5日", [("2023年1月5日", "2023-01-05", None, "day")]),
    (None, [], "2023年1月", [("2023年1月", "2023-01", None, "month")]),
    (None, [], "该机制建立于2023年", [("2023年", "2023", None, "year")]),
    (None, [], "２０２３年１月５日", [("２０２３年１月５日", "2023-01-05", None, "day")]),
    (None, [], "2023 年 1 月 5 日", [("2023 年 1 月 5 日", "2023-01-05", None, "day")]),
    (None, [], "2023年01月05日", [("2023年01月05日", "2023-01-05", None, "day")]),
    (None, [], "二〇二三年十一月三十日", [("二〇二三年十一月三十日", "2023-11-30", None, "day")]),
    (None, [], "一九五三年八月八日", [("一九五三年八月八日", "1953-08-08", None, "day")]),
    (None, [], "二〇二三年", [("二〇二三年", "2023", None, "year")]),
    (None, [], "于2023-01-05发布", [("2023-01-05", "2023-01-05", None, "day")]),
    (None, [], "2023/1/5", [("2023/1/5", "2023-01-05", None, "day")]),
    (None, [], "2023.1.5", [("2023.1.5", "2023-01-05", None, "day")]),
    ("2023-02-01", [], "2023年2月29日", [("2023年2月29日", None, None, "unknown")]),
    (None, [], "2024年2月29日", [("2024年2月29日", "2024-02-29", None, "day")]),
    ("2023-01-10", [], "2022年12月22日晚十点,美国国务院宣布", [("2022年12月22日", "2022-12-22", None, "day")]),
    (None, [], "1月6日上午", [("1月6日", "--01-06", None, "day")]),
    (None, [], "12月30号", [("12月30号", "--12-30", None, "day")]),
    (None, [], "1月份出口不振", [("1月份", "--01", None, "month")]),
]

MONTH_DAY = [  # year from the publication date: news reports the past
    ("2023-01-10", [], "12月30日,美国印太司令部就朝鲜发射弹道导弹一事发表声明", [("12月30日", "2022-12-30", None, "day")]),
    ("2023-01-10", [], "1月5日", [("1月5日", "2023-01-05", None, "day")]),
    ("2023-01-10", [], "1月15日", [("1月15日", "2023-01-15", None, "day")]),  # within the tolerance
    ("2023-01-10", [], "3月1日", [("3月1日", "2022-03-01", None, "day")]),
    ("2023-12-28", [], "1月3日", [("1月3日", "2023-01-03", None, "day")]),
    ("2023-12-28", [], "会议将于1月3日举行", [("1月3日", "2024-01-03", None, "day")]),
    ("2023-01-10", [], "会议定于12月30日举行", [("12月30日", "2023-12-30", None, "day")]),
    ("2023-01-10", [], "双方计划于当地时间12月30日举行会谈", [("12月30日", "2023-12-30", None, "day")]),
    ("2023-12-05", [], "十一月三十日", [("十一月三十日", "2023-11-30", None, "day")]),
    ("2023-07-12", [], "8月", [("8月", "2022-08", None, "month")]),
    ("2023-07-12", [], "两国将于8月举行演习", [("8月", "2023-08", None, "month")]),
    # a time proposed or agreed for an act (提议在11月…举行, 同意于10月底…) is ahead, not last year's
    ("2014-08-10", [], "岸田提议在11月APEC会议期间举行首脑会谈", [("11月", "2014-11", None, "month")]),
    ("2014-08-10", [], "双方同意于10月举行磋商", [("10月", "2014-10", None, "month")]),
    ("2024-03-05", [], "2月29日", [("2月29日", "2024-02-29", None, "day")]),
    ("2025-01-10", [], "2月29日", [("2月29日", "2024-02-29", None, "day")]),
    (None, [], "2月29日", [("2月29日", "--02-29", None, "day")]),
    (None, [], "12月30日", [("12月30日", "--12-30", None, "day")]),
    (None, ITEM_2019, "11月", [("11月", "2019-11", None, "month")]),
    (None, ["2022年12月30日,朝鲜发射导弹。"], "1月2日", [("1月2日", "2023-01-02", None, "day")]),
    ("2023-01-10", ["12月30日,朝鲜发射导弹。"], "1月5日", [("1月5日", "2023-01-05", None, "day")]),
    ("2023-03-18", ITEM_2019, "8月", [("8月", "2019-08", None, "month")]),
    ("2023-07-12", ITEM_0703, "下一轮会谈将于6月1日举行", [("6月1日", "2024-06-01", None, "day")]),
]

DAY_ONLY = [
    ("2023-02-01", [], "美国国防部长奥斯汀31日表示", [("31日", "2023-01-31", None, "day")]),
    ("2023-01-01", [], "31日", [("31日", "2022-12-31", None, "day")]),
    ("2023-07-12", [], "13日", [("13日", "2023-07-13", None, "day")]),
    ("2023-07-12", [], "20日", [("20日", "2023-06-20", None, "day")]),
    ("2023-07-12", ITEM_0703, "双方20日再次会晤", [("20日", "2023-07-20", None, "day")]),
    (None, ITEM_2019, "韩国13日宣布反制", [("13日", "2019-07-13", None, "day")]),
    (None, ITEM_0106, "北约13日回应", [("13日", "--01-13", None, "day")]),
    (None, [], "31日", [("31日", None, None, "unknown")]),
    ("2023-03-05", [], "将于15日举行", [("15日", "2023-03-15", None, "day")]),
    ("2023-03-20", [], "将于5日举行", [("5日", "2023-04-05", None, "day")]),
    ("2023-02-01", [], "三十一日", [("三十一日", "2023-01-31", None, "day")]),
    ("2023-07-25", [], "二十日", [("二十日", "2023-07-20", None, "day")]),
    ("2023-07-12", ["北约已在2022年战略文件中指出。"], "12日", [("12日", "2023-07-12", None, "day")]),
    # after a background date months back, a bare day is the publication month's; a recent one lends its month
    ("2010-05-26", ["“天安”号警戒舰3月26日在西部海域沉没。"], "调查团20日公布调查结果",
     [("20日", "2010-05-20", None, "day")]),
    ("2010-05-06", ["4月26日，双方举行会谈。"], "28日", [("28日", "2010-04-28", None, "day")]),
]

RANGES = [
    (None, [], "11月21日至22日", [("11月21日至22日", "--11-21", "--11-22", "day")]),
    ("2023-02-10", [], "1月28日至2月3日", [("1月28日至2月3日", "2023-01-28", "2023-02-03", "day")]),
    (None, [], "将于2023年1月28日至2月3日前往尼泊尔", [("2023年1月28日至2月3日", "2023-01-28", "2023-02-03", "day")]),
    ("2023-02-10", [], "15日到16日", [("15日到16日", "2023-01-15", "2023-01-16", "day")]),
    ("2023-02-20", [], "15-16日", [("15-16日", "2023-02-15", "2023-02-16", "day")]),
    ("2023-01-10", [], "3至5日", [("3至5日", "2023-01-03", "2023-01-05", "day")]),
    ("2023-01-05", [], "12月28日至1月3日", [("12月28日至1月3日", "2022-12-28", "2023-01-03", "day")]),
    (None, [], "为跻身2024至2025年非常任理事国之列", [("2024至2025年", "2024", "2025", "year")]),
    (None, [], "2010年至2019年期间", [("2010年至2019年", "2010", "2019", "year")]),
    (None, [], "这是继1995年1月至1997年5月之后", [("1995年1月至1997年5月", "1995-01", "1997-05", "month")]),
    (None, [], "2023年1-2月", [("2023年1-2月", "2023-01", "2023-02", "month")]),
]

RELATIVE = [
    ("2023-07-12", [], "据韩联社今天报道", [("今天", "2023-07-12", None, "day")]),
    ("2023-07-12", [], "昨天", [("昨天", "2023-07-11", None, "day")]),
    ("2023-07-12", [], "国家主席今早与美国总统举行会晤", [("今早", "2023-07-12", None, "day")]),
    ("2023-07-12", [], "前晚", [("前晚", "2023-07-10", None, "day")]),
    ("2023-07-12", [], "大前天", [("大前天", "2023-07-09", None, "day")]),
    ("2023-07-12", [], "双方将于后天举行会谈", [("后天", "2023-07-14", None, "day")]),
    ("2023-03-01", [], "昨日", [("昨日", "2023-02-28", None, "day")]),
    ("2024-06-25", [], "澳洲总理艾班尼斯昨抵达北京", [("昨", "2024-06-24", None, "day")]),  # Hong Kong, Taiwan
    ("2023-07-12", [], "前天", [("前天", "2023-07-10", None, "day")]),
    ("2022-06-12", [], "岸田文雄前日晚间发表演说", [("前日", "2022-06-10", None, "day")]),  # Hong Kong, Taiwan
    ("2022-06-12", [], "前日本首相安倍晋三", []),  # 前 + 日本: a former prime minister
    # a name ending in a numeral (晋三) before a relative word: the word still counts
    ("2019-11-25", [], "安倍晋三上月23日在东京会见王岐山", [("上月23日", "2019-10-23", None, "day")]),
    ("2019-11-25", [], "安倍晋三去年11月访华", [("去年11月", "2018-11", None, "month")]),
    ("2023-07-12", [], "当天", [("当天", "2023-07-12", None, "day")]),
    (None, [], "当天", [("当天", None, None, "unknown")]),
    (None, [], "今天", [("今天", None, None, "unknown")]),
    # no publication date: a story dated by month-day only is told from that day, never for years
    (None, ["韩联社首尔11月23日电 韩国国防部23日表示"], "两国将于下月举行会议",
     [("下月", "--12", None, "month")]),
    (None, ["韩联社首尔11月23日电 韩国国防部23日表示"], "朝鲜昨天发射导弹", [("昨天", "--11-22", None, "day")]),
    (None, ["韩联社首尔11月23日电 韩国国防部23日表示"], "去年11月", [("去年11月", "--11", None, "month")]),
    (None, ["1953年8月8日，美韩签署条约。"], "上个月", [("上个月", None, None, "unknown")]),
    ("2023-07-12", ITEM_0703, "同日", [("同日", "2023-07-03", None, "day")]),
    ("2023-07-12", ITEM_0703, "当日", [("当日", "2023-07-03", None, "day")]),
    ("2023-03-01", ["2月28日,朝鲜发射导弹。"], "韩国次日作出回应", [("次日", "2023-03-01", None, "day")]),
    ("2024-03-05", ["2月28日,朝鲜发射导弹。"], "翌日", [("翌日", "2024-02-29", None, "day")]),
    ("2024-03-05", ["2月28日,朝鲜发射导弹。"], "韩方隔日回应", [("隔日", "2024-02-29", None, "day")]),
    (None, ["2月28日,朝鲜发射导弹。"], "次日", [("次日", "--03-01", None, "day")]),
    (None, ["12月31日,朝鲜发射导弹。"], "前一天", [("前一天", "--12-30", None, "day")]),
    (None, [], "次日", [("次日", None, None, "unknown")]),
    # so many days or weeks after the reference day (Traditional pages arrive Simplified)
    ("2025-03-07", ["3日,美国宣布暂停对乌军援。"], "两天后，美方暂停共享情报", [("两天后", "2025-03-05", None, "day")]),
    ("2025-08-07", ["6日,特朗普签署行政令。"], "新关税将于21天后生效", [("21天后", "2025-08-27", None, "day")]),
    (None, ["2月28日,朝鲜发射导弹。"], "一周后", [("一周后", "--03-07", None, "day")]),
    ("2024-03-05", ["2月28日,朝鲜发射导弹。"], "三日之后", [("三日之后", "2024-03-02", None, "day")]),
    ("2025-03-30", ["3日,美国宣布暂停对乌军援。"], "二十天后", [("二十天后", "2025-03-23", None, "day")]),
    ("2025-03-30", ["3日,美国宣布暂停对乌军援。"], "十二天后", [("十二天后", "2025-03-15", None, "day")]),
    # Taiwan's 今（25）日 is the item's day (its dateline, with no publication date), not the last date told
    (None, ["2011/7/25 综合外电报导", "北韩必须履行2005年9月19日发表的共同声明。"], "希拉蕊今（25）日将转往深圳",
     [("25）日", "2011-07-25", None, "day")]),
    ("2011-07-25", ["北韩必须履行2005年9月19日发表的共同声明。"], "希拉蕊今（25）日将转往深圳", [("25）日", "2011-07-25", None, "day")]),
    ("2023-07-12", [], "两天后", [("两天后", None, None, "unknown")]),  # no day to count from
    ("2023-07-12", [], "次日", [("次日", None, None, "unknown")]),  # no day to count from in the item
    (None, ITEM_2019, "去年", [("去年", None, None, "unknown")]),  # deictic: only the publication year
    ("2023-07-12", [], "本月", [("本月", "2023-07", None, "month")]),
    ("2023-07-12", [], "这个月", [("这个月", "2023-07", None, "month")]),
    ("2023-07-12", [], "上个月", [("上个月", "2023-06", None, "month")]),
    ("2023-01-12", [], "上月", [("上月", "2022-12", None, "month")]),
    ("2023-12-12", [], "下个月", [("下个月", "2024-01", None, "month")]),
    ("2023-07-12", [], "上月20日", [("上月20日", "2023-06-20", None, "day")]),
    (None, [], "本月", [("本月", None, None, "unknown")]),
    ("2023-07-12", [], "今年", [("今年", "2023", None, "year")]),
    ("2023-07-12", [], "去年", [("去年", "2022", None, "year")]),
    ("2023-07-12", [], "明年", [("明年", "2024", None, "year")]),
    ("2023-07-12", [], "前年", [("前年", "2021", None, "year")]),
    (None, [], "去年11月", [("去年11月", "--11", None, "month")]),
    ("2023-03-01", [], "去年11月", [("去年11月", "2022-11", None, "month")]),
    (None, [], "去年", [("去年", None, None, "unknown")]),
    (None, ITEM_2019, "今年", [("今年", "2019", None, "year")]),
    (None, ITEM_2019, "次年", [("次年", "2020", None, "year")]),
    (None, ITEM_2019, "翌年3月", [("翌年3月", "2020-03", None, "month")]),
    (None, ITEM_2019, "前一年", [("前一年", "2018", None, "year")]),
    (None, [], "当年", [("当年", None, None, "unknown")]),
    (None, [], "韩国总统尹锡悦不久前表示", [("不久前", None, None, "unknown")]),
    (None, ITEM_0106, "本月2日当天", [("本月2日", "--01-02", None, "day"), ("当天", "--01-02", None, "day")]),
]

WEEKS = [  # 2023-07-12 is a Wednesday
    ("2023-07-12", [], "周三", [("周三", "2023-07-12", None, "day")]),
    ("2023-07-12", [], "周一", [("周一", "2023-07-10", None, "day")]),
    ("2023-07-12", [], "美国国务卿布林肯周五表示", [("周五", "2023-07-07", None, "day")]),
    ("2023-07-12", [], "星期四", [("星期四", "2023-07-06", None, "day")]),
    ("2023-07-12", [], "礼拜天", [("礼拜天", "2023-07-09", None, "day")]),
    ("2023-07-12", [], "会谈将于周五举行", [("周五", "2023-07-14", None, "day")]),
    ("2023-07-12", [], "会谈将于周一举行", [("周一", "2023-07-17", None, "day")]),
    ("2023-07-12", [], "本周五", [("本周五", "2023-07-14", None, "day")]),
    # 本周日 told as done: the Sunday that began the week (Taiwan and Hong Kong count weeks from Sunday)
    ("2013-07-03", [], "王毅本周日出席会议时表示", [("本周日", "2013-06-30", None, "day")]),
    ("2013-07-03", [], "王毅将于本周日出席会议", [("本周日", "2013-07-07", None, "day")]),
    ("2023-07-12", [], "上周三", [("上周三", "2023-07-05", None, "day")]),
    ("2023-07-12", [], "下周五", [("下周五", "2023-07-21", None, "day")]),
    ("2023-07-12", [], "下下周一", [("下下周一", "2023-07-24", None, "day")]),
    ("2023-07-12", [], "上周", [("上周", "2023-07-03", "2023-07-09", "day")]),
    ("2023-07-12", [], "下个星期", [("下个星期", "2023-07-17", "2023-07-23", "day")]),
    ("2023-07-12", [], "周末", [("周末", "2023-07-08", "2023-07-09", "day")]),
    ("2023-07-12", [], "本周末", [("本周末", "2023-07-15", "2023-07-16", "day")]),
    ("2023-07-12", [], "双方签署周末包机协议", []),  # a weekend charter flight: a kind of flight, not a time
    (None, ["2023年7月12日,北约峰会开幕。"], "周一", [("周一", "2023-07-10", None, "day")]),
    (None, ITEM_0106, "周一", [("周一", None, None, "unknown")]),
]

PERIODS = [  # part of a month or year: month or year precision, no invented day
    ("2023-07-12", [], "本月中旬", [("本月中旬", "2023-07", None, "month")]),
    ("2023-07-12", [], "月底", [("月底", "2023-07", None, "month")]),
    ("2023-07-12", [], "下旬", [("下旬", "2023-07", None, "month")]),
    ("2023-07-12", [], "年底前", [("年底", "2023", None, "year")]),
    ("2023-07-12", [], "3月底", [("3月底", "2023-03", None, "month")]),
    ("2023-07-12", [], "到2023年底", [("2023年底", "2023", None, "year")]),
    ("2023-07-12", [], "今年上半年", [("今年上半年", "2023", None, "year")]),
    ("2023-07-12", [], "去年年底", [("去年年底", "2022", None, "year")]),
    ("2023-07-12", [], "年初以来", [("年初", "2023", None, "year")]),
    (None, ITEM_0106, "月底", [("月底", "--01", None, "month")]),
]

NOT_TIMES = [
    ("2023-07-12", [], "纪念75周年,历时11个月,时隔25年,近40年来,过去70年", []),
    ("2023-07-12", [], "5000米,100多亿,第四次,2.85万名,F-22,三年内,数十年,3艘", []),
    ("2023-07-12", [], "军费达2540亿美元", []),
    ("2023-07-12", [], "近2000年来", []),
    ("2023-07-12", [], "1至3年", []),
    ("2023-07-12", [], "1990年代", []),
    ("2023-07-12", [], "统一日本", []),
    ("2023-07-12", [], "附近日本海域", []),
    ("2023-07-12", [], "接近日内瓦", []),
    ("2023-07-12", [], "歼-20日前完成试飞", [("日前", None, None, "unknown")]),
    ("2023-07-12", [], "三日前", []),
    ("2023-07-12", [], "今日俄罗斯电视台", []),
    ("2023-07-12", [], "人类登上月球", []),
    ("2023-07-12", [], "每周三次", []),
    ("2023-07-12", [], "数日前", []),
    ("2023-07-12", [], "3日内完成", []),
    ("2023-07-12", [], "地铁5号线和长征五号", []),
    ("2023-07-12", [], "求印太地区的美好明天。", []),
    ("2023-07-12", [], "当日本政府宣布时", []),
    ("2023-07-12", [], "在过去的一年中", []),
    ("2023-07-12", [], "2023年初步统计", [("2023年", "2023", None, "year")]),
    ("2023-07-12", [], "中国在日本周边的军事活动", []),
    ("2023-07-12", [], "会谈结束，然后天气转好，最后天数不够", []),
    ("2023-07-12", [], "日本月球探测器的基本月薪", []),
]

ALL = [(name, c) for name, table in [("gold", GOLD), ("absolute", ABSOLUTE), ("month_day", MONTH_DAY),
                                     ("day_only", DAY_ONLY), ("ranges", RANGES), ("relative", RELATIVE),
                                     ("weeks", WEEKS), ("periods", PERIODS), ("not_times", NOT_TIMES)]
       for c in table]


@pytest.mark.parametrize("case", [c for _, c in ALL], ids=[f"{n}:{c[0]}:{c[2][:16]}" for n, c in ALL])
def test_table(case):
    published, previous, sentence, expected = case
    r = TimeResolver(published)
    for s in previous:
        r.resolve(s)
    got = r.resolve(sentence)
    assert [(m.text, m.date, m.date_end, m.precision) for m in got] == expected
    assert all(sentence[m.start:m.end] == m.text for m in got)


def test_at_least_80_cases():
    assert len(ALL) >= 80


def test_digest_items_do_not_lend_dates():
    r = TimeResolver(None)
    r.resolve(ITEM_0106[0])
    r.new_item()
    assert r.reference is None
    got = r.resolve("鲍尔介绍了将于本月15日至16日举行的会议,韩方当天表示支持")
    assert [(m.text, m.date) for m in got] == [("本月15日至16日", None), ("当天", None)]


def test_reference_follows_the_last_established_date():
    r = TimeResolver(None)
    r.resolve("1月6日,双方通话。")
    r.resolve("2月3日,双方再次通话,此前日前近日均有接触。")  # vague words do not become the reference
    assert r.reference.text == "2月3日"
    assert [m.date for m in r.resolve("韩方当天表示")] == ["--02-03"]


def test_flags():
    r = TimeResolver("2023-07-12")
    by_text = {m.text: m for m in r.resolve("2023年1月5日,12日,当天,近日,去年11月,周三")}
    assert (by_text["2023年1月5日"].inferred_year, by_text["2023年1月5日"].relative) == (False, False)
    assert (by_text["12日"].inferred_year, by_text["12日"].relative) == (True, False)
    assert (by_text["当天"].inferred_year, by_text["当天"].relative) == (True, True)
    assert (by_text["近日"].inferred_year, by_text["近日"].relative) == (False, True)
    assert (by_text["去年11月"].inferred_year, by_text["去年11月"].relative) == (True, True)
    assert by_text["周三"].relative


def test_future_ok_lets_the_caller_mark_a_plan():
    assert TimeResolver("2023-01-10").resolve("12月30日")[0].date == "2022-12-30"
    assert TimeResolver("2023-01-10").resolve("12月30日", future_ok=True)[0].date == "2023-12-30"
    assert TimeResolver("2023-07-12").resolve("周五", future_ok=True)[0].date == "2023-07-14"


def test_offsets_in_a_longer_sentence():
    s = "据韩联社报道，尹锡悦是12日出席在立陶宛首都维尔纽斯举行的会议前就朝鲜当天向韩半岛东部海域发射导弹一事作如上表述。"
    got = TimeResolver("2023-07-12").resolve(s)
    assert [(m.text, m.start, m.date) for m in got] == [("12日", s.index("12日"), "2023-07-12"),
                                                        ("当天", s.index("当天"), "2023-07-12")]


@pytest.mark.parametrize("text", [c[2] for _, c in ALL] + [
    "周日", "3 日", "二〇二三年", "2023/1/5", "十一日", "当日本首相", "美日韩三国近期", "上旬", "礼拜天", "同一天",
    "15-16日", "2024至2025年", "早些时候", "今晨", "星期五", "１２日"])
def test_prefilter_never_hides_a_time(text):
    """The cheap prefilter passes every sentence in which the full pattern finds a time."""
    from allywatch.nlp.time import _FULLWIDTH, _MASTER, _MAY_HAVE_TIME
    norm = text.translate(_FULLWIDTH)
    assert not _MASTER.search(norm) or _MAY_HAVE_TIME.search(norm)


def test_key_scan_finds_what_the_full_scan_finds():
    """`_expressions` jumps between keys; it must give exactly the full pattern's matches."""
    from allywatch.nlp.time import _FULLWIDTH, _KEY_REACH, _MASTER, _MAY_HAVE_TIME, _expressions
    filler = "美国国防部长奥斯汀与韩国国防部长官李钟燮举行会谈，双方讨论了朝鲜半岛局势"
    texts = [c[2] for _, c in ALL]
    texts += [filler + t + filler + t for t in texts[::3]]
    for text in texts:
        norm = text.translate(_FULLWIDTH)
        assert [m.span() for m in _expressions(norm)] == [m.span() for m in _MASTER.finditer(norm)]
        for m in _MASTER.finditer(norm):
            key = _MAY_HAVE_TIME.search(norm, m.start())
            assert key is not None and key.start() - m.start() <= _KEY_REACH


def test_a_past_years_date_does_not_lend_its_month():
    """No publication date: 去年11月 is background; a later bare day is the dateline month's."""
    r = TimeResolver(None)
    r.resolve("中新网1月12日电 美英军队11日晚发动空袭。")
    r.resolve("这是胡塞武装去年11月开始袭击商船以来的首次打击。")
    assert [m.date for m in r.resolve("胡塞武装12日警告称")] == ["--01-12"]


def test_an_itinerary_end_just_ahead_is_this_year_and_not_the_reference():
    """王毅还将访问…，行程至6月4日结束 (published 5月27日): this year's 6月4日, an announced date,
    so 同日 in the next sentence still means the narrated 26日."""
    r = TimeResolver("2022-05-27")
    r.resolve("王毅26日抵达所罗门群岛首都霍尼亚拉。")
    assert [m.date for m in r.resolve("王毅还将访问斐济，行程至6月4日结束。")] == ["2022-06-04"]
    assert [m.date for m in r.resolve("澳洲外长同日抵达斐济访问。")] == ["2022-05-26"]
    # with no future word, a month-day ahead of publication is still last year's
    assert [m.date for m in TimeResolver("2022-05-27").resolve("6月4日，双方举行会谈。")] == ["2021-06-04"]


def test_a_smaller_bare_day_after_the_news_date_is_next_months_when_past():
    r = TimeResolver("2025-03-04")
    r.resolve("川普与泽伦斯基2月28日在白宫爆发激烈口角。")
    assert [m.date for m in r.resolve("泽伦斯基1日在伦敦与英国首相会面。")] == ["2025-03-01"]
    # a bare day after the news day stays in its month
    r = TimeResolver("2025-03-04")
    r.resolve("双方2月10日举行会谈。")
    assert [m.date for m in r.resolve("12日，双方再次通话。")] == ["2025-02-12"]


def test_a_count_before_day_words_is_no_day():
    r = TimeResolver("2024-07-10")
    found = [t.text for t in r.resolve("双方7月8日举行第二次日菲外长防长会谈，此次日美峰会也在筹备中。")]
    assert found == ["7月8日"]


def test_a_name_ending_in_a_numeral_character_does_not_hide_the_day():
    r = TimeResolver("2015-11-08")
    assert [(t.text, t.date) for t in r.resolve("习近平与马英九7日下午在新加坡会面。")] == [("7日", "2015-11-07")]
    assert [t.text for t in TimeResolver("2015-11-08").resolve("歼-20日前试飞，第三日。")] == ["日前"]


def test_a_name_ending_in_a_numeral_before_a_day_word():
    r = TimeResolver("2015-11-07")
    assert [(t.text, t.date) for t in r.resolve("马英九今日下午在新加坡会面。")] == [("今日", "2015-11-07")]


def test_taiwans_bracketed_day_after_today_or_yesterday():
    r = TimeResolver("2019-07-04")
    assert [t.date for t in r.resolve("日本政府今（4）日起正式对南韩实施出口管制。川普昨（3）日下午抵达东京。")] == [
        "2019-07-04", "2019-07-03"]


def test_after_a_paragraph_of_background_month_days_are_the_news_years_but_that_month_stays_that_month():
    r = TimeResolver("2023-02-03")
    r.resolve("美国国防部长2日在马尼拉与菲律宾国防部代部长举行会谈。")
    r.new_paragraph()
    r.resolve("EDCA则于2014年4月28日签署。")
    r.new_paragraph()
    assert [t.date for t in r.resolve("奥斯汀此前于1月30日访问韩国。")] == [None, "2023-01-30"]
    r = TimeResolver("2025-02-10")
    r.resolve("石破茂上周五在白宫与特朗普举行首次会谈。")
    r.new_paragraph()
    r.resolve("石破茂去年11月7日曾与特朗普通电话。")
    r.new_paragraph()
    assert [t.date for t in r.resolve("他当月曾希望顺访美国。")] == ["2024-11"]


def test_a_month_day_publication_date_anchors_days_and_months_but_names_no_year():
    r = TimeResolver("--05-08")
    got = [[t.date for t in r.resolve(text)] for text in (
        "日本首相岸田文雄7日抵达首尔。", "尹锡悦将出席本月19日至21日在广岛举行的峰会。", "两人去年11月曾举行会谈。",
        "韩国上月24日已将日本重新列入白名单。")]
    assert got == [["--05-07"], ["--05-19"], ["--11"], ["--04-24"]]


def test_two_paragraphs_after_background_the_same_day_is_the_news_day_again():
    r = TimeResolver("2009-06-13")
    r.resolve("联合国安理会12日一致通过第1874号决议。")
    r.new_paragraph()
    r.resolve("朝鲜4月5日发射了远程火箭。")
    r.new_paragraph()
    r.resolve("中国常驻联合国代表在表决后发言。")
    r.new_paragraph()
    assert [t.date for t in r.resolve("韩国外交通商部当天也发表声明。")] == ["2009-06-12"]


def test_at_that_time_keeps_a_months_precision_and_the_next_day_counts_from_the_last_day_told():
    r = TimeResolver("2026-01-06")
    r.resolve("去年10月30日，中美两国元首在釜山举行会晤。")
    r.resolve("中方将暂停实施去年10月宣布的稀土出口管制措施。")
    assert [t.date for t in r.resolve("特朗普当时表示，他将访问中国。")] == ["2025-10"]
    r.new_paragraph()
    assert [t.date for t in r.resolve("次日，习近平在庆州会见了日本首相。")] == ["2025-10-31"]
    r = TimeResolver("2017-11-29")
    r.resolve("韩国联合参谋本部29日说，朝鲜当天凌晨发射了导弹。")
    r.new_paragraph()
    r.resolve("这是朝鲜今年9月15日以来再次进行导弹发射。朝鲜今年以来已多次试射弹道导弹。")
    r.new_paragraph()
    r.new_paragraph()
    assert [t.date for t in r.resolve("韩国总统当天主持召开会议。")] == ["2017-11-29"]


def test_an_appropriate_time_is_no_that_time():
    r = TimeResolver("2014-11-10")
    assert [t.text for t in r.resolve("双方同意为普京明年适当时候访日着手准备，相当时期内不会改变。")] == ["明年"]


def test_an_acts_day_without_a_year_does_not_replace_a_reference_that_knows_its_year():
    from allywatch.records import TimeMention
    r = TimeResolver(None)
    r.resolve("日本政府于2019年7月宣布限制对韩出口。")
    r.establish(TimeMention("--03-17", 0, 0, "--03-17", None, "day"))
    assert [t.date for t in r.resolve("文在寅政府则于同年8月通知日方终止军情协定。")] == ["2019-08"]
    r.establish(TimeMention("2019-08-22", 0, 0, "2019-08-22", None, "day"))
    assert [t.date for t in r.resolve("当天，日方表示遗憾。")] == ["2019-08-22"]


@pytest.mark.parametrize("start, text, expected", [
    ("2008-05-27", "开始对中国进行为期四天的国事访问", "2008-05-30"),
    ("2016-06-24", "启程出访巴拿马和巴拉圭，为期9天", "2016-07-02"),  # across a month's end
    ("--12-30", "展开为期3天的访问", "--01-01"),  # a month-day with unknown year
    ("2015-09-02", "为期两天的会议", "2015-09-03"),
    ("2015-09-02", "开始国事访问", None),
    ("2015-09-02", "为期一天的访问", None),  # one day is no range
])
def test_a_trip_told_as_lasting_n_days_ends_on_its_last_day(start, text, expected):
    assert trip_end(start, text) == expected


@pytest.mark.parametrize("text, act, expected", [
    ("为期6天的中俄联合军事演习27日在青岛落下帷幕", "军事演习", "2012-04-22"),
    ("27日，美国财政部长离开北京，结束了为期四天的访华行程", "访华行程", "2012-04-24"),
    ("为期6天的中俄联合军事演习27日开始", "军事演习", None),  # its first day, not its last
    ("为期6天的联合演习，27日在青岛举行闭幕式", "联合演习", "2012-04-22"),  # closed with a ceremony
    ("为期6天的联合演习，27日在青岛开幕", "联合演习", None),
    ("中俄联合军事演习27日在青岛落下帷幕，为期6天", "军事演习", None),  # told after the act: not before it
])
def test_an_act_told_as_closing_after_n_days_began_n_minus_1_days_before(text, act, expected):
    at = text.index("27日")
    end = TimeMention("27日", at, at + 3, "2012-04-27", None, "day")
    assert lasting_start(end, text, text.index(act)) == expected


def test_a_visit_told_as_lasting_n_days_is_a_range():
    from allywatch.events.coder import RuleExtractor
    from allywatch.ingest.page import make_page
    from allywatch.nlp.sentences import split_sentences
    from allywatch.records import Document
    text = "韩国总统李明博27日上午乘专机抵达北京，开始对中国进行为期四天的国事访问。"
    page = make_page("t.txt", "t.txt", text, markup="text")
    page.published = "2008-05-28"
    doc = Document(page=page, clean_text=text)
    doc.sentences = split_sentences(text)
    visits = [(e.date, e.date_end) for e in RuleExtractor().extract(doc) if e.mode == "visit"]
    assert visits == [("2008-05-27", "2008-05-30")]


def test_a_bare_day_just_after_the_day_told_in_its_paragraph_takes_that_month():
    r = TimeResolver("2023-02-15")
    r.resolve("菲律宾总统马科斯14日召见中国驻菲律宾大使。")
    r.new_paragraph()
    r.resolve("今年1月3日至5日，马科斯对中国进行国事访问。")
    assert [t.date for t in r.resolve("4日，习近平同马科斯举行会谈。")] == ["2023-01-04"]
    # (guard) in a later paragraph a bare day is the news month's again
    r.new_paragraph()
    assert [t.date for t in r.resolve("马科斯9日抵达东京。")] == ["2023-02-09"]
    # (guard) a day before the day told, as the Cheonan report's 20日 after 3月26日, is the publication month's
    r = TimeResolver("2010-05-26")
    r.resolve("天安号3月26日沉没。")
    assert [t.date for t in r.resolve("调查团20日公布结果。")] == ["2010-05-20"]


def test_a_start_told_ahead_is_this_years():
    r = TimeResolver("2025-07-08")
    assert [t.date for t in r.resolve("特朗普7日宣布自8月1日起对日本产品征收25%的关税。")] == ["2025-07-07", "2025-08-01"]
    assert [t.date for t in r.resolve("石破茂8日表示遗憾。")] == ["2025-07-08"]
    # (guard) a start already past is this year's too, not next year's
    r = TimeResolver("2025-07-08")
    assert [t.date for t in r.resolve("自7月1日起实施。")] == ["2025-07-01"]


def test_a_year_naming_an_event_and_a_date_inside_a_title_are_no_times():
    r = TimeResolver("2022-02-05")
    assert [t.date for t in r.resolve("习近平4日同来华出席北京2022年冬奥会开幕式的普京举行会谈。")] == ["2022-02-04"]
    assert [t.date for t in r.resolve("双方将共同申办2032年夏季奥运会。")] == []
    r = TimeResolver("2018-09-20")
    assert [t.date for t in r.resolve("19日上午，文在寅与金正恩举行会谈，随后签署《9月平壤共同宣言》。")] == ["2018-09-19"]
    # (guard) a year outside the title still dates the act
    assert [t.date for t in r.resolve("双方于2018年签署《板门店宣言》。")] == ["2018"]
    # …nor is one inside a short quoted name (a ship “乌奈扎五月4号”), in either kind of quotes
    r = TimeResolver("2024-03-20")
    assert [t.date for t in r.resolve("中国海警船只当天向菲律宾运补船“乌奈扎五月4号”发射水炮。")] == ["2024-03-20"]
    assert [t.date for t in r.resolve("菲律宾运补船「乌奈扎五月4号」5日遭水炮攻击。")] == ["2024-03-05"]


def test_a_part_of_the_day_before_a_range_connector_keeps_the_range():
    assert [(t.date, t.date_end) for t in TimeResolver("2024-06-10").resolve("朝鲜8日晚至9日又放飞了约330个气球。")] == \
        [("2024-06-08", "2024-06-09")]
    assert [(t.date, t.date_end) for t in TimeResolver("2024-04-15").resolve("伊朗13日深夜至14日凌晨向以色列发射无人机。")] == \
        [("2024-04-13", "2024-04-14")]


def test_a_day_in_brackets_after_a_relative_word_is_that_day_as_placed():
    r = TimeResolver("2025-01-16")
    r.resolve("2024年1月15日至17日，韩美日举行海上联合演习。")
    assert [t.date for t in r.resolve("朝鲜前一天（14日）发射1枚弹道导弹。")] == ["2024-01-14", "2024-01-14"]
    r = TimeResolver("2025-01-16")
    assert [t.date for t in r.resolve("朝鲜昨天（14日）发射导弹。")] == ["2025-01-15", "2025-01-14"]  # guard: they differ


def test_ranges_from_a_bare_year_and_days_that_no_month_has_raise_nothing():
    """Found by mutating pages: a range opened by a year alone, and days past a month's end."""
    assert [t.date for t in TimeResolver("2022-08-23").resolve("■2018年至6月19日")] == ["2018"]
    assert [t.date for t in TimeResolver("2022-03-01").resolve("前（30）日，双方会谈。")] == [None]
    assert [t.date for t in TimeResolver("2022-03-01").resolve("2月27日宣布，两天后（30日）签署。")][:2] == \
        ["2022-02-27", "2022-03-01"]


def test_a_page_dated_by_month_day_only_counts_back_from_that_day():
    """发布时间：10-03 with no year: a bare day after the 3rd is September's, 下月 is ahead and lends
    no month, a day told after the last one is the next month's up to the page's day, and 今年7月
    is background for a page of September."""
    r = TimeResolver("--10-03")
    r.resolve("中方还拒绝了美舰下月访问香港的请求。")
    assert [t.date for t in r.resolve("美国国防安全合作署24日宣布对台军售。")] == ["--09-24"]
    r = TimeResolver("--03-03")
    r.resolve("美国国务院代理发言人托纳2月28日说。")
    assert [t.date for t in r.resolve("俄罗斯外交部发言人扎哈罗娃1日表示遗憾。")] == ["--03-01"]
    r = TimeResolver("--09-13")
    r.resolve("普京13日与金正恩举行会谈。")
    r.resolve("绍伊古今年7月曾访问平壤。")
    assert [t.date for t in r.resolve("朝鲜13日上午发射了两枚短程弹道导弹。")] == ["--09-13"]
    # a page of a 29 February, year unknown, counts back too
    r = TimeResolver("--02-29")
    r.resolve("绍伊古今年1月曾访问平壤。")
    assert [t.date for t in r.resolve("朝鲜29日发射导弹。")] == ["--02-29"]
    # (guards) a day up to the page's day is its month's; a plan's day may lie ahead
    assert [t.date for t in TimeResolver("--10-03").resolve("美方2日宣布对台军售。")] == ["--10-02"]
    assert [t.date for t in TimeResolver("--10-03").resolve("双方将于24日举行会谈。")] == ["--10-24"]


def test_a_bare_day_after_the_page_s_day_is_last_month_s_unless_planned():
    r = TimeResolver("2012-03-01")
    r.resolve("东方早报网3月1日讯")
    assert [t.date for t in r.resolve("美国国务院发言人纽兰当地时间29日宣布，朝鲜同意暂停核活动。")] == ["2012-02-29"]
    # (guards) a plan, told before or after its day, and a story told after the page's own date
    r = TimeResolver("2012-03-01")
    r.resolve("东方早报网3月1日讯")
    assert [t.date for t in r.resolve("朝鲜29日将发射卫星。")] == ["2012-03-29"]
    assert [t.date for t in TimeResolver("2013-04-11").resolve("美国国务卿克里预定12日访问首尔。")] == ["2013-04-12"]
    r = TimeResolver("2019-07-01")
    r.resolve("韩国政府7月3日表示遗憾。")
    assert [t.date for t in r.resolve("日本5日宣布措施。")] == ["2019-07-05"]


def test_a_clock_time_before_a_range_connector_keeps_the_range():
    """朝鲜通报将于27日零时至6月4日零时之间发射: a launch window, not the 4th alone."""
    assert [(t.date, t.date_end) for t in TimeResolver("2024-05-27").resolve("将于27日零时至6月4日零时之间发射卫星运载火箭")] == \
        [("2024-05-27", "2024-06-04")]
    assert [(t.date, t.date_end) for t in TimeResolver("2024-05-27").resolve("于8日12时30分至9日演习")] == [("2024-05-08", "2024-05-09")]
    # (guard) hours of one day are no range of days
    assert [(t.date, t.date_end) for t in TimeResolver("2024-05-27").resolve("5日8点到12点")] == [("2024-05-05", None)]
