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
    from re import _constants as _c
    from re import _parser as _p
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
    key = lambda s: (min(map(len, s)), -len(s))
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


# --- leading a pattern with the class of its first characters ----------------------------------
# `re` tries a pattern at every position of the text. When the pattern opens with an alternation
# or a group, each try walks its alternatives; a leading `(?=[...])` of the possible first
# characters, read off the parsed pattern, rejects most positions with one class test instead.
# The set is a superset of the true first characters (lookarounds and anchors are passed over), so
# the matches do not change. Used for the time expressions (nlp/time.py), the cleaner's noise
# patterns (clean/text.py) and the coder's cues (events/lexicon.py).

_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_NOT_SUPPORTED = re.ASCII | re.LOCALE


class _AnyStart(Exception):
    """A match may start with any character (or be empty): there is no class to lead with."""


def with_start_class(pattern: str) -> str:
    """`pattern`, led by the class of its first characters when that helps: not when `re` already
    scans for them (the pattern opens with a literal or a class) or tries the start only (^)."""
    parsed = _p.parse(pattern)
    if parsed.state.flags & ~re.UNICODE or not len(parsed) or parsed[0][0] in (_c.LITERAL, _c.IN, _c.AT):
        return pattern  # global flags (`(?i)...`) would have to stay in front: left alone
    if _literal_led(list(parsed)):
        return pattern  # every alternative opens with a literal: `re` scans for those itself
    try:
        first, empty = _first(list(parsed), False)
    except _AnyStart:
        return pattern
    if empty:
        return pattern
    plain = "".join(sorted(item for item, folded in first if not folded))
    folded = "".join(sorted(item for item, folded in first if folded))
    alternatives = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return f"(?={'|'.join(alternatives)})(?:{pattern})"


def starts_anywhere(pattern: str) -> bool:
    """Whether a match of `pattern` may start with any character (`[^，。]{0,8}?周年`): `re` then
    tries it at every position, walking its prefix each time."""
    parsed = _p.parse(pattern)
    if not len(parsed) or parsed[0][0] is _c.AT:
        return False  # anchored (^): tried at the start only
    try:
        _, empty = _first(list(parsed), False)
    except _AnyStart:
        return True
    return empty


def _literal_led(items) -> bool:
    """Whether every alternative of the parsed pattern opens with a literal character. One that
    ignores case (`(?i:copyright)`) does not count: `re` then scans for no first characters at all."""
    op, av = items[0]
    if op is _c.LITERAL:
        return True
    if op is _c.SUBPATTERN:
        return not av[1] & re.IGNORECASE and bool(av[-1]) and _literal_led(list(av[-1]))
    if op is _c.BRANCH:
        return all(branch and _literal_led(list(branch)) for branch in av[1])
    return False


def _first(items, ignore_case: bool) -> tuple[set[tuple[str, bool]], bool]:
    """(the class items, each with whether it matches ignoring case, that a match of the parsed
    sequence can start with; whether the sequence can match the empty string)."""
    first: set[tuple[str, bool]] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return first | {(re.escape(chr(av)), ignore_case)}, False
        if op is _c.IN:
            return first | {(_class_item(o, a), ignore_case) for o, a in av}, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: the next item starts the match
            continue
        if op is _c.BRANCH:
            parts = [_first(branch, ignore_case) for branch in av[1]]
            sub, empty = set().union(*(f for f, _ in parts)), any(e for _, e in parts)
        elif op is _c.SUBPATTERN:
            _, add, remove, inner = av
            if (add | remove) & _NOT_SUPPORTED:
                raise _AnyStart
            sub, empty = _first(inner, (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub, empty = _first(av[2], ignore_case)
            empty = empty or av[0] == 0
        elif op is _c.ATOMIC_GROUP:
            sub, empty = _first(av, ignore_case)
        else:  # any character, a negated literal, a back reference...
            raise _AnyStart
        first |= sub
        if not empty:
            return first, False
    return first, True


def _class_item(op, av) -> str:
    """One item of a parsed character class, written back as class syntax."""
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _AnyStart  # a negated class or another category: not worth spelling out
