"""The Ray engine gives the same store as the local engine, and merges events across workers."""
from __future__ import annotations

import json
import os
import sys

import pytest

from allywatch.runner import local_engine, run
from allywatch.scale.synth import synth_page, synth_pages, write_shards, write_warc
from allywatch.store.duck import Store
from allywatch.store.export import mention_records

pytestmark = [pytest.mark.ray, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

CORPUS = "/work/shared/corpus"
# One real-world event reported by two outlets, in different words.
SAME_EVENT = ["2023年3月17日，韩国国防部长李钟燮与日本防卫大臣滨田靖一在东京举行会谈，双方同意加强军事合作。",
              "韩国国防部长李钟燮2023年3月17日在东京会见日本防卫大臣滨田靖一，双方同意加强军事合作。"]


class TagWorker:
    """The stage function, plus the id of the process that ran it (kept in the page's meta)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, page):
        doc, failures = self.fn(page)
        if doc is not None:
            doc.page.meta["worker_pid"] = os.getpid()
        return doc, failures


@pytest.fixture(scope="module")
def ray_session():
    """One local Ray for the module (2 CPUs, loopback only); the engine joins it and leaves it running."""
    from allywatch.scale.ray_engine import _ray_env

    _ray_env(None)
    import ray
    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", logging_level="warning",
             log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ray")
    # published after the event they report (a later date would make it a planned one)
    reports = [{**synth_page(900 + i, seed=5), "url": f"https://outlet{i}.example/a.html", "published": "2023-03-18"}
               for i in range(2)]
    for report, sentence in zip(reports, SAME_EVENT):
        report["body"] += "\n\n" + sentence
    # The two reports are the first and the last page: they fall in different chunks and blocks.
    (tmp / "a_first.jsonl").write_text(json.dumps(reports[0], ensure_ascii=False) + "\n", encoding="utf-8")
    write_shards(synth_pages(40, seed=5), tmp / "b_shards", per_shard=20)
    write_warc(synth_pages(10, seed=6), tmp / "b_shards" / "crawl-00000.warc.gz")
    (tmp / "c_last.jsonl").write_text(json.dumps(reports[1], ensure_ascii=False) + "\n", encoding="utf-8")
    paths = [tmp / "a_first.jsonl", CORPUS, tmp / "b_shards/*.jsonl.gz", tmp / "b_shards/*.warc.gz", tmp / "c_last.jsonl"]
    return list(map(str, paths)), tmp


def _contents(store: Store) -> dict:
    return {
        "documents": store.rows("SELECT hash, doc_id, seq, status, duplicate_of, clean_text, signature FROM documents ORDER BY seq"),
        "mentions": store.rows("SELECT * FROM event_mentions ORDER BY mention_id"),
        "events": store.rows("SELECT * FROM events ORDER BY event_id"),
        "links": store.rows("SELECT * FROM event_links ORDER BY mention_id"),
        "exported": mention_records(store),
    }


@pytest.fixture(scope="module")
def stores(ray_session, inputs):
    from allywatch.scale.ray_engine import ray_engine

    paths, tmp = inputs
    with Store(tmp / "local.duckdb") as store:
        run(paths, store, engine=local_engine, progress=False)
        local = _contents(store)
    engine = ray_engine(workers=2, block=4, chunk=16)
    with Store(tmp / "ray.duckdb") as store:
        run(paths, store, engine=lambda pages, fn: engine(pages, TagWorker(fn)), progress=False)
        ray_run = _contents(store)
        ray_run["pids"] = {r["doc_id"]: json.loads(r["meta"])["worker_pid"] for r in store.rows("SELECT doc_id, meta FROM documents")}
    return local, ray_run


def test_ray_and_local_give_identical_documents_and_events(stores):
    local, ray_run = stores
    assert len(local["documents"]) == 57 and len(local["exported"]) > 100
    for table in ("documents", "mentions", "events", "links", "exported"):
        assert ray_run[table] == local[table], table


def test_events_merge_across_workers(stores):
    _, ray_run = stores
    assert os.getpid() not in ray_run["pids"].values() and len(set(ray_run["pids"].values())) == 2
    urls = [f"https://outlet{i}.example/a.html" for i in range(2)]
    event_of = {}
    for m in ray_run["exported"]:
        if m["doc"] in urls and m["event_type"] == "AGREE" and m["date"] == "2023-03-17":
            event_of[m["doc"]] = m["event_id"]
    assert set(event_of) == set(urls) and len(set(event_of.values())) == 1
    merged = next(e for e in ray_run["events"] if e["event_id"] == event_of[urls[0]])
    assert merged["num_sources"] == 2
