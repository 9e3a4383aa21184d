"""The rule-based event coder on sentences written for these tests (not corpus sentences), and the
development-gold floor through the `eval` command."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from allywatch.cli import main
from allywatch.events.coder import RuleExtractor
from allywatch.ingest.page import make_page
from allywatch.nlp.sentences import split_sentences
from allywatch.records import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def coder():
    return RuleExtractor()


def code(coder, text: str, published: str | None = None):
    page = make_page("t.txt", "t.txt", text, markup="text")
    page.published = published
    doc = Document(page=page, clean_text=text)
    doc.sentences = split_sentences(text)
    return coder.extract(doc)


def countries(codes):
    return {c.split("-")[0] for c in codes}


# (published, text, expected events as (type, source countries, target countries, date, factuality))
CASES = [
    ("2024-05-17", "俄罗斯总统普京16日在北京同中国国家主席习近平举行会谈。",
     [("CONSULT", {"RUS"}, {"CHN"}, "2024-05-16", "asserted")]),
    ("2024-05-14", "朝鲜13日向东部海域发射了两枚短程弹道导弹。",
     [("MOBILIZE", {"PRK"}, set(), "2024-05-13", "asserted")]),
    ("2024-06-10", "日本防卫大臣木原稔表示，日方将于下月与澳大利亚举行联合训练。",
     [("COOPERATE", {"JPN"}, {"AUS"}, "2024-07", "planned")]),
    (None, "若朝鲜进行第七次核试验，美韩将举行大规模联合演习。",
     [("COOPERATE", {"USA", "KOR"}, set(), None, "hypothetical")]),
    ("2024-03-02", "菲律宾总统马科斯1日会见了到访的日本首相岸田文雄。",
     [("CONSULT", {"PHL"}, {"JPN"}, "2024-03-01", "asserted")]),
    ("2024-08-20", "美国国务卿布林肯19日与以色列总理内塔尼亚胡通电话。",
     [("CONSULT", {"USA"}, {"ISR"}, "2024-08-19", "asserted")]),
    ("2023-11-16", "中美两国元首15日在旧金山举行会晤，双方同意恢复两军高层沟通。",
     [("CONSULT", {"CHN", "USA"}, set(), "2023-11-15", "asserted"),
      ("AGREE", {"CHN", "USA"}, set(), "2023-11-15", "asserted")]),
    ("2024-02-03", "欧盟2日宣布对俄罗斯实施新一轮制裁。",
     [("SANCTION", {"EU"}, {"RUS"}, "2024-02-02", "asserted")]),
    ("2024-04-11", "外交部发言人毛宁10日表示，中方敦促美方停止向台湾出售武器。",
     [("REQUEST", {"CHN"}, {"USA"}, "2024-04-10", "asserted")]),
    ("2024-01-20", "韩国联合参谋本部19日谴责朝鲜试射水下核武器系统。",
     [("ACCUSE", {"KOR"}, {"PRK"}, "2024-01-19", "asserted")]),
]


@pytest.mark.parametrize("published,text,expected", CASES, ids=[c[1][:12] for c in CASES])
def test_events_from_sentences(coder, published, text, expected):
    got = [(e.event_type, countries(e.source), countries(e.target), e.date, e.factuality)
           for e in code(coder, text, published)]
    # symmetric acts may list the counterpart as source or target: compare the union for those
    norm = lambda evs: sorted((t, frozenset(s | g) if t in ("CONSULT", "AGREE", "COOPERATE") else (frozenset(s), frozenset(g)),
                               d, f) for t, s, g, d, f in evs)
    assert norm(got) == norm(expected)


NO_EVENTS = [
    "分析人士认为，此举意味着美日同盟将进一步强化。",
    "未来，韩国与北约的合作将进一步拓展到网络安全领域。",
    "专家指出，朝鲜半岛局势可能会更加紧张，美韩联合演习规模或将扩大。",
    "通过加强与盟友的合作，日本可以提升自身的防卫能力。",
    "国际社会应共同努力维护地区和平。",
    "3. 加强军事演习：提高协同作战能力",
]


@pytest.mark.parametrize("text", NO_EVENTS)
def test_analysis_and_headings_are_not_events(coder, text):
    assert code(coder, text, "2024-01-01") == []


def test_reported_speech_speaker_is_the_actor_and_the_agency_is_not(coder):
    events = code(coder, "据韩联社报道，韩国国防部长官申源湜20日表示，韩方强烈谴责朝鲜的挑衅行为。", "2024-06-21")
    assert [(e.event_type, countries(e.source), countries(e.target)) for e in events] == [("ACCUSE", {"KOR"}, {"PRK"})]
    assert all("MED" not in c for e in events for c in e.source + e.target)


def test_same_act_retold_later_is_coded_once_with_its_first_mention(coder):
    text = ("日本外务大臣上川阳子3日在东京与韩国外交部长官赵兑烈举行会谈。\n"
            "双方就朝鲜核导问题交换了意见。\n"
            "据报道，上川阳子与赵兑烈的会谈持续了约一个小时，两人在会谈中讨论了地区局势。")
    events = code(coder, text, "2024-04-04")
    consults = [e for e in events if e.event_type == "CONSULT"]
    assert len(consults) == 1 and consults[0].date == "2024-04-03"
    assert consults[0].sentence.startswith("日本外务大臣上川阳子3日")


def test_background_event_keeps_its_own_date_and_does_not_date_later_acts(coder):
    text = "1965年6月22日，日本和韩国签署了《日韩基本条约》。\n美国战略轰炸机飞抵韩国参加联合演习。"
    events = code(coder, text, None)
    sign = next(e for e in events if e.event_type == "AGREE")
    exercise = next(e for e in events if e.event_type == "COOPERATE")
    assert sign.date == "1965-06-22" and exercise.date is None


def test_provenance_spans_point_into_the_clean_text(coder):
    text = "首尔讯 韩国总统府表示欢迎。\n美国国防部长奥斯汀2日访问韩国，同韩国国防部长官举行会谈。"
    page = make_page("t.txt", "t.txt", text, markup="text")
    page.published = "2023-02-03"
    doc = Document(page=page, clean_text=text)
    doc.sentences = split_sentences(text)
    for ev in RuleExtractor().extract(doc):
        assert text[ev.span[0]:ev.span[1]] == ev.sentence
        assert ev.sentence[ev.trigger_span[0]:ev.trigger_span[1]] == ev.trigger


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="shared development gold not present")
def test_development_gold_floor_through_eval_command(tmp_path, capsys):
    db = str(tmp_path / "dev.duckdb")
    assert main(["run", str(SHARED / "corpus"), "--db", db, "-q"]) == 0
    capsys.readouterr()
    assert main(["eval", str(SHARED / "gold" / "dev.jsonl"), "--db", db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["overall"]["f1"] >= 0.80
    assert result["fields"]["date_exact"] >= 0.90
    assert result["fields"]["actor_set_exact"] >= 0.80
    assert set(result["documents_scored"]) >= {"000_3053c060567b68fe.txt", "004_c7d2d79357f615e0.txt"}
