"""The Ray engine: the runner's stage function mapped over Ray Data, results handed back as Parquet partitions.

The driver (`runner.run`) keeps every stateful decision — skipping stored pages, near-duplicate
checks, batching, the one DuckDB writer, merging events — so this engine only schedules:

1. It pulls pages from the driver's iterator in chunks of `chunk` pages (memory stays bounded
   however many pages stream through: at most two chunks are held at once).
2. Each chunk becomes a Ray dataset of blocks of up to `block` pages (pickled, with their input
   position). A Ray task runs the very `fn` the local engine runs on each page of a block and
   writes the block's results as one Parquet partition (`seq`, pickled `(Document, failures)`),
   named by the block's first input position, into a spool folder: the hand-off between many
   workers and the store's single writer (DuckDB allows one writing process).
3. The driver reads a chunk's partitions in name order — input order — yields the results and
   deletes the partitions. Meanwhile Ray works on the next chunk.

Results are the same objects the local engine returns, in the same order, so the store — and the
merged events, rebuilt by the driver over all stored mentions — is identical whichever engine ran.
"""
from __future__ import annotations

import itertools
import logging
import os
import pickle
import shutil
import socket
import tempfile
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import RawPage
from ..runner import Engine, Processed

BLOCK = 64  # pages per Ray task: Ray Data takes ~0.1 s to launch a task; 16-page tasks left workers half idle
CHUNK = 1024  # pages per Ray dataset (one execution); bounds driver memory


def _ray_env(address: str | None) -> None:
    """Environment Ray reads at import and init (see STACK.md): no token auth, no usage stats,
    and a local Ray that listens on 127.0.0.1 only (it binds all interfaces otherwise)."""
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_TMPDIR", os.path.join(tempfile.gettempdir(), "allywatch-ray"))
    if address is None:
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # node ip = loopback
    os.makedirs(os.environ["RAY_TMPDIR"], exist_ok=True)


def _process_block(batch: pa.Table, fn: Callable[[RawPage], Processed], folder: str) -> pa.Table:
    """Runs on a Ray worker: the same stage function as every engine, one page at a time; the
    block's results become one Parquet partition named by the block's first input position."""
    seqs = batch.column("seq").to_pylist()
    results = [pickle.dumps(fn(pickle.loads(page)), protocol=5) for page in batch.column("page").to_pylist()]
    path = os.path.join(folder, f"part-{seqs[0]:012d}.parquet")
    pq.write_table(pa.table({"seq": seqs, "result": pa.array(results, pa.large_binary())}), path)
    return pa.table({"path": [path]})


def ray_engine(workers: int = 2, address: str | None = None, *, block: int = BLOCK, chunk: int = CHUNK,
               spool: str | None = None) -> Engine:
    """An engine over Ray Data. `address` None starts a local Ray with `workers` CPUs (and stops it
    at the end); `auto` or `ray://HOST:PORT` joins a cluster, where `spool` (or $ALLYWATCH_SPOOL)
    must be a folder the workers and this process share."""
    workers = max(1, workers)
    chunk = max(chunk, block)

    def engine(pages: Iterable[RawPage], fn: Callable[[RawPage], Processed]) -> Iterator[Processed]:
        _ray_env(address)
        import ray
        import ray.data

        started = not ray.is_initialized()
        if started:
            if address is None:
                ray.init(num_cpus=workers, include_dashboard=False, _node_ip_address="127.0.0.1",
                         logging_level="warning", log_to_driver=False)
            else:
                ray.init(address=address, logging_level="warning", log_to_driver=False)
        # Stderr carries one line per failed input: keep Ray Data's progress and notices off it.
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", message="The maximum number of concurrent tasks")
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        # Ray Data reserves part of the CPUs per operator; with one operator on two CPUs that left
        # one task running at a time (measured: 2 workers ran no faster than 1).
        ctx.op_resource_reservation_enabled = False
        parent = spool or os.environ.get("ALLYWATCH_SPOOL") or tempfile.gettempdir()
        _sweep_stale_spools(parent)
        root = tempfile.mkdtemp(prefix=f"{_spool_prefix()}{os.getpid()}-", dir=parent)

        def execute(index: int, items: list[tuple[int, RawPage]]) -> str:
            """Process one chunk on Ray; returns the folder holding its Parquet partitions."""
            size = min(block, -(-len(items) // (2 * workers)))  # a small input still spreads over the workers
            blocks = [pa.table({"seq": [s for s, _ in part],
                                "page": pa.array([pickle.dumps(p, protocol=5) for _, p in part], pa.large_binary())})
                      for part in _batched(items, size)]
            folder = os.path.join(root, f"chunk-{index:06d}")
            os.makedirs(folder)
            # The map task writes its own partition: one task per block, not a map and a write task.
            (ray.data.from_arrow(blocks)
             .map_batches(_process_block, batch_size=None, batch_format="pyarrow",
                          fn_kwargs={"fn": fn, "folder": folder},
                          compute=ray.data.TaskPoolStrategy(size=workers), num_cpus=1)
             .materialize())
            return folder

        def collect(folder: str) -> Iterator[Processed]:
            for name in sorted(os.listdir(folder)):  # part names are input positions: input order
                for result in pq.read_table(os.path.join(folder, name)).column("result").to_pylist():
                    yield pickle.loads(result)
            shutil.rmtree(folder)

        numbered = enumerate(pages)
        pool = ThreadPoolExecutor(max_workers=1)
        try:
            pending: Future | None = None
            for index in itertools.count():
                items = list(itertools.islice(numbered, chunk))
                current = pool.submit(execute, index, items) if items else None
                if pending is not None:
                    yield from collect(pending.result())
                if current is None:
                    break
                pending = current
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            shutil.rmtree(root, ignore_errors=True)
            if started:
                ray.shutdown()
    return engine


def _spool_prefix() -> str:
    return f"allywatch-spool-{socket.gethostname()}-"


def _sweep_stale_spools(parent: str) -> None:
    """Remove the spool folders that runs on this host left behind when they were killed (a
    finished or failed run removes its own): those whose process no longer exists."""
    prefix = _spool_prefix()
    for name in os.listdir(parent):
        pid = name[len(prefix):].split("-", 1)[0] if name.startswith(prefix) else ""
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(os.path.join(parent, name), ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _batched(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
