"""Near-duplicate detection against the store (band keys in DuckDB) and within a run."""
from __future__ import annotations

from allywatch.clean.dedup import band_keys, minhash_signature, most_similar
from allywatch.runner import run
from allywatch.store.duck import Store

ARTICLE = ("韩国国防部13日表示，韩美两国军队将于下周在朝鲜半岛南部海域举行大规模联合军事演习，参演兵力约两万人。"
           "国防部发言人在例行记者会上说，这次演习旨在检验两国军队的联合作战能力，应对日益增加的军事威胁。"
           "朝鲜外务省发言人随后发表谈话，谴责演习是对朝鲜的公然挑衅，并警告将采取相应的反制措施。")


def test_band_keys_are_stable_and_shared_by_near_copies():
    a = minhash_signature(ARTICLE)
    b = minhash_signature(ARTICLE.replace("两万人", "2万人"))
    assert band_keys(a) == band_keys(list(a)) and len(band_keys(a)) >= 2
    assert set(band_keys(a)) & set(band_keys(b))
    assert most_similar(b, [("x", a), ("y", minhash_signature("完全不同的一篇关于经济的文章。" * 10))]) == "x"
    assert most_similar(b, [("x", a)], exclude="x") is None


def test_near_duplicate_in_a_later_run_is_found_in_the_store(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "first.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "repost.txt").write_text("转载自某网站\n" + ARTICLE.replace("两万人", "2万人"), encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        run([str(tmp_path / "a")], store, progress=False)
    with Store(tmp_path / "s.duckdb") as store:   # a new process would start with nothing in memory
        summary = run([str(tmp_path / "b")], store, progress=False)
        row = store.rows("SELECT status, duplicate_of FROM documents WHERE doc_id = 'repost.txt'")[0]
        assert summary.duplicates == 1 and row == {"status": "duplicate", "duplicate_of": "first.txt"}
        assert store.scalar("SELECT count(*) FROM minhash_bands WHERE doc_id = 'repost.txt'") == 0
        assert store.doc_id_of_hash(store.scalar("SELECT hash FROM documents WHERE doc_id = 'first.txt'")) == "first.txt"


def test_signatures_estimate_the_jaccard_of_the_shingle_sets():
    """The vectorised MinHash is an estimator of the true 5-shingle Jaccard: over edited copies of
    various lengths its mean error stays small (64 permutations: about ±0.05)."""
    import random

    from allywatch.clean.dedup import SHINGLE, _STRIP, _minhash

    def shingles(text):
        compact = _STRIP.sub("", text)
        return {compact[i:i + SHINGLE] for i in range(len(compact) - SHINGLE + 1)}

    rng, errors = random.Random(7), []
    base_text = ARTICLE * 10
    for length in (120, 400, 1200):
        base = base_text[:length]
        for _ in range(40):
            chars = list(base)
            for _ in range(rng.randint(0, length // 12)):
                chars[rng.randrange(length)] = chr(0x4E00 + rng.randrange(3000))
            edited = "".join(chars)
            a, b = shingles(base), shingles(edited)
            estimate = _minhash(minhash_signature(base)).jaccard(_minhash(minhash_signature(edited)))
            errors.append(abs(estimate - len(a & b) / len(a | b)))
    assert sum(errors) / len(errors) < 0.06 and max(errors) < 0.3
