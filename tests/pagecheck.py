"""Read a page written by :func:`quoteattr.page.render_html` back with ``html.parser``.

Shared by the structural tests (``test_page.py``) and the browser test, which
reads Chromium's serialised DOM the same way.
"""

from __future__ import annotations

from html.parser import HTMLParser

#: Elements without an end tag.
_VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})


class PageReader(HTMLParser):
    """Collects what the tests look at, and every nesting error.

    ``errors`` lists end tags that do not close the innermost open element;
    ``document_text`` is the text content of ``#text``; ``quotes`` maps each
    ``data-q`` to the classes of its elements; ``document_tags`` the tags
    inside ``#text``; ``pieces`` maps ``("q", index)``, ``("m", "start-end")``
    and ``("c", "start-end")`` to the offsets of the text each of their
    elements covers; ``urls`` holds every
    ``src``/``href``/``action`` value; ``legend`` the legend's text.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.document_parts: list[str] = []
        self.quotes: dict[str, list[set[str]]] = {}
        self.mentions = 0
        self.cues = 0
        self.urls: list[str] = []
        self.legend_parts: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.ids: dict[str, str] = {}
        self.root: dict[str, str] = {}
        self.document_tags: set[str] = set()
        # Offsets into the document text: where each open element started,
        # and the (start, end) pieces of each quote, mention and cue element.
        self._offset = 0
        self._opened: list[int] = []
        self.pieces: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def _inside(self, element_id: str) -> bool:
        return any(attrs.get("id") == element_id for _, attrs in self.stack)

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {name: value or "" for name, value in attrs_list}
        for name in ("src", "href", "action", "srcset", "poster"):
            if name in attrs:
                self.urls.append(attrs[name])
        if tag == "html":
            self.root = attrs
        if self._inside("text"):
            self.document_tags.add(tag)
        classes = set(attrs.get("class", "").split())
        if tag == "span" and "q" in classes:
            self.quotes.setdefault(attrs.get("data-q", ""), []).append(classes)
        self.mentions += tag == "span" and "m" in classes
        self.cues += tag == "span" and "c" in classes
        if tag not in _VOID:
            self.stack.append((tag, attrs))
            self._opened.append(self._offset)

    def handle_startendtag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_list)
        if tag not in _VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1][0] if self.stack else None
            self.errors.append(f"</{tag}> closes <{open_tag}>")
            return
        _, attrs = self.stack.pop()
        start = self._opened.pop()
        classes = set(attrs.get("class", "").split())
        for cls, key in (("q", "data-q"), ("m", "data-at"), ("c", "data-at")):
            if tag == "span" and cls in classes:
                self.pieces.setdefault((cls, attrs.get(key, "")), []).append((start, self._offset))

    def handle_data(self, data: str) -> None:
        if self._inside("text"):
            self.document_parts.append(data)
            self._offset += len(data)
        if self._inside("legend"):
            self.legend_parts.append(data)
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        if self.stack and self.stack[-1][0] == "style":
            self.styles.append(data)
        for _, attrs in self.stack:
            if "id" in attrs:
                self.ids[attrs["id"]] = self.ids.get(attrs["id"], "") + data

    @property
    def document_text(self) -> str:
        """The text content of the ``#text`` element."""
        return "".join(self.document_parts)

    @property
    def legend(self) -> str:
        """The text content of the legend."""
        return "".join(self.legend_parts)


def read_page(page: str) -> PageReader:
    """Parse *page* and return the reader (check ``errors`` and ``stack`` for broken markup)."""
    reader = PageReader()
    reader.feed(page)
    reader.close()
    return reader


def extents(pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span that *pieces* cover when they are contiguous and in order, else ``None``.

    >>> extents([(2, 6), (6, 12)]), extents([(2, 6), (7, 12)]), extents([(3, 3)])
    ((2, 12), None, (3, 3))
    """
    for (_, end), (start, _) in zip(pieces, pieces[1:], strict=False):
        if start != end:
            return None
    return pieces[0][0], pieces[-1][1]
