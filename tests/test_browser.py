"""The page of the sample article in a real browser: headless Chromium from the OS packages.

Chromium loads the page (from a file: no server, no network) with a probe
script appended that reads the rendered DOM: which quotes are visible and
highlighted (a fill for quotes, a dashed underline for reports), in which
colour, the text of the document area, and whether the page's own script
ran.  ``--dump-dom`` prints the DOM with the probe's findings, read back with
``html.parser``; a second run saves a screenshot into the test's tmp dir.

Skipped when no Chromium is installed (``.ci/run`` installs Debian's
``chromium`` when it can); ``QUOTEATTR_CHROMIUM`` names another binary.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pagecheck import read_page

from quoteattr import attribute_quotes
from quoteattr.identity import assign_entities
from quoteattr.page import render_html

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "examples" / "sample_article.txt").read_text(encoding="utf-8")

#: Width and height of the screenshot, in CSS pixels.
WINDOW = (1200, 900)

#: Headless, no sandbox (CI runs as root), and none of the background traffic
#: that a closed network refuses (see the machine notes).
_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
]

#: Appended to the page: records what the browser rendered into <pre id="probe">.
_PROBE = """
<script>
(function () {
  var found = {};
  document.querySelectorAll('#text .q').forEach(function (el) {
    var style = getComputedStyle(el);
    var report = el.classList.contains('r');
    var highlighted = report ? style.borderBottomStyle === 'dashed'
                             : style.backgroundColor !== 'rgba(0, 0, 0, 0)';
    if (el.getClientRects().length > 0 && highlighted) {
      found[el.getAttribute('data-q')] = report ? style.borderBottomColor : style.backgroundColor;
    }
  });
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify({
    highlighted: found,
    text: document.getElementById('text').textContent,
    ready: document.documentElement.getAttribute('data-ready'),
    legend: document.querySelectorAll('#legend li').length
  });
  document.body.appendChild(pre);
})();
</script>
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    for candidate in (os.environ.get("QUOTEATTR_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(candidate) if candidate else None
        if path:
            return path
    pytest.skip("Chromium is not installed (apt-get install chromium)")


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [chromium, *_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    quotes = assign_entities(attribute_quotes(SAMPLE))
    folder = tmp_path_factory.mktemp("page")
    path = folder / "sample_article.html"
    path.write_text(render_html(SAMPLE, quotes, title="sample_article.txt"), encoding="utf-8")
    return path, quotes


def test_highlighted_quotes_in_the_rendered_dom(chromium: str, page: tuple[Path, list[Any]], tmp_path: Path) -> None:
    path, quotes = page
    probe = tmp_path / "probe.html"
    probe.write_text(path.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    done = _run(chromium, tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom", probe.as_uri())
    found = json.loads(read_page(done.stdout).ids["probe"])
    assert found["ready"] == "1", "the page's own script did not run"
    assert found["text"] == SAMPLE
    # Every quote attribute_quotes returns is on screen and highlighted, and nothing else.
    assert sorted(found["highlighted"], key=int) == [str(i) for i in range(len(attribute_quotes(SAMPLE)))]
    # One colour per speaker identity, as rendered.
    colour_of: dict[str, set[str]] = {}
    for index, colour in found["highlighted"].items():
        colour_of.setdefault(str(quotes[int(index)].speaker.entity), set()).add(colour)
    assert all(len(colours) == 1 for colours in colour_of.values())
    assert len({next(iter(c)) for c in colour_of.values()}) == len(colour_of)
    assert found["legend"] == len(colour_of)


def test_screenshot(chromium: str, page: tuple[Path, list[Any]], tmp_path: Path) -> None:
    path, _ = page
    shot = tmp_path / "sample_article.png"
    _run(chromium, tmp_path / "profile", f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={shot}", path.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == WINDOW
    # A blank page compresses to a few kB; the highlighted article does not.
    assert len(data) > 30_000
