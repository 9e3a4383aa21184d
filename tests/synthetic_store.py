"""A small, deterministic store for the web, digest and graph tests: documents and events are written
directly through `Store.write_batch` (no NLP), then merged with `Store.rebuild_events`."""
from __future__ import annotations

from pathlib import Path

from allywatch.records import Document, Event, RawPage, RemovedSpan, Sentence
from allywatch.store.duck import Store


def _doc(doc_id: str, sentences: list[str], events: list[dict], published: str | None = None,
         removed: list[RemovedSpan] | None = None, url: str | None = None, title: str | None = None) -> Document:
    clean = "\n".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, s, pos, pos + len(s), i))
        pos += len(s) + 1
    noise = "".join(r.text + "\n" for r in (removed or []))
    page = RawPage(doc_id=doc_id, input_path=f"/in/{doc_id}", text=noise + clean, markup="text", url=url,
                   title=title, published=published)
    doc = Document(page=page, clean_text=clean, removed=removed or [], sentences=sents)
    for spec in events:
        idx = spec.pop("sentence_idx")
        s = sents[idx]
        trigger = spec.pop("trigger")
        t0 = s.text.index(trigger)
        doc.events.append(Event(doc=doc_id, sentence=s.text, span=[s.start, s.end], sentence_idx=idx, trigger=trigger,
                                trigger_span=[t0, t0 + len(trigger)], doc_hash=doc.hash, **spec))
    return doc


def documents() -> list[Document]:
    a = _doc("a.txt", [
        "2023年7月12日，韩国总统尹锡悦与北约秘书长在维尔纽斯举行峰会。",
        "朝鲜7月12日发射一枚弹道导弹。",
        "韩国外交部谴责朝鲜。",
    ], [
        dict(sentence_idx=0, trigger="举行峰会", event_type="CONSULT", mode="summit", source=["KOR-GOV"], target=["NATO"],
             contexts=["diplomatic", "military"], date="2023-07-12", date_precision="day", location="Vilnius/LTU"),
        dict(sentence_idx=1, trigger="发射", event_type="MOBILIZE", mode="weapons_test", source=["PRK"], target=[],
             contexts=["missile"], date="2023-07-12", date_precision="day"),
        dict(sentence_idx=2, trigger="谴责", event_type="ACCUSE", mode="", source=["KOR-DIP"], target=["PRK"],
             contexts=[], date=None, date_precision="unknown"),
    ], published="2023-07-12", removed=[RemovedSpan("广告：点击购买最新款手机", "ad-marker", 0)],
        url="https://news.example/a", title="韩国与会北约峰会")
    b = _doc("b.html", [
        "韩国与北约12日在维尔纽斯举行峰会。",
        "日本与美国将于8月举行联合演习。",
    ], [
        dict(sentence_idx=0, trigger="举行峰会", event_type="CONSULT", mode="summit", source=["KOR"], target=["NATO"],
             contexts=["diplomatic"], date="2023-07-12", date_precision="day", location="Vilnius/LTU"),
        dict(sentence_idx=1, trigger="举行联合演习", event_type="COOPERATE", mode="exercise", source=["JPN"],
             target=["USA"], contexts=["military"], date="2023-08", date_precision="month", factuality="planned"),
    ], published="2023-07-13", title="北约峰会综述")
    c = _doc("c.txt", [
        "韩国联参议长6日与北约军事委员会主席通电话。",
        "美国2022年3月对朝鲜实施制裁。",
    ], [
        dict(sentence_idx=0, trigger="通电话", event_type="CONSULT", mode="call", source=["KOR-MIL", "NATO-MIL"],
             target=[], contexts=["military"], date="--01-06", date_precision="day"),
        dict(sentence_idx=1, trigger="实施制裁", event_type="SANCTION", mode="", source=["USA"], target=["PRK"],
             contexts=["economic"], date="2022-03", date_precision="month"),
    ])
    return [a, b, c]


def build_store(path: str | Path) -> Path:
    path = Path(path)
    with Store(path) as store:
        store.write_batch(documents(), [], "synthetic")
        store.rebuild_events()
    return path
