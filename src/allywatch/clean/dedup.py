"""Near-duplicate pages across inputs: MinHash over character shingles, LSH lookup.

Syndicated news is reposted with different boilerplate; after cleaning, reposts share most
5-character shingles. The first page stored wins; later near-duplicates are kept as records
(status `duplicate`, pointing at the original) but not coded again.
"""
from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
_STRIP = re.compile(r"[\s\W_]+")


def minhash_signature(text: str) -> list[int]:
    compact = _STRIP.sub("", text)
    if len(compact) < SHINGLE * 4:
        return []
    shingles = {compact[i:i + SHINGLE].encode("utf-8") for i in range(len(compact) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=7, hashfunc=zlib.crc32)  # crc32: stable and twice as fast as sha1
    mh.update_batch(list(shingles))
    return [int(v) for v in mh.hashvalues]


def _minhash(signature: list[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7, hashvalues=np.array(signature, dtype=np.uint64), scheme="affine32")


class NearDuplicateIndex:
    def __init__(self, threshold: float = THRESHOLD):
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._threshold = threshold
        self._sigs: dict[str, MinHash] = {}

    def add(self, doc_id: str, signature: list[int]) -> None:
        """Index a document; a new version of a document replaces the old one's signature."""
        if not signature:
            return
        if doc_id in self._sigs:
            self._lsh.remove(doc_id)
        mh = _minhash(signature)
        self._lsh.insert(doc_id, mh)
        self._sigs[doc_id] = mh

    def original_of(self, signature: list[int], exclude: str | None = None) -> str | None:
        """The stored document this signature nearly duplicates (the most similar one), if any;
        `exclude` is the document's own id (an edited page is not a duplicate of its old version)."""
        if not signature:
            return None
        mh = _minhash(signature)
        best, best_sim = None, self._threshold
        for candidate in sorted(self._lsh.query(mh)):
            if candidate == exclude:
                continue
            sim = mh.jaccard(self._sigs[candidate])
            if sim >= best_sim:
                best, best_sim = candidate, sim
        return best
