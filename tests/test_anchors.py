"""The anchor prefilter: never hides a match, and really narrows the patterns to run."""
import re

import pytest

from allywatch.events.lexicon import Cue, load_lexicon
from allywatch.nlp.anchors import (
    AnchorIndex,
    required_literals,
    starts_anywhere,
    with_start_class,
)


@pytest.mark.parametrize("pattern, anchors", [
    ("会谈", {"会谈"}),
    ("(出席|参加)[^，]{0,30}?峰会", {"峰会"}),  # equally long: fewer alternatives wins
    ("(出席|参加|主持)了?[^，]{0,20}?会议", {"会议"}),
    ("进行了?.{0,4}(电话)?通话", {"进行"}),
    ("(?<!导弹)(抵达|飞抵)(?!海域)", {"抵达", "飞抵"}),
    ("[^，]{0,4}(复常|正常化)", {"复常", "正常化"}),
    ("2\\+2", {"2+2"}),
    ("(表示|坚定)?支持", {"支持"}),
    ("(会谈)+", {"会谈"}),
    ("(会谈)*", set()),  # optional: nothing is guaranteed
    ("[甲乙]丙?", set()),  # classes are not anchors
    ("(?i)read more", set()),  # case-insensitive: no literal anchor
    ("(版权|(?i:copyright))", set()),
    ("甲|乙.", {"甲", "乙"}),
])
def test_required_literals(pattern, anchors):
    assert required_literals(pattern) == anchors


def test_required_literals_are_required():
    """Every match of every trigger pattern contains one of its anchors."""
    lex = load_lexicon()
    sentences = ["美韩两国国防部长举行会谈并签署了协议", "朝鲜发射了一枚弹道导弹", "双方同意加强合作，交换了意见",
                 "日本对韩国实施出口管制", "北约秘书长访问日本", "会见面谈", "中方强烈谴责并提出严正交涉"]
    for trig in lex.triggers:
        anchors = required_literals(trig.regex.pattern)
        for s in sentences:
            for m in trig.regex.finditer(s):
                assert not anchors or any(a in m.group() for a in anchors), (trig.regex.pattern, m.group())


def test_index_finds_overlapping_anchors():
    index = AnchorIndex(["会见", "见面", "面谈", "会"])
    # 会 is contained in 会见, so 会见's pattern is indexed under 会; overlaps are all reported
    assert index.candidates("会见面谈") == [0, 1, 2, 3]
    assert index.candidates("见面") == [1]
    assert index.candidates("无关") == []


def test_index_matches_running_every_pattern():
    patterns = [t.regex.pattern for t in load_lexicon().triggers] + ["[甲乙]丙?", "(?i)abc"]
    index = AnchorIndex(patterns)
    compiled = [re.compile(p) for p in patterns]
    texts = ["美韩两国国防部长举行会谈并签署了协议", "朝鲜发射了一枚弹道导弹", "甲", "ABC", "双方同意加强合作",
             "韩美举行联合军演，日本派遣舰艇", "这句话没有任何触发词"]
    for text in texts:
        matching = {i for i, p in enumerate(compiled) if p.search(text)}
        candidates = set(index.candidates(text))
        assert matching <= candidates
    assert len(index.candidates("这句话没有任何触发词")) < len(patterns) / 10


@pytest.mark.parametrize("pattern, led", [
    (r"([这此该]次|本次)(会谈|访问)", True),   # an alternative opens with a class: led by [这此该本]
    (r"(会谈|会晤)之?(前|后)", False),         # both alternatives open with a literal
    (r"(?:未)|(?:没有)|(?:并未)", False),      # every alternative opens with a literal: re scans itself
    (r"[^，。]{0,8}?周年", False),             # any character may start it: nothing to lead with
    (r"据[^，。]{0,30}?报道", False),          # opens with a literal
])
def test_a_pattern_is_led_by_its_first_characters_only_where_that_helps(pattern, led):
    assert with_start_class(pattern).startswith("(?=") is led


def test_leading_a_cue_never_changes_its_matches():
    pattern = "|".join(f"(?:{p})" for p in (r"(会谈|会晤|通话)之?(前|后|之际)", r"在[^，。]{0,8}?(会谈|访问)(中|期间)",
                                            r"(此次|这次)[^，。\d]{0,6}?(会谈|访问)"))
    text = "王毅在会谈中表示，此次访问意义重大，会谈前双方交换了意见。在访问期间，两国外长会晤之际签署协议。"
    plain, led = re.compile(pattern), re.compile(with_start_class(pattern))
    for pos in range(len(text)):
        assert [m.span() for m in plain.finditer(text, pos)] == [m.span() for m in led.finditer(text, pos)]


def test_a_cue_with_an_alternative_that_starts_anywhere_matches_as_one_alternation():
    patterns = [r"据[^，。,；]{0,30}?(报道|消息)", r"[^，。,；]{0,8}(社|网|报)[^，。,；]{0,6}?(报道|援引|消息)称?",
                r"(援引|引述)[^，。,；]{0,20}?(消息|报道)"]
    cue, plain = Cue(patterns), re.compile("|".join(f"(?:{p})" for p in patterns))
    assert starts_anywhere(patterns[1]) and not starts_anywhere(patterns[0])
    for text in ("海外网11月23日电 综合韩联社、朝中社报道，朝鲜发射了卫星。", "中新网12月28日电 据韩联社报道，韩国外长举行会谈。",
                 "美联社援引消息人士的话报道称，两国将举行会谈。", "两国外长举行会谈。"):
        for pos in range(len(text)):
            assert [m.span() for m in cue.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
            assert (cue.match(text, pos) or plain.match(text, pos)) is None or \
                cue.match(text, pos).span() == plain.match(text, pos).span()


def test_a_cue_fullmatch_spans_exactly_the_text_given():
    """Cue.fullmatch: the words between an actor and what follows it, read from data/cues.yaml."""
    lex = load_lexicon()
    offices = lex.cue("shared_offices")
    assert offices.fullmatch("美国与日本外交、国防部长", 5, 8) is not None  # 外交、 before 国防部长
    assert offices.fullmatch("美日外长", 2, 2) is not None  # nothing between
    assert offices.fullmatch("美国总统和日本首相", 2, 5) is None
    owned = lex.cue("owned_act")
    assert owned.fullmatch("朝鲜的导弹发射", 2, 5) is not None and owned.fullmatch("朝鲜对美国的发射", 2, 6) is None


def test_shared_parts_are_expanded_in_every_trigger_and_cue():
    """data/cues.yaml `parts` (<<visited_state>>) are written once and expanded wherever they are used."""
    lex = load_lexicon()
    assert not [t.regex.pattern for t in lex.triggers if "<<" in t.regex.pattern]
    assert [t.regex.search("岸田文雄访印").group() for t in lex.triggers if t.regex.search("岸田文雄访印")] == ["访印"]
    assert lex.cue("setting").search("岸田访印后") is not None and lex.cue("setting").search("记者采访后") is None
