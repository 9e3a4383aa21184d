"""Every endpoint of the web app (JSON API and pages) over a small synthetic store, bad requests included."""
from __future__ import annotations

import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from allywatch.web.app import create_app
from synthetic_store import build_store

UPLOAD_PAGE = ("美日韩戴维营峰会发表联合声明\n\n2023年8月18日，美国总统拜登、韩国总统尹锡悦和日本首相岸田文雄在美国戴维营"
               "举行首脑会谈，三方发表联合声明。\n朝鲜外务省8月20日发表谈话，谴责美日韩峰会。\n")
LIMIT = 64 * 1024


@pytest.fixture()
def db(tmp_path) -> Path:
    return build_store(tmp_path / "store.duckdb")


@pytest.fixture()
def client(db):
    with TestClient(create_app(db, max_upload_bytes=LIMIT)) as c:
        yield c


def event_id(client, **params) -> str:
    return client.get("/api/events", params=params).json()["events"][0]["event_id"]


# ---- JSON API ---------------------------------------------------------------------------------------
def test_health_and_meta(client):
    assert client.get("/api/health").json() == {"ok": True, "documents": 3, "events": 6}
    meta = client.get("/api/meta").json()
    assert meta["events"] == 6 and meta["documents"] == 3 and meta["mentions"] == 7
    assert {"code": "KOR", "name": "韩国"} in meta["countries"]
    assert {"code": "NATO", "name": "北约"} in meta["countries"]
    assert meta["event_types"]["CONSULT"] == "磋商会谈"
    assert meta["dates"] == {"first": "2022-03", "last": "2023-08"}


def test_events_filters(client):
    all_events = client.get("/api/events").json()
    assert all_events["total"] == 6
    kor = client.get("/api/events", params={"country": "kor"}).json()
    assert kor["total"] == 3 and all("KOR" in e["countries"] for e in kor["events"])
    assert client.get("/api/events", params={"actor": "KOR-DIP"}).json()["total"] == 1
    assert client.get("/api/events", params={"type": "consult"}).json()["total"] == 2
    assert client.get("/api/events", params={"context": "missile"}).json()["total"] == 1
    assert client.get("/api/events", params={"factuality": "planned"}).json()["total"] == 1
    july = client.get("/api/events", params={"since": "2023-07-01", "until": "2023-07-31"}).json()
    assert {e["event_type"] for e in july["events"]} == {"CONSULT", "MOBILIZE"}
    assert client.get("/api/events", params={"until": "2022"}).json()["total"] == 1
    found = client.get("/api/events", params={"text": "维尔纽斯"}).json()
    assert found["total"] == 1 and found["events"][0]["num_mentions"] == 2
    summit = found["events"][0]
    assert summit["summary_zh"] == "2023年7月12日，韩国政府与北约在维尔纽斯举行峰会"
    assert summit["goldstein"] == 3.0 and summit["quad_class"] == 1
    assert [d["doc_id"] for d in summit["docs"]] == ["a.txt", "b.html"]


def test_events_sort_and_paging(client):
    newest = client.get("/api/events", params={"sort": "date", "order": "desc"}).json()["events"]
    assert newest[0]["date"] == "2023-08" and newest[-1]["date"] is None
    by_score = client.get("/api/events", params={"sort": "goldstein", "order": "asc"}).json()["events"]
    assert by_score[0]["event_type"] == "SANCTION"
    page = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert page["total"] == 6 and len(page["events"]) == 2


@pytest.mark.parametrize("params, words", [
    ({"since": "2023-13-01"}, "since: '2023-13-01' is not a date"),
    ({"until": "yesterday"}, "until: 'yesterday' is not a date"),
    ({"since": "2023-08", "until": "2023-07"}, "is after until"),
    ({"type": "PARTY"}, "unknown event type 'PARTY'"),
    ({"context": "sports"}, "unknown context"),
    ({"factuality": "maybe"}, "factuality"),
    ({"sort": "colour"}, "unknown column 'colour'"),
    ({"order": "up"}, "asc or desc"),
    ({"limit": 0}, "limit"),
])
def test_events_bad_requests(client, params, words):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert words in r.json()["detail"]


def test_event_detail(client):
    eid = event_id(client, text="维尔纽斯")
    ev = client.get(f"/api/events/{eid}").json()
    assert ev["event_type"] == "CONSULT" and ev["mode"] == "summit"
    assert [m["doc_id"] for m in ev["mentions"]] == ["a.txt", "b.html"]
    m = ev["mentions"][0]
    assert m["sentence"].startswith("2023年7月12日") and m["trigger"] == "举行峰会"
    r = client.get("/api/events/0000000000000000")
    assert r.status_code == 404 and "no such event" in r.json()["detail"]


def test_documents(client):
    docs = client.get("/api/documents").json()
    assert docs["total"] == 3 and [d["doc_id"] for d in docs["documents"]] == ["a.txt", "b.html", "c.txt"]
    a = client.get("/api/documents/a.txt").json()
    assert a["title"] == "韩国与会北约峰会" and len(a["events"]) == 3
    assert a["removed"] == [{"text": "广告：点击购买最新款手机", "reason": "ad-marker", "start": 0}]
    assert a["raw"].startswith("广告")
    s0, s1 = a["events"][0]["span"]
    assert a["clean_text"][s0:s1] == a["events"][0]["sentence"]
    by_hash = client.get(f"/api/documents/{a['hash']}", params={"raw": "false"}).json()
    assert by_hash["doc_id"] == "a.txt" and "raw" not in by_hash
    r = client.get("/api/documents/missing.txt")
    assert r.status_code == 404 and "no such document: missing.txt" in r.json()["detail"]


def test_timeline(client):
    t = client.get("/api/timeline").json()
    # only full dates with a year are plotted; the rest are listed with the reason
    assert {p["date"] for p in t["points"]} == {"2023-07-12"}
    reasons = {e["date"]: e["reason"] for e in t["undated"]}
    assert reasons == {None: "no date", "--01-06": "year unknown", "2023-08": "month precision only",
                       "2022-03": "month precision only"}
    assert "韩国—北约" in t["lanes"] and "朝鲜" in t["lanes"]
    by_country = client.get("/api/timeline", params={"group": "country"}).json()
    assert set(by_country["lanes"]) == {"韩国", "北约", "朝鲜"}
    assert client.get("/api/timeline", params={"group": "week"}).status_code == 422
    assert client.get("/api/timeline", params={"since": "2023-02-30"}).status_code == 422


def test_network(client):
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == {("KOR", "NATO"), ("KOR", "PRK"), ("JPN", "USA"), ("PRK", "USA")}
    assert edges[("KOR", "NATO")]["weight"] == 2 and edges[("KOR", "NATO")]["tone"] == "cooperative"
    assert edges[("PRK", "USA")]["tone"] == "conflictual" and edges[("PRK", "USA")]["goldstein"] == -8.0
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["NATO"]["kind"] == "organization" and nodes["KOR"]["label"] == "韩国"
    july = client.get("/api/network", params={"since": "2023-07-01", "until": "2023-07-31"}).json()
    assert [(e["source"], e["target"]) for e in july["edges"]] == [("KOR", "NATO")]
    edge = client.get("/api/network/edge", params={"a": "nato", "b": "kor"}).json()
    assert edge["weight"] == 2 and {e["event_type"] for e in edge["events"]} == {"CONSULT"}
    r = client.get("/api/network/edge", params={"a": "KOR", "b": "USA"})
    assert r.status_code == 404 and "no edge between KOR and USA" in r.json()["detail"]
    assert client.get("/api/network/edge", params={"a": "KOR"}).status_code == 422
    assert client.get("/api/network", params={"until": "2023-99"}).status_code == 422


def test_digest_endpoint(client):
    md = client.get("/api/digest").text
    assert md.startswith("# 安全动态简报") and "韩国政府与北约在维尔纽斯举行峰会（2篇报道）" in md
    html = client.get("/api/digest", params={"format": "html", "country": "PRK"})
    assert html.headers["content-type"].startswith("text/html") and "朝鲜进行武器试射" in html.text
    assert "日本" not in html.text.split("最活跃")[1]
    assert client.get("/api/digest", params={"format": "pdf"}).status_code == 422
    assert client.get("/api/digest", params={"since": "July"}).status_code == 422


def test_openapi_and_docs_are_local(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/events", "/api/events/{event_id}", "/api/documents", "/api/documents/{key}", "/api/timeline",
                 "/api/network", "/api/network/edge", "/api/digest", "/api/upload", "/api/meta", "/api/health"]:
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


# ---- upload -------------------------------------------------------------------------------------------
def test_upload_processes_files(client):
    files = [("files", ("camp_david.txt", UPLOAD_PAGE.encode("utf-8"), "text/plain")),
             ("files", ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "image/jpeg"))]
    r = client.post("/api/upload", files=files)
    assert r.status_code == 200, r.text
    body = r.json()
    by_name = {f["file"]: f for f in body["files"]}
    assert by_name["camp_david.txt"]["status"] == "ok" and by_name["camp_david.txt"]["stored"] == 1
    assert by_name["photo.jpg"]["status"] == "rejected" and "binary" in by_name["photo.jpg"]["message"]
    events = by_name["camp_david.txt"]["events"]
    assert body["new_events"] == len(events) >= 1
    # the new events are served like any other, and the document is in the store
    assert client.get(f"/api/events/{events[0]['event_id']}").status_code == 200
    assert client.get("/api/documents/camp_david.txt").json()["doc_id"] == "camp_david.txt"
    # uploading the same file again stores nothing new
    again = client.post("/api/upload", files=files[:1]).json()
    assert again["stored"] == 0 and again["files"][0]["status"] == "unchanged"


def test_a_traditional_page_is_shown_as_written(client):
    text = ("美日韓峰會\n2023-08-20 來源：聯合報\n2023年8月18日，美國總統拜登、韓國總統尹錫悅和日本首相岸田文雄在美國大衛營"
            "舉行首腦會談，三方發表聯合聲明。\n北韓外務省8月20日發表談話，譴責美日韓峰會。\n")
    r = client.post("/api/upload", files=[("files", ("tw.txt", text.encode("utf-8"), "text/plain"))])
    assert r.status_code == 200, r.text
    doc = client.get("/api/documents/tw.txt").json()
    assert "北韓外務省8月20日發表談話，譴責美日韓峰會。" in doc["clean_text"] and "韩" not in doc["clean_text"]
    assert "大衛營" in doc["raw"] and "大卫营" not in doc["raw"]
    assert doc["events"] and all(e["sentence"] in doc["clean_text"] for e in doc["events"])
    assert all(doc["clean_text"][slice(*e["span"])] == e["sentence"] for e in doc["events"])
    shown = client.get("/documents/tw.txt").text
    assert "譴責美日韓峰會" in shown


@pytest.mark.parametrize("files, status, words", [
    ([("files", ("blob.bin", bytes(range(256)) * 8, "application/octet-stream"))], 415, "binary content"),
    ([("files", ("empty.txt", b"", "text/plain"))], 400, "empty file"),
    ([("files", ("big.txt", "很长的文字。".encode() * (LIMIT // 10), "text/plain"))], 413, "upload too large"),
])
def test_upload_bad_files(client, files, status, words):
    r = client.post("/api/upload", files=files)
    assert r.status_code == status
    assert words in r.json()["detail"]
    assert client.get("/api/health").json()["events"] == 6  # nothing written, still serving


def test_upload_without_files(client):
    assert client.post("/api/upload").status_code == 422
    assert client.post("/api/upload", data={"x": "1"}).status_code == 422


def test_upload_while_reading(client):
    """An upload (read-write) and reads (read-only) share one connection under a lock: both succeed."""
    results = []

    def upload():
        results.append(client.post("/api/upload", files=[("files", ("u.txt", UPLOAD_PAGE.encode(), "text/plain"))]))

    t = threading.Thread(target=upload)
    t.start()
    reads = [client.get("/api/events").status_code for _ in range(10)]
    t.join()
    assert reads == [200] * 10 and results[0].status_code == 200


def test_other_processes_can_read_while_serving(client, db):
    client.get("/api/health")  # the app holds its read-only connection now
    out = subprocess.run([sys.executable, "-c", "import sys; from allywatch.store.duck import Store; "
                          "print(Store(sys.argv[1], read_only=True).scalar('SELECT count(*) FROM events'))", str(db)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "6"


def test_new_store_is_created(tmp_path):
    with TestClient(create_app(tmp_path / "new.duckdb")) as c:
        assert c.get("/api/health").json() == {"ok": True, "documents": 0, "events": 0}
        assert c.get("/events").status_code == 200
        assert c.get("/network").status_code == 200


# ---- pages --------------------------------------------------------------------------------------------
def test_pages(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/events"
    events = client.get("/events", params={"country": "KOR", "sort": "goldstein", "order": "asc"}).text
    assert 'id="event-count">3 起' in events and events.count('class="event-row"') == 3
    assert events.index("批评朝鲜") < events.index("举行峰会")  # sorted by score, ascending
    eid = event_id(client, text="维尔纽斯")
    page = client.get(f"/events/{eid}").text
    assert '<mark class="hl-sentence" id="hl">' in page and '<mark class="hl-trigger">举行峰会</mark>' in page
    second = client.get(f"/events/{eid}", params={"mention": client.get(f"/api/events/{eid}").json()["mentions"][1]["mention_id"]}).text
    assert "北约峰会综述" in second  # the other document's sentence
    assert "a.txt" in client.get("/documents").text
    doc = client.get("/documents/a.txt").text
    assert doc.count('class="hl-sentence"') == 3 and "ad-marker" in doc and "广告：点击购买最新款手机" in doc
    raw = client.get("/documents/a.txt", params={"view": "raw"}).text
    assert '<mark class="removed" title="ad-marker">广告：点击购买最新款手机</mark>' in raw
    assert 'id="timeline"' in client.get("/timeline").text
    net = client.get("/network").text
    assert "/static/vendor/vis-network.min.js" in net and 'class="edge-row"' in net
    assert 'name="files"' in client.get("/upload").text
    assert "韩国政府与北约在维尔纽斯举行峰会" in client.get("/digest").text
    for asset in ["/static/style.css", "/static/app.js", "/static/timeline.js", "/static/network.js",
                  "/static/vendor/echarts.min.js", "/static/vendor/vis-network.min.js"]:
        assert client.get(asset).status_code == 200, asset


def test_page_errors(client):
    r = client.get("/events/nope")
    assert r.status_code == 404 and "no such event: nope" in r.text and "<html" in r.text
    assert client.get("/documents/nope.txt").status_code == 404
    assert client.get("/no/such/page").status_code == 404
    bad = client.get("/events", params={"since": "2023-02-30"})
    assert bad.status_code == 400 and "since: &#39;2023-02-30&#39; is not a date" in bad.text
    assert client.get("/network", params={"until": "x"}).status_code == 400
    assert client.get("/timeline", params={"group": "x"}).status_code == 400
    assert client.get("/documents/a.txt", params={"view": "pdf"}).status_code == 400


def test_page_upload(client):
    ok = client.post("/upload", files=[("files", ("camp_david.txt", UPLOAD_PAGE.encode(), "text/plain"))])
    assert ok.status_code == 200 and 'id="upload-result"' in ok.text and "/events/" in ok.text
    bad = client.post("/upload", files=[("files", ("x.bin", bytes(range(256)) * 4, "application/octet-stream"))])
    assert bad.status_code == 415 and "binary content" in bad.text
    none = client.post("/upload", files=[])
    assert none.status_code == 400 and "no file" in none.text
