"""How the maps are opened in headless Chromium (the browser tests and the benchmarks): the
Debian package's binary, with the browser's own calls home (updates, sync, QUIC) switched off,
so that any network request a page makes is the page's own."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
