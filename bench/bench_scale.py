"""Throughput and memory of full `allywatch run`s, local engine vs Ray, 1 vs 2 workers.

Prints figures; it is not a test. Each configuration is a separate `allywatch run` process over
the same generated `.jsonl.gz` shards into a fresh store, so start-up (and Ray's) is included.
Peak memory is the peak sum of PSS over the run's process tree (the driver, Ray's daemons and
workers), sampled every 0.2 s: PSS splits shared pages (Ray's object store) between processes
instead of counting them once per process.

    .venv/bin/python bench/bench_scale.py                 # 20,000 pages (about half an hour on 2 cores)
    .venv/bin/python bench/bench_scale.py --quick         # 2,000 pages
    .venv/bin/python bench/bench_scale.py --pages 5000 --engines local
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from allywatch.scale.synth import synth_pages, write_shards

ALLYWATCH = str(Path(sys.executable).with_name("allywatch"))


def tree_pss(root: int) -> int:
    """PSS in bytes of `root` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
        except OSError:
            pass
    return total


def run(inputs: str, db: str, engine: str, workers: int) -> dict:
    """One `allywatch run`; returns wall time, peak tree PSS and what landed in the store."""
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}  # a hung run dumps its threads on SIGABRT
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([ALLYWATCH, "run", inputs, "--db", db, "-q", "--engine", engine,
                                 "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=err, env=env)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_pss(proc.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        err.seek(0)
        errors = err.read().decode(errors="replace")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{engine}/{workers} failed ({proc.returncode}):\n{errors[-2000:]}")
    with duckdb.connect(db, read_only=True) as con:
        docs, dups = con.execute("SELECT count(*), count(*) FILTER (WHERE status = 'duplicate') FROM documents").fetchone()
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"seconds": seconds, "peak": peak, "docs": docs, "dups": dups, "events": events}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--quick", action="store_true", help="2,000 pages")
    parser.add_argument("--engines", default="local,ray")
    args = parser.parse_args()
    pages = 2000 if args.quick else args.pages
    small = pages // 4
    engines = args.engines.split(",")
    with tempfile.TemporaryDirectory(prefix="allywatch-bench-") as tmp:
        t0 = time.perf_counter()
        write_shards(synth_pages(pages), f"{tmp}/all", per_shard=1000)
        write_shards(synth_pages(small), f"{tmp}/small", per_shard=1000)
        text_mb = sum(len(p["body"].encode()) + len(p["title"].encode()) for p in synth_pages(pages)) / 2**20
        gz_mb = sum(f.stat().st_size for f in Path(f"{tmp}/all").iterdir()) / 2**20
        print(f"generated {pages} pages ({text_mb:.1f} MB of text, {gz_mb:.1f} MB in .jsonl.gz shards) "
              f"in {time.perf_counter() - t0:.0f} s; {os.cpu_count()} cores", flush=True)
        print(f"{'engine':<6} {'workers':>7} {'pages':>6} {'seconds':>8} {'docs/s':>7} {'MB/s':>6} {'peak MB':>8} "
              f"{'near-dup':>8} {'events':>7}", flush=True)
        results = {}
        for engine in engines:
            for workers in (1, 2):
                r = results[engine, workers] = run(f"{tmp}/all", f"{tmp}/{engine}{workers}.duckdb", engine, workers)
                os.remove(f"{tmp}/{engine}{workers}.duckdb")
                print(f"{engine:<6} {workers:>7} {pages:>6} {r['seconds']:>8.1f} {r['docs'] / r['seconds']:>7.1f} "
                      f"{text_mb / r['seconds']:>6.2f} {r['peak'] / 2**20:>8.0f} {r['dups'] / max(r['docs'], 1):>8.1%} "
                      f"{r['events']:>7}", flush=True)
        for engine in engines:
            print(f"scaling {engine}: 2 workers / 1 worker = "
                  f"{results[engine, 1]['seconds'] / results[engine, 2]['seconds']:.2f}x throughput")
        if "ray" in engines and "local" in engines:
            for workers in (1, 2):
                overhead = results["ray", workers]["seconds"] / results["local", workers]["seconds"] - 1
                print(f"ray overhead vs local at {workers} worker(s): {overhead:+.0%} wall time")
        for engine in engines:
            r = run(f"{tmp}/small", f"{tmp}/small.duckdb", engine, 2)
            os.remove(f"{tmp}/small.duckdb")
            print(f"memory {engine} 2 workers: peak {r['peak'] / 2**20:.0f} MB at {small} pages, "
                  f"{results[engine, 2]['peak'] / 2**20:.0f} MB at {pages} pages "
                  f"(x{results[engine, 2]['peak'] / max(r['peak'], 1):.2f} for x{pages / small:.0f} pages)")


if __name__ == "__main__":
    main()
