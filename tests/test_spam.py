"""Spliced SEO spam: the real spammed page 002, clean pages that must come out untouched, and
synthetic pages spliced with title fragments and company names at random points (fixed seeds)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import rjieba

from allywatch.clean.spam import remove_spliced_spam

CORPUS = Path("/work/shared/corpus")
CJK = re.compile(r"[\u4e00-\u9fff]")


def page(prefix: str) -> str:
    files = sorted(CORPUS.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip(f"corpus page {prefix} not available")
    return files[0].read_text("utf-8")


def assert_offsets(text: str, removed) -> None:
    for span in removed:
        assert span.reason == "seo-splice"
        assert text[span.start:span.start + len(span.text)] == span.text


# --- page 002: the spammed page ---------------------------------------------------------------

P002_TITLE = "韩美核作战联合声明发布,韩在安全上对美依赖加深"


def test_002_first_paragraph_reads_cleanly():
    text = page("002")
    cleaned, removed = remove_spliced_spam(text, P002_TITLE)
    assert_offsets(text, removed)
    # Residue, honestly: `安全` before 都将面临 and in 有事时的安全核协商程序 is a spliced fragment too
    # (the fragments partition the title), but it is an ordinary dictionary word and stays.
    # `韩美` before 反制措施 goes: it opens the fragment 韩美核作合声 the tool splices elsewhere too.
    assert ("近日,韩国总统尹锡悦与美国总统拜登在华盛顿在北约峰会期间举行双边会谈,两国领导人签署了韩美"
            "《关于朝鲜半岛核威慑与核作战指南》的联合声明,声明指出,若朝鲜对韩国发起任何核打击,"
            "安全都将面临立刻、压倒性、果断的反制措施。") in cleaned
    assert ("同时,双方还商定推动韩美核磋商小组的工作,包括扩大保密程序和情报共享、有事时的安全核协商程序、"
            "核武及战略计划、有事时韩国常规武器为美国核作战提供支援等内容。\n") in cleaned
    assert "据新华社援引朝中社13日报道,针对美韩两国日前签署《关于朝鲜半岛核威慑与核作战指南》," in cleaned


def test_002_every_fragment_and_company_is_gone():
    text = page("002")
    cleaned, removed = remove_spliced_spam(text, P002_TITLE)
    body = cleaned.split("\n", 1)[1]  # the title line itself is not spam
    for fragment in ["韩美核作合声", "战联", "明发美依", "布韩", "上对深", "赖加", "某某", "鄂州市", "运营部"]:
        assert fragment not in body
    assert {s.text for s in removed} >= {"韩美核作合声", "战联", "明发美依", "布韩", "上对深", "赖加"}
    assert any(s.text.endswith("鄂州市某某通用机械运营部") for s in removed)
    # only spam goes: two cycles of six fragments (安全 stays), one more 韩美核作合声, two companies
    assert sum(len(s.text) for s in removed) == len(text) - len(cleaned) == 19 * 2 + 6 + 2 * 12


def test_002_unspammed_paragraphs_untouched_even_with_the_title():
    """Paragraphs 3+ reuse many title words (韩美, 核作战, 联合, 安全, 依赖) legitimately."""
    rest = "\n".join(page("002").split("\n")[3:])
    assert remove_spliced_spam(rest, P002_TITLE) == (rest, [])


# --- clean pages: nothing removed --------------------------------------------------------------

def _html_text() -> str:
    trafilatura = pytest.importorskip("trafilatura")
    return trafilatura.extract(page("004"), favor_recall=True)


@pytest.mark.parametrize("prefix,title", [
    ("000", "通话核心内容:聚焦半岛安全与国际合作"),
    ("000", "韩国联参议长与北约军委会主席通话 共同应对朝鲜核导威胁"),
    ("001", "韩日全面恢复军事情报共享"),
    ("003", "美国印太安全动态:美日韩加强三边安全合作"),
    ("003", None),
])
def test_clean_pages_lose_nothing(prefix, title):
    text = page(prefix)
    assert remove_spliced_spam(text, title) == (text, [])


def test_html_extract_loses_nothing():
    text = _html_text()
    assert remove_spliced_spam(text, "韩国与会立陶宛北约峰会 力促多方防务合作") == (text, [])


def test_legitimate_company_names_stay():
    text = ("华为技术有限公司与北京市公安局签署合作协议。深圳市大疆创新科技有限公司否认向俄罗斯出口无人机。"
            "美国财政部制裁了上海市一家贸易公司。")
    assert remove_spliced_spam(text, "美国制裁中国企业") == (text, [])


# --- company names ---------------------------------------------------------------------------

@pytest.mark.parametrize("company", [
    "广州市某某贸易有限公司", "杭州市西湖区某某电子商行", "东莞市通达五金经营部", "某某家具厂",
    "湖北省鄂州市某某通用机械运营部",
])
def test_spliced_company_names(company):
    clean = "日本防卫省28日宣布,将向菲律宾提供沿海监视雷达。两国防长当天在马尼拉举行会谈。"
    cut = clean.index("沿海")
    text = clean[:cut] + company + clean[cut:]
    cleaned, removed = remove_spliced_spam(text)
    assert cleaned == clean
    assert [(s.text, s.start) for s in removed] == [(company, cut)]


# --- synthetic splicing ----------------------------------------------------------------------

PLACES = ["鄂州市", "温州市", "佛山市南海区", "临沂市", "保定市"]
BUSINESS = ["某某通用机械运营部", "某某五金经营部", "某某贸易有限公司", "某某建材商行"]


def _articles() -> list[tuple[str, list[str]]]:
    """(title, clean paragraphs) from the corpus; titles not printed on 000/003 are written here."""
    def paras(text: str, lo: int, hi: int) -> list[str]:
        return [p.strip() for p in text.split("\n") if len(p.strip()) > 40][lo:hi]
    return [
        ("韩日全面恢复军事情报共享", paras(page("001"), 0, 8)),
        ("韩国联参议长与北约军委会主席通话,重申反对以武力改变现状", paras(page("000"), 0, 8)),
        ("美日举行安全保障磋商委员会会议 强调加强同盟威慑", paras(page("003"), 3, 11)),
        ("韩美防长会谈:延伸威慑与联合演习将继续扩大", paras(page("003"), 60, 68)),
        ("韩国与会立陶宛北约峰会 力促多方防务合作", paras(_html_text(), 1, 9)),
    ]


def splice(paragraphs: list[str], title: str, rng: random.Random) -> tuple[str, str, set[int]]:
    """Shuffle the title's characters, cut them into 2–4-character fragments and splice them in
    cyclically (2–4 per paragraph, at word boundaries), now and then with a fake company name.
    Returns (spliced text, clean text, offsets of spliced characters)."""
    chars = CJK.findall(title)
    rng.shuffle(chars)
    fragments, i = [], 0
    while i < len(chars):
        n = rng.choice([2, 3, 4])
        fragments.append("".join(chars[i:i + n]))
        i += n
    if len(fragments[-1]) == 1:
        last = fragments.pop()
        fragments[-1] += last
    out, spam, k = [], set(), 0
    for para in paragraphs:
        bounds, pos = [], 0
        for word in rjieba.cut(para, hmm=False):
            pos += len(word)
            bounds.append(pos)
        cuts = sorted(rng.sample(bounds[:-1], min(len(bounds) - 1, rng.randint(2, 4))))
        pieces, last = [], 0
        base = sum(len(p) + 1 for p in out)
        for cut in cuts:
            insert = fragments[k % len(fragments)]
            k += 1
            if rng.random() < 0.15:
                insert += rng.choice(PLACES) + rng.choice(BUSINESS)
            pieces.append(para[last:cut])
            start = base + sum(map(len, pieces))
            spam.update(range(start, start + len(insert)))
            pieces.append(insert)
            last = cut
        pieces.append(para[last:])
        out.append("".join(pieces))
    return "\n".join(out), "\n".join(paragraphs), spam


def synthetic_scores(seeds: range) -> tuple[float, float, float]:
    """Character precision and recall of the removals, and the share of pages restored exactly."""
    hit = removed_chars = spam_chars = exact = pages = 0
    for seed in seeds:
        rng = random.Random(seed)
        for title, paragraphs in _articles():
            text, clean, spam = splice(paragraphs, title, rng)
            cleaned, removed = remove_spliced_spam(text, title)
            assert_offsets(text, removed)
            got = {i for s in removed for i in range(s.start, s.start + len(s.text))}
            hit += len(got & spam)
            removed_chars += len(got)
            spam_chars += len(spam)
            exact += cleaned == clean
            pages += 1
    return hit / max(removed_chars, 1), hit / spam_chars, exact / pages


def test_synthetic_splices_are_removed():
    precision, recall, exact = synthetic_scores(range(20))
    print(f"synthetic spam: precision {precision:.3f} recall {recall:.3f} exact pages {exact:.2f}")
    assert precision >= 0.97
    assert recall >= 0.85
    assert exact >= 0.3  # pages whose fragments include a whole common word (会议) keep it


def test_synthetic_clean_pages_untouched():
    for title, paragraphs in _articles():
        text = "\n".join(paragraphs)
        assert remove_spliced_spam(text, title) == (text, [])


def test_names_of_the_headline_recurring_in_the_story_are_kept():
    """Transliterated names (川普, 高市早苗) segment into single characters like spliced fragments,
    and recur: a real page (third gold set, ETtoday) keeps them."""
    from allywatch.clean import clean_page
    from allywatch.ingest import iter_pages
    page = next(iter_pages([str(Path(__file__).parent / "data" / "heldout2" / "pages" / "hq17.html")]))
    doc = clean_page(page)
    assert not [r for r in doc.removed if r.reason == "seo-splice"]
    assert doc.clean_text.count("川普") >= 5 and "高市早苗" in doc.clean_text
