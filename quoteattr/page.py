"""Front end, a page to look at: one self-contained HTML file of a document and its quotes.

:func:`render_html` writes the whole text with every quote highlighted in
its speaker's colour (one colour per ``speaker.entity``), the speaker
mentions and cues marked, rule and confidence in each quote's tooltip, and a
legend of speakers with their counts.  Reported speech (``kind ==
"indirect"``) is underlined in the same colour instead of filled.

The page is one string with inline CSS and a few lines of inline script (the
legend highlights one speaker when clicked): no external asset, no network
request, so it can be mailed or opened offline.  Everything taken from the
input (text, names, rule ids) is escaped.

Spans may overlap: a cue or a quote inside a report, a mention inside a
quote, in principle any two spans.  The markup is built from the sorted
boundaries of all spans: between two consecutive boundaries the open
elements are exactly the spans covering that stretch, outer layers first
(report, quote, mention, cue), and a span that crosses another is closed and
reopened around it.  Elements therefore always nest, and the text content of
the document area is the input itself.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import attrs

from quoteattr.identity import entity_label
from quoteattr.model import Quote, Speaker

__all__ = ["render_html"]

#: Nesting order of the marked spans, outermost first.
_REPORT, _QUOTE, _MENTION, _CUE = range(4)

#: Lone surrogates cannot be encoded in a UTF-8 page; NUL is dropped by HTML parsers.
_UNWRITABLE_RE = re.compile("[\x00\ud800-\udfff]")

#: The golden angle in degrees: successive speakers get hues far apart.
_GOLDEN_ANGLE = 137.508


@attrs.frozen
class _Mark:
    """One span to wrap in an element: where, on which layer, and its opening tag."""

    start: int
    end: int
    layer: int
    order: int
    tag: str

    def sort_key(self) -> tuple[int, int, int, int]:
        """Outer layers first, then longer spans first, so fewer elements are split."""
        return self.layer, self.start, -self.end, self.order


@attrs.define
class _Legend:
    """A speaker of the page: colour number, label, counts."""

    number: int
    label: str
    gender: str | None
    quotes: int = 0
    reports: int = 0


def _text(value: str) -> str:
    """*value* escaped for element content; CR kept as a reference (parsers turn a raw CR into LF)."""
    return _UNWRITABLE_RE.sub("\ufffd", html.escape(value, quote=False)).replace("\r", "&#13;")


def _attr(value: str) -> str:
    """*value* escaped for a double-quoted attribute; line breaks kept as references."""
    escaped = _UNWRITABLE_RE.sub("\ufffd", html.escape(value, quote=True))
    return escaped.replace("\r", "&#13;").replace("\n", "&#10;")


def _speaker_key(speaker: Speaker | None) -> str | None:
    """What gives a quote its colour: the entity, else the resolved name."""
    if speaker is None:
        return None
    return speaker.entity or speaker.name


def _tooltip(quote: Quote) -> str:
    """The hover text of a quote: where it is (a report's pieces too), speaker, mention, cue, rule and confidence."""
    kind = "reported speech" if quote.kind == "indirect" else "quote"
    lines = [f"{kind} {quote.start}-{quote.end}"]
    if quote.pieces:  # the underline runs over the cue's phrase between them
        lines[0] += " in pieces " + ", ".join(f"{first}-{last}" for first, last in quote.pieces)
    speaker = quote.speaker
    if speaker is None:
        lines.append("speaker: none found")
    else:
        lines.append(f"speaker: {speaker.name}" + (f" ({speaker.gender})" if speaker.gender else ""))
        if speaker.entity:
            lines.append(f"entity: {speaker.entity}")
        lines.append(f"mention: {speaker.text or '(none: inferred from the turns)'} [{speaker.kind}]")
    lines.append(f"cue: {quote.cue.text if quote.cue else 'none'}")
    lines.append(f"rule: {quote.rule or 'none'}, confidence {quote.confidence:.2f}")
    return "\n".join(lines)


def _marks(quotes: Sequence[Quote], colours: dict[str | None, int]) -> list[_Mark]:
    """The spans of the page: each quote or report, and each distinct mention and cue."""
    marks: list[_Mark] = []
    seen: set[tuple[int, int, int]] = set()
    for n, quote in enumerate(quotes):
        colour = colours[_speaker_key(quote.speaker)]
        layer = _REPORT if quote.kind == "indirect" else _QUOTE
        css = "q r" if layer == _REPORT else "q"
        tag = f'<span class="{css} s{colour}" data-q="{n}" title="{_attr(_tooltip(quote))}">'
        marks.append(_Mark(quote.start, quote.end, layer, len(marks), tag))
        speaker, cue = quote.speaker, quote.cue
        # Several quotes share one mention and cue (a split quote): mark them once.
        if speaker is not None and speaker.end > speaker.start and (speaker.start, speaker.end, _MENTION) not in seen:
            seen.add((speaker.start, speaker.end, _MENTION))
            title = _attr(f"speaker mention: {speaker.text}\nresolved to: {speaker.name}")
            tag = f'<span class="m s{colour}" data-at="{speaker.start}-{speaker.end}" title="{title}">'
            marks.append(_Mark(speaker.start, speaker.end, _MENTION, len(marks), tag))
        if cue is not None and cue.end > cue.start and (cue.start, cue.end, _CUE) not in seen:
            seen.add((cue.start, cue.end, _CUE))
            tag = f'<span class="c" data-at="{cue.start}-{cue.end}" title="{_attr("cue: " + cue.text)}">'
            marks.append(_Mark(cue.start, cue.end, _CUE, len(marks), tag))
    return marks


def _markup(text: str, marks: Sequence[_Mark]) -> str:
    """*text* escaped, with every mark wrapped in properly nested elements.

    One sweep over the sorted boundaries; at each, the elements that no
    longer match the spans covering the next stretch are closed (innermost
    first) and the missing ones opened.  Empty spans become empty elements.
    """
    starting: dict[int, list[_Mark]] = {}
    ending: dict[int, list[_Mark]] = {}
    empty: dict[int, list[_Mark]] = {}
    for mark in marks:
        if mark.end == mark.start:
            empty.setdefault(mark.start, []).append(mark)
        else:
            starting.setdefault(mark.start, []).append(mark)
            ending.setdefault(mark.end, []).append(mark)
    points = sorted({0, len(text), *starting, *ending, *empty})
    active: set[_Mark] = set()
    stack: list[_Mark] = []
    out: list[str] = []
    for i, point in enumerate(points):
        active.difference_update(ending.get(point, ()))
        active.update(starting.get(point, ()))
        wanted = sorted(active, key=_Mark.sort_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out.extend(mark.tag + "</span>" for mark in sorted(empty.get(point, ()), key=_Mark.sort_key))
        out.extend(mark.tag for mark in wanted[keep:])
        stack = wanted
        if i + 1 < len(points):
            out.append(_text(text[point : points[i + 1]]))
    out.append("</span>" * len(stack))
    return "".join(out)


def _colour_css(count: int) -> str:
    """One CSS rule per speaker colour: a light fill and a darker edge of the same hue."""
    rules = [".s0{--fill:#e4e4e4;--edge:#8a8a8a}"]
    for n in range(1, count + 1):
        hue = round((n - 1) * _GOLDEN_ANGLE % 360)
        rules.append(f".s{n}{{--fill:hsl({hue} 85% 85%);--edge:hsl({hue} 60% 35%)}}")
    return "\n".join(rules)


_STYLE = """
body{font:16px/1.6 Georgia,'Times New Roman',serif;margin:0;color:#1d1d1d;background:#fafafa}
header{padding:1rem 2rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.3rem;margin:0}
.summary,.key{font:13px/1.4 system-ui,sans-serif;color:#555;margin:.3rem 0 0}
.layout{display:flex;gap:2rem;padding:1rem 2rem;align-items:flex-start}
#text{white-space:pre-wrap;max-width:46rem;flex:1;background:#fff;padding:1rem 1.5rem;border:1px solid #ddd}
#legend{font:14px/1.4 system-ui,sans-serif;min-width:14rem;position:sticky;top:1rem}
#legend h2{font-size:1rem;margin:0 0 .5rem}
#legend ul{list-style:none;margin:0;padding:0}
#legend li{margin:.2rem 0}
#legend button{all:unset;cursor:pointer;display:flex;gap:.5rem;align-items:center;width:100%}
#legend button:focus-visible{outline:2px solid #333}
.chip{width:1rem;height:1rem;border-radius:3px;background:var(--fill);border:2px solid var(--edge)}
.n{margin-left:auto;color:#555}
.q{background:var(--fill);box-shadow:inset 0 -2px 0 var(--edge);border-radius:2px}
.q.r{background:none;box-shadow:none;border-bottom:2px dashed var(--edge)}
.m{font-weight:bold;border-bottom:3px solid var(--edge)}
.c{text-decoration:underline dotted;text-underline-offset:3px;font-style:italic}
body.focus .q:not(.on),body.focus .m:not(.on){opacity:.25}
"""

_SCRIPT = """
(function () {
  var current = null;
  document.querySelectorAll('#legend button').forEach(function (button) {
    button.addEventListener('click', function () {
      var colour = button.getAttribute('data-s');
      current = current === colour ? null : colour;
      document.body.classList.toggle('focus', current !== null);
      document.querySelectorAll('.q, .m').forEach(function (el) {
        el.classList.toggle('on', current !== null && el.classList.contains('s' + current));
      });
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
"""


def _check_spans(text: str, quotes: Sequence[Quote]) -> None:
    """Raise unless *text* is a str and every quote, mention and cue matches it at its offsets."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    for quote in quotes:
        for span in (quote, quote.speaker, quote.cue):
            if span is not None and (span.end > len(text) or text[span.start : span.end] != span.text):
                raise ValueError(
                    f"span {span.start}:{span.end} ({span.text!r}) does not match the text: "
                    "were these quotes found in another document?"
                )


def _legend(quotes: Sequence[Quote]) -> tuple[dict[str | None, int], dict[str | None, _Legend]]:
    """Each speaker's colour number (0: no speaker) and legend entry, in order of first quote."""
    colours: dict[str | None, int] = {None: 0}
    legend: dict[str | None, _Legend] = {}
    for quote in quotes:
        key = _speaker_key(quote.speaker)
        if key not in colours:
            colours[key] = len(colours)
        entry = legend.get(key)
        if entry is None:
            speaker = quote.speaker
            label = "(no speaker)" if speaker is None else entity_label(speaker.entity) if speaker.entity else speaker.name
            entry = legend[key] = _Legend(colours[key], label, speaker.gender if speaker else None)
        if quote.kind == "indirect":
            entry.reports += 1
        else:
            entry.quotes += 1
    return colours, legend


def _summary(quotes: Sequence[Quote], legend: dict[str | None, _Legend]) -> str:
    """``3 quotes, 1 reported statement, 2 speakers``."""
    direct = sum(1 for q in quotes if q.kind != "indirect")
    reports = len(quotes) - direct
    speakers = sum(1 for key in legend if key is not None)
    summary = f"{direct} quote{'' if direct == 1 else 's'}"
    if reports:
        summary += f", {reports} reported statement{'' if reports == 1 else 's'}"
    return summary + f", {speakers} speaker{'' if speakers == 1 else 's'}"


def _legend_items(legend: dict[str | None, _Legend]) -> str:
    """The legend's list items: most quoted speaker first, the no-speaker entry last."""
    items = []
    for entry in sorted(legend.values(), key=lambda e: (e.number == 0, -(e.quotes + e.reports), e.number)):
        counts = str(entry.quotes) + (f" + {entry.reports} reported" if entry.reports else "")
        gender = f" <small>({entry.gender})</small>" if entry.gender else ""
        items.append(
            f'<li><button type="button" class="s{entry.number}" data-s="{entry.number}">'
            f'<span class="chip"></span><span class="who">{_text(entry.label)}{gender}</span>'
            f'<span class="n">{counts}</span></button></li>'
        )
    return "".join(items)


def render_html(text: str, quotes: Sequence[Quote], title: str = "quoteattr") -> str:
    """One self-contained HTML page showing *text* with *quotes* marked.

    Args:
        text: the document the quotes were found in (their offsets index it).
        quotes: its quotes, as :func:`quoteattr.attribute_quotes` returns them
            (coloured by speaker identity, ``speaker.entity``; by resolved
            name for speakers without one).
        title: the page title and heading.

    Returns:
        The page as a string (write it as UTF-8).  The element ``#text``
        holds the document; its text content equals *text*, except that NUL
        and lone surrogates, which a page cannot carry, show as U+FFFD.  Each
        quote is one or more ``span.q`` elements with the quote's index in
        ``data-q`` (more than one when another span crosses it); reports also
        have class ``r``.  Mentions (class ``m``) and cues (class ``c``) carry
        their offsets in ``data-at`` (``"311-328"``).

    Raises:
        TypeError: if *text* is not a ``str``.
        ValueError: if a quote's offsets do not fit *text*.

    >>> from quoteattr import attribute_quotes
    >>> text = '"Go <now>," said Ana Ruiz.'
    >>> page = render_html(text, attribute_quotes(text), title="demo")
    >>> page.startswith("<!DOCTYPE html>"), "Go &lt;now&gt;," in page, page.count('class="q ')
    (True, True, 1)
    """
    _check_spans(text, quotes)
    colours, legend = _legend(quotes)
    body = _markup(text, _marks(quotes, colours))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_text(title)}</title>",
            f"<style>{_STYLE}{_colour_css(len(colours) - 1)}\n</style>",
            "</head>",
            "<body>",
            f"<header><h1>{_text(title)}</h1>",
            f'<p class="summary">{_summary(quotes, legend)}. Hover a quote for its speaker, cue, rule and confidence;'
            " click a speaker to pick out their quotes.</p>",
            '<p class="key">Filled: direct quote. Dashed underline: reported speech.'
            " <b>Bold, underlined</b>: speaker mention. <i>Dotted, italic</i>: cue.</p></header>",
            '<div class="layout">',
            f'<main id="text">{body}</main>',
            f'<aside id="legend"><h2>Speakers</h2><ul>{_legend_items(legend)}</ul></aside>',
            "</div>",
            f"<script>{_SCRIPT}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )
