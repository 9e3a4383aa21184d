"""Prefilter many regular expressions with one scan.

Each pattern gets *anchors*: literal strings of which every match must contain at least one,
read off the parsed pattern (`(出席|参加)[^，]{0,30}?峰会` -> {峰会} or {出席, 参加}). One
`AnchorIndex` scan of a sentence says which anchors occur, hence which patterns can match at
all; only those are run. A pattern with no anchor (all optional, or only character classes)
is always run, so the prefilter never changes a result.
"""
from __future__ import annotations

import re

from ahocorasick_rs import AhoCorasick, MatchKind

try:  # the parser behind `re`, public as sre_parse before Python 3.11
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p


def required_literals(pattern: str) -> frozenset[str]:
    """Strings of which every match of `pattern` contains one; empty when none can be named."""
    try:
        parsed = _p.parse(pattern)
    except Exception:  # an exotic construct: no prefilter for this pattern
        return frozenset()
    if parsed.state.flags & re.IGNORECASE:
        return frozenset()  # literals would have to match in any case: no prefilter
    return frozenset(_sequence(list(parsed)) or ())


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective anchor set: longer shortest string, then fewer alternatives."""
    if not a:
        return b
    if not b:
        return a
    key = lambda s: (min(map(len, s)), -len(s))  # noqa: E731
    return a if key(a) >= key(b) else b


def _sequence(items: list) -> set[str] | None:
    best, run = None, []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best, run = _better(best, {"".join(run)}), []
        best = _better(best, _element(op, av))
    if run:
        best = _better(best, {"".join(run)})
    return best


def _element(op, av) -> set[str] | None:
    """Anchors of one mandatory element of a sequence (None: it guarantees no literal)."""
    if op is _c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _sequence(list(av[-1]))
    if op is _c.BRANCH:
        alternatives = [_sequence(list(branch)) for branch in av[1]]
        if all(alternatives):
            return set().union(*alternatives)
        return None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    return None  # lookarounds, classes, optional parts, anchors: nothing guaranteed


class AnchorIndex:
    """Which of many patterns can match a text, from one Aho-Corasick scan for all their anchors
    (Python's `re` tries a long alternation branch by branch at every position: far slower)."""

    def __init__(self, patterns: list[str]):
        by_anchor: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, anchors in enumerate(map(required_literals, patterns)):
            if not anchors:
                self._always.append(i)
            for w in anchors:
                by_anchor.setdefault(w, []).append(i)
        self._admits = list(by_anchor.values())  # anchor number in the automaton -> its patterns
        self._scan = AhoCorasick(list(by_anchor), matchkind=MatchKind.Standard).find_matches_as_indexes

    def candidates(self, text: str) -> list[int]:
        """Indices (ascending) of the patterns that may match `text`: every occurrence of every
        anchor counts, overlapping ones too (会见面 has 会见 and 见面)."""
        hits, admits = set(self._always), self._admits
        for k in {k for k, _, _ in self._scan(text, overlapping=True)}:
            hits.update(admits[k])
        return sorted(hits)
