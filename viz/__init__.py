"""Maps of the graph: an interactive page (pyvis / vis-network) and a print-ready poster."""

from viz.interactive import render_map_html, write_map_html
from viz.poster import render_poster

__all__ = ["render_map_html", "render_poster", "write_map_html"]
