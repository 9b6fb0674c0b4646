"""The interactive map: one self-contained HTML page (no network needed to open it)."""

from __future__ import annotations

import base64
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from graph.model import GraphData
from graph.neighbourhood import drawable
from viz import assets, fonts
from viz.layout import groups, layout
from viz.payload import build_payload
from viz.select import select, street_memberships
from viz.sources import documents
from viz.titles import map_title

CLUSTER_ABOVE = 3000  # nodes; above this the page starts with groups collapsed


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("viz", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )


def _webfont(*texts: str) -> str:
    """The CJK font, cut down to the characters on the page, as a data URL; empty if the
    font wheel is missing (the page then falls back on the system's fonts)."""
    seen = set().union(*map(set, texts))  # set() of a string runs in C; pages are tens of MB
    chars = "".join(sorted(ch for ch in seen if ord(ch) > 0x7F))
    try:
        data = fonts.subset_font(chars)
    except ImportError:
        return ""
    return "data:font/otf;base64," + base64.b64encode(data).decode("ascii")


def render_map_html(
    graph: GraphData,
    *,
    street: str | None = None,
    focus: str | None = None,
    depth: int = 2,
    as_of: str | None = None,
    labels: list[str] | None = None,
) -> str:
    """The complete page for the selected part of `graph` (street and focus are node ids)."""
    shown = select(graph, street=street, focus=focus, depth=depth, as_of=as_of, labels=labels)
    whole = drawable(graph)
    memberships = street_memberships(whole)
    index = whole.node_index()
    heads = {m: h for h, ms in groups(shown).items() for m in ms}
    payload = build_payload(
        shown, positions=layout(shown), streets=memberships, heads=heads, docs=documents(graph)
    )
    payload["streets"] = [
        {"id": s, "name": index[s].name} for s in sorted({s for ids in memberships.values() for s in ids})
    ]
    payload["options"] = {
        "street": street,
        "focus": focus,
        "depth": depth,
        "as_of": as_of,
        "labels": labels,
        "cluster": len(shown.nodes) > CLUSTER_ABOVE,
        "font": fonts.CSS_STACK,
    }
    title = map_title(whole, street)
    data_json, own_js = assets.json_block(payload), assets.own_js()
    template = _environment().get_template("map.html.j2")
    page_text = template.render(title=title, data_json="", own_js="", webfont="")
    return template.render(
        title=title,
        data_json=data_json,
        vis_js=assets.vis_js(),
        vis_css=assets.vis_css(),
        own_js=own_js,
        own_css=assets.own_css(),
        webfont=_webfont(page_text, data_json, own_js),
        font_stack=fonts.CSS_STACK,
    )


def write_map_html(
    graph: GraphData,
    path: Path,
    *,
    street: str | None = None,
    focus: str | None = None,
    depth: int = 2,
    as_of: str | None = None,
    labels: list[str] | None = None,
) -> Path:
    html = render_map_html(graph, street=street, focus=focus, depth=depth, as_of=as_of, labels=labels)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
