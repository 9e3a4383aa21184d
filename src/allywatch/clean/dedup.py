"""Near-duplicate pages across inputs: MinHash over character shingles, LSH lookup.

Syndicated news is reposted with different boilerplate; after cleaning, reposts share most
5-character shingles. The first page stored wins; later near-duplicates are kept as records
(status `duplicate`, pointing at the original) but not coded again.

The LSH band keys of stored pages live in the store (so memory does not grow with the pages
stored); `NearDuplicateIndex` holds only pages of the current run not written yet.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
_STRIP = re.compile(r"[\s\W_]+")


def minhash_signature(text: str) -> list[int]:
    codes = _code_points(text)
    codes = codes[_kept()[codes]]  # what _STRIP.sub("", text) leaves
    if len(codes) < SHINGLE * 4:
        return []
    # datasketch's affine32 MinHash (h -> a*h + b mod 2**32, the minimum per permutation) applied
    # to all shingles in one array operation, one permutation per row; the shingle hashes are
    # already well mixed
    a, b = _permutations()
    hashed = a * _shingle_hashes(codes)
    hashed += b  # in place: one (NUM_PERM x shingles) array less to allocate
    return hashed.min(axis=1).tolist()


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of each permutation, as columns."""
    a, b = MinHash(num_perm=NUM_PERM, seed=7).permutations
    return a.astype(np.uint32).reshape(-1, 1), b.astype(np.uint32).reshape(-1, 1)


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@lru_cache(maxsize=1)
def _kept() -> np.ndarray:
    """Per code point, whether _STRIP keeps it: stripping a page is then one table lookup instead
    of a regex substitution. Built by applying _STRIP to every code point (~25 ms, once)."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    table = np.zeros(0x110000, dtype=bool)
    table[_code_points(_STRIP.sub("", every))] = True
    return table


_POLY, _MIX1, _MIX2 = np.uint64(0x100000001B3), np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)


def _shingle_hashes(codes: np.ndarray) -> np.ndarray:
    """32-bit hashes of the character SHINGLEs, computed over all shingles at once (a polynomial
    over code points, then murmur3's finaliser), instead of hashing each in Python. Repeated
    shingles are left in: they do not change a minimum."""
    codes = codes.astype(np.uint64)
    n = len(codes) - SHINGLE + 1
    h = codes[:n].copy()
    for k in range(1, SHINGLE):
        h *= _POLY  # wraps modulo 2**64
        h += codes[k:k + n]
    for mix in (_MIX1, _MIX2):
        h ^= h >> np.uint64(33)
        h *= mix
    h ^= h >> np.uint64(33)
    return (h >> np.uint64(32)).astype(np.uint32)


_BANDS, _ROWS = (lambda lsh: (lsh.b, lsh.r))(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM))


def band_keys(signature: list[int]) -> list[int]:
    """The LSH band keys of a signature (the same banding datasketch's MinHashLSH uses): two pages
    sharing a key are candidates. Signed 64-bit so they fit a BIGINT column."""
    if not signature:
        return []
    values = np.array(signature, dtype=np.uint64)
    keys = []
    for band in range(_BANDS):
        digest = hashlib.blake2b(values[band * _ROWS:(band + 1) * _ROWS].tobytes(), digest_size=8,
                                 salt=band.to_bytes(2, "big")).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def most_similar(signature: list[int], candidates: list[tuple[str, list[int]]], exclude: str | None = None,
                 threshold: float = THRESHOLD) -> str | None:
    """The candidate whose estimated Jaccard similarity is highest and at least `threshold`;
    ties go to the first id in sorted order. `exclude` is the page's own id (an edited page is
    not a duplicate of its old version)."""
    if not signature:
        return None
    mh = _minhash(signature)
    best, best_sim = None, threshold
    for doc_id, other in sorted(candidates, key=lambda c: c[0]):
        if doc_id == exclude or not other:
            continue
        sim = mh.jaccard(_minhash(other))
        if sim > best_sim or sim == best_sim and best is None:
            best, best_sim = doc_id, sim
    return best


def _minhash(signature: list[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7, hashvalues=np.array(signature, dtype=np.uint64), scheme="affine32")


class NearDuplicateIndex:
    """Pages of the current run not yet in the store, by band key (bounded by the batch size)."""

    def __init__(self) -> None:
        self._by_key: dict[int, set[str]] = {}
        self._sigs: dict[str, list[int]] = {}

    def add(self, doc_id: str, signature: list[int]) -> None:
        if signature:
            self._sigs[doc_id] = signature
            for key in band_keys(signature):
                self._by_key.setdefault(key, set()).add(doc_id)

    def candidates(self, keys: list[int]) -> list[tuple[str, list[int]]]:
        ids = set().union(*(self._by_key.get(k, set()) for k in keys)) if keys else set()
        return [(i, self._sigs[i]) for i in ids]

    def clear(self) -> None:
        self._by_key.clear()
        self._sigs.clear()
