"""HTML cleaning (trafilatura + recorded removals) and sentence splitting with exact spans (issues 2, 3)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from allywatch.clean import clean_page
from allywatch.clean.html import clean_html
from allywatch.ingest import iter_pages
from allywatch.ingest.page import make_page
from allywatch.nlp.sentences import split_sentences
from allywatch.records import RawPage

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PAGE_004 = CORPUS / "004_c7d2d79357f615e0.txt"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")

# (beginning, end) of each of the eight article paragraphs of page 004, read from the page.
PARAGRAPHS_004 = [
    ("韩国总统尹锡悦当地时间12日出席在立陶宛首都维尔纽斯举行的北约亚太伙伴", "韩日澳新四国应携手北约，共建集体安全网。"),
    ("据韩联社今天报道称，韩国总统尹锡悦表示将与北大西洋公约组织", "强调了维护基于规则的国际秩序伙伴关系的重要性。"),
    ("尹锡悦称，大韩民国的印太战略也将北约视为重要的伙伴。", "尹锡悦称，大韩民国的印太战略也将北约视为重要的伙伴。"),
    ("尹锡悦表示，韩国借此次峰会同北约签署了“个别针对性伙伴关系计划”(ITPP)", "这有望促进韩国与北约的网络安全合作。"),
    ("尹锡悦当天还敦促说，韩日澳新应携手北约共建安全网。", "尹锡悦当天还敦促说，韩日澳新应携手北约共建安全网。"),
    ("据韩联社报道，尹锡悦是12日出席在立陶宛首都维尔纽斯举行的", "发射洲际弹道导弹（ICBM）一事作如上表述。"),
    ("据尹锡悦表示，导弹当天落入日本北部青森县海域", "韩日澳新应在地区安全方面发挥主导作用。"),
    ("据韩联社，AP4领导人会议是北约峰会配套会议", "维护自由和平与繁荣的合作方案。"),
]


def corpus_pages() -> list[RawPage]:
    return [p for p in iter_pages([str(CORPUS)]) if isinstance(p, RawPage)]


@pytest.fixture(scope="module")
def doc_004():
    pages = [p for p in iter_pages([str(PAGE_004)]) if isinstance(p, RawPage)]
    assert len(pages) == 1
    return clean_page(pages[0])


# ---- page 004 -----------------------------------------------------------------------------------

@needs_corpus
def test_004_keeps_all_eight_paragraphs_each_on_its_own_line(doc_004):
    lines = [ln.strip() for ln in doc_004.clean_text.split("\n") if ln.strip()]
    for begin, end in PARAGRAPHS_004:
        matching = [ln for ln in lines if ln.startswith(begin)]
        assert len(matching) == 1, f"paragraph starting {begin!r} missing or repeated"
        assert matching[0].endswith(end), (begin, matching[0][-40:])
    # and nothing else but the date line (and at most the headline)
    others = [ln for ln in lines if not any(ln.startswith(b) for b, _ in PARAGRAPHS_004)]
    assert all(ln == "12/07/2023 - 12:11" or ln == "韩国与会立陶宛北约峰会 力促多方防务合作" for ln in others), others


@needs_corpus
def test_004_keeps_the_date_line(doc_004):
    assert "12/07/2023 - 12:11" in doc_004.clean_text.split("\n")


@needs_corpus
def test_004_drops_markup_share_buttons_and_link_header(doc_004):
    text = doc_004.clean_text
    for noise in ["分享", "<", ">", "facebook", "whatsapp", "twitter", "https://", "](", "------", "share-button",
                  "1689156904000", "selfpromo", ".JPG"]:
        assert noise not in text, noise
    assert doc_004.status == "ok" and doc_004.lang == "zh"
    assert doc_004.page.title == "韩国与会立陶宛北约峰会 力促多方防务合作"


@needs_corpus
def test_004_removals_are_recorded_with_reasons(doc_004):
    assert doc_004.removed, "nothing recorded as removed"
    assert all(r.reason and r.text.strip() for r in doc_004.removed)
    removed_text = " ".join(r.text for r in doc_004.removed)
    assert "分享" in removed_text  # the share bar
    assert "[韩国与会立陶宛北约峰会 力促多方防务合作](https://www.rfi.fr/" in removed_text  # the Markdown link line
    # nothing of the article was recorded as removed
    for begin, _ in PARAGRAPHS_004:
        assert begin not in removed_text
    assert doc_004.chars_removed == sum(len(r.text) for r in doc_004.removed)


# ---- synthetic HTML pages -----------------------------------------------------------------------

ARTICLE = [
    "韩国国防部当天表示，韩美两国军队将于下周在朝鲜半岛南部海域举行大规模联合军事演习，参演兵力约两万人。",
    "国防部发言人在例行记者会上说，这次演习旨在检验两国军队的联合作战能力，应对来自北方日益增加的军事威胁。",
    "朝鲜外务省发言人随后发表谈话，谴责演习是对朝鲜的公然挑衅，并警告将采取相应的反制措施。",
    "韩国联合参谋本部表示，演习期间美军将派出航空母舰战斗群和战略轰炸机参加，韩方将出动多艘驱逐舰和潜艇。",
]
NAV = ["首页", "国际新闻", "军事频道", "财经要闻"]
AD = "点击领取新用户专享优惠大礼包"
SHARE = "分享到：微信 微博 QQ空间"
RELATED = ["明星夫妇官宣离婚引发网友热议", "今年夏天最流行的十款连衣裙", "股市三连涨背后的秘密"]
COMMENT = "用户8848：这也太吓人了吧，支持和平！"
FOOTER = "版权所有 © 2023 示例新闻网 京ICP备12345678号"
BOILERPLATE = NAV + [AD, SHARE, COMMENT, FOOTER] + RELATED


def synthetic_page(meta_div: bool = True, article: list[str] = ARTICLE) -> str:
    meta = '<div class="meta">2023-03-10 09:30 来源：新华网</div>' if meta_div else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in article)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>韩美将举行联合军演_示例新闻网</title></head><body>
<header><nav><ul>{''.join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(NAV))}</ul></nav></header>
<div class="ad-banner"><a href="https://ads.example.com/x">{AD}</a></div>
<main><article><h1>韩美将举行联合军演</h1>{meta}{paragraphs}</article>
<div class="share">{SHARE}</div>
<section class="related"><h3>相关阅读</h3><ul>{''.join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(RELATED))}</ul></section>
<section id="comments" class="comments"><h3>网友评论</h3><div class="comment"><p>{COMMENT}</p></div>
<form><textarea>说点什么吧</textarea><button>发表评论</button></form></section></main>
<footer><p>{FOOTER}</p><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a></p></footer>
<script>var tracker = "韩国国防部当天表示";</script></body></html>"""


@pytest.mark.parametrize("meta_div", [True, False])
def test_synthetic_page_keeps_article_and_records_boilerplate(meta_div):
    html = synthetic_page(meta_div)
    page = make_page("syn.html", "syn.html", html)
    assert page.markup == "html"
    doc = clean_page(page)
    assert doc.status == "ok"
    for paragraph in ARTICLE:
        assert paragraph in doc.clean_text
        assert doc.clean_text.count(paragraph) == 1
    removed = {r.text: r.reason for r in doc.removed}
    for noise in BOILERPLATE:
        assert noise not in doc.clean_text, noise
        assert noise in removed, f"{noise!r} dropped but not recorded"
    assert all(reason for reason in removed.values())
    assert "tracker" not in doc.clean_text and "var " not in " ".join(removed)  # scripts are not page text
    assert doc.page.title and "韩美将举行联合军演" in doc.page.title


def test_synthetic_page_paragraphs_stay_separate_without_meta_div():
    text, _, _ = clean_html(synthetic_page(meta_div=False))
    lines = [ln.strip() for ln in text.split("\n")]
    for paragraph in ARTICLE:
        assert paragraph in lines


def test_synthetic_page_paragraphs_stay_separate_with_meta_div():
    text, _, _ = clean_html(synthetic_page(meta_div=True))
    lines = [ln.strip() for ln in text.split("\n")]
    for paragraph in ARTICLE:
        assert paragraph in lines


def test_an_html_fragment_from_a_crawler_record_keeps_its_paragraphs():
    fragment = ("<article><div class='content'>" + "".join(f"<p>{p}</p>" for p in ARTICLE[:3]) +
                "<div class='related'><p>延伸阅读：相关新闻</p></div></div></article>")
    text, _, _ = clean_html(fragment)
    for paragraph in ARTICLE[:3]:
        assert paragraph in text


def test_credits_and_disclaimers_inside_the_article_element_are_judged_like_plain_text_lines():
    credits = ["（原标题：韩美将于下月举行联合军演）", "未经本网事先书面同意，严禁复制或转载本文全部或部分内容。",
               "责任编辑：张三"]
    doc = clean_page(make_page("cred.html", "cred.html", synthetic_page(meta_div=False, article=ARTICLE + credits)))
    for paragraph in ARTICLE:
        assert paragraph in doc.clean_text
    for credit in credits:
        assert credit not in doc.clean_text, credit
        assert any(credit in r.text for r in doc.removed), f"{credit!r} dropped but not recorded"


def test_synthetic_page_without_article_is_skipped():
    html = ("<html><body><nav><a href='/'>首页</a><a href='/x'>国际</a></nav>"
            "<footer>版权所有 © 2023 示例新闻网</footer></body></html>")
    doc = clean_page(make_page("empty.html", "empty.html", html))
    assert doc.status == "skipped" and doc.status_reason


def test_repeated_paragraph_in_html_is_kept_once_and_recorded():
    article = ARTICLE[:2] + [ARTICLE[0]] + ARTICLE[2:]
    doc = clean_page(make_page("rep.html", "rep.html", synthetic_page(meta_div=False, article=article)))
    assert doc.clean_text.count(ARTICLE[0]) == 1
    assert any(r.reason == "repeated-paragraph" and ARTICLE[0] in r.text for r in doc.removed)


def test_non_chinese_html_page_is_skipped():
    body = "".join(f"<p>{'The ministry of defence said on Monday that joint drills would begin next week. ' * 3}</p>"
                   for _ in range(4))
    doc = clean_page(make_page("en.html", "en.html", f"<html><body><article>{body}</article></body></html>"))
    assert doc.status == "skipped" and doc.lang != "zh"


# ---- sentences ----------------------------------------------------------------------------------

def check_spans(text: str):
    sentences = split_sentences(text)
    for i, s in enumerate(sentences):
        assert s.idx == i
        assert text[s.start:s.end] == s.text, (s.start, s.end, s.text)
        assert s.text == s.text.strip() and s.text
    for a, b in zip(sentences, sentences[1:]):
        assert a.end <= b.start and a.paragraph <= b.paragraph
    # together they cover every non-space character of the text
    covered = "".join(s.text for s in sentences)
    assert re.sub(r"\s+", "", covered) == re.sub(r"\s+", "", text)
    return sentences


@needs_corpus
def test_sentence_spans_map_exactly_on_all_corpus_pages():
    pages = corpus_pages()
    assert len(pages) == 5
    for page in pages:
        doc = clean_page(page)
        sentences = check_spans(doc.clean_text)
        assert len(sentences) >= 10, page.doc_id
        # every line of the clean text is its own paragraph index
        for s in sentences:
            assert doc.clean_text.count("\n", 0, s.start) == s.paragraph


@needs_corpus
def test_corpus_list_headings_are_separate_sentences():
    page = next(p for p in corpus_pages() if p.doc_id.startswith("000_"))
    sentences = split_sentences(clean_page(page).clean_text)
    texts = [s.text for s in sentences]
    assert "1. 共同关切:朝鲜核导威胁与俄朝军事合作" in texts
    assert "4. 北约军委会参谋长级会议:韩国的参与与支持" in texts
    i = texts.index("1. 共同关切:朝鲜核导威胁与俄朝军事合作")
    assert texts[i + 1].startswith("金明秀在通话中明确指出")


def test_basic_terminals():
    s = check_spans("第一句。第二句？第三句！！第四句!最后没有标点")
    assert [x.text for x in s] == ["第一句。", "第二句？", "第三句！！", "第四句!", "最后没有标点"]


def test_list_item_headings_on_their_own_lines():
    text = ("通话核心内容:聚焦半岛安全与国际合作\n1. 共同关切:朝鲜核导威胁与俄朝军事合作\n"
            "金明秀在通话中明确指出,朝鲜的核武器构成了严重威胁。他强调,需要联合行动。\n"
            "2. 反对武力改变现状:维护国际秩序的共同立场\n双方重申了原则。")
    s = check_spans(text)
    assert [x.text for x in s] == [
        "通话核心内容:聚焦半岛安全与国际合作", "1. 共同关切:朝鲜核导威胁与俄朝军事合作",
        "金明秀在通话中明确指出,朝鲜的核武器构成了严重威胁。", "他强调,需要联合行动。",
        "2. 反对武力改变现状:维护国际秩序的共同立场", "双方重申了原则。"]
    assert [x.paragraph for x in s] == [0, 1, 2, 2, 3, 4]


def test_quotes_ending_with_the_sentence_stay_with_it():
    text = "朝鲜国防省发言人当天发表谈话表示“坚决反对和谴责”,并称“朝鲜军队将遏制核战争。坚决保障国家安全。”此后韩方回应。"
    s = check_spans(text)
    assert [x.text for x in s] == [
        "朝鲜国防省发言人当天发表谈话表示“坚决反对和谴责”,并称“朝鲜军队将遏制核战争。坚决保障国家安全。”",
        "此后韩方回应。"]
    s = check_spans("他说：“我们准备好了！”随后离开。")
    assert [x.text for x in s] == ["他说：“我们准备好了！”", "随后离开。"]
    s = check_spans("他说：「好。」她说：『不。』")
    assert [x.text for x in s] == ["他说：「好。」", "她说：『不。』"]


def test_brackets_and_titles_are_not_split():
    s = check_spans("韩国（据韩联社。报道）称将加强合作。《同盟已做好准备。》一文发表。布林肯(Antony J. Blinken)表示。")
    assert [x.text for x in s] == ["韩国（据韩联社。报道）称将加强合作。", "《同盟已做好准备。》一文发表。",
                                   "布林肯(Antony J. Blinken)表示。"]


def test_unclosed_bracket_does_not_swallow_the_paragraph():
    text = "（" + "韩国国防部表示将加强合作。" * 40 + "\n第二段。"
    s = check_spans(text)
    assert len(s) > 5 and s[-1].text == "第二段。"


def test_whitespace_and_empty_lines():
    text = "  前导空格的句子。  \n\n  第二段。 \n"
    s = check_spans(text)
    assert [(x.text, x.start, x.paragraph) for x in s] == [("前导空格的句子。", 2, 0), ("第二段。", 16, 2)]
    assert split_sentences("") == [] and split_sentences("\n \n") == []
