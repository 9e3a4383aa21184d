"""Crawler record files (issue 7): JSON, JSON Lines, CSV/TSV, Parquet, Markdown front matter and
zip/tar bundles, read through `iter_pages` as a run reads them."""
from __future__ import annotations

import csv
import gzip
import io
import json
import tarfile
import zipfile
from datetime import datetime
from pathlib import Path

import lxml.html
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from allywatch.ingest import iter_pages
from allywatch.ingest.fields import FIELD_NAMES, detect_fields, parse_date
from allywatch.ingest.inspect import format_inspection, inspect_file
from allywatch.ingest.records import strip_markdown
from allywatch.records import Failure, RawPage

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "allywatch" / "examples" / "records"

BODY_1 = "据新华社报道，韩美两国军队当天在朝鲜半岛南部海域举行大规模联合军事演习，为期五天。"
BODY_2 = "日本防卫省当天发布年度防卫白皮书，称周边安全环境日益严峻，将加强与美国的同盟关系。"
HTML_PAGE = ("<html><head><title>韩美举行联合军演</title></head><body><div class=\"ad\">关闭广告</div>"
             "<article><h1>韩美举行联合军演</h1><p>据新华社报道，韩美两国军队当天在朝鲜半岛南部海域举行联合军事演习。</p>"
             "<p>朝鲜外务省发言人随后发表谈话，谴责演习是对朝鲜的挑衅。</p></article>"
             "<div class=\"share\">分享到：微信 微博</div></body></html>")
MARKDOWN_PAGE = ("关闭广告\n\n# 韩美举行联合军演\n\n据**新华社**报道，韩美两国军队当天在朝鲜半岛南部海域举行联合军事演习。\n\n"
                 "[朝鲜外务省](https://example.org/kp)发言人随后发表谈话，谴责演习是对朝鲜的*挑衅*。\n\n分享到：微信 微博\n")


def read(path, fields=None) -> tuple[list[RawPage], list[Failure]]:
    items = list(iter_pages([str(path)], fields))
    return [i for i in items if isinstance(i, RawPage)], [i for i in items if isinstance(i, Failure)]


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[list], encoding="utf-8", delimiter=",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- dates ------------------------------------------------------------------------------------

DATE_FORMS = [
    ("Aug 23, 2019", "2019-08-23"),
    ("2016-03-03 16:58:37", "2016-03-03"),
    ("2019年8月23日 10:30", "2019-08-23"),
    ("2019/08/23", "2019-08-23"),
    (1566547200, "2019-08-23"),  # Unix seconds
    ("1566547200000", "2019-08-23"),  # Unix milliseconds, as a string
    ("Fri, 23 Aug 2019 10:30:00 +0800", "2019-08-23"),  # RFC 2822
    ("2019-08-23T23:30:00+08:00", "2019-08-23"),  # the date as written, not moved to UTC
    (datetime(2020, 1, 6, 9, 0), "2020-01-06"),  # YAML and Parquet give datetime objects
]


@pytest.mark.parametrize("value, iso", DATE_FORMS)
def test_parse_date_forms(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("value", ["3小时前", "昨天", "Aug 2019", "2019年13月40日", "0", "韩国国防部", "1234"])
def test_parse_date_refuses_relative_partial_and_invalid(value):
    assert parse_date(value) is None


def test_json_array_reads_titles_dates_sources_and_keeps_other_fields(tmp_path):
    records = [{"headline": f"新闻{i}", "link": f"https://news.example.cn/a/{i}.html",
                "content": BODY_1, "pubtime": raw, "来源": "新华社", "views": i}
               for i, (raw, _) in enumerate(DATE_FORMS[:7])]
    pages, failures = read(write_json(tmp_path / "export.json", records))
    assert failures == []
    assert [p.title for p in pages] == [f"新闻{i}" for i in range(7)]
    assert [p.published for p in pages] == [iso for _, iso in DATE_FORMS[:7]]
    assert [p.published_raw for p in pages] == [str(raw) for raw, _ in DATE_FORMS[:7]]
    assert {p.published_via for p in pages} == {"field:pubtime"}
    assert [p.doc_id for p in pages] == [f"https://news.example.cn/a/{i}.html" for i in range(7)]
    assert pages[3].url == "https://news.example.cn/a/3.html" and pages[3].source == "新华社"
    assert pages[3].text == BODY_1 and pages[3].markup == "text"
    assert pages[3].meta["fields"] == {"views": 3}
    assert pages[3].meta["format"] == "json"
    assert pages[3].meta["mapping"]["title"] == {"column": "headline", "how": "name"}
    assert pages[3].input_path == str(tmp_path / "export.json")


def test_nested_json_finds_the_largest_array_of_records(tmp_path):
    doc = {"code": 0, "data": {"tags": [{"name": "军事"}],
                               "items": [{"title": "甲", "text": BODY_1}, {"title": "乙", "text": BODY_2}]}}
    pages, failures = read(write_json(tmp_path / "api.json", doc))
    assert [(p.title, p.doc_id) for p in pages] == [("甲", "api.json#0"), ("乙", "api.json#1")]
    assert failures == []


def test_single_json_object_is_one_record_even_with_a_nested_list(tmp_path):
    doc = {"title": "单篇", "正文": BODY_1, "comments": [{"user": "a"}, {"user": "b"}, {"user": "c"}]}
    pages, _ = read(write_json(tmp_path / "one.json", doc))
    assert [(p.title, p.text, p.doc_id) for p in pages] == [("单篇", BODY_1, "one.json#0")]
    assert pages[0].meta["fields"]["comments"] == [{"user": "a"}, {"user": "b"}, {"user": "c"}]


def test_invalid_json_file_is_one_failure(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"title": "甲", "text": "正文', encoding="utf-8")
    pages, failures = read(path)
    assert pages == [] and len(failures) == 1
    assert failures[0].input == str(path) and "not valid JSON" in failures[0].reason


def test_bad_records_fail_alone(tmp_path):
    records = [{"title": "无正文", "content": "  "},
               {"title": "坏日期", "content": BODY_1, "date": "三天前"},
               "not an object",
               {"title": "好", "content": BODY_2, "date": "2019/08/23"}]
    path = write_json(tmp_path / "bad.json", records)
    pages, failures = read(path)
    assert [(f.input, f.stage) for f in failures] == [(f"{path}#0", "parse"), (f"{path}#1", "parse"), (f"{path}#2", "parse")]
    assert "no body" in failures[0].reason
    assert failures[1].reason == "unparseable date '三天前' in field 'date'"
    # The record with the bad date is not lost: its page comes with no date.
    assert [(p.title, p.published, p.doc_id) for p in pages] == [("坏日期", None, "bad.json#1"), ("好", "2019-08-23", "bad.json#3")]


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_gz_with_a_bad_line_and_html_bodies(tmp_path):
    lines = [json.dumps({"Title": "甲", "publishTime": 1566547200000, "content_html": HTML_PAGE}, ensure_ascii=False),
             "{not json",
             "",
             json.dumps({"Title": "乙", "publishTime": "2016-03-03 16:58:37", "content_html": BODY_2}, ensure_ascii=False)]
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    pages, failures = read(path)
    assert [(p.doc_id, p.title, p.published, p.markup) for p in pages] == [
        ("crawl.jsonl.gz#0", "甲", "2019-08-23", "html"), ("crawl.jsonl.gz#2", "乙", "2016-03-03", "text")]
    assert pages[0].text == HTML_PAGE and pages[0].meta["format"] == "jsonl"
    assert [(f.input, f.reason.split(" (")[0]) for f in failures] == [(f"{path}#1", "line 2 is not JSON")]


def test_jsonl_is_streamed_so_a_truncated_file_keeps_its_first_records(tmp_path):
    record = json.dumps({"title": "甲", "text": BODY_1 * 20}, ensure_ascii=False)
    data = gzip.compress(("\n".join([record] * 400) + "\n").encode("utf-8"))
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    pages, failures = read(path)
    assert 0 < len(pages) < 400
    assert [p.doc_id for p in pages[:2]] == ["big.jsonl.gz#0", "big.jsonl.gz#1"]
    assert len(failures) == 1 and failures[0].stage == "read"


# --- CSV / TSV ------------------------------------------------------------------------------------


def test_gbk_csv_with_a_short_row(tmp_path):
    rows = [["标题", "链接", "正文", "发布时间"],
            ["韩美军演", "https://news.example.cn/1.html", BODY_1, "2019年8月23日 10:30"],
            ["短行", "https://news.example.cn/2.html"],
            ["日本白皮书", "", BODY_2, "2016-03-03 16:58:37"]]
    path = write_csv(tmp_path / "export.csv", rows, encoding="gbk")
    pages, failures = read(path)
    assert [(p.doc_id, p.title, p.text, p.published) for p in pages] == [
        ("https://news.example.cn/1.html", "韩美军演", BODY_1, "2019-08-23"),
        ("export.csv#2", "日本白皮书", BODY_2, "2016-03-03")]
    assert pages[0].encoding == "gb18030"
    assert [f.input for f in failures] == [f"{path}#1"] and "2 fields, the header 4" in failures[0].reason


def test_semicolon_csv_is_sniffed(tmp_path):
    path = write_csv(tmp_path / "semi.csv", [["title", "body"], ["甲", BODY_1]], delimiter=";")
    pages, _ = read(path)
    assert [(p.title, p.text) for p in pages] == [("甲", BODY_1)]


TRAD_BODY = "韓國國防部表示，將與北約擴大軍事情報共享範圍，並加強網絡安全合作。"
SIMP_BODY = "韩国国防部表示，将与北约扩大军事情报共享范围，并加强网络安全合作。"


def test_traditional_tsv_is_simplified_with_original_kept(tmp_path):
    path = write_csv(tmp_path / "trad.tsv", [["標題", "內容", "發佈時間", "來源"], ["韓國與北約", TRAD_BODY, "Aug 23, 2019", "聯合報"]],
                     delimiter="\t")
    pages, failures = read(path)
    assert failures == []
    (page,) = pages
    assert (page.title, page.text, page.original, page.source) == ("韩国与北约", SIMP_BODY, TRAD_BODY, "联合报")
    assert page.published == "2019-08-23" and page.published_via == "field:發佈時間"


def test_big5_csv(tmp_path):
    path = write_csv(tmp_path / "big5.csv", [["標題", "內容"], ["韓國與北約", TRAD_BODY]], encoding="big5")
    (page,), _ = read(path)
    assert (page.title, page.text, page.original) == ("韩国与北约", SIMP_BODY, TRAD_BODY)


# --- Parquet, Markdown, bundles -------------------------------------------------------------------


def test_parquet_with_shape_detected_fields(tmp_path):
    table = pa.table({"headline": ["甲", "乙"], "u": ["https://a.example.cn/1", "https://a.example.cn/2"],
                      "stamp": [datetime(2019, 8, 23, 10, 30), datetime(2016, 3, 3, 16, 58)],
                      "blob": [BODY_1, BODY_2], "lang": ["zh", "zh"]})
    path = tmp_path / "dump.parquet"
    pq.write_table(table, path)
    pages, failures = read(path)
    assert failures == []
    assert [(p.doc_id, p.title, p.published, p.text) for p in pages] == [
        ("https://a.example.cn/1", "甲", "2019-08-23", BODY_1), ("https://a.example.cn/2", "乙", "2016-03-03", BODY_2)]
    mapping = pages[0].meta["mapping"]
    assert {t: m["how"] for t, m in mapping.items()} == {"title": "name", "url": "shape", "published": "shape", "body": "shape"}
    assert pages[0].meta["fields"] == {"lang": "zh"}


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: 韩美举行联合军演\ndate: 2019-08-23\nsource_url: https://news.example.cn/md.html\n"
                    "tags: [军事]\n---\n" + MARKDOWN_PAGE, encoding="utf-8")
    (page,), failures = read(path)
    assert failures == []
    assert (page.title, page.published, page.doc_id) == ("韩美举行联合军演", "2019-08-23", "https://news.example.cn/md.html")
    assert page.text.startswith("关闭广告\n\n韩美举行联合军演\n\n据新华社报道")
    assert "朝鲜外务省发言人" in page.text and "挑衅。" in page.text
    assert not any(mark in page.text for mark in ("#", "*", "](", "https://example.org"))
    assert page.meta["mapping"]["body"] == {"column": "(markdown body)", "how": "markdown"}
    assert page.meta["fields"] == {"tags": ["军事"]}


def test_strip_markdown_keeps_snake_case_and_list_items():
    assert strip_markdown("## 标题 ##\n> 引用\n- 条目 *一*\n![图](a.png) 见 [链接][1]\n[1]: https://x.cn\nfile_name_x") == \
        "标题\n引用\n- 条目 一\n图 见 链接\n\nfile_name_x"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return path


def _tar_gz(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as bundle:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            bundle.addfile(info, io.BytesIO(data))
    return path


def test_zip_bundle_of_pages_and_record_files(tmp_path):
    members = {"pages/a.html": HTML_PAGE.encode("utf-8"),
               "records/b.jsonl": json.dumps({"title": "乙", "text": BODY_2}, ensure_ascii=False).encode("utf-8"),
               "records/c.csv": "title,body\n丙,{}\n".format(BODY_1).encode("gbk"),
               "__MACOSX/._a.html": b"\x00\x05\x16\x07",
               "records/d.jsonl.gz": gzip.compress(json.dumps({"title": "丁", "text": BODY_1}, ensure_ascii=False).encode())}
    pages, failures = read(_zip(tmp_path / "bundle.zip", members))
    assert failures == []
    assert [(p.doc_id, p.title) for p in pages] == [
        ("bundle.zip:pages/a.html", None), ("bundle.zip:records/b.jsonl#0", "乙"),
        ("bundle.zip:records/c.csv#0", "丙"), ("bundle.zip:records/d.jsonl.gz#0", "丁")]
    assert pages[0].text == HTML_PAGE and pages[2].text == BODY_1
    assert pages[1].input_path == f"{tmp_path / 'bundle.zip'}:records/b.jsonl"


def test_tar_gz_bundle_streams_members(tmp_path):
    members = {"site/post.md": ("---\ntitle: 甲\n---\n" + MARKDOWN_PAGE).encode("utf-8"),
               "site/api.json": json.dumps([{"title": "乙", "text": BODY_2}], ensure_ascii=False).encode("utf-8"),
               "site/inner.zip": _zip(tmp_path / "inner.zip", {"x.txt": BODY_1.encode("utf-8")}).read_bytes(),
               "site/.hidden.json": b"[]"}
    pages, failures = read(_tar_gz(tmp_path / "site.tar.gz", members))
    assert failures == []
    assert [(p.doc_id, p.title, p.meta.get("format")) for p in pages] == [
        ("site.tar.gz:site/post.md#0", "甲", "markdown"), ("site.tar.gz:site/api.json#0", "乙", "json"),
        ("site.tar.gz:site/inner.zip:x.txt", None, None)]
    assert pages[2].text == BODY_1


# --- field detection and overrides --------------------------------------------------------------


@pytest.mark.parametrize("name", ["publishTime", "publish-time", "PUBLISH_TIME", "pub date", "發佈時間", "createTime"])
def test_date_field_names_match_across_case_separators_and_script(name):
    mapping = detect_fields([{"title": "甲", "text": BODY_1, name: "no date here"}])
    assert (mapping.columns.get("published"), mapping.how.get("published")) == (name, "name")


def test_shape_decides_when_names_do_not():
    records = [{"a": f"https://x.cn/{i}", "b": BODY_1 + str(i), "c": "2019/08/23", "d": "军事", "e": 1566547200 + i}
               for i in range(3)]
    mapping = detect_fields(records)
    assert mapping.columns == {"url": "a", "published": "c", "body": "b"}
    assert set(mapping.how.values()) == {"shape"}


def test_fields_override_wins(tmp_path):
    records = [{"title": "国际", "headline2": "韩美举行联合军演", "content": "摘要", "full": BODY_1,
                "date": "2000-01-01", "pub_ts": 1566547200}]
    path = write_json(tmp_path / "odd.json", records)
    (detected,), _ = read(path)
    assert (detected.title, detected.text, detected.published) == ("国际", "摘要", "2000-01-01")
    (page,), failures = read(path, {"title": "headline2", "body": "full", "published": "pub_ts"})
    assert failures == []
    assert (page.title, page.text, page.published, page.published_via) == ("韩美举行联合军演", BODY_1, "2019-08-23", "field:pub_ts")
    assert page.meta["mapping"]["body"] == {"column": "full", "how": "override"}
    assert page.meta["fields"] == {"title": "国际", "content": "摘要", "date": "2000-01-01"}


def test_ids_are_stable_across_reads(tmp_path):
    path = write_json(tmp_path / "s.json", [{"title": "甲", "text": BODY_1}, {"title": "乙", "text": BODY_2, "url": "https://x.cn/2"}])
    first, second = read(path)[0], read(path)[0]
    assert [p.doc_id for p in first] == [p.doc_id for p in second] == ["s.json#0", "https://x.cn/2"]
    assert [p.hash for p in first] == [p.hash for p in second]


# --- one page, four containers -------------------------------------------------------------------


def test_same_page_as_html_file_json_and_markdown_gives_the_same_body(tmp_path):
    html_file = tmp_path / "page.html"
    html_file.write_text(HTML_PAGE, encoding="utf-8")
    json_file = write_json(tmp_path / "page.json", [{"title": "韩美举行联合军演", "content": HTML_PAGE, "date": "2019-08-23"}])
    md_file = tmp_path / "page.md"
    md_file.write_text("---\ntitle: 韩美举行联合军演\ndate: 2019-08-23\n---\n" + MARKDOWN_PAGE, encoding="utf-8")
    (from_html,), (from_json,), (from_md,) = (read(f)[0] for f in (html_file, json_file, md_file))
    assert from_html.text == from_json.text == HTML_PAGE
    assert from_html.markup == from_json.markup == "html"
    html_blocks = [" ".join(e.text_content().split()) for e in lxml.html.fromstring(HTML_PAGE).xpath("//body/*//text()/..")]
    assert [line for line in from_md.text.splitlines() if line] == html_blocks
    assert from_json.published == from_md.published == "2019-08-23"


def test_same_page_as_a_csv_record_gives_the_same_body(tmp_path):
    path = write_csv(tmp_path / "page.csv", [["title", "content", "date"], ["韩美举行联合军演", HTML_PAGE, "2019-08-23"]])
    (page,), failures = read(path)
    assert (page.text, page.markup, page.title, page.published) == (HTML_PAGE, "html", "韩美举行联合军演", "2019-08-23")


# --- inspect and the shipped examples --------------------------------------------------------------


def test_inspect_reports_mapping_counts_and_a_sample(tmp_path):
    path = write_json(tmp_path / "x.json", [{"headline": "甲", "body": BODY_1 * 10, "pubtime": "Aug 23, 2019"},
                                            {"headline": "乙", "body": "", "pubtime": "Aug 24, 2019"}])
    report = inspect_file(str(path))
    assert (report["format"], report["records"], report["failures"]) == ("json", 1, 1)
    assert report["inputs"][str(path)]["mapping"]["published"] == {"column": "pubtime", "how": "name"}
    assert report["sample"]["title"] == "甲" and report["sample"]["published"] == "2019-08-23"
    assert report["sample"]["text"] == (BODY_1 * 10)[:200]
    text = format_inspection(report)
    assert "published  ← pubtime" in text and "(by name)" in text and "no body" in text
    assert "url        ← -" in text


@pytest.mark.parametrize("name, fmt", [("news_export.json", "json"), ("news_export.csv", "csv")])
def test_shipped_examples_read_cleanly(name, fmt):
    report = inspect_file(str(EXAMPLES / name))
    assert (report["format"], report["records"], report["failures"]) == (fmt, 2, 0)
    assert set(report["inputs"][str(EXAMPLES / name)]["mapping"]) == {"url", "title", "body", "published", "source"}
    assert report["sample"]["published"] and report["sample"]["title"]


def test_docs_list_every_field_name_and_show_the_real_inspect_output(monkeypatch):
    docs = (EXAMPLES.parents[3] / "README.md").read_text("utf-8")
    names = yaml.safe_load(FIELD_NAMES.read_text("utf-8"))
    for target, listed in names.items():
        row = next(line for line in docs.splitlines() if line.startswith(f"| `{target}` |"))
        assert row == f"| `{target}` | " + ", ".join(f"`{n}`" for n in listed) + " |"
    monkeypatch.chdir(EXAMPLES)
    assert format_inspection(inspect_file("news_export.json")) in docs
