"""Scripts and styles the page inlines: vis-network as shipped inside pyvis, and ours."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

VIS_VERSION = "vis-9.1.2"


def _read(package: str, *parts: str) -> str:
    return files(package).joinpath(*parts).read_text(encoding="utf-8")


def safe_inline(code: str, tag: str) -> str:
    """Code to sit inside <script> or <style>: a closing tag in it would end the element."""
    return code.replace(f"</{tag}", f"<\\/{tag}").replace(f"</{tag.upper()}", f"<\\/{tag.upper()}")


@cache
def vis_js() -> str:
    return safe_inline(_read("pyvis", "lib", VIS_VERSION, "vis-network.min.js"), "script")


@cache
def vis_css() -> str:
    return safe_inline(_read("pyvis", "lib", VIS_VERSION, "vis-network.css"), "style")


def own_js() -> str:
    return safe_inline(_read("viz", "static", "map.js"), "script")


def own_css() -> str:
    return safe_inline(_read("viz", "static", "map.css"), "style")


def json_block(data: Any) -> str:
    """JSON for a <script type="application/json"> block: with <, > and & escaped nothing in
    it can close the element or open a comment, whatever the names and quotes contain."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
