"""The security digest: deterministic, built only from event records, grouped and worded as specified."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from allywatch.report.digest import build_digest, event_sentence, write_digest, zh_date
from allywatch.store.duck import Store
from synthetic_store import build_store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture()
def store(tmp_path):
    with Store(build_store(tmp_path / "s.duckdb"), read_only=True) as s:
        yield s


def test_same_store_same_bytes(store, tmp_path):
    for fmt in ("md", "html"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        assert write_digest(store, a, fmt=fmt) == 6
        write_digest(store, b, fmt=fmt)
        assert a.read_bytes() == b.read_bytes()


def test_rebuilt_store_same_bytes(tmp_path):
    """Two stores built from the same records (ids, order of writes) give byte-identical digests."""
    outs = []
    for name in ("one", "two"):
        with Store(build_store(tmp_path / f"{name}.duckdb"), read_only=True) as s:
            write_digest(s, tmp_path / f"{name}.md")
        outs.append((tmp_path / f"{name}.md").read_bytes())
    assert outs[0] == outs[1]


def test_markdown_contents(store, tmp_path):
    out = tmp_path / "d.md"
    write_digest(store, out)
    text = out.read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == "# 安全动态简报"
    assert "本期共收录 6 起事件，来自 3 篇报道。" in text
    assert "| 磋商会谈 | CONSULT | 2 |" in text and "| 制裁 | SANCTION | 1 |" in text
    assert "最活跃的双边关系：韩国—北约（2起）" in text
    # grouped by pair, then topic; the busiest pair first
    assert lines.index("## 韩国—北约（2起）") < lines.index("## 日本—美国（1起）")
    section = text.split("## 韩国—北约（2起）")[1].split("\n## ")[0]
    assert "### 外交" in section and "### 军事" in section
    # one sentence per event, sources linked, number of reports
    assert ("- 2023年7月12日，韩国政府与北约在维尔纽斯举行峰会（2篇报道）。来源：[a.txt](https://news.example/a)、`b.html`"
            in lines)
    assert "- 1月6日，韩国军方与北约军方通电话（1篇报道）。来源：`c.txt`" in lines
    assert "- 2023年8月，日本与美国举行联合演习（计划中；1篇报道）。来源：`b.html`" in lines
    assert "- 日期不详，韩国外交部门批评朝鲜（1篇报道）。来源：[a.txt](https://news.example/a)" in lines
    assert "- 2022年3月，美国对朝鲜实施制裁（1篇报道）。来源：`c.txt`" in lines


def test_newest_first_within_a_group(tmp_path):
    from allywatch.records import Document, Event, RawPage, Sentence

    sents = ["韩国与美国1月5日举行会谈。", "韩国与美国3月9日举行会谈。", "韩国与美国举行会谈。"]
    clean = "\n".join(sents)
    doc = Document(RawPage("d.txt", "/in/d.txt", clean, "text"), clean_text=clean,
                   sentences=[Sentence(i, s, 0, len(s)) for i, s in enumerate(sents)])
    for i, d in enumerate(["2023-01-05", "2023-03-09", None]):
        doc.events.append(Event("CONSULT", ["KOR"], ["USA"], mode="meeting", contexts=["diplomatic"], date=d,
                                doc="d.txt", sentence=sents[i], sentence_idx=i, doc_hash=doc.hash, trigger="举行会谈"))
    with Store(tmp_path / "n.duckdb") as s:
        s.write_batch([doc], [], "t")
        s.rebuild_events()
        d = build_digest(s)
    items = [e["sentence"] for e in d["sections"][0]["topics"][0]["events"]]
    assert items == ["2023年3月9日，韩国与美国举行会谈", "2023年1月5日，韩国与美国举行会谈", "日期不详，韩国与美国举行会谈"]


def test_filters(store, tmp_path):
    out = tmp_path / "prk.md"
    assert write_digest(store, out, country="prk") == 3
    text = out.read_text("utf-8")
    assert "涉及：朝鲜（PRK）" in text and "北约" not in text
    out = tmp_path / "july.md"
    assert write_digest(store, out, since="2023-07-01", until="2023-07-31") == 2
    assert "时间范围：2023年7月1日 至 2023年7月31日" in out.read_text("utf-8")
    from allywatch.cli import UsageError

    with pytest.raises(UsageError, match="not a date"):
        write_digest(store, out, since="2023-7-1")


def test_html(store, tmp_path):
    out = tmp_path / "d.html"
    write_digest(store, out, fmt="html")
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in text
    assert '<a href="https://news.example/a">a.txt</a>' in text
    assert "韩国政府与北约在维尔纽斯举行峰会" in text and "WenQuanYi Micro Hei" in text


def test_wording_helpers():
    assert zh_date("2023-07-12") == "2023年7月12日"
    assert zh_date("2023-07") == "2023年7月"
    assert zh_date("--01-06") == "1月6日"
    assert zh_date("2023-07-12", "2023-07-13") == "2023年7月12日至13日"
    assert zh_date("2023-07-30", "2023-08-02") == "2023年7月30日至8月2日"
    assert zh_date(None) == "日期不详"
    ev = {"event_type": "MOBILIZE", "mode": "weapons_test", "source": ["PRK-MIL"], "target": [], "date": "2023-07-12",
          "location": "Pyongyang/PRK"}
    assert event_sentence(ev) == "2023年7月12日，朝鲜军方在平壤进行武器试射"
    ev = {"event_type": "NEWTYPE", "mode": "", "source": ["XYZ"], "target": ["KOR"], "date": None, "location": "KOR"}
    assert event_sentence(ev) == "日期不详，XYZ与韩国在韩国发生NEWTYPE事件"


def test_cli_on_corpus(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip("corpus not found")
    db = tmp_path / "c.duckdb"
    exe = [sys.executable, "-c", "import sys; from allywatch.cli import main; sys.exit(main())"]
    run = subprocess.run(exe + ["run", str(CORPUS), "--db", str(db), "-q"], capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    outs = []
    for name in ("a.md", "b.md"):
        r = subprocess.run(exe + ["digest", "--db", str(db), "-o", str(tmp_path / name)], capture_output=True,
                           text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    text = outs[0].decode("utf-8")
    assert "## 韩国—北约" in text and "篇报道）。来源：" in text
    bad = subprocess.run(exe + ["digest", "--db", str(db), "--since", "soon", "-o", str(tmp_path / "x.md")],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--since: 'soon' is not a date" in bad.stderr
