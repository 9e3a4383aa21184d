"""End to end through the CLI and the DuckDB store (issue 2): run, docs, show, export, re-runs,
versions, near-duplicates, errors, and transactional writes."""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from allywatch import runner
from allywatch.cli import main
from allywatch.store.duck import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BIN = ROOT / ".venv" / "bin" / "allywatch"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")

DOCS = ["000_3053c060567b68fe.txt", "001_2ee1b763c5ca8a1d.txt", "002_08c8e59a0b082066.txt",
        "003_dcf373b32d77e90a.txt", "004_c7d2d79357f615e0.txt"]
TABLES = ["documents", "removed_spans", "sentences", "event_mentions", "events", "event_links", "failures"]

# Per page, read from the pages: sentences of the article that must survive cleaning, and noise that must not.
KEEP = {
    "000_3053c060567b68fe.txt": [
        "首尔讯 – 1月6日,韩国联合参谋本部(联参)宣布,联参议长金明秀与北约军事委员会主席罗布·鲍尔进行了重要通话。",
        "鲍尔在通话中介绍了将于本月15日至16日举行的北约军委会参谋长级会议的议题,并呼吁韩方支持和关注双边合作。",
        "1. 共同关切:朝鲜核导威胁与俄朝军事合作",
        "未来,韩国与北约将继续深化合作,共同应对全球挑战,维护地区和全球的和平与稳定。",
    ],
    "001_2ee1b763c5ca8a1d.txt": [
        "据韩国媒体报道,韩国国防部3月17日着手进入恢复《韩日军事情报保护协定》正常化所需程序。",
        "韩国总统尹锡悦日前表示,\"韩日军情协定\"将完全恢复正常。",
        "日本政府于2019年7月宣布限制对韩出口3种关键半导体材料。",
        "对于韩国而言并不是一件好事。",
    ],
    "002_08c8e59a0b082066.txt": [
        "近日,韩国总统尹锡悦与美国总统拜登在华盛顿在北约峰会期间举行双边会谈,两国领导人签署了韩美《关于朝鲜半岛核威慑与核作战指南》的联合声明,",
        "声明指出,若朝鲜对韩国发起任何核打击,安全都将面临立刻、压倒性、果断的反制措施。",
        "据新华社援引朝中社13日报道,针对美韩两国日前签署《关于朝鲜半岛核威慑与核作战指南》,朝鲜国防省发言人当天发表谈话表示“坚决反对和谴责”",
        "1953年8月8日,美国和韩国签署了《美韩共同防御条约》,1954年11月17日该条约生效,无限期有效。",
        "对谁最有利,对谁损害最大,不言自喻。",
    ],
    "003_dcf373b32d77e90a.txt": [
        "11月21日至22日,美国会同澳大利亚政府在堪培拉举行了年度战略政策对话(SPD)。",
        "12月30日,美国印太司令部就朝鲜发射弹道导弹一事发表如下声明:",
        "韩国国防部长官李钟燮当天在首尔龙山国防部大楼同美国国防部长劳埃德·奥斯汀举行会谈",
        "驻韩美军特种作战司令部介绍,韩美英在高难度的实战海上演习中熟练了联合执行任务的能力。",
    ],
    "004_c7d2d79357f615e0.txt": [
        "12/07/2023 - 12:11",
        "韩国总统尹锡悦当地时间12日出席在立陶宛首都维尔纽斯举行的北约亚太伙伴（AP4，韩日澳新）领导人会议",
        "尹锡悦称，大韩民国的印太战略也将北约视为重要的伙伴。",
        "据韩联社，AP4领导人会议是北约峰会配套会议，当天的会议由尹锡悦主持，各方共同探讨应对朝鲜挑衅、维护自由和平与繁荣的合作方案。",
    ],
}
NOISE = {
    "000_3053c060567b68fe.txt": ["上海的陆家嘴", "Read more", "Views: 0", "发表回复", "您的邮箱地址不会被公开", "必填项",
                                 "参考文献", "学术期刊相关论文", "本文所有信息均来自韩联社"],
    "001_2ee1b763c5ca8a1d.txt": ["关闭广告", "国际在线14271人阅读", "猜你喜欢", "精彩推荐", "浏览", "蔚来", "懂球帝",
                                 "版权与免责声明", "ICP备", "Copyright", "编辑丨林维", "签审丨蔡耀远", "网站报道截图"],
    "002_08c8e59a0b082066.txt": ["鄂州市某某通用机械运营部", "韩美核作合声", "明发美依", "上对深", "赖加", "布韩",
                                 "...[详细]", "洞庭湖", "斯洛伐克", "点击进入专题", "责任编辑", "北京市发布雷电黄色预警",
                                 "花钱买证书"],
    "003_dcf373b32d77e90a.txt": ["按条件查询"],
    "004_c7d2d79357f615e0.txt": ["分享", "<div", "<p>", "facebook", "](https://", "------", "1689156904000"],
}


def cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def query(db: Path, sql: str, params=()) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    assert main(["run", str(CORPUS), "--db", str(db), "-q"]) == 0
    return db


# ---- run / docs / show --------------------------------------------------------------------------

def test_run_stores_five_whole_documents(corpus_db):
    rows = query(corpus_db, "SELECT doc_id, status, chars_kept, length(clean_text), hash FROM documents ORDER BY doc_id")
    assert [r[0] for r in rows] == DOCS
    assert all(r[1] == "ok" for r in rows)
    assert all(r[2] == r[3] > 300 for r in rows)
    for doc_id, *_, doc_hash in rows:
        n_sent = query(corpus_db, "SELECT count(*) FROM sentences WHERE doc_hash = ?", [doc_hash])[0][0]
        assert n_sent >= 10, doc_id
        spans = query(corpus_db, "SELECT s.text, substr(d.clean_text, s.start + 1, s.\"end\" - s.start) FROM sentences s "
                                 "JOIN documents d ON d.hash = s.doc_hash WHERE d.hash = ?", [doc_hash])
        assert all(text == sliced for text, sliced in spans), doc_id
        assert query(corpus_db, "SELECT count(*) FROM removed_spans WHERE doc_hash = ?", [doc_hash])[0][0] >= 1


def test_docs_lists_documents(corpus_db, capsys):
    rc, out, err = cli(capsys, "docs", "--db", corpus_db)
    assert rc == 0
    header = out.splitlines()[0].split()
    assert header == ["id", "title", "published", "source", "kept", "removed", "status"]
    stored = {r[0]: r for r in query(corpus_db, "SELECT doc_id, title, published, chars_kept, chars_removed, status "
                                                "FROM documents")}
    for doc_id in DOCS:
        line = next(ln for ln in out.splitlines() if ln.startswith(doc_id))
        _, title, published, kept, removed, status = stored[doc_id]
        assert re.search(rf"\s{kept}\s+{removed}\s+{status}\s*$", line), line
        if title:
            assert title in line
    line_004 = next(ln for ln in out.splitlines() if ln.startswith(DOCS[4]))
    assert "2023-07-12" in line_004 and "韩国与会立陶宛北约峰会 力促多方防务合作" in line_004
    assert "韩日全面恢复军事情报共享" in out and "韩美核作战联合声明发布" in out

    rc, out, _ = cli(capsys, "docs", "--db", corpus_db, "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == DOCS
    assert {r["id"]: (r["kept"], r["removed"], r["status"]) for r in rows} == \
           {k: (v[3], v[4], v[5]) for k, v in stored.items()}
    assert all(r["removed"] > 0 for r in rows)


@pytest.mark.parametrize("doc_id", DOCS)
def test_show_clean_reads_as_the_article_alone(corpus_db, capsys, doc_id):
    rc, out, err = cli(capsys, "show", doc_id, "--clean", "--db", corpus_db)
    assert rc == 0
    for sentence in KEEP[doc_id]:
        assert sentence in out, sentence
    for noise in NOISE[doc_id]:
        assert noise not in out, noise
    assert not out.startswith("#")  # --clean prints the text alone, no header


def test_show_default_has_header_and_raw_has_page(corpus_db, capsys):
    rc, out, _ = cli(capsys, "show", DOCS[4], "--db", corpus_db)
    assert rc == 0 and "韩国与会立陶宛北约峰会" in out.splitlines()[0] and "2023-07-12" in out
    assert "ms-marker" in out
    rc, out, _ = cli(capsys, "show", DOCS[4], "--raw", "--db", corpus_db)
    assert rc == 0 and out.startswith("<!--1689156904000-->") and "分享 :" in out
    digest = query(corpus_db, "SELECT hash FROM documents WHERE doc_id = ?", [DOCS[1]])[0][0]
    rc, out, _ = cli(capsys, "show", digest, "--clean", "--db", corpus_db)
    assert rc == 0 and KEEP[DOCS[1]][0] in out


@pytest.mark.parametrize("doc_id", DOCS)
def test_show_removed_lists_each_removal_with_a_reason(corpus_db, capsys, doc_id):
    rc, out, _ = cli(capsys, "show", doc_id, "--removed", "--db", corpus_db)
    assert rc == 0
    lines = out.splitlines()
    stored = query(corpus_db, "SELECT r.reason, r.text FROM removed_spans r JOIN documents d ON d.hash = r.doc_hash "
                              "WHERE d.doc_id = ? ORDER BY r.idx", [doc_id])
    assert len(lines) == len(stored) >= 1
    for line, (reason, text) in zip(lines, stored):
        m = re.match(r"^\[([a-z][\w:-]*)\] @-?\d+: (.+)$", line)
        assert m, line
        assert m.group(1) == reason and m.group(2) == text.replace("\n", "⏎")
    removed = "\n".join(lines)
    for noise in NOISE[doc_id]:
        if noise in ("<div", "<p>", "facebook", "------", "1689156904000", "浏览", "懂球帝", "斯洛伐克"):
            continue  # markup is not page text; list items are checked through their neighbours
        assert noise in removed, f"{noise!r} removed but not explained"


# ---- export -------------------------------------------------------------------------------------

EXPORT_FIELDS = ["doc", "title", "published", "url", "clean_text", "removed"]


def _check_export_records(records: list[dict], db: Path):
    assert [r["doc"] for r in records] == DOCS
    stored = {r[0]: r for r in query(db, "SELECT doc_id, title, published, url, clean_text, hash FROM documents")}
    for r in records:
        assert list(r) == EXPORT_FIELDS
        doc_id, title, published, url, clean_text, digest = stored[r["doc"]]
        assert (r["title"] or None, r["published"] or None, r["url"] or None, r["clean_text"]) == \
               (title, published, url, clean_text)
        spans = query(db, "SELECT text, reason FROM removed_spans WHERE doc_hash = ? ORDER BY idx", [digest])
        assert [{"text": x["text"], "reason": x["reason"]} for x in r["removed"]] == \
               [{"text": t, "reason": why} for t, why in spans]
        assert all(set(x) == {"text", "reason"} for x in r["removed"])


def test_export_jsonl(corpus_db, capsys, tmp_path):
    out = tmp_path / "docs.jsonl"
    rc, _, err = cli(capsys, "export", "docs", "--format", "jsonl", "-o", out, "--db", corpus_db)
    assert rc == 0 and "5" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    _check_export_records(records, corpus_db)
    assert records[4]["published"] == "2023-07-12" and records[4]["url"].startswith("https://www.rfi.fr/cn/")


def test_export_csv(corpus_db, capsys, tmp_path):
    out = tmp_path / "docs.csv"
    assert cli(capsys, "export", "docs", "--format", "csv", "-o", out, "--db", corpus_db)[0] == 0
    with out.open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    for r in records:
        r["removed"] = json.loads(r["removed"])
    _check_export_records(records, corpus_db)


def test_export_parquet(corpus_db, capsys, tmp_path):
    out = tmp_path / "docs.parquet"
    assert cli(capsys, "export", "docs", "--format", "parquet", "-o", out, "--db", corpus_db)[0] == 0
    table = pq.read_table(out)
    assert table.column_names == EXPORT_FIELDS
    _check_export_records(table.to_pylist(), corpus_db)


def test_export_docs_rejects_graph_formats(corpus_db, capsys, tmp_path):
    rc, _, err = cli(capsys, "export", "docs", "--format", "graphml", "-o", tmp_path / "x", "--db", corpus_db)
    assert rc == 2 and err.count("\n") == 1


# ---- re-runs, versions, near-duplicates ---------------------------------------------------------

@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    for f in folder.iterdir():
        f.chmod(0o644)
    return folder


def test_rerun_adds_nothing(corpus_copy, tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert cli(capsys, "run", corpus_copy, "--db", db, "-q")[0] == 0
    before = counts(db)
    assert before["documents"] == 5 and before["sentences"] > 0 and before["event_mentions"] > 0
    rc, _, err = cli(capsys, "run", corpus_copy, "--db", db)
    assert rc == 0 and "0 new documents, 5 already stored" in err
    assert counts(db) == before
    assert query(db, "SELECT count(*) FROM runs")[0][0] == 2  # the run log is the only thing that grows


ADDED = "韩国外交部当天证实已收到国防部公文，将尽快向日方发送公函。"


def _add_paragraph(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "  韩国总统尹锡悦日前表示" in text
    page.write_text(text.replace("  韩国总统尹锡悦日前表示", f"  {ADDED}\n\n  韩国总统尹锡悦日前表示", 1), encoding="utf-8")


def test_changed_file_with_same_name_is_a_new_version(corpus_copy, tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert cli(capsys, "run", corpus_copy, "--db", db, "-q")[0] == 0
    old_hash = query(db, "SELECT hash FROM documents WHERE doc_id = ?", [DOCS[1]])[0][0]
    _add_paragraph(corpus_copy / DOCS[1])
    assert cli(capsys, "run", corpus_copy, "--db", db, "-q")[0] == 0
    versions = query(db, "SELECT hash, status FROM documents WHERE doc_id = ? ORDER BY seq", [DOCS[1]])
    assert len(versions) == 2 and versions[0][0] == old_hash and versions[1][0] != old_hash
    assert query(db, "SELECT count(*) FROM documents")[0][0] == 6
    rc, out, _ = cli(capsys, "docs", "--db", db, "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == DOCS  # one row per document id: the newest version
    rc, out, _ = cli(capsys, "show", DOCS[1], "--clean", "--db", db)
    assert ADDED.strip() in out
    rc, out, _ = cli(capsys, "show", old_hash, "--clean", "--db", db)  # the old version is still there
    assert rc == 0 and ADDED.strip() not in out and KEEP[DOCS[1]][0] in out


def test_new_version_is_not_a_duplicate_of_its_old_version(corpus_copy, tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert cli(capsys, "run", corpus_copy, "--db", db, "-q")[0] == 0
    before = query(db, "SELECT count(*) FROM current_mentions WHERE doc = ?", [DOCS[1]])[0][0]
    assert before > 0
    _add_paragraph(corpus_copy / DOCS[1])
    assert cli(capsys, "run", corpus_copy, "--db", db, "-q")[0] == 0
    versions = query(db, "SELECT hash, status, duplicate_of FROM documents WHERE doc_id = ? ORDER BY seq", [DOCS[1]])
    assert versions[1][1:] == ("ok", None)
    current = query(db, "SELECT DISTINCT doc_hash FROM current_mentions WHERE doc = ?", [DOCS[1]])
    assert current == [(versions[1][0],)]  # the new version's events replace the old ones


def test_near_duplicate_pages_are_stored_once_as_ok(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    original = (CORPUS / DOCS[1]).read_text(encoding="utf-8")
    (folder / "a_original.txt").write_text(original, encoding="utf-8")
    repost = (original.replace("关闭广告", "广告 | 返回首页")
                      .replace("国际在线14271人阅读", "环球网 3301人阅读")
                      .replace("猜你喜欢", "热门文章")
                      .replace("韩国国防部3月17日", "韩国国防部3月17日上午")
                      .replace("魏东旭", "魏东旭先生", 1))
    assert repost != original
    (folder / "b_repost.txt").write_text(repost, encoding="utf-8")
    (folder / "c_other.txt").write_text((CORPUS / DOCS[0]).read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "d.duckdb"
    rc, _, err = cli(capsys, "run", folder, "--db", db)
    assert rc == 0 and "1 near-duplicates" in err
    rows = {r[0]: r[1:] for r in query(db, "SELECT doc_id, status, duplicate_of, hash FROM documents")}
    assert rows["a_original.txt"][:2] == ("ok", None)
    assert rows["b_repost.txt"][:2] == ("duplicate", "a_original.txt")
    assert rows["c_other.txt"][:2] == ("ok", None)
    mentions = dict(query(db, "SELECT doc_hash, count(*) FROM event_mentions GROUP BY 1"))
    assert mentions.get(rows["a_original.txt"][2], 0) > 0  # the original is coded...
    assert mentions.get(rows["b_repost.txt"][2], 0) == 0  # ...the duplicate is not
    rc, out, _ = cli(capsys, "docs", "--db", db)
    assert re.search(r"^b_repost\.txt .*duplicate\s*$", out, re.M)
    # a later run with the repost alone still finds its original in the store
    db2 = tmp_path / "e.duckdb"
    assert cli(capsys, "run", folder / "a_original.txt", "--db", db2, "-q")[0] == 0
    assert cli(capsys, "run", folder / "b_repost.txt", "--db", db2, "-q")[0] == 0
    assert query(db2, "SELECT status, duplicate_of FROM documents WHERE doc_id = 'b_repost.txt'") == \
           [("duplicate", "a_original.txt")]


def test_identical_content_under_another_name_is_reported(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / DOCS[4], folder / "x.txt")
    shutil.copy(CORPUS / DOCS[4], folder / "y.txt")
    db = tmp_path / "d.duckdb"
    rc, _, err = cli(capsys, "run", folder, "--db", db, "-q")
    assert rc == 1 and "identical content already stored as x.txt" in err
    assert query(db, "SELECT doc_id FROM documents") == [("x.txt",)]


# ---- errors -------------------------------------------------------------------------------------

def test_show_nosuch_exits_2_with_one_line(corpus_db, capsys):
    rc, out, err = cli(capsys, "show", "NOSUCH", "--db", corpus_db)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and "NOSUCH" in err and err.startswith("allywatch:")


def test_missing_store_is_a_clear_error(tmp_path, capsys):
    for args in (["docs"], ["show", "x"], ["export", "docs", "--format", "jsonl", "-o", str(tmp_path / "o.jsonl")]):
        rc, out, err = cli(capsys, *args, "--db", tmp_path / "none.duckdb")
        assert rc == 2 and err.count("\n") == 1 and "no such store" in err
        assert not (tmp_path / "none.duckdb").exists()  # reading never creates a store


def test_not_a_store_is_a_clear_error(tmp_path, capsys):
    bogus = tmp_path / "bogus.duckdb"
    bogus.write_text("this is not a database\n" * 100)
    rc, _, err = cli(capsys, "docs", "--db", bogus)
    assert rc == 2 and err.count("\n") == 1 and "cannot open store" in err


def test_locked_store_is_a_clear_error(corpus_db, tmp_path, capsys):
    db = tmp_path / "locked.duckdb"
    shutil.copy(corpus_db, db)
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
                               "time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        rc, _, err = cli(capsys, "run", CORPUS / DOCS[0], "--db", db, "-q")
        assert rc == 2 and err.count("\n") == 1 and "cannot open store" in err and str(db) in err
        rc, _, err = cli(capsys, "docs", "--db", db)
        assert rc == 2 and "cannot open store" in err
    finally:
        holder.kill()
        holder.wait()


def test_real_subprocess(corpus_db, tmp_path):
    assert BIN.exists()
    done = subprocess.run([str(BIN), "docs", "--db", str(corpus_db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and all(d in done.stdout for d in DOCS)
    done = subprocess.run([str(BIN), "show", "NOSUCH", "--db", str(corpus_db)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and done.stdout == "" and len(done.stderr.splitlines()) == 1
    db = tmp_path / "p.duckdb"
    done = subprocess.run([str(BIN), "run", str(CORPUS / DOCS[4]), str(tmp_path / "missing.txt"), "--db", str(db)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 1  # one input failed: reported, the rest stored
    assert "missing.txt" in done.stderr and "stored 1 new documents" in done.stderr
    assert done.stdout == ""
    assert query(db, "SELECT doc_id FROM documents") == [(DOCS[4],)]


# ---- transactional writes -----------------------------------------------------------------------

class _FailingConnection:
    """Delegates to a DuckDB connection; raises on the Nth insert into `table`."""

    def __init__(self, con, table: str, nth: int):
        self._con, self._table, self._nth, self.seen = con, table, nth, 0

    def execute(self, sql, *args):
        if sql.startswith(f"INSERT OR IGNORE INTO {self._table} "):
            self.seen += 1
            if self.seen == self._nth:
                raise RuntimeError("simulated crash between tables")
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def _half_documents(db: Path) -> list[tuple]:
    return query(db, "SELECT d.doc_id FROM documents d WHERE d.status = 'ok' AND ("
                     "NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_hash = d.hash) OR "
                     "NOT EXISTS (SELECT 1 FROM removed_spans r WHERE r.doc_hash = d.hash))")


@pytest.mark.parametrize("table", ["removed_spans", "sentences", "event_mentions"])
def test_crash_mid_batch_leaves_no_half_document(tmp_path, monkeypatch, capsys, table):
    monkeypatch.setattr(runner, "BATCH_SIZE", 2)
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        real = store.con
        store.con = _FailingConnection(real, table, nth=2)  # the second batch dies after writing documents
        with pytest.raises(RuntimeError, match="simulated crash"):
            runner.run([str(CORPUS)], store, progress=False)
        store.con = real
    stored = query(db, "SELECT doc_id FROM documents ORDER BY doc_id")
    assert stored == [(DOCS[0],), (DOCS[1],)]  # the first batch, whole; nothing of the second
    assert _half_documents(db) == []
    assert query(db, "SELECT count(*) FROM sentences WHERE doc_hash NOT IN (SELECT hash FROM documents)")[0][0] == 0
    assert query(db, "SELECT count(*) FROM event_mentions WHERE doc_hash NOT IN (SELECT hash FROM documents)")[0][0] == 0
    # a re-run finishes the job
    rc, _, err = cli(capsys, "run", CORPUS, "--db", db)
    assert rc == 0 and "stored 3 new documents, 2 already stored" in err
    assert counts(db)["documents"] == 5 and _half_documents(db) == []


def test_write_batch_failure_rolls_back(tmp_path, monkeypatch):
    """Store.write_batch raising part-way (after the documents insert) leaves nothing of that batch."""
    from allywatch.ingest import iter_pages
    from allywatch.pipeline import process_page

    docs = [process_page(p)[0] for p in iter_pages([str(CORPUS / DOCS[2])])]
    db = tmp_path / "w.duckdb"
    with Store(db) as store:
        real = store.con
        store.con = _FailingConnection(real, "sentences", nth=1)
        with pytest.raises(RuntimeError):
            store.write_batch(docs, [], "run1")
        store.con = real
        assert store.scalar("SELECT count(*) FROM documents") == 0
        assert store.scalar("SELECT count(*) FROM removed_spans") == 0
        store.write_batch(docs, [], "run2")  # the connection is usable again after the rollback
        assert store.scalar("SELECT count(*) FROM documents") == 1
        assert store.scalar("SELECT count(*) FROM sentences") == len(docs[0].sentences)


def test_a_traditional_pages_events_are_exported_as_written_and_found_in_either_script(capsys, tmp_path):
    page = tmp_path / "tw.txt"
    page.write_text("美日菲峰會\n2024-04-12 來源：中央社\n"
                    "美國總統拜登11日在白宮與日本首相岸田文雄、菲律賓總統馬可仕舉行首次三邊峰會。\n"
                    "中國外交部發言人毛寧12日表示，中方堅決反對有關國家拉幫結派，並對此表示強烈不滿。\n", encoding="utf-8")
    db, out = tmp_path / "tw.duckdb", tmp_path / "events.jsonl"
    assert cli(capsys, "run", page, "--db", db, "-q")[0] == 0
    assert cli(capsys, "export", "events", "--format", "jsonl", "-o", out, "--db", db)[0] == 0
    [record] = [r for line in out.read_text(encoding="utf-8").splitlines()
                if (r := json.loads(line))["event_type"] == "ACCUSE"]
    assert record["sentence"] == "中國外交部發言人毛寧12日表示，中方堅決反對有關國家拉幫結派，並對此表示強烈不滿。"
    assert record["trigger"] in record["sentence"] and "國" in record["sentence"]
    for query in ("拉幫結派", "拉帮结派", "毛宁"):  # as written, as read, or mixed
        rc, shown, _ = cli(capsys, "events", "--text", query, "--db", db)
        assert rc == 0 and "ACCUSE" in shown, query
    assert "ACCUSE" not in cli(capsys, "events", "--text", "白宫", "--db", db)[1]
