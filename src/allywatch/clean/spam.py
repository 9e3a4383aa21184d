"""Remove SEO spam spliced inside sentences.

Spam tools rewrite a page by cutting its title into shuffled character fragments (`韩美核作合声`,
`明发美依`) and splicing them, together with fake company names (`鄂州市某某通用机械运营部`), between
the words of every sentence. The event coder then reads broken sentences, so both are cut out.

Fragments are found without page strings, from three signals:
- segmentation: jieba's max-probability segmentation (rjieba, no HMM) leaves a fragment as single
  characters or rare dictionary words (frequencies from jieba's dict.txt), with its ends on token
  boundaries, where the text around it is ordinary words;
- recurrence: the tool splices every fragment several times;
- the title multiset: the fragments are disjoint pieces of one shuffled title, so together they use
  each title character at most as often as the title has it. Legitimate reuse of title words
  (`韩美`, `对美`) then finds no title characters left and is kept.
Nothing is removed unless several recurring fragments account for a good share of the title
(thresholds in data/noise.yaml), so an ordinary page that repeats its title's words loses nothing.
A fragment that happens to be a common word on its own (`安全`) cannot be told from text and stays.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import rjieba

from ..data import read_yaml
from ..records import RemovedSpan

_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def noise_config() -> dict:
    """The noise patterns of data/noise.yaml (shared with clean/text.py), read once."""
    return read_yaml(resources.files("allywatch").joinpath("data/noise.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    """Word frequencies of jieba's dictionary (the one rjieba segments with), loaded once on first use.

    Only dict.txt is read (jieba's Python code is never imported): ~0.2 s and ~36 MB, once per process.
    """
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("spliced-spam detection needs jieba's dict.txt: pip install jieba")
    freq: dict[str, int] = {}
    with open(Path(spec.origin).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, count, _ = line.split(" ", 2)
            freq[word] = int(count)
    return freq


@lru_cache(maxsize=1)
def _company_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(place token, placeholder company, place + small business, cheap pre-check, placeholder
    positions) from the data file."""
    cfg = noise_config()["spam"]

    def alt(words: list[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    name = f"[\u4e00-\u9fff]{{0,{cfg['company_name_max']}}}?"
    holder = re.escape(cfg["placeholder"])
    return (re.compile(cfg["place_token"]),
            re.compile(f"{holder}{name}(?:{alt(cfg['business_suffixes'])})"),
            re.compile(f"{name}(?:{alt(cfg['small_business_suffixes'])})"),
            re.compile(f"{holder}|{alt(cfg['small_business_suffixes'])}"),
            re.compile(f"(?={holder})"))


def _company_spans(text: str, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Fake company names: [place tokens] + 某某 + name + business suffix, or place + small-business name.

    A name can only open at a place token or where the placeholder starts, so only those tokens are
    tried; place tokens are told by matching each distinct word once."""
    place, placeholder, business, _, holder_at = _company_patterns()
    places = {word for word in {tok[0] for tok in tokens} if place.match(word)}
    is_place = [tok[0] in places for tok in tokens] + [False]  # the sentinel ends a run at the end
    starts = [tok[1] for tok in tokens]
    openers = {k for k, p in enumerate(is_place) if p} | {bisect_left(starts, m.start()) for m in holder_at.finditer(text)}
    spans = []
    i = 0
    for k in sorted(openers):
        if k < i or k >= len(tokens):
            continue
        i = j = k
        while is_place[j]:  # 湖北省 鄂州市: one or more place tokens
            j += 1
        rest = tokens[j][1] if j < len(tokens) else len(text)
        m = placeholder.match(text, rest) or (business.match(text, rest) if j > i else None)
        if m:
            spans.append((tokens[i][1], m.end()))
            i = bisect_left(starts, m.end())
    return spans


def _title_runs(tokens, title: str, rare: float | None) -> list[list[tuple[str, int, int]]]:
    """Maximal runs of consecutive tokens made of title characters. Single characters always
    qualify (a shuffled fragment segments into them); longer words only when rarer than `rare` and
    not a word of the title itself (军事情报 under a title about 军事情报 is the topic, not spam),
    or whatever they are when `rare` is None."""
    freq = word_freq()
    runs, run = [], []
    for tok in tokens + [("", 0, 0)]:  # the empty sentinel closes the last run
        word = tok[0]
        if word and not word.strip(title) and (  # made of title characters only
                len(word) == 1 or rare is None or (freq.get(word, 0) < rare and word not in title)):
            run.append(tok)
        else:
            if run:
                runs.append(run)
            run = []
    return runs


def _candidates(text: str, runs, lo: int, hi: int) -> dict[str, list[tuple[int, int]]]:
    """Every token-aligned piece of a run, with where it occurs. A piece must hold a single-character
    token: a run of whole dictionary words is a phrase (韩日/军事情报), not shuffled characters."""
    where: dict[str, list[tuple[int, int]]] = {}
    for run in runs:
        for a in range(len(run)):
            single = False  # whether run[a:b] holds a single-character token so far
            for b in range(a + 1, len(run) + 1):
                s, e = run[a][1], run[b - 1][2]
                if e - s > hi:
                    break
                single = single or len(run[b - 1][0]) == 1
                if e - s >= lo and single:
                    where.setdefault(text[s:e], []).append((s, e))
    return where


def _known_name(word: str) -> bool:
    """A person, state or organisation the actor lexicon knows (川普, 高市): a headline's names recur in
    the story and segment into single characters just like spliced fragments, so they are kept."""
    from ..nlp.actors import ActorLexicon  # the lexicon is data the cleaner only reads
    return ActorLexicon.default().knows(word)


def _choose(where, budget: Counter, chosen: list[str], title_cjk: str, min_repeats: int) -> None:
    """Greedily take recurring pieces, longest first, while the title has characters left for them.
    A piece containing an already chosen fragment only pays for its extra characters."""
    for frag, spans in sorted(where.items(), key=lambda kv: (-len(kv[0]), -len(kv[1]), kv[0])):
        if frag in chosen or len(spans) < min_repeats or (len(frag) >= 3 and frag in title_cjk) or _known_name(frag):
            continue  # a name or phrase reused from the title is not spam
        need = Counter(frag)
        for f in chosen:
            if f in frag:
                need -= Counter(f)
        if all(budget[c] >= n for c, n in need.items()):
            budget -= need
            chosen.append(frag)


def _fragment_spans(text: str, tokens, title: str) -> list[tuple[int, int]]:
    """Spans of title fragments (see the module docstring); empty unless the page shows the pattern.

    First only pieces of single characters and rare words are considered, and the page must show
    enough of them; then pieces may also hold common words made of title characters (`日报` in a
    spliced `日报情复`), paid for from what the title has left.
    """
    cfg = noise_config()["spam"]
    lo, hi = cfg["fragment_len"]
    title_cjk = "".join(_CJK.findall(title))
    budget = Counter(title_cjk)
    chosen: list[str] = []
    weak = _candidates(text, _title_runs(tokens, title_cjk, cfg["rare_word_freq"]), lo, hi)
    _choose(weak, budget, chosen, title_cjk, cfg["min_repeats"])
    if len(chosen) < cfg["min_fragments"] or sum(map(len, chosen)) < cfg["min_title_cover"] * len(title_cjk):
        return []
    where = _candidates(text, _title_runs(tokens, title_cjk, None), lo, hi)
    _choose(where, budget, chosen, title_cjk, cfg["min_repeats"])
    return [span for frag in chosen for span in where[frag]]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def remove_spliced_spam(text: str, title: str | None = None) -> tuple[str, list[RemovedSpan]]:
    """Cut spliced company names and title fragments out of `text`; each cut is a `seo-splice` span."""
    has_company = _company_patterns()[3].search(text) is not None
    if not has_company and not title:
        return text, []
    tokens = rjieba.tokenize(text, hmm=False)
    spans = _company_spans(text, tokens) if has_company else []
    if title:
        spans += _fragment_spans(text, tokens, title)
    if not spans:
        return text, []
    out, removed, pos = [], [], 0
    for s, e in _merge(spans):
        out.append(text[pos:s])
        removed.append(RemovedSpan(text[s:e], "seo-splice", s))
        pos = e
    out.append(text[pos:])
    return "".join(out), removed
