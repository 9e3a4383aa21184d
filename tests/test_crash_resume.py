"""Crash safety: a run killed with SIGKILL and re-run ends with the same store as an uninterrupted
run (no duplicated, no missing documents or events); overlapping runs give the union, once."""
from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import threading
from contextlib import redirect_stderr
from pathlib import Path

import duckdb
import pytest

from allywatch.cli import main
from allywatch.runner import BATCH_SIZE
from allywatch.scale.synth import synth_pages, write_shards
from allywatch.store.duck import Store

ALLYWATCH = str(Path(sys.executable).with_name("allywatch"))
PAGES = 3 * BATCH_SIZE


def snapshot(db) -> dict[str, list]:
    """What a user sees in the store, independent of run ids, times and input folders."""
    queries = {
        "documents": "SELECT hash, doc_id, status, duplicate_of, clean_text FROM documents",
        "mentions": "SELECT * EXCLUDE (doc_hash) FROM event_mentions",
        "events": "SELECT * FROM events",
        "links": "SELECT * FROM event_links",
        "failures": "SELECT input, stage, reason FROM failures",
    }
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: sorted(map(repr, con.execute(sql).fetchall())) for name, sql in queries.items()}


def run_cli(*args) -> int:
    with redirect_stderr(io.StringIO()):
        return main(["run", *map(str, args), "-q"])


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    write_shards(synth_pages(PAGES, seed=1), tmp / "all", per_shard=100)
    reference = tmp / "reference.duckdb"
    assert run_cli(tmp / "all", "--db", reference) == 0
    return tmp, snapshot(reference)


def _kill_after(cmd: list[str], pages: int) -> int:
    """Start `cmd`, SIGKILL it once its progress bar shows `pages` processed; return that count."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = [0]

    def watch():
        buffer = b""
        while chunk := proc.stderr.read1(4096):
            buffer = (buffer + chunk)[-200:]
            counts = re.findall(rb"pages: (\d+)page", buffer)
            if counts:
                seen[0] = int(counts[-1])
                if seen[0] >= pages:
                    proc.send_signal(signal.SIGKILL)
                    return

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    thread.join(timeout=120)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    return seen[0]


def test_sigkill_then_rerun_finishes_the_work_once(inputs):
    tmp, reference = inputs
    db = tmp / "killed.duckdb"
    cmd = [ALLYWATCH, "run", str(tmp / "all"), "--db", str(db)]
    # Killed after two batches committed and part of the third processed (uncommitted)...
    assert _kill_after(cmd, 2 * BATCH_SIZE + 50) < PAGES
    with duckdb.connect(str(db), read_only=True) as con:  # DuckDB replays its WAL after the kill
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 2 * BATCH_SIZE <= stored < PAGES
    # ...then re-run with the same command: the store equals the uninterrupted run's.
    assert subprocess.run(cmd + ["-q"], capture_output=True).returncode == 0
    assert snapshot(db) == reference


def test_event_merge_in_buckets_equals_one_pass(inputs, tmp_path):
    """The rebuild merges mentions bucket by bucket (bounded memory); buckets must not split events."""
    tmp, reference = inputs
    db = tmp_path / "buckets.duckdb"
    db.write_bytes((tmp / "reference.duckdb").read_bytes())
    with Store(db) as store:
        mentions = store.scalar("SELECT count(*) FROM event_mentions")
        assert store.rebuild_events(bucket_mentions=mentions // 8) == len(reference["events"])
    assert snapshot(db) == reference


def test_overlapping_runs_give_the_union_once(inputs):
    tmp, reference = inputs
    records = list(synth_pages(PAGES, seed=1))
    write_shards(iter(records[: 2 * PAGES // 3]), tmp / "first", per_shard=100)
    write_shards(iter(records[PAGES // 3:]), tmp / "second", per_shard=100)
    db = tmp / "union.duckdb"
    assert run_cli(tmp / "first", "--db", db) == 0
    assert run_cli(tmp / "second", "--db", db) == 0
    assert run_cli(tmp / "first", tmp / "second", "--db", db) == 0  # everything again: nothing new
    assert snapshot(db) == reference


def test_spool_folders_of_killed_ray_runs_are_swept(tmp_path):
    """A SIGKILLed Ray run cannot remove its Parquet spool; the next run on the host removes the
    folders whose process is gone, and leaves live runs' and other hosts' folders alone."""
    from allywatch.scale.ray_engine import _spool_prefix, _sweep_stale_spools

    gone = subprocess.Popen(["true"])
    gone.wait()
    dead = tmp_path / f"{_spool_prefix()}{gone.pid}-abc"
    live = tmp_path / f"{_spool_prefix()}{os.getpid()}-def"
    other_host = tmp_path / f"allywatch-spool-elsewhere-{gone.pid}-ghi"
    for folder in (dead, live, other_host):
        (folder / "chunk-000000").mkdir(parents=True)
    _sweep_stale_spools(str(tmp_path))
    assert not dead.exists() and live.exists() and other_host.exists()
