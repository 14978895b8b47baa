"""Stage 4, conversations: which runs of quoted paragraphs are conversations, read from local evidence, not from the genre.

A run of consecutive paragraphs with quotes (:meth:`Document.runs`) is a
conversation when at least two of its paragraphs open with a quote and it
shows an exchange:

* a change of voice between two adjacent paragraphs that open with a quote
  (the local rules bound them to two names, or to a ``he`` and a ``she``):
  two different speakers merely quoted in one stretch of a news report, with
  narration between them, are not an exchange; or
* of two such paragraphs, one addresses by name (``"Is it far, Ann?" he
  asked``) the person a name tag binds the other to (``said Ann``), and is
  not itself bound to that name: the one addressed answers, or is answered,
  even when a ``he``/``she`` beside a bare name cannot show two voices.  The
  name ends its sentence or the quote, and follows no speaking verb of words
  the quote reports (:func:`_addresses`); or
* a short untagged turn (a paragraph of at most :data:`SHORT_TURN` characters
  that no local rule bound and that does not reopen a speech, such as
  ``"Where?"``), an untagged paragraph that opens with a quote addressing
  someone by a title alone (``"You are wrong there, sir."``) next to another
  untagged paragraph that opens with a quote (a news paragraph carrying on
  the words of the speaker tagged before it has none beside it; checked on
  invented news, ``tests/test_conversation_reading.py``), or a paragraph
  that ends on a question that the next paragraph, opening with a quote,
  answers.

A run with a quote-led paragraph near such a run is one too (a chapter in
dialogue often has short runs between longer exchanges).  A paragraph of
narration ends a run.  Inside a conversation the speakers of
unattributed turns come from the turns (:mod:`quoteattr.rules.dialogue`);
outside one, a quote-led paragraph continues the previous paragraph's speaker,
as a news article's second paragraph of one person's quote does.

>>> from quoteattr import Config
>>> from quoteattr.quotes import find_quotes
>>> from quoteattr.text.segment import paragraph_spans
>>> text = '"Where?" said Ann.\\n\\n"Home."'
>>> doc = Document(text, paragraph_spans(text), find_quotes(text, paragraph_spans(text)), Config())
>>> len(conversations(doc, [None, None]))  # "Home." is a short untagged turn
1
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quoteattr.document import Binding, Document, Run
from quoteattr.text.vocative import reported_frame_re, title_address_re, vocative_re

#: A run needs this many paragraphs that open with a quote.
MIN_LED_PARAGRAPHS = 2
#: A paragraph this short (in characters) is a turn of an exchange, not a statement.
SHORT_TURN = 30
#: A run with a quote-led paragraph this close (in paragraphs) to a run that
#: shows an exchange is a conversation too: that stretch of text is in dialogue.
NEAR = 12




def conversations(doc: Document, bindings: Sequence[Binding | None]) -> list[Run]:
    """The runs of *doc* that are conversations, judged with the local *bindings*.

    A run that shows an exchange is one; so is a run with a quote-led
    paragraph within :data:`NEAR` paragraphs of such a run.
    """
    runs = doc.runs()
    led = [sum(1 for quotes in run if doc.leads(quotes)) for run in runs]
    exchange = [
        n >= MIN_LED_PARAGRAPHS
        and (_turn_change(doc, run, bindings) or _exchanges(doc, run, bindings))
        for run, n in zip(runs, led, strict=True)
    ]
    paragraph = [doc.spans[run[0][0]].paragraph for run in runs]
    end = [doc.spans[run[-1][0]].paragraph for run in runs]
    near = [False] * len(runs)
    last_exchange = -(NEAR + 1)
    for i in range(len(runs)):
        near[i] = paragraph[i] - last_exchange <= NEAR
        if exchange[i]:
            last_exchange = end[i]
    next_exchange = 1 << 62
    for i in range(len(runs) - 1, -1, -1):
        near[i] = near[i] or next_exchange - end[i] <= NEAR
        if exchange[i]:
            next_exchange = paragraph[i]
    return [run for i, run in enumerate(runs) if exchange[i] or (near[i] and led[i])]


def voices(text: str, bindings: Sequence[Binding | None]) -> int:
    """How many different speakers *bindings* show: names by their last word, or ``he`` and ``she``.

    A pronoun may be any named speaker, so names and pronouns are counted apart.
    """
    names: set[str] = set()
    genders: set[str] = set()
    for b in bindings:
        if b is None:
            continue
        m = b.mention
        if m.kind == "pronoun":
            if m.gender:
                genders.add(m.gender)
        elif m.name:
            names.add(m.name.split()[-1].lower())
        else:
            names.add(text[m.start : m.end].lower())
    return max(len(names), len(genders))


def _turn_change(doc: Document, run: Run, bindings: Sequence[Binding | None]) -> bool:
    """True when two adjacent paragraphs of *run* open with a quote and their speakers differ.

    They differ when the bindings show two voices, or when one paragraph
    addresses by name the speaker of the other (:func:`_addresses`).
    """
    first: list[Binding | None] = []
    for quotes in run:
        first.append(next((bindings[k] for k in quotes if bindings[k] is not None), None) if doc.leads(quotes) else None)
    for a, b in itertools.pairwise(first):
        if a is not None and b is not None and voices(doc.text, [a, b]) >= 2:
            return True
    for (quotes_a, a), (quotes_b, b) in itertools.pairwise(zip(run, first, strict=True)):
        if not (doc.leads(quotes_a) and doc.leads(quotes_b)):
            continue
        if (b is not None and _addresses(doc, quotes_a, b, a)) or (a is not None and _addresses(doc, quotes_b, a, b)):
            return True
    return False


def _surname(b: Binding | None) -> str | None:
    """The last word of the name *b* is bound to, lowercased; ``None`` for a pronoun or a description."""
    if b is None or b.mention.kind != "name" or not b.mention.name:
        return None
    return b.mention.name.split()[-1].lower()


def _addresses(doc: Document, quotes: list[int], other: Binding, own: Binding | None) -> bool:
    """True when *quotes* address by name the speaker *other* binds, and *own* (their binding) is not that name.

    A speaker seldom names themselves, so the one addressed is the other
    voice of an exchange.  Only a name that ends its sentence or the quote
    counts (:func:`_ends_a_sentence`), and not one after a speaking verb and
    a comma or colon in the same quote (``"She told me, You will need luck,
    Kowal," he said``): that name is spoken in the words the quote reports.
    """
    name = _surname(other)
    if name is None or _surname(own) == name:
        return False
    pattern, frame = vocative_re(doc.lexicon), reported_frame_re(doc.lexicon)
    text = doc.text
    for k in quotes:
        q = doc.spans[k]
        # The quote's first frame, read once: a name after its end is in reported words
        # (searching the quote up to each name again made a long quote quadratic).
        first = frame.search(text, q.start, q.end)
        framed_from = first.end() if first is not None else q.end + 1
        for m in pattern.finditer(text, q.start, q.end):
            if m.group("name").split()[-1].lower() != name or not _ends_a_sentence(text, m.end(), q.end):
                continue
            if framed_from > m.start():
                return True
    return False


def _ends_a_sentence(text: str, position: int, end: int) -> bool:
    """True when the vocative ending at *position* ends its sentence or the quote (which ends at *end*).

    ``"Will you wait, Tobias?"`` speaks to Tobias; a name set off in the
    middle of a sentence (``"We will not forget the ferry, Hale, not in
    May"``) is as often a speech to a crowd about him.
    """
    # Only the first marks after the name are read, not a copy of the quote's rest per name.
    i = position
    while i < end and text[i].isspace():
        i += 1
    if i == end or text[i] in ".!?":
        return True
    if text[i] != ",":
        return False
    i += 1
    while i < end and text[i].isspace():
        i += 1
    return i == end


def _exchanges(doc: Document, run: Run, bindings: Sequence[Binding | None]) -> bool:
    """True when *run* has a short untagged turn, an untagged turn that addresses someone by a title alone,
    or a paragraph ending on a question that the next one answers."""
    spans, paragraphs, text = doc.spans, doc.paragraphs, doc.text
    untagged = [all(bindings[k] is None for k in quotes) and not spans[quotes[0]].continues for quotes in run]
    # An untagged quote-led paragraph beside another: long turns in a row, not one speaker's words carried on.
    bare = [u and doc.leads(quotes) for u, quotes in zip(untagged, run, strict=True)]
    for n, quotes in enumerate(run):
        p0, p1 = paragraphs[spans[quotes[0]].paragraph]
        if p1 - p0 <= SHORT_TURN and untagged[n]:
            return True
        beside = (n > 0 and bare[n - 1]) or (n + 1 < len(run) and bare[n + 1])
        if bare[n] and beside and _addresses_by_title(doc, quotes):
            return True
        last = spans[quotes[-1]]
        if n + 1 < len(run) and text[last.end - 1] == "?" and last.close_at >= p1 - 2 and doc.leads(run[n + 1]):
            return True
    return False


def _addresses_by_title(doc: Document, quotes: list[int]) -> bool:
    """True when *quotes* address someone by a title alone (``sir``, ``Admiral``): words spoken to a listener."""
    pattern = title_address_re(doc.lexicon)
    return any(pattern.search(doc.text, doc.spans[k].start, doc.spans[k].end) for k in quotes)
