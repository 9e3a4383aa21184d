"""Trigger and cue lexicons (data/triggers.yaml, data/cues.yaml), compiled once per process."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..data import read_yaml
from ..nlp.anchors import (
    AnchorIndex,
    required_literals,
    starts_anywhere,
    with_start_class,
)


@dataclass
class Trigger:
    type: str
    mode: str
    target: str
    regex: re.Pattern
    needs_target: bool = False
    later_targets: bool = False  # a counterpart may stand in a later clause (若X继续…, 将…)
    joint: bool = False  # takes two parties: alone (拜登签署法案) it is not this act
    spoken: bool = False  # only as someone's words (付出代价): with no speaker it is the author's
    joint_type: str = ""  # the type when two states do it together (a joint deployment is COOPERATE)
    solo_type: str = ""  # the type when one state does it with no partner (a national drill is MOBILIZE)
    asserted: bool = False
    topic_inside: bool = False  # actors inside the matched words are what the act is about (共享朝鲜…数据)
    reacts: bool = False  # an answer to the act just reported (还击): with no counterpart named, its actors
    aside: bool = False  # part of an act its sentence already told (通电话，双方就…交换了意见; 扣押总统，宣布接管政权)
    invites: bool = False  # an invitation to visit: accepted in its sentence, it is the visit planned
    calls_off: bool = False  # a meeting called off: with a cause given it is the meeting, negated
    undated_when_done: bool = False  # told as already made (已向X提出交涉): no time of its own
    abroad: bool = False  # needs another state's party (an address to a parliament): at home it is not coded
    last_resort: bool = False  # coded only when its sentence codes nothing else (回应说，… with no act in its words)
    backup: bool = False  # coded only when its sentence codes no other stance or threat (颠倒黑白 beside 谴责), once
    future: bool = False  # only ever announced before it is done (批准向台湾出售): planned unless negated
    content: str = ""  # "planned" | "skip" | "": how the rest of the sentence relates to this act


_FLAGS = ("needs_target", "later_targets", "joint", "spoken", "asserted", "topic_inside", "reacts", "aside", "invites",
          "calls_off", "undated_when_done", "abroad", "last_resort", "backup", "future")  # yes/no keys of an entry


@dataclass
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    text: str


class Cue:
    """A cue (data/cues.yaml: alternatives of one meaning) behind anchor prefilters. The
    alternatives are one regex, led by their first characters; an alternative that may start
    anywhere (`[^，。]{0,8}?周年`) would make `re` walk its prefix at every position of every
    sentence, so it is a regex of its own, run only when its literal words occur. Matches are
    merged left to right without overlap, as one alternation would give them."""

    def __init__(self, patterns: list[str]):
        led = [p for p in patterns if not starts_anywhere(p)]
        self.regex = re.compile(with_start_class("|".join(f"(?:{p})" for p in led))) if led else None
        self._anywhere = [(re.compile(p), _prefilter(p)) for p in patterns if starts_anywhere(p)]
        self._may_match = _prefilter("|".join(f"(?:{p})" for p in led)) if led else None
        self._parts = ([(self.regex, self._may_match)] if self.regex else []) + self._anywhere  # in order
        if self.regex and not self._anywhere:
            self.match = self.regex.match  # one regex: its own methods, called thousands of times a page

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        """A match starting at pos (no prefilter: it would scan further than pos)."""
        for regex, _ in self._parts:
            m = regex.match(text, pos)
            if m:
                return m
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """A match of exactly text[pos:endpos]."""
        return next((m for regex, _ in self._parts if (m := regex.fullmatch(text, pos, endpos))), None)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if not self._anywhere:
            if self._may_match and not self._may_match(text, pos, endpos):
                return None
            return self.regex.search(text, pos, endpos)
        return next(iter(self.finditer(text, pos, endpos)), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self._anywhere:
            if self._may_match and not self._may_match(text, pos, endpos):
                return iter(())
            return self.regex.finditer(text, pos, endpos)
        regexes = [r for r, may_match in self._parts if not (may_match and not may_match(text, pos, endpos))]
        if len(regexes) <= 1:
            return list(regexes[0].finditer(text, pos, endpos)) if regexes else []
        found, end = [], pos
        while True:  # the leftmost match from where the last ended, the first alternative on ties
            heads = [m for r in regexes if (m := r.search(text, end, endpos))]
            if not heads:
                return found
            m = min(heads, key=lambda h: h.start())
            found.append(m)
            end = max(m.end(), m.start() + 1)


def _prefilter(pattern: str):
    """`search` of a regex for the literal words every match of `pattern` contains, or None."""
    anchors = sorted(required_literals(pattern), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, anchors))).search if anchors else None


@dataclass
class Lexicon:
    triggers: list[Trigger]
    contexts: dict[str, list[str]]
    cues: dict[str, Cue] = field(default_factory=dict)
    type_contexts: dict[str, list[str]] = field(default_factory=dict)  # what an act of a type is about anyway
    anchors: AnchorIndex | None = None

    def __post_init__(self):
        self.anchors = AnchorIndex([t.regex.pattern for t in self.triggers])
        pairs = [(w, ctx) for ctx, words in self.contexts.items() for w in words]
        self._words = [w for w, _ in pairs]
        self._context_of_word = [ctx for _, ctx in pairs]
        self._context_words = AnchorIndex([re.escape(w) for w in self._words])
        self.cue = self.cues.__getitem__  # cue(name): asked ~30 times a sentence, a bound lookup is cheapest

    def find_triggers(self, sentence: str) -> list[TriggerMatch]:
        """Non-overlapping trigger matches, left to right; at one position the longest match wins.
        Only the triggers whose anchor words occur in the sentence are run."""
        found = []
        for k in self.anchors.candidates(sentence):
            trig = self.triggers[k]
            for m in trig.regex.finditer(sentence):
                if m.end() > m.start():
                    found.append(TriggerMatch(trig, m.start(), m.end(), m.group(0)))
        found.sort(key=lambda t: (t.start, -(t.end - t.start)))
        chosen, last_end = [], -1
        for t in found:
            if t.start >= last_end:
                chosen.append(t)
                last_end = t.end
        return chosen

    def contexts_of(self, text: str) -> list[str]:
        """The contexts whose topic words occur in the text, in the order of data/triggers.yaml."""
        found = {self._context_of_word[k] for k in self._context_words.candidates(text)
                 if self._words[k] in text}
        return [ctx for ctx in self.contexts if ctx in found]


_PART = re.compile(r"<<(\w+)>>")


def _with_parts(pattern: str, parts: dict[str, str]) -> str:
    """A pattern with each <<name>> replaced by the part of that name (data/cues.yaml `parts`)."""
    return _PART.sub(lambda m: f"(?:{parts[m[1]]})", pattern)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = resources.files("allywatch.data")
    spec = read_yaml(data.joinpath("triggers.yaml").read_text("utf-8"))
    cue_spec = read_yaml(data.joinpath("cues.yaml").read_text("utf-8"))
    parts = cue_spec.pop("parts")
    triggers = []
    for entry in spec["triggers"]:
        for pattern in (_with_parts(p, parts) for p in entry["patterns"]):
            flags = {name: bool(entry.get(name)) for name in _FLAGS}
            triggers.append(Trigger(entry["type"], entry.get("mode") or "", entry.get("target", "with"),
                                    re.compile(pattern), content=entry.get("content", ""),
                                    joint_type=entry.get("joint_type", ""), solo_type=entry.get("solo_type", ""),
                                    **flags))
    cues = {name: Cue([_with_parts(p, parts) for p in patterns]) for name, patterns in cue_spec.items()}
    return Lexicon(triggers, spec["contexts"], cues, spec.get("type_contexts", {}))
