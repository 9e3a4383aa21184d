"""The web app as an analyst uses it, in real headless Chromium (Debian `chromium`, driven by Playwright).

Builds a store from the shared corpus, serves it with uvicorn on a free 127.0.0.1 port, then: loads the
app, filters events to KOR, opens an event and sees its sentence highlighted, opens the document and
toggles the removed noise, opens the timeline, opens the network and sees edges (and the events of one),
uploads a page and sees its events. Screenshots go to test-output/screenshots/. Every request the page
makes must stay on the local server (no CDN).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = os.environ.get("ALLYWATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

UPLOAD_PAGE = """美日韩戴维营峰会发表联合声明

新华社华盛顿8月18日电 2023年8月18日，美国总统拜登、韩国总统尹锡悦和日本首相岸田文雄在美国戴维营举行首脑会谈，三方发表联合声明。
韩国国防部19日表示，韩美日三国将于今年晚些时候举行联合军事演习。
朝鲜外务省8月20日发表谈话，谴责美日韩峰会。
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    pytest.importorskip("playwright.sync_api")
    import uvicorn

    from allywatch.runner import run
    from allywatch.store.duck import Store
    from allywatch.web.app import create_app

    db = tmp_path_factory.mktemp("browser") / "corpus.duckdb"
    with Store(db) as store:
        run([str(CORPUS)], store, progress=False)
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def test_analyst_walkthrough(server, browser, tmp_path):
    if SHOTS.exists():
        shutil.rmtree(SHOTS)
    SHOTS.mkdir(parents=True)
    context = browser.new_context(viewport={"width": 1400, "height": 950}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console_errors.append(str(e)))

    # 1. the app opens on the events table
    page.goto(server + "/")
    assert page.url.endswith("/events")
    total = int(page.locator("#event-count").inner_text().split()[0])
    assert total > 20
    page.screenshot(path=str(SHOTS / "events.png"))

    # 2. filter to KOR: fewer rows, and every row involves Korea
    page.fill("input[name=country]", "KOR")
    page.click("#apply")
    page.wait_for_url("**country=KOR**")
    kor_total = int(page.locator("#event-count").inner_text().split()[0])
    assert 0 < kor_total < total
    rows = page.locator("tr.event-row")
    assert rows.count() == min(kor_total, 100)
    for i in range(rows.count()):
        actors = rows.nth(i).locator(".actor small").all_inner_texts()
        assert any(a.split("-")[0] == "KOR" for a in actors), actors
    page.screenshot(path=str(SHOTS / "events-kor.png"))

    # 3. open an event (click the row itself): its sentence is highlighted inside the cleaned document
    first = rows.first
    event_id = first.get_attribute("data-event")
    first.locator("td.summary").click()
    page.wait_for_url(f"**/events/{event_id}")
    mark = page.locator("#doctext mark#hl")
    assert mark.is_visible()
    sentence = page.locator("#mentions tr.current td").nth(1).inner_text().strip()
    assert sentence and sentence[:10] in mark.inner_text()
    bg = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#doctext mark.hl-trigger").count() == 1
    page.screenshot(path=str(SHOTS / "event.png"))

    # 4. the document: event sentences highlighted, removed noise shown on demand
    page.click("#doc-link")
    page.wait_for_url("**/documents/**")
    assert page.locator("#doctext mark.hl-sentence").count() >= 1
    assert page.locator("#removed").is_hidden()
    page.check("#show-removed")
    assert page.locator("#removed").is_visible()
    page.screenshot(path=str(SHOTS / "document.png"), full_page=False)
    page.click("#tab-raw")
    page.wait_for_url("**view=raw")
    assert page.locator("#rawtext").is_visible()

    # 5. timeline: an ECharts canvas with the dated events; partial dates listed apart
    page.goto(server + "/timeline")
    page.wait_for_selector("#timeline canvas")
    assert int(page.locator("#timeline").get_attribute("data-ready")) > 0
    assert page.locator("#undated tbody tr").count() > 0
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "timeline.png"))

    # 6. network: a vis-network canvas with edges; clicking an edge lists its events
    page.goto(server + "/network")
    page.wait_for_selector("#network canvas")
    assert int(page.locator("#network").get_attribute("data-edges")) > 0
    assert page.locator("#edges-table tr.edge-row").count() > 0
    drawn = page.evaluate("() => window.allywatchNetwork.body.data.edges.length")
    assert drawn > 0
    page.wait_for_selector("#network[data-ready]", timeout=20000)
    # click the heaviest edge on the canvas itself, at the midpoint of its two nodes
    a = page.locator("#edges-table tr.edge-row").first.get_attribute("data-a")
    b = page.locator("#edges-table tr.edge-row").first.get_attribute("data-b")
    pos = page.evaluate(f"() => {{ const n = window.allywatchNetwork; const p = n.getPositions(['{a}', '{b}']);"
                        f"return n.canvasToDOM({{x: (p['{a}'].x + p['{b}'].x) / 2, y: (p['{a}'].y + p['{b}'].y) / 2}}); }}")
    box = page.locator("#network canvas").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    try:
        page.wait_for_selector("#edge-events li", timeout=3000)
    except Exception:  # an overlapping node took the click: use the edge table instead
        page.locator("#edges-table tr.edge-row").first.click()
        page.wait_for_selector("#edge-events li")
    assert page.locator("#edge-events li").count() >= 1
    page.screenshot(path=str(SHOTS / "network.png"))

    # 7. upload a page: it is processed and its events are listed with links
    page_file = tmp_path / "camp_david.txt"
    page_file.write_text(UPLOAD_PAGE, encoding="utf-8")
    page.goto(server + "/upload")
    page.set_input_files("#files", str(page_file))
    page.click("#upload-submit")
    page.wait_for_selector("#upload-result")
    assert "camp_david.txt" in page.locator("#upload-result").inner_text()
    links = page.locator("#upload-result table.upload-events a")
    assert links.count() >= 2
    page.screenshot(path=str(SHOTS / "upload.png"), full_page=True)
    links.first.click()
    page.wait_for_url("**/events/**")
    assert page.locator("#doctext mark#hl").is_visible()

    # the uploaded events are now in the events table too
    page.goto(server + "/events?text=戴维营")
    assert page.locator("tr.event-row").count() >= 1

    # the API docs (Swagger UI, vendored) render without a CDN
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info")
    assert page.locator(".opblock").count() >= 10

    # nothing left the machine, and no script failed
    assert requests and all(u.startswith(server) for u in requests), [u for u in requests if not u.startswith(server)]
    assert not console_errors, console_errors
    context.close()
