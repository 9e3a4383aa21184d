"""Lead a regular expression with a lookahead for the characters its matches can start with.

`re` tries a pattern at every position of the text. When the pattern opens with an alternation
or a group, each try walks its alternatives; a leading `(?=[...])` of the possible first
characters, read off the parsed pattern, rejects most positions with one class test instead. The
set is a superset of the true first characters (lookarounds and anchors are passed over), so
the matches do not change.
"""
from __future__ import annotations

import re

try:  # the parser behind `re`, public as sre_parse before Python 3.11
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

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
