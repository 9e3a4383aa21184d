"""The security digest: a written brief generated only from the stored event records.

Header: counts per event type and the most active actor pairs. Body: events grouped by actor
pair (sector dropped) and topic (first context), newest first, each as one Chinese sentence built
from the templates in data/digest.yaml (who, what, with whom, when, where), with its sources and
number of reports. No clock, no randomness: the same store and options give byte-identical output.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..data import read_yaml
from ..store.duck import Store
from .graph import check_date, country_of, date_sort_key, event_pairs, load_events


@lru_cache(maxsize=1)
def wording() -> dict[str, Any]:
    return read_yaml(resources.files("allywatch.data").joinpath("digest.yaml").read_text("utf-8"))


@dataclass
class Names:
    countries: dict[str, str]  # ISO3 -> Chinese name
    orgs: dict[str, str]  # organisation code -> Chinese name
    places: dict[str, str]  # "English/ISO" or "English" -> Chinese name
    sectors: dict[str, str]

    def is_country(self, code: str) -> bool:
        return country_of(code) in self.countries

    def actor(self, code: str) -> str:
        """Chinese name of an actor code: KOR → 韩国, KOR-MIL → 韩国军方, NATO-MIL → 北约军方; unknown codes as is."""
        base, _, sector = code.partition("-")
        name = self.countries.get(base) or self.orgs.get(base) or base
        return name + self.sectors.get(sector, "") if sector else name

    def place(self, location: str | None) -> str | None:
        if not location:
            return None
        if location in self.places:
            return self.places[location]
        if location in self.countries:  # a country as location: its code
            return self.countries[location]
        english = location.split("/")[0]
        return self.places.get(english, english)


@lru_cache(maxsize=1)
def names() -> Names:
    """Chinese names from the actor data files (countries.tsv, organizations.yaml, places.tsv) and digest.yaml."""
    data = resources.files("allywatch.data").joinpath("actors")
    countries: dict[str, str] = {}
    places: dict[str, str] = {}
    for line in data.joinpath("countries.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, _english, zh_names, _abbr, _side, cap_zh, cap_en = (line.split("\t") + [""] * 7)[:7]
        first = zh_names.split("|")[0].strip()
        if first:
            countries.setdefault(iso, first)
        if cap_zh and cap_en:
            places.setdefault(f"{cap_en}/{iso}", cap_zh)
            places.setdefault(cap_en, cap_zh)
    try:
        for line in data.joinpath("places.tsv").read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            zh, en, iso = (line.split("\t") + ["", ""])[:3]
            key = f"{en}/{iso}" if iso else en
            if key not in places or len(zh) < len(places[key]):
                places[key] = zh
            places.setdefault(en, zh)
    except FileNotFoundError:
        pass
    orgs: dict[str, str] = {}
    try:
        org_data = read_yaml(data.joinpath("organizations.yaml").read_text("utf-8")) or {}
        for zh, code in (org_data.get("organizations") or {}).items():
            if isinstance(code, str) and "-" not in code:
                orgs.setdefault(code, str(zh))
    except FileNotFoundError:
        pass
    words = wording()
    orgs.update(words.get("names") or {})
    return Names(countries, orgs, places, words["sectors"])


# ---- Chinese wording ---------------------------------------------------------------------------
def zh_date(d: str | None, d_end: str | None = None) -> str:
    """2023-07-12 → 2023年7月12日; 2023-07 → 2023年7月; --07-12 → 7月12日; a range adds 至…"""
    if not d:
        return wording()["unknown_date"]
    text = _zh_one(d)
    if d_end and d_end != d:
        end = _zh_one(d_end)
        if d_end[:4] == d[:4] and not d.startswith("--") and "年" in end:  # same year: drop it
            end = end.split("年", 1)[1]
            if d_end[:7] == d[:7] and "月" in end:  # same month too
                end = end.split("月", 1)[1]
        text += "至" + end
    return text


def _zh_one(d: str) -> str:
    if d.startswith("--"):
        parts = d[2:].split("-")
        return f"{int(parts[0])}月" + (f"{int(parts[1])}日" if len(parts) > 1 and parts[1] else "")
    parts = d.split("-")
    out = f"{parts[0]}年"
    if len(parts) > 1:
        out += f"{int(parts[1])}月"
    if len(parts) > 2:
        out += f"{int(parts[2])}日"
    return out


def _join(codes: list[str], together: bool = False) -> str:
    """Chinese names joined with 、; `together` joins the last one with 与 (韩国、美国与日本)."""
    n = names()
    seen: list[str] = []
    for c in codes:
        name = n.actor(c)
        if name not in seen:
            seen.append(name)
    if together and len(seen) > 1:
        return "、".join(seen[:-1]) + "与" + seen[-1]
    return "、".join(seen)


def event_sentence(ev: dict[str, Any]) -> str:
    """One Chinese sentence for an event record, from the templates (without the sources part)."""
    words = wording()
    templates = words["templates"]
    spec = templates.get(f"{ev['event_type']}.{ev.get('mode') or ''}") or templates.get(ev["event_type"]) \
        or templates["_default"]
    # a target that only repeats a source (KOR next to KOR-GOV) adds nothing to the sentence
    src_countries = {country_of(c) for c in ev["source"]}
    target = [c for c in ev["target"] if c not in ev["source"] and not ("-" not in c and c in src_countries)]
    together = not target and ev["event_type"] in words.get("symmetric", [])
    who = _join(ev["source"], together) or words["unknown_actor"]
    whom = _join(target)
    if whom == who:
        whom = ""
    place = names().place(ev.get("location"))
    template = spec["with_target"] if whom else spec["no_target"]
    return template.format(when=zh_date(ev.get("date"), ev.get("date_end")), who=who, whom=whom,
                           where=f"在{place}" if place else "",
                           type=words["event_types"].get(ev["event_type"], ev["event_type"]))


def event_note(ev: dict[str, Any]) -> str:
    """The parenthesis after the sentence: factuality (when not asserted) and number of reports."""
    parts = []
    fact = wording()["factuality"].get(ev.get("factuality") or "asserted", ev.get("factuality"))
    if fact:
        parts.append(fact)
    parts.append(f"{ev['num_reports']}篇报道")
    return "（" + "；".join(parts) + "）"


def pair_key(ev: dict[str, Any]) -> tuple[str, ...]:
    pairs = event_pairs(ev)
    return tuple(sorted({c for p in pairs for c in p})) if pairs else tuple(ev["countries"])


def pair_label(key: tuple[str, ...]) -> str:
    n = names()
    return "—".join(n.actor(c) for c in key) if key else wording()["unknown_actor"]


def topic_of(ev: dict[str, Any]) -> str:
    return ev["contexts"][0] if ev["contexts"] else "_none"


# ---- the digest --------------------------------------------------------------------------------
def build_digest(store: Store, since: str | None = None, until: str | None = None,
                 country: str | None = None) -> dict[str, Any]:
    since, until = check_date(since, "--since"), check_date(until, "--until")
    events = load_events(store, since=since, until=until, country=country)
    words = wording()
    type_counts = Counter(ev["event_type"] for ev in events)
    pair_counts: Counter = Counter()
    for ev in events:
        for p in event_pairs(ev):
            pair_counts[p] += 1
    groups: dict[tuple[str, ...], dict[str, list]] = {}
    for ev in events:
        groups.setdefault(pair_key(ev), {}).setdefault(topic_of(ev), []).append(ev)

    def newest_first(evs: list) -> list:
        return sorted(evs, key=lambda e: (date_sort_key(e.get("date")), e["event_id"]), reverse=True)

    sections = []
    for key, topics in sorted(groups.items(), key=lambda kv: (-sum(len(v) for v in kv[1].values()), kv[0])):
        sections.append({
            "pair": key, "title": pair_label(key), "count": sum(len(v) for v in topics.values()),
            "topics": [{"topic": t, "title": words["contexts"].get(t, t), "events": [
                {"event_id": ev["event_id"], "sentence": event_sentence(ev), "note": event_note(ev),
                 "event_type": ev["event_type"], "date": ev.get("date"), "docs": ev["docs"]}
                for ev in newest_first(evs)]}
                for t, evs in sorted(topics.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
        })
    return {
        "since": since, "until": until, "country": country.upper() if country else None,
        "events": len(events), "reports": len({d["hash"] for ev in events for d in ev["docs"]}),
        "types": [(t, words["event_types"].get(t, t), n) for t, n in sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0]))],
        "pairs": [(pair_label(p), n) for p, n in sorted(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
        "sections": sections,
    }


def _scope(d: dict[str, Any]) -> str:
    parts = []
    if d["since"] or d["until"]:
        parts.append(f"时间范围：{zh_date(d['since']) if d['since'] else '不限'} 至 {zh_date(d['until']) if d['until'] else '不限'}")
    if d["country"]:
        parts.append(f"涉及：{names().actor(d['country'])}（{d['country']}）")
    return "；".join(parts)


def _md_escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def render_markdown(d: dict[str, Any]) -> str:
    out = ["# 安全动态简报", ""]
    if _scope(d):
        out += [_scope(d), ""]
    out += [f"本期共收录 {d['events']} 起事件，来自 {d['reports']} 篇报道。条目均由事件记录按模板生成。", ""]
    if d["types"]:
        out += ["## 概览", "", "| 事件类型 | 代码 | 数量 |", "| --- | --- | ---: |"]
        out += [f"| {zh} | {code} | {n} |" for code, zh, n in d["types"]]
        out.append("")
    if d["pairs"]:
        out += ["最活跃的双边关系：" + "，".join(f"{label}（{n}起）" for label, n in d["pairs"]), ""]
    for sec in d["sections"]:
        out += [f"## {sec['title']}（{sec['count']}起）", ""]
        for topic in sec["topics"]:
            out += [f"### {topic['title']}", ""]
            for ev in topic["events"]:
                links = "、".join(f"[{_md_escape(doc['doc_id'])}]({doc['url']})" if doc.get("url") else f"`{doc['doc_id']}`"
                                 for doc in ev["docs"])
                out.append(f"- {ev['sentence']}{ev['note']}。来源：{links}")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


_CSS = ("body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif;"
        "max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#222}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem}"
        "h2{border-bottom:2px solid #345;margin-top:2rem}.note{color:#555}.src{font-size:.85em;color:#666}")


def render_html(d: dict[str, Any], standalone: bool = True) -> str:
    e = html.escape
    out = []
    if standalone:
        out += ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
                '<title>安全动态简报</title>', f'<style>{_CSS}</style></head><body>']
    out.append('<article class="digest"><h1>安全动态简报</h1>')
    if _scope(d):
        out.append(f"<p>{e(_scope(d))}</p>")
    out.append(f"<p>本期共收录 {d['events']} 起事件，来自 {d['reports']} 篇报道。条目均由事件记录按模板生成。</p>")
    if d["types"]:
        out.append("<h2>概览</h2><table><thead><tr><th>事件类型</th><th>代码</th><th>数量</th></tr></thead><tbody>")
        out += [f"<tr><td>{e(zh)}</td><td>{e(code)}</td><td>{n}</td></tr>" for code, zh, n in d["types"]]
        out.append("</tbody></table>")
    if d["pairs"]:
        out.append("<p>最活跃的双边关系：" + "，".join(f"{e(label)}（{n}起）" for label, n in d["pairs"]) + "</p>")
    for sec in d["sections"]:
        out.append(f"<section><h2>{e(sec['title'])}（{sec['count']}起）</h2>")
        for topic in sec["topics"]:
            out.append(f"<h3>{e(topic['title'])}</h3><ul>")
            for ev in topic["events"]:
                links = "、".join(f'<a href="{e(doc["url"])}">{e(doc["doc_id"])}</a>' if doc.get("url")
                                 else f"<code>{e(doc['doc_id'])}</code>" for doc in ev["docs"])
                out.append(f'<li data-event="{e(ev["event_id"])}">{e(ev["sentence"])}<span class="note">{e(ev["note"])}</span>。'
                           f'<span class="src">来源：{links}</span></li>')
            out.append("</ul>")
        out.append("</section>")
    out.append("</article>")
    if standalone:
        out.append("</body></html>")
    return "\n".join(out) + "\n"


def digest_text(store: Store, fmt: str = "md", since: str | None = None, until: str | None = None,
                country: str | None = None) -> tuple[str, int]:
    d = build_digest(store, since=since, until=until, country=country)
    if fmt == "md":
        return render_markdown(d), d["events"]
    if fmt == "html":
        return render_html(d), d["events"]
    raise ValueError(f"unknown digest format '{fmt}' (md, html)")


def write_digest(store: Store, output: str | Path, fmt: str = "md", since: str | None = None,
                 until: str | None = None, country: str | None = None) -> int:
    """Write the digest; returns the number of events in it."""
    text, n = digest_text(store, fmt, since=since, until=until, country=country)
    Path(output).write_bytes(text.encode("utf-8"))
    return n
