"""Front end: a progress line on stderr for long batch runs: documents, MB, MB/s and ETA.

``tqdm`` draws it when installed (``pip install quoteattr[progress]``);
otherwise a one-line fallback redraws itself with a carriage return, at most
a few times a second so that drawing never costs more than the work.
"""

from __future__ import annotations

import importlib
import time
from typing import Any, TextIO

_MB = 1_000_000
#: Seconds between two redraws of the fallback line.
_REDRAW_EVERY = 0.25


def _format_eta(seconds: float) -> str:
    """``H:MM:SS`` for a number of seconds."""
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Counts finished documents and bytes and shows them on *stream* when *enabled*.

    ``total_bytes`` (the input size, when known) gives the percentage and the ETA.
    Use :meth:`message` to print a line without breaking the progress display.
    """

    def __init__(self, stream: TextIO, enabled: bool, total_bytes: int | None = None) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total_bytes = total_bytes
        self.docs = 0
        self.bytes_done = 0
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._drawn_width = 0
        self._bar: Any = None
        if enabled:
            self._bar = self._make_tqdm()

    def _make_tqdm(self) -> Any:
        """A tqdm bar counting bytes, or None when tqdm is not installed."""
        try:
            tqdm_module = importlib.import_module("tqdm")
        except ImportError:
            return None
        return tqdm_module.tqdm(
            total=self.total_bytes,
            unit="B",
            unit_scale=True,
            unit_divisor=1000,
            file=self.stream,
            desc="quoteattr",
            dynamic_ncols=True,
        )

    def update(self, docs: int, nbytes: int) -> None:
        """Record *docs* more finished documents holding *nbytes* bytes of input."""
        self.docs += docs
        self.bytes_done += nbytes
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(nbytes)
            return
        now = time.monotonic()
        if now - self._last_draw >= _REDRAW_EVERY:
            self._last_draw = now
            self._draw(now)

    def finish(self) -> None:
        """Count the rest of the input as read: the whole input was gone through.

        Bytes no document holds (a JSONL line that was not a document, a file
        that could not be read, a document that failed) are never counted by
        :meth:`update`; without this the last line of a run that skipped any
        would stop short of 100%.
        """
        if self.total_bytes is not None and self.bytes_done < self.total_bytes:
            self.update(0, self.total_bytes - self.bytes_done)

    def line(self, now: float | None = None) -> str:
        """The fallback progress text: documents, MB, MB/s and (when the size is known) ETA."""
        elapsed = max((now if now is not None else time.monotonic()) - self._started, 1e-9)
        mb = self.bytes_done / _MB
        rate = mb / elapsed
        text = f"{self.docs:,} docs  {mb:,.1f} MB  {rate:,.2f} MB/s"
        if self.total_bytes:
            share = min(self.bytes_done / self.total_bytes, 1.0)
            remaining = (self.total_bytes - self.bytes_done) / _MB / rate if rate > 0 else 0.0
            text += f"  {share:.0%}  ETA {_format_eta(max(remaining, 0.0))}"
        return text

    def _draw(self, now: float) -> None:
        """Redraw the fallback line in place."""
        text = self.line(now)
        pad = max(self._drawn_width - len(text), 0)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._drawn_width = len(text)

    def _clear(self) -> None:
        """Erase the fallback line so that another message can take its place."""
        if self._drawn_width:
            self.stream.write("\r" + " " * self._drawn_width + "\r")
            self._drawn_width = 0

    def message(self, text: str) -> None:
        """Print one line on the stream, keeping the progress display intact."""
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
            return
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()
        self._last_draw = 0.0

    def close(self) -> None:
        """Draw the final state and end the progress line."""
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
            return
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()
        self._drawn_width = 0
