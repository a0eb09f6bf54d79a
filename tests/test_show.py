"""The HTML view: highlights match the evidence, hostile text stays text, a browser loads it."""

import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from pressextract.show import facts_of, render

DOC = CORPUS / "dev" / "hauts-de-france-batteries-dossier.txt"


class _Collect(HTMLParser):
    """Text under each fact id, tags seen, scripts counted."""

    def __init__(self):
        super().__init__()
        self.stack, self.by_fact, self.tags = [], {}, []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "span":
            self.stack.append(dict(attrs).get("data-facts", "").split())

    def handle_endtag(self, tag):
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for ids in self.stack:
            for i in ids:
                self.by_fact[i] = self.by_fact.get(i, "") + data


@pytest.fixture(scope="module")
def page(extractor):
    text = DOC.read_text(encoding="utf-8")
    record = extractor(text, str(DOC))
    return text, record, render(record, text)


def test_every_highlight_is_its_evidence(page):
    text, record, html = page
    parser = _Collect()
    parser.feed(html)
    facts = facts_of(record)
    assert facts
    for fact in facts:
        assert parser.by_fact.get(fact.id) == text[fact.start : fact.end], fact


def test_tables_link_to_places_in_the_text(page):
    _, record, html = page
    parser = _Collect()
    parser.feed(html)
    anchors = {a.get("id") for t, a in parser.tags if t == "a" and a.get("id")}
    links = {a["href"][1:] for t, a in parser.tags if t == "a" and a.get("href", "").startswith("#")}
    assert links and links <= anchors
    assert not any(t in {"link", "img", "iframe"} or a.get("src") for t, a in parser.tags), "the page must load nothing"


def test_hostile_text_is_rendered_as_text(extractor):
    text = 'Jean Dupont, maire de Lyon, dit : « <script>alert(1)</script> "><img src=x onerror=alert(2)> & voilà 3 M€ »'
    html = render(extractor(text), text)
    parser = _Collect()
    parser.feed(html)
    assert [t for t, _ in parser.tags].count("script") == 1  # the page's own
    assert not any(t == "img" for t, _ in parser.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(2)&gt;" in html


def test_show_command_with_gold(tmp_path, monkeypatch, nlp):
    from pressextract import api
    from pressextract.cli import app

    monkeypatch.setattr(api.Extractor, "__init__", lambda self, *a, **k: setattr(self, "nlp", nlp) or setattr(self, "chunk_chars", 100_000))
    src = tmp_path / "doc.txt"
    src.write_text("Marc Petit, président de la Région Normandie, annonce 3 M€.\n", encoding="utf-8")
    (tmp_path / "doc.gold.json").write_text(
        '{"document": "doc.txt", "people": [{"name": "Marc Petit"}], "organizations": [{"name": "Région Normandie"}],'
        ' "programmes": [{"name": "Plan Bocage"}], "figures": [], "quotes": []}', encoding="utf-8")
    out = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["show", str(src), "-o", str(out), "--gold"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Plan Bocage" in html and "Missed, from the gold file" in html
    assert 'class="false' in html or "false" in html  # the unannotated figure is a false hit
    missing = CliRunner().invoke(app, ["show", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'; .ci/run installs it)")
def test_a_real_browser_loads_the_page(page, tmp_path):
    _, _, html = page
    target = tmp_path / "view.html"
    target.write_text(html, encoding="utf-8")
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([CHROMIUM, *FLAGS, *profile, "--dump-dom", target.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-ready="1"' in dom, "the page's script did not run"
    assert "data-error" not in dom
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *FLAGS, *profile, "--window-size=1280,900", f"--screenshot={shot}", target.as_uri()],
                   capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 900)
    assert len(data) > 20_000  # a rendered page, not a blank one


def test_batch_writes_views_and_an_index(tmp_path, extractor):
    from pressextract.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    for name in ("occitanie-lycees-2025.txt", "bretagne-ferry-flash.txt"):
        (src / name).write_bytes((CORPUS / "dev" / name).read_bytes())
    html_dir = tmp_path / "views"
    run_batch(src, tmp_path / "facts.jsonl", workers=1, extractor=extractor, html_dir=html_dir)
    views = sorted(p.name for p in html_dir.glob("*.html"))
    assert "index.html" in views and len(views) == 3
    index = (html_dir / "index.html").read_text(encoding="utf-8")
    assert all(v in index for v in views if v != "index.html")
