"""Bad input through the CLI: each bad input gets one clear stderr line and a `failures` row, the
good inputs of the same run are stored, the exit status is 1, and re-running adds nothing."""
from __future__ import annotations

import gzip
import io
import json
import os
import shutil
from contextlib import redirect_stderr

import duckdb
import pytest
from allywatch.cli import main
from allywatch.scale.synth import write_warc

CORPUS = "/work/shared/corpus"
GOOD = os.path.join(CORPUS, "000_3053c060567b68fe.txt")
TABLES = ["documents", "removed_spans", "sentences", "event_mentions", "events", "event_links", "failures"]

# file name → (substring of the reason, stage, failures.input ends with)
CASES = {
    "empty.txt": ("empty file", "read", "empty.txt"),
    "binary.dat": ("binary content", "decode", "binary.dat"),
    "trunc.jsonl.gz": ("truncated or corrupt gzip data", "read", "trunc.jsonl.gz"),
    "trunc.html.gz": ("truncated or corrupt compressed data", "read", "trunc.html.gz"),
    "trunc.warc.gz": ("truncated WARC record", "read", "trunc.warc.gz#http://ex.com/2"),
    "invalid_utf8.txt": ("invalid or mixed encodings", "decode", "invalid_utf8.txt"),
    "mixed.txt": ("invalid or mixed encodings", "decode", "mixed.txt"),
    "huge.html": ("larger than 20 MB", "read", "huge.html"),
    "english.txt": ("not Chinese", "clean", "english.txt"),
    "zz_duplicate.txt": ("identical content already stored as good.txt", "dedup", "zz_duplicate.txt"),
    "broken_link.txt": ("cannot open", "read", "broken_link.txt"),
    "fifo.txt": ("not a regular file", "read", "fifo.txt"),
    "lines.jsonl": ("line 2 is not JSON", "parse", "lines.jsonl#1"),
    "missing/*.warc.gz": ("no file matches", "read", "missing/*.warc.gz"),
}


def _body(start: int, length: int) -> str:
    text = open(os.path.join(CORPUS, "001_2ee1b763c5ca8a1d.txt"), encoding="utf-8").read()
    return (text * 3)[start:start + length]


def make_bad_inputs(folder) -> None:
    os.makedirs(folder)
    w = lambda name, data: open(os.path.join(folder, name), "wb").write(data)  # noqa: E731
    shutil.copy(GOOD, os.path.join(folder, "good.txt"))
    shutil.copy(GOOD, os.path.join(folder, "zz_duplicate.txt"))
    w("empty.txt", b"")
    w("binary.dat", bytes(range(256)) * 40)
    records = "\n".join(json.dumps({"title": f"t{i}", "body": _body(i * 40, 800), "url": f"http://x/{i}"},
                                   ensure_ascii=False) for i in range(20))
    jsonl = gzip.compress(records.encode())
    w("trunc.jsonl.gz", jsonl[: int(len(jsonl) * 0.8)])
    page = gzip.compress(f"<html><body><p>{_body(0, 2000)}</p></body></html>".encode())
    w("trunc.html.gz", page[: len(page) // 2])
    records = [{"url": f"http://ex.com/{i}", "title": f"t{i}", "body": _body(i * 300, 900)} for i in range(3)]
    warc = write_warc(iter(records), os.path.join(folder, "trunc.warc.gz")).read_bytes()
    w("trunc.warc.gz", warc[: int(len(warc) * 0.8)])
    w("invalid_utf8.txt", _body(0, 600).encode() + b"\xff\xfe\xfa" + _body(600, 600).encode())
    w("mixed.txt", _body(0, 900).encode() + _body(900, 900).encode("gb18030") + _body(1800, 600).encode())
    with open(os.path.join(folder, "huge.html"), "wb") as out:  # 100 MB, one page
        out.write(b"<html><body><p>")
        chunk = "中国新闻报道。".encode() * 50000
        for _ in range(100 * 2**20 // len(chunk) + 1):
            out.write(chunk)
        out.write(b"</p></body></html>")
    w("nested.html", b"<html><body>" + b"<div>" * 100000 + _body(0, 1000).encode() + b"</div>" * 100000 + b"</body></html>")
    w("malformed.html", f"<html><body><p>{_body(0, 1500)}<table><tr><td><p><b></div></span><<>>"
                        "<!-- unterminated <script>var x = 1".encode())
    w("english.txt", b"The quick brown fox jumps over the lazy dog. " * 50)
    os.symlink("/nonexistent/target", os.path.join(folder, "broken_link.txt"))
    os.mkfifo(os.path.join(folder, "fifo.txt"))
    lines = [json.dumps({"title": "ok", "body": _body(0, 700)}, ensure_ascii=False), "{not json at all",
             json.dumps({"title": "ok2", "body": _body(700, 800)}, ensure_ascii=False)]
    w("lines.jsonl", ("\n".join(lines) + "\n").encode())


def _run(folder, db) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["run", str(folder), str(folder / "missing/*.warc.gz"), "--db", str(db), "-q"])
    return code, err.getvalue()


def _counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    """Run twice over the same inputs; keep both exit codes, stderr texts and table counts."""
    tmp = tmp_path_factory.mktemp("bad")
    make_bad_inputs(tmp / "in")
    db = tmp / "store.duckdb"
    first = _run(tmp / "in", db)
    counts = _counts(db)
    second = _run(tmp / "in", db)
    with duckdb.connect(str(db), read_only=True) as con:
        failures = con.execute("SELECT input, stage, reason FROM failures").fetchall()
        docs = {row[0]: row[1:] for row in con.execute(
            "SELECT doc_id, status, input_path, (SELECT count(*) FROM event_mentions m WHERE m.doc_hash = d.hash) "
            "FROM documents d").fetchall()}
    return {"first": first, "second": second, "counts": counts, "recounts": _counts(db), "failures": failures,
            "docs": docs}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_reported_and_recorded(outcome, name):
    reason, stage, where = CASES[name]
    code, stderr = outcome["first"]
    assert code == 1
    lines = [ln for ln in stderr.splitlines() if where in ln and reason in ln]
    assert len(lines) == 1, f"expected one stderr line naming {where} and '{reason}':\n{stderr}"
    assert lines[0].startswith("allywatch: ") and f": {stage}: " in lines[0]
    assert [f for f in outcome["failures"] if f[0].endswith(where) and f[1] == stage and reason in f[2]]


def test_good_inputs_of_the_same_run_are_stored(outcome):
    docs = outcome["docs"]
    assert docs["good.txt"][0] == "ok" and docs["good.txt"][2] > 0  # coded, with events
    assert "zz_duplicate.txt" not in docs
    assert docs["malformed.html"][0] == "ok"  # broken markup still yields its text
    assert {"lines.jsonl#0", "lines.jsonl#2"} <= set(docs) and "lines.jsonl#1" not in docs
    assert {"http://ex.com/0", "http://ex.com/1"} <= set(docs) and "http://ex.com/2" not in docs  # before the cut
    assert {f"http://x/{i}" for i in range(10)} <= set(docs)  # records before the gzip cut
    assert docs["invalid_utf8.txt"][0] == docs["mixed.txt"][0] == "ok"  # kept, with replacement characters
    # Pathologically nested markup either yields text or is skipped with a reason; it never stops the run.
    assert docs["nested.html"][0] in {"ok", "skipped"}
    assert docs["english.txt"][0] == "skipped"


def test_rerun_changes_nothing(outcome):
    code, _ = outcome["second"]
    assert code == 1  # the same inputs still fail, and say so
    assert outcome["recounts"] == outcome["counts"]


def test_a_page_that_fails_cleaning_does_not_stand_for_its_copies(tmp_path, monkeypatch):
    """A page whose cleaning fails stores nothing, so a copy of it later in the run is tried too
    (and fails for its own reason) instead of being called a copy of something stored."""
    import allywatch.pipeline as pipeline
    from allywatch.runner import run
    from allywatch.store.duck import Store

    def broken(page):
        raise ValueError("cleaner broke")

    monkeypatch.setattr(pipeline, "clean_page", broken)
    text = "1月6日，韩国国防部长官与美国国防部长举行会谈。\n" * 3
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = Store(str(tmp_path / "s.duckdb"))
    with redirect_stderr(io.StringIO()):
        summary = run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store, progress=False)
    store.close()
    assert [f.stage for f in summary.failures] == ["clean", "clean"]
    assert all("cleaner broke" in f.reason for f in summary.failures)
