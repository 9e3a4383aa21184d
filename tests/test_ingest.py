"""Ingest (issue 2): sniffing by content, encodings, publication dates, document ids, WARC."""
from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from allywatch.ingest import expand_paths, iter_pages
from allywatch.ingest.decode import ScriptRestorer, decode, decode_bytes, to_simplified
from allywatch.ingest.pubdate import (find_pubdate, from_date_line, from_dateline, from_epoch_marker,
                                      from_html_metadata, from_roc_date_line, from_url)
from allywatch.ingest.sniff import sniff
from allywatch.records import Failure, RawPage

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PAGE_004 = CORPUS / "004_c7d2d79357f615e0.txt"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")

SIMPLIFIED = ("韩国国防部当天表示，韩美两国军队将在朝鲜半岛南部海域举行联合军事演习。"
              "国防部发言人说，这次演习旨在检验两国军队的联合作战能力，应对来自北方的军事威胁。")
TRADITIONAL = ("韓國國防部當天表示，韓美兩國軍隊將在朝鮮半島南部海域舉行聯合軍事演習。"
               "國防部發言人說，這次演習旨在檢驗兩國軍隊的聯合作戰能力，應對來自北方的軍事威脅。")


def pages_of(*paths) -> tuple[list[RawPage], list[Failure]]:
    items = list(iter_pages([str(p) for p in paths]))
    return [i for i in items if isinstance(i, RawPage)], [i for i in items if isinstance(i, Failure)]


def only_page(path) -> RawPage:
    pages, failures = pages_of(path)
    assert not failures, failures
    assert len(pages) == 1
    return pages[0]


# ---- sniffing by content ------------------------------------------------------------------------

@needs_corpus
def test_page_004_txt_is_read_as_html_with_markdown_link_header():
    page = only_page(PAGE_004)
    assert page.doc_id == "004_c7d2d79357f615e0.txt"
    assert page.markup == "html"
    assert page.title == "韩国与会立陶宛北约峰会 力促多方防务合作"
    assert page.url.startswith("https://www.rfi.fr/cn/")
    assert page.url.endswith("%E5%90%88%E4%BD%9C")  # the whole link, not cut at a percent escape
    assert page.published == "2023-07-12"
    assert page.published_via == "ms-marker"


@needs_corpus
@pytest.mark.parametrize("name", ["000_3053c060567b68fe.txt", "001_2ee1b763c5ca8a1d.txt",
                                  "002_08c8e59a0b082066.txt", "003_dcf373b32d77e90a.txt"])
def test_plain_text_corpus_pages_are_text(name):
    page = only_page(CORPUS / name)
    assert page.markup == "text"
    assert page.doc_id == name
    assert page.encoding == "utf-8"


def test_sniff_formats_by_content_not_name():
    html = "<html><body><div><p>韩国</p></div></body></html>".encode()
    assert sniff(html, "page.txt") == "html"
    assert sniff("韩国国防部当天表示。\n第二行。".encode(), "page.html") == "text"
    jsonl = b'{"url": "https://a/1", "text": "x"}\n{"url": "https://a/2", "text": "y"}\n'
    assert sniff(jsonl, "dump.json") == "jsonl"
    assert sniff(b'[{"url": "https://a/1", "text": "x"}]', "dump.jsonl") == "json"
    assert sniff(b'{"url": "https://a/1",\n "text": "x"}', "dump.json") == "json"
    assert sniff(gzip.compress(b"abc"), "x.txt") == "gzip"
    assert sniff(b"WARC/1.0\r\nWARC-Type: response\r\n", "x.bin") == "warc"
    assert sniff(b"   \n", "x.txt") == "empty"


def test_jsonl_named_json_and_json_array_named_jsonl(tmp_path):
    records = [{"url": f"https://news.example.com/2023/01/0{i}/a.html", "title": f"标题{i}",
                "text": SIMPLIFIED + f"第{i}条。"} for i in range(1, 4)]
    jsonl = tmp_path / "dump.json"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    arr = tmp_path / "other.jsonl"
    arr.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    for path in (jsonl, arr):
        pages, failures = pages_of(path)
        assert not failures
        assert [p.doc_id for p in pages] == [r["url"] for r in records]
        assert [p.title for p in pages] == [r["title"] for r in records]
        assert [p.published for p in pages] == ["2023-01-01", "2023-01-02", "2023-01-03"]
        assert all(p.markup == "text" for p in pages)


def test_jsonl_html_body_is_html(tmp_path):
    record = {"url": "https://e.com/a", "html": f"<html><body><article><p>{SIMPLIFIED}</p></article></body></html>"}
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    page = only_page(path)
    assert page.markup == "html" and page.doc_id == "https://e.com/a"


def test_gzip_page_and_gzip_jsonl(tmp_path):
    html = f"<html><head><title>联合军演</title></head><body><div><p>{SIMPLIFIED}</p></div></body></html>"
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(html.encode("gb18030")))
    page = only_page(gz)
    assert page.markup == "html"
    assert SIMPLIFIED in page.text

    lines = "".join(json.dumps({"url": f"https://e.com/{i}", "text": SIMPLIFIED}, ensure_ascii=False) + "\n"
                    for i in range(3))
    gzj = tmp_path / "recs.jsonl.gz"
    gzj.write_bytes(gzip.compress(lines.encode()))
    pages, failures = pages_of(gzj)
    assert not failures and [p.doc_id for p in pages] == [f"https://e.com/{i}" for i in range(3)]


def test_gzipped_page_id_is_the_file_base_name(tmp_path):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(_html(SIMPLIFIED).encode()))
    assert only_page(gz).doc_id == "page.html.gz"


def test_truncated_gzip_is_a_failure_not_a_crash(tmp_path):
    data = gzip.compress(("<html><body><p>" + SIMPLIFIED * 200 + "</p></body></html>").encode())
    bad = tmp_path / "cut.html.gz"
    bad.write_bytes(data[: len(data) // 2])
    pages, failures = pages_of(bad)
    assert not pages and len(failures) == 1 and failures[0].input == str(bad)


# ---- encodings ----------------------------------------------------------------------------------

def _html(body: str, charset: str | None = None, title: str = "联合军演") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>{title}</title></head><body><div><p>{body}</p></div></body></html>"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "gb2312"])
@pytest.mark.parametrize("declared", [False, True])
def test_simplified_encodings_decode(tmp_path, encoding, declared):
    path = tmp_path / f"p_{encoding}.html"
    path.write_bytes(_html(SIMPLIFIED, encoding if declared else None).encode(encoding))
    page = only_page(path)
    assert SIMPLIFIED in page.text
    assert page.original is None  # nothing converted
    assert page.encoding in (("utf-8",) if encoding == "utf-8" else ("gb18030", "gbk", "gb2312"))


@pytest.mark.parametrize("declared", [False, True])
def test_big5_traditional_is_decoded_and_simplified_with_original_kept(tmp_path, declared):
    path = tmp_path / "big5.html"
    path.write_bytes(_html(TRADITIONAL, "big5" if declared else None, "聯合軍演").encode("big5"))
    page = only_page(path)
    assert page.encoding.startswith("big5")
    assert SIMPLIFIED in page.text
    assert TRADITIONAL in page.original and "<title>聯合軍演</title>" in page.original
    assert "<title>联合军演</title>" in page.text
    assert "韓" not in page.text


def test_big5_plain_text(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes((TRADITIONAL + "\n" + TRADITIONAL).encode("big5"))
    page = only_page(path)
    assert page.markup == "text"
    assert page.text == SIMPLIFIED + "\n" + SIMPLIFIED
    assert page.original == TRADITIONAL + "\n" + TRADITIONAL


def test_utf8_traditional_is_simplified(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    page = only_page(path)
    assert page.encoding == "utf-8" and page.text == SIMPLIFIED and page.original == TRADITIONAL


def test_text_read_in_simplified_is_given_back_as_the_page_wrote_it():
    page = "<p>頭髮</p>" + TRADITIONAL + "<p>發言人說，美方<b>發</b>表聲明。他們乾杯。</p>"
    simplified, original = to_simplified(page)
    restore = ScriptRestorer(simplified, original).restore
    assert restore(SIMPLIFIED) == TRADITIONAL  # found whole: the original at the same offsets
    # a passage the cleaner changed (tags dropped) is restored character by character, each in the
    # form the page used most (发: 發 three times, 髮 once)
    assert restore("美方发表声明。") == "美方發表聲明。"
    assert restore("韩美联合军演") == "韓美聯合軍演"
    assert restore("") == ""
    assert ScriptRestorer("韩国", "大韓國").restore("韩国") == "韩国"  # offsets do not hold: left as read


def test_variants_t2s_keeps_are_read_as_simplified_writes_them():
    simplified, original = to_simplified("朝鮮砲擊延坪島")  # data/variants.yaml: 砲 → 炮, one for one
    assert simplified == "朝鲜炮击延坪岛" and ScriptRestorer(simplified, original).restore("炮击") == "砲擊"


def test_gbk_bytes_are_not_read_as_big5():
    text, enc = decode_bytes(SIMPLIFIED.encode("gbk"))
    assert text == SIMPLIFIED and enc == "gb18030"
    text, enc = decode_bytes(TRADITIONAL.encode("big5"))
    assert text == TRADITIONAL and enc.startswith("big5")


def test_utf8_bom_and_binary():
    assert decode(b"\xef\xbb\xbf" + SIMPLIFIED.encode()).text == SIMPLIFIED
    from allywatch.ingest.decode import UndecodableInput
    with pytest.raises(UndecodableInput):
        decode(b"\x00\x01\x02\x03" * 100)


def test_binary_file_is_a_failure(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 20)
    pages, failures = pages_of(path)
    assert not pages and len(failures) == 1 and failures[0].stage == "decode"


# ---- publication dates --------------------------------------------------------------------------

def test_ms_marker():
    found = from_epoch_marker("<!--1689156904000-->\n<html></html>")
    assert (found.date, found.via, found.raw) == ("2023-07-12", "ms-marker", "<!--1689156904000-->")
    assert find_pubdate("<!--1689156904000-->\n<div>hello</div><p>x</p>", "html").date == "2023-07-12"
    assert from_epoch_marker("<!--1234-->") is None


def test_ambiguous_numeric_date_line_needs_a_hint():
    line = "<html><body><div>12/07/2023 - 12:11</div><p>韩国总统尹锡悦。</p></body></html>"
    assert from_date_line(line) is None  # 12 July or 7 December: no guess
    hint = from_url("https://www.rfi.fr/cn/20230712-abc")
    found = from_date_line(line, hint)
    assert found.date == "2023-07-12" and found.via == "date-line" and "12/07/2023" in found.raw
    assert from_date_line(line, from_url("https://e.com/2023/12/07/x")).date == "2023-12-07"
    assert find_pubdate(line, "html", "https://www.rfi.fr/cn/20230712-abc").date == "2023-07-12"
    assert find_pubdate(line, "html") is None


def test_unambiguous_numeric_date_line():
    assert from_date_line("<div>25/07/2023 - 12:11</div>").date == "2023-07-25"
    assert from_date_line("<div>07/25/2023</div>").date == "2023-07-25"


@pytest.mark.parametrize("text, expected", [
    ("標題\n發布日期：102年07月03日　09:15　民本新聞網∕綜合外電報導\n正文。", "2013-07-03"),  # ROC year 102 = 2013
    ("標題\n民國113年5月20日 星期一\n正文。", "2024-05-20"),
    ("標題\n日期：99/12/31\n正文。", "2010-12-31"),
    ("標題\n更新時間：112-10-05 10:00\n正文。", "2023-10-05"),
    ("標題\n共102年7月3日\n", None),  # a bare three-digit year with no 民國 and no date label
    ("標題\n日期：24-05-20\n", None),  # a two-digit Western year is no ROC year (1935)
    ("標題\n發布日期：102年02月30日\n", None),  # impossible day
])
def test_roc_calendar_date_lines(text, expected):
    found = from_roc_date_line(text)
    assert (found.date if found else None) == expected


def test_roc_date_line_dates_a_page():
    page = "首頁 > 國際\n東協區域論壇登場\n發布日期：102年07月03日　09:15　點閱：2208\n本週日（6月30日）開幕。"
    assert find_pubdate(page, "text").date == "2013-07-03"


def test_iso_and_cjk_date_lines():
    assert from_date_line("韩美举行会谈\n2023-07-12 10:30\n正文。").date == "2023-07-12"
    assert from_date_line("标题\n发布时间：2023年1月6日 09:15\n正文").date == "2023-01-06"
    # a date inside a sentence is not a date line
    assert from_date_line("韩国国防部2023-07-12表示将加强合作。") is None
    assert from_date_line("标题\n2023-02-30 10:30\n") is None  # impossible day
    # after a time of day, the outlet may follow with no 来源
    assert from_date_line("社评\n2023-08-19 00:15 环球时报\n正文。").date == "2023-08-19"
    assert from_date_line("标题\n2023年08月19日 08:12 | 央视新闻\n正文。").date == "2023-08-19"
    # a label before the date, Traditional or Simplified, and more after it
    assert from_date_line("標題\n發布時間：2025-03-04 12:16　更新時間：2025-03-04 14:02\n").date == "2025-03-04"
    assert from_date_line("标题\n发布时间：2024-01-20　　来源：本中心　　阅读量：1286\n").date == "2024-01-20"
    # a headline starting with a date is not a date line
    assert from_date_line("2023年8月19日 美日韩领导人举行峰会\n正文。") is None
    # update labels, time zones, a WeChat author line, English dates of Korean outlets' Chinese editions
    assert from_date_line("标题\n更新时间：2012/04/11 13:25\n正文").date == "2012-04-11"
    assert from_date_line("标题\n2015-11-07 HKT 19:52\n正文").date == "2015-11-07"
    assert from_date_line("标题\n原创 陈默 寰宇观察室 2021-09-26 08:00\n").date == "2021-09-26"
    assert from_date_line("标题\nPosted May. 28, 2024 08:31,  Updated May. 28, 2024 08:31\n").date == "2024-05-28"
    assert from_date_line("标题\nUpdated: 28 May 2024\n").date == "2024-05-28"
    # a weekday and a credit after the date; an outlet's name before a date with a time of day
    assert from_date_line("標題\n2023年2月3日　星期五　本報訊\n正文").date == "2023-02-03"
    assert from_date_line("標題\n2022年12月14日　星期三　11:26　　撰文：經濟日報即時新聞\n").date == "2022-12-14"
    assert from_date_line("标题\n新京报　2025-09-04 21:36　编辑 李静\n正文").date == "2025-09-04"
    assert from_date_line("标题\n新京报　2025-09-04 美日韩领导人举行峰会\n正文") is None
    # …also with a weekday and a part of the day before the time (Hong Kong portals)
    assert from_date_line("標題\nYahoo新聞編輯部　2016年6月6日 星期一 上午7:45 [HKT]\n正文").date == "2016-06-06"
    assert from_date_line("标题\n新京报　2016年6月6日 星期一 美中防长隔空交锋\n正文") is None
    # a bare update label with a time in English (Epoch Times); a view count after the weekday's credit
    assert from_date_line("標題\n更新: 2009-03-12 07:46 AM　　　【字號】 大 中 小\n正文").date == "2009-03-12"
    assert from_date_line("標題\n2016年7月27日　星期三　　本報訊／綜合外電報道　　瀏覽：2,146\n正文").date == "2016-07-27"
    assert from_date_line("标题\n2016年7月27日　星期三　美日澳外长发表联合声明，呼吁中菲遵守裁决\n") is None
    # the page's first date line, not a comment's further down; a byline ending in the date and time
    page = ("标题\n2010年09月25日 10:42   来源：东方网   作者：记者 沈立言   【字号 大 中 小】 【打印本稿】 【关闭窗口】 【我要评论】\n"
            "正文。\n网友评论\n东方网友 2010-09-27 11:03  钓鱼岛是中国的\n")
    assert from_date_line(page).date == "2010-09-25"
    assert from_date_line("标题\n来源：中国军网　作者：综合　责任编辑：王文亭　2024-05-23 10:28\n正文").date == "2024-05-23"
    # a Taiwan reporter's byline, then the date and time
    assert from_date_line("標題\n匯流新聞網記者林彥廷／台北報導　2020/09/01 18:30\n正文").date == "2020-09-01"
    assert from_date_line("標題\n鉅亨網編譯林宏達 綜合外電 2019/02/05 11:20\n正文").date == "2019-02-05"  # a translator's
    assert from_date_line("標題\n記者林彥廷報導說，2020/09/01 將舉行會議\n") is None  # a date in a sentence
    # a labelled month-day with no year: kept as a partial date, last of all finders
    assert find_pubdate('<p class="info"><span>发布时间：05-08 09:47</span> <span>记者：金敏智</span></p>', "html").date == "--05-08"
    assert find_pubdate("标题\n發布時間：03月14日\n正文", "text").date == "--03-14"
    assert find_pubdate("标题\n发布时间：2023-05-08 09:47\n正文", "text").date == "2023-05-08"
    assert find_pubdate("标题\n发布时间：13-40\n正文", "text") is None
    # an information line in any arrangement: a date with a time of day or a weekday, on a short line
    # of no sentence, is the page's date (with its year if it gives one)
    for line, when in (("多维新闻 | 文：胡一舟 | 10月31日 21:08 | 北京时间", "--10-31"),
                       ("潇湘晨报  发布时间：02-11 21:06  记者：刘思远", "--02-11"),
                       ("01月11日（星期二）　更新时间：07:30", "--01-11"),
                       ("9月13日, 20:15 (更新: 9月14日, 09:40)", "--09-13"),
                       ("台湾英文新闻／国际中心 综合报导　2021/12/02 16:40", "2021-12-02"),
                       ("2011/7/25 （星期一）　记者 林欣怡／综合外电报导", "2011-07-25")):
        assert find_pubdate(f"标题\n{line}\n正文", "text").date == when, line
    # (guards) a sentence, a date with no time, an ambiguous day/month order, a range
    for line in ("朝鲜2月27日 10:00发射导弹，日本抗议", "美韩2月27日举行会谈", "04/09 08:30　南洋网", "时间 3-4 人 12:00"):
        assert find_pubdate(f"标题\n{line}\n正文", "text") is None, line
    # a view count with a thousands comma after the time and the source
    assert find_pubdate("标题\n发布时间：06-03 08:20 | 来源：本报综合 | 浏览：2,146\n正文", "text").date == "--06-03"
    assert find_pubdate("标题\n2023-06-03 08:20 | 来源：本报综合 | 浏览：2,146\n正文", "text").date == "2023-06-03"
    assert find_pubdate("标题\n2023-06-03 08:20 朝鲜发射导弹，日本抗议\n正文", "text") is None  # (guard) a sentence's comma
    # a source credit, then a month-day and a time of day
    assert find_pubdate("标题\n来源：北京晚报　02-06 08:12　　字号：大 中 小\n正文", "text").date == "--02-06"
    assert find_pubdate("标题\n来源：北京晚报　2013-02-06 08:12\n正文", "text").date == "2013-02-06"
    assert find_pubdate("标题\n来源：北京晚报　有3-4人受伤\n正文", "text") is None
    # bracketed and 于-labelled date lines, the Traditional 發佈 form, an ISO timestamp on its own line
    for line in ("【发布时间：2023-05-08】", "发布于 2023-05-08", "更新于：2023-05-08 09:47", "發佈時間：2023/05/08 09:47",
                 "2023-05-08T09:47:00+08:00"):
        assert find_pubdate(f"标题\n{line}\n正文", "text").date == "2023-05-08", line
    assert find_pubdate("标题\n会议于2023-05-08举行\n正文", "text") is None
    # a dash between the date and the time; a month-day and time in an element classed as a date
    assert find_pubdate("标题\n2020年1月5日 - 09:18\n正文", "text").date == "2020-01-05"
    assert find_pubdate("标题\n2015.09.03 | 14:20　【台灣醒報記者林宜萱綜合報導】\n正文", "text").date == "2015-09-03"
    assert find_pubdate('<div class="byline">当今大马 <span class="date">04-15 14:20</span> 更新</div>', "html").date == "--04-15"


def test_dateline():
    found = from_dateline("新华社北京2023年1月6日电 韩国国防部当天表示……")
    assert (found.date, found.via) == ("2023-01-06", "dateline")
    assert find_pubdate("新华社北京2023年1月6日电 韩国国防部当天表示。", "text").date == "2023-01-06"
    # …under a masthead, a menu, a headline and blank lines (【大紀元2009年3月12日訊】)
    page = "大紀元時報\n首頁 | 要聞 | 國際\n國際新聞 > 亞太\n\n菲簽領海基線法\n\n分享到：Facebook\n\n【大紀元2009年3月12日訊】（記者台北報導）\n"
    assert from_dateline(page).date == "2009-03-12"


def test_month_day_dateline_is_never_a_guess():
    text = "首尔讯 – 1月6日,韩国联合参谋本部(联参)宣布,联参议长金明秀与北约军事委员会主席罗布·鲍尔进行了重要通话。"
    assert from_dateline(text) is None
    assert find_pubdate(text, "text") is None


@needs_corpus
def test_page_000_has_no_publication_date():
    page = only_page(CORPUS / "000_3053c060567b68fe.txt")
    assert page.published is None and page.published_via is None


def test_url_dates():
    assert from_url("https://www.rfi.fr/cn/亚洲/20230712-韩国").date == "2023-07-12"
    assert from_url("https://e.com/2023/01/06/story.html").date == "2023-01-06"
    assert from_url("https://e.com/news/2023-01-06/x").date == "2023-01-06"
    assert from_url("https://e.com/news/123456789.html") is None
    assert from_url("https://e.com/2023/13/45/x") is None
    assert from_url(None) is None
    found = find_pubdate("韩国国防部表示。", "text", "https://e.com/2023/01/06/story.html")
    assert (found.date, found.via) == ("2023-01-06", "url")


@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2023-01-06T08:00:00+09:00">',
    '<meta name="pubdate" content="2023-01-06">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-01-06T08:00:00Z"}</script>',
])
def test_htmldate_metadata(meta):
    html = f"<html><head>{meta}<title>t</title></head><body><article><p>{SIMPLIFIED}</p></article></body></html>"
    found = from_html_metadata(html)
    assert found is not None and found.date == "2023-01-06" and found.via == "htmldate"
    assert find_pubdate(html, "html").date == "2023-01-06"


def test_no_date_found_is_none():
    html = f"<html><body><article><p>{SIMPLIFIED}</p><p>1953年8月8日，美韩签署条约。</p></article></body></html>"
    assert find_pubdate(html, "html") is None
    assert find_pubdate(SIMPLIFIED + "\n12月30日，朝鲜发射导弹。", "text", "https://e.com/a/b") is None


# ---- document ids, globs, folders, re-reading ---------------------------------------------------

def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (root / "sub" / "b.html").write_text(_html(SIMPLIFIED + "乙。"), encoding="utf-8")
    (root / "sub" / "deeper" / "c.txt").write_bytes((TRADITIONAL + "丙。").encode("big5"))
    (root / ".hidden.txt").write_text(SIMPLIFIED, encoding="utf-8")
    return root


def test_folder_is_read_recursively_with_base_name_ids(tmp_path):
    root = _tree(tmp_path)
    pages, failures = pages_of(root)
    assert not failures
    assert [p.doc_id for p in pages] == ["a.txt", "b.html", "c.txt"]
    assert [Path(p.input_path).name for p in pages] == ["a.txt", "b.html", "c.txt"]
    assert len({p.hash for p in pages}) == 3 and all(len(p.hash) == 16 for p in pages)


def test_glob_patterns(tmp_path):
    root = _tree(tmp_path)
    pages, _ = pages_of(root / "**" / "*.txt")
    assert sorted(p.doc_id for p in pages) == ["a.txt", "c.txt"]
    pages, _ = pages_of(root / "sub" / "*.html")
    assert [p.doc_id for p in pages] == ["b.html"]
    pages, failures = pages_of(root / "*.nothing")
    assert not pages and len(failures) == 1 and "no file matches" in failures[0].reason


def test_missing_path_is_a_failure(tmp_path):
    items = list(expand_paths([str(tmp_path / "nope.txt")]))
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].stage == "read"


def test_rereading_gives_identical_hashes_and_changes_change_them(tmp_path):
    root = _tree(tmp_path)
    first = {p.doc_id: p.hash for p in pages_of(root)[0]}
    second = {p.doc_id: p.hash for p in pages_of(root)[0]}
    assert first == second
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    assert {p.doc_id: p.hash for p in pages_of(copy)[0]} == first  # content hash, not path
    (root / "a.txt").write_text(SIMPLIFIED + "补充。", encoding="utf-8")
    changed = {p.doc_id: p.hash for p in pages_of(root)[0]}
    assert changed["a.txt"] != first["a.txt"]
    assert changed["b.html"] == first["b.html"]


@needs_corpus
def test_corpus_hashes_are_stable_and_distinct():
    a = [(p.doc_id, p.hash) for p in pages_of(CORPUS)[0]]
    b = [(p.doc_id, p.hash) for p in pages_of(CORPUS)[0]]
    assert a == b and len(a) == 5 and len({h for _, h in a}) == 5


# ---- WARC ---------------------------------------------------------------------------------------

def _write_warc(path: Path, records: list[tuple[str, bytes, str]]) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))
        for uri, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        # a request record and a non-HTML response must not become pages
        writer.write_record(writer.create_warc_record("https://news.example.com/x", "request",
                                                      payload=io.BytesIO(b"GET /x HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example.com/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)),
                                                      http_headers=headers))


WARC_UTF8 = ("https://news.example.com/2023/01/06/a.html",
             _html(SIMPLIFIED).encode("utf-8"), "text/html; charset=utf-8")
WARC_GBK = ("https://news.example.com/2023/02/01/b.html",
            _html("朝鲜国防省发言人当天发表谈话，谴责韩美联合军演。" + SIMPLIFIED).encode("gbk"), "text/html")


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "crawl.dat"])
def test_warc_records_become_pages_with_uri_ids(tmp_path, name):
    path = tmp_path / name
    _write_warc(path, [WARC_UTF8, WARC_GBK])
    pages, failures = pages_of(path)
    assert not failures
    assert [p.doc_id for p in pages] == [WARC_UTF8[0], WARC_GBK[0]]
    assert [p.url for p in pages] == [WARC_UTF8[0], WARC_GBK[0]]
    assert all(p.markup == "html" for p in pages)
    assert SIMPLIFIED in pages[0].text
    assert "朝鲜国防省发言人当天发表谈话" in pages[1].text and pages[1].encoding == "gb18030"
    assert [p.published for p in pages] == ["2023-01-06", "2023-02-01"]  # URL dates
    again = [p.hash for p in pages_of(path)[0]]
    assert again == [p.hash for p in pages]


def _truncated_warc(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc"
    _write_warc(path, [WARC_UTF8, WARC_GBK])
    data = path.read_bytes()
    second = data.find(b"WARC/1", data.find(WARC_GBK[0].encode()) - 400)  # start of the GBK record
    path.write_bytes(data[: second + 300])  # cut inside its headers: no body left
    return path


def test_truncated_warc_keeps_what_was_read(tmp_path):
    pages, _ = pages_of(_truncated_warc(tmp_path))
    assert pages and pages[0].doc_id == WARC_UTF8[0] and SIMPLIFIED in pages[0].text


def test_truncated_warc_record_is_a_failure_not_an_empty_page(tmp_path):
    pages, failures = pages_of(_truncated_warc(tmp_path))
    assert all(p.text.strip() for p in pages)
    assert len(failures) == 1


@pytest.mark.parametrize("html, site", [
    ('<html><head><meta property="og:site_name" content="Malaysiakini 当今大马"></head><body></body></html>', "Malaysiakini 当今大马"),
    ("<html><head><meta content='联合早报' property='og:site_name'></head></html>", "联合早报"),
    ('<html><head><meta property="og:url" content="https://www.zaobao.com.sg/a/1"></head></html>', "www.zaobao.com.sg"),
    ('<html><head><link href="https://www.sinchew.com.my/a/1" rel="canonical"></head></html>', "www.sinchew.com.my"),
    ('<html><head></head><body><a href="https://www.sinchew.com.my/">星洲网</a></body></html>', None),  # a link out names no outlet
])
def test_the_outlet_an_html_head_names(html, site):
    from allywatch.ingest.page import site_of
    assert site_of(html) == site
