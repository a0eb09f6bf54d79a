"""A self-contained HTML view of a press release with its facts highlighted.

How to read this file: ``facts_of`` lists every fact of a record with its
offsets, kind and a one-line description of its normalized fields;
``render`` cuts the text at every fact boundary, wraps each piece in a
``<span>`` that names the facts covering it (``data-facts``), and adds a
legend and one table per kind whose rows link to the facts' places. With a
gold score, false hits are outlined and misses listed. Every piece of text
and every field is HTML-escaped; the page loads nothing from the network.

>>> from pressextract.records import DocumentRecord, Source
>>> "&lt;script&gt;" in render(DocumentRecord(source=Source(sha256="0" * 64, chars=8)), "<script>")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from .records import DocumentRecord

KINDS = {
    "people": ("People", "#ffd6a5"),
    "roles": ("Roles", "#caffbf"),
    "organizations": ("Organizations", "#9bf6ff"),
    "programmes": ("Programmes", "#bdb2ff"),
    "figures": ("Figures", "#fdffb6"),
    "quotes": ("Quotes", "#ffc6ff"),
}


@dataclass(frozen=True)
class ShownFact:
    """One highlighted fact: where, what kind, how it reads."""

    id: str
    kind: str
    start: int
    end: int
    label: str
    details: str
    false_hit: bool = False
    entity: int = 0  # facts of one entity (a person's mentions) share this


def _fmt(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if value == int(value) else f"{value:,.2f}".replace(",", " ")


def facts_of(record: DocumentRecord, false_ids: frozenset[int] = frozenset()) -> list[ShownFact]:
    """Every fact of ``record`` with its evidence, one entry per mention."""
    out: list[ShownFact] = []

    def add(kind: str, obj: Any, spans: list[Any], label: str, details: str) -> None:
        for span in sorted(spans, key=lambda m: m.start):
            out.append(ShownFact(f"f{len(out)}", kind, span.start, span.end, label, details, id(obj) in false_ids, id(obj)))

    for p in record.people:
        roles = "; ".join(f"{r.title} @ {r.organization or '—'} ({r.status})" for r in p.roles) or "no role"
        add("people", p, p.mentions, p.name, roles)
        for r in p.roles:
            add("roles", r, [r.evidence], f"{p.name}: {r.title}", f"person: {p.name}; organization: {r.organization or '—'}; status: {r.status}")
    for o in record.organizations:
        add("organizations", o, o.mentions, o.name, f"kind: {o.kind}; aliases: {', '.join(o.aliases) or '—'}")
    for g in record.programmes:
        add("programmes", g, g.mentions, g.name, f"kind: {g.kind}")
    for f in record.figures:
        when = f.period and " ".join(x for x in (f.period.start, "→" if f.period.end != f.period.start else "", f.period.end if f.period.end != f.period.start else "", f.period.duration) if x)
        value = _fmt(f.value) + (f"–{_fmt(f.value_max)}" if f.value_max is not None else "")
        details = f"value: {value}; unit: {f.unit}; qualifier: {f.qualifier or '—'}; period: {when or '—'}; place: {f.place.text if f.place else '—'}"
        add("figures", f, f.mentions or [f.evidence], f"{value} {f.unit}", details)
    for q in record.quotes:
        add("quotes", q, [q.evidence], q.speaker or "(no speaker)", f"speaker: {q.speaker or '—'}")
    return out


def render(record: DocumentRecord, text: str, misses: dict[str, list[str]] | None = None, false_ids: frozenset[int] = frozenset()) -> str:
    """The HTML page of ``record`` over ``text`` (the text it was extracted from)."""
    facts = facts_of(record, false_ids)
    bounds = sorted({0, len(text)} | {f.start for f in facts} | {f.end for f in facts})
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        covering = [f for f in facts if f.start <= a and b <= f.end]
        chunk = escape(text[a:b])
        if not covering:
            pieces.append(chunk)
            continue
        inner = min(covering, key=lambda f: (f.kind == "quotes", f.end - f.start))
        classes = " ".join(sorted({f"k-{f.kind}" for f in covering} | ({"false"} if any(f.false_hit for f in covering) else set())))
        title = escape(" | ".join(f"{KINDS[f.kind][0][:-1]}: {f.label} ({f.details})" for f in covering), quote=True)
        anchors = "".join(f'<a id="{f.id}"></a>' for f in covering if f.start == a)
        pieces.append(f'{anchors}<span class="{classes} top-{inner.kind}" data-facts="{" ".join(f.id for f in covering)}" title="{title}">{chunk}</span>')
    tables = []
    for kind, (name, _color) in KINDS.items():
        rows: dict[int, list[ShownFact]] = {}
        for f in facts:
            if f.kind == kind:
                rows.setdefault(f.entity, []).append(f)
        body = "".join(
            f'<tr class="{"false" if fs[0].false_hit else ""}"><td><a href="#{fs[0].id}">{escape(fs[0].label)}</a></td>'
            f'<td>{escape(fs[0].details)}</td><td class="ev">{escape(text[fs[0].start:fs[0].end][:120])}'
            + (f" <small>(+{len(fs) - 1} mentions: " + " ".join(f'<a href="#{f.id}">{i}</a>' for i, f in enumerate(fs[1:], 2)) + ")</small>" if len(fs) > 1 else "")
            + "</td></tr>"
            for fs in rows.values()
        )
        tables.append(f'<h2><span class="sw k-{kind}"></span>{name} ({len(rows)})</h2><table><tr><th>fact</th><th>fields</th><th>text</th></tr>{body}</table>')
    missed = ""
    if misses is not None:
        items = "".join(f"<li><b>{escape(k)}</b>: {escape(m)}</li>" for k, ms in misses.items() for m in ms)
        missed = f'<h2 class="miss">Missed, from the gold file ({sum(map(len, misses.values()))})</h2><ul class="miss">{items or "<li>nothing</li>"}</ul>'
    legend = "".join(f'<span class="sw k-{k}"></span>{n} ' for k, (n, _c) in KINDS.items())
    if misses is not None:
        legend += '<span class="sw false"></span>false hit'
    title = escape(record.source.title or record.source.path or "press release")
    return _PAGE.format(title=title, css=_CSS, legend=legend, text="".join(pieces), tables=missed + "".join(tables), js=_JS,
                        meta=escape(f"{record.source.chars} characters · sha256 {record.source.sha256[:12]}…"))


_CSS = "\n".join(
    [".k-%s{background:%s}" % (k, c) for k, (_n, c) in KINDS.items() if k not in {"quotes", "roles"}]
    + [
        "body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;gap:24px;padding:16px;color:#222}",
        "#text{flex:1 1 55%;white-space:pre-wrap;max-width:60em}",
        "#facts{flex:1 1 45%;font-size:13px;overflow-x:auto}",
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}",
        ".ev{color:#555;font-style:italic}",
        ".k-quotes{font-style:italic;text-decoration:underline;text-decoration-color:#c77dff;text-decoration-thickness:2px}",
        ".k-roles{border-bottom:2px dotted #2b9348}",
        ".sw{display:inline-block;width:1em;height:1em;margin:0 4px 0 10px;vertical-align:middle;border:1px solid #999}",
        "span.sw.k-quotes{background:#ffc6ff}span.sw.k-roles{background:#caffbf}",
        ".false{outline:2px solid #d00}tr.false td{background:#fee}",
        ".miss{color:#b00}",
        "span[data-facts]:hover{filter:brightness(.9);cursor:help}",
        ":target + span{outline:3px solid #f60}",
        "#detail{position:sticky;top:0;background:#fff;border:1px solid #ccc;padding:6px;min-height:2.5em;margin-bottom:8px}",
    ]
)

_JS = """
window.addEventListener('error', function (e) { document.body.dataset.error = String(e.message); });
document.addEventListener('DOMContentLoaded', function () {
  var detail = document.getElementById('detail');
  document.querySelectorAll('span[data-facts]').forEach(function (s) {
    s.addEventListener('click', function () { detail.textContent = s.getAttribute('title'); });
  });
  document.body.dataset.ready = '1';
});
"""

_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css}</style></head>
<body><main id="text"><h1>{title}</h1><p class="legend">{legend}</p><p class="ev">{meta}</p><div id="detail">Click a highlighted passage to see its fact.</div>{text}</main>
<aside id="facts">{tables}</aside>
<script>{js}</script></body></html>
"""


def render_index(entries: list[tuple[str, str, int]]) -> str:
    """An index page: (file name of a view, document title or path, facts count)."""
    rows = "".join(f'<tr><td><a href="{escape(href, quote=True)}">{escape(title)}</a></td><td>{n}</td></tr>' for href, title, n in entries)
    return _PAGE.format(title="pressextract: documents", css=_CSS, legend="", meta=f"{len(entries)} documents",
                        text=f"<table><tr><th>document</th><th>facts</th></tr>{rows}</table>", tables="", js=_JS)
