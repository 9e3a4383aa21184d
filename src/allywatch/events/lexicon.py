"""Trigger and cue lexicons (data/triggers.yaml, data/cues.yaml), compiled once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

_META = set(".^$*+?{}[]\\|()")


def _literal_prefix(pattern: str) -> str:
    """The literal characters a pattern must start with, used as a cheap `in` prefilter."""
    out = []
    for i, ch in enumerate(pattern):
        if ch in _META:
            if ch in "?*{" and out:
                out.pop()  # the previous character is optional
            break
        out.append(ch)
    return "".join(out)


@dataclass
class Trigger:
    type: str
    mode: str
    target: str
    regex: re.Pattern
    prefix: str
    needs_target: bool = False
    asserted: bool = False
    content: str = ""  # "planned" | "skip" | "": how the rest of the sentence relates to this act


@dataclass
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    text: str


@dataclass
class Lexicon:
    triggers: list[Trigger]
    contexts: dict[str, list[str]]
    cues: dict[str, re.Pattern] = field(default_factory=dict)

    def find_triggers(self, sentence: str) -> list[TriggerMatch]:
        """Non-overlapping trigger matches, left to right; at one position the longest match wins."""
        found = []
        for trig in self.triggers:
            if trig.prefix and trig.prefix not in sentence:
                continue
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
        return [ctx for ctx, words in self.contexts.items() if any(w in text for w in words)]

    def cue(self, name: str) -> re.Pattern:
        return self.cues[name]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = resources.files("allywatch.data")
    spec = yaml.safe_load(data.joinpath("triggers.yaml").read_text("utf-8"))
    triggers = []
    for entry in spec["triggers"]:
        for pattern in entry["patterns"]:
            triggers.append(Trigger(entry["type"], entry.get("mode") or "", entry.get("target", "with"),
                                    re.compile(pattern), _literal_prefix(pattern),
                                    bool(entry.get("needs_target")), bool(entry.get("asserted")),
                                    entry.get("content", "")))
    cue_spec = yaml.safe_load(data.joinpath("cues.yaml").read_text("utf-8"))
    cues = {name: re.compile("|".join(f"(?:{p})" for p in patterns)) for name, patterns in cue_spec.items()}
    return Lexicon(triggers, spec["contexts"], cues)
