"""Stage 2b: dash dialogue.

Some fiction sets speech off with a dash at the start of a paragraph instead
of quotation marks (Joyce, and translations of European fiction)::

    — I know, he said. — But not today.

:func:`find_dash_speech` returns the spoken parts of such paragraphs,
``I know,`` and ``But not today.``; the narration between them (``he said.``)
is left to the binding stage, like the narration between two quotation marks.

Where a speech ends is decided by its *tag*: a speaker and a verb of saying
right after a comma, ``!``, ``?``, an ellipsis or a dash (``, he said``,
``? asked Stephen``, `` — the old man said``).  Nothing else ends a speech,
so a dash inside it (``from 1990 — 2000``, ``I went — you know — there``)
stays part of it.  Whether a dash-led paragraph is speech at all is decided
from evidence near it: a tag, or a run of dash-led paragraphs that sound
spoken and do not follow a list's colon.  The rules, with examples, are
D1-D6 in ``docs/quotes.md``.

Every scan here is a quantifier-free regular expression or a word reader
with a fixed word limit, and each character is read a bounded number of
times, so the cost is linear in the text.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from quoteattr.lang import Lexicon
from quoteattr.text.chars import (
    ALL_QUOTE_CHARS,
    DIALOGUE_DASH_RE,
    DIALOGUE_DASHES,
    SENTENCE_TERMINALS,
)
from quoteattr.text.segment import paragraph_heads
from quoteattr.text.tokens import WORD_PARTS


class DashSpeech(NamedTuple):
    """One spoken part of a dash-dialogue paragraph.

    ``open_at`` is the dash that opens it (``== start`` for speech that
    resumes after a tag without a dash); ``close_at`` is the outside of the
    dash that ends it before a tag (``== end`` when no dash does).
    """

    open_at: int
    start: int
    end: int
    close_at: int
    paragraph: int


class _Turn(NamedTuple):
    """A dash-led paragraph read as speech, before the evidence is weighed."""

    paragraph: int
    speech: list[DashSpeech]
    tagged: bool


#: First characters of a paragraph that may open dash dialogue (a single
#: hyphen is the first of a typewriter dash ``--``).
_LEAD_CHARS = frozenset("".join(DIALOGUE_DASHES))

#: One of :data:`_LEAD_CHARS`, searched in the string of paragraph heads.
_LEAD_RE = regex.compile("[" + regex.escape("".join(sorted(_LEAD_CHARS))) + "]")

#: Where a speech may end before its tag: a comma, ``!``, ``?``, an ellipsis
#: (the last dot of three), or a dialogue dash.  One character (or one pair
#: of hyphens) per match and no quantifier, so a search is linear.
_BREAK_RE = regex.compile(r"[,!?\N{HORIZONTAL ELLIPSIS}\N{EM DASH}\N{HORIZONTAL BAR}]|(?<=\.\.)\.|(?<!-)--(?!-)")

#: One word of a tag: letters, with inner apostrophes and hyphens (O'Brien, Jean-Paul),
#: of at most WORD_PARTS hyphenated parts (see quoteattr.text.tokens).
_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*){0," + str(WORD_PARTS - 1) + "}")

#: The next character that is neither a word character nor a space: where a tag's clause stops.
_STOP_RE = regex.compile(r"[^\p{L}\p{M}\p{N}\s'’]")

#: The next sentence end or dialogue dash after a tag that narration extends (``he said, turning.``).
_TAG_END_RE = regex.compile(r"[.!?\N{HORIZONTAL ELLIPSIS}\N{EM DASH}\N{HORIZONTAL BAR}]|(?<!-)--(?!-)")

#: The most words read after a break when looking for a tag: a subject of up
#: to four words, an adverb, the verb and the first word after it.
_TAG_WORDS = 8

#: How many paragraphs apart two dash-led paragraphs may be and still belong
#: to one conversation (two paragraphs of narration between them).
_TURN_GAP = 3

#: The longest paragraph read as a signature after a quote (``— Jane Roe``);
#: the binding stage reads such a line as the quote's attribution
#: (:meth:`quoteattr.document.Document.context`).
SIGNATURE_LENGTH = 120

#: How far back before a colon a verb of saying is looked for (``He added:``).
_INTRO_REACH = 80


class _Vocabulary:
    """The words a dialogue tag is read with, from one lexicon, and the patterns built from them.

    Made once per lexicon (:meth:`of`): the lookups below are plain set and
    dict lookups in the scans.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.cue_verbs = lexicon.cue_verbs
        self.cue_nouns = lexicon.cue_nouns
        self.function_words = lexicon.function_words
        self.irregular_pasts = lexicon.irregular_pasts
        #: Abbreviated titles, whose period stays in a tag (``Mr. Dedalus``).
        self.titles = frozenset(word for word, kind in lexicon.abbreviations.items() if kind == "title")
        #: Subject pronouns of a tag, as a tag writes them (``he``; ``I``).
        self.pronouns = lexicon.tag_pronouns
        #: Words that open a described speaker (``the old man said``, ``asked his mother``).
        self.determiners = lexicon.tag_determiners
        #: Words that may follow a tag's verb (besides an adverb): the tag goes
        #: on (``he said again``, ``she said to the boy``); any other word is the
        #: start of a reported clause (``he said it was over``), so no tag.
        self.continuations = lexicon.tag_continuations
        #: Objects of a transitive tag verb (``she told him``).
        self.objects = lexicon.object_pronouns
        #: Words that open narration extending a tag after its comma (``she said, and left``).
        self.narration_openers = lexicon.narration_openers
        #: Capitalised third-person subjects that open a sentence of narration (``He``).
        self.narration_pronouns = frozenset(
            word.capitalize()
            for word in lexicon.tag_pronouns
            if (pronoun := lexicon.pronouns.get(word.lower())) is not None and pronoun.person == 3
        )
        #: Words that make a run of dash-led paragraphs sound spoken: the first
        #: and second person, a question or an exclamation.  List items rarely
        #: have them.  An alternation of literal words between \b: linear.
        self.spoken = regex.compile(
            r"\b(?:" + "|".join(regex.escape(word) for word in sorted(lexicon.spoken_words)) + r")\b|[?!]"
        )
        self.adverb = lexicon.endings_of("adverb")
        self.participle = lexicon.endings_of("present participle")
        self.past = lexicon.endings_of("past")
        #: The ``-s`` of a plural is the ``-s`` of a present tense (``says``); no past ends in it.
        self.present = lexicon.endings_of("plural")

    @staticmethod
    @functools.lru_cache(maxsize=16)
    def of(lexicon: Lexicon) -> _Vocabulary:
        """The vocabulary of *lexicon*, built on first use and then shared."""
        return _Vocabulary(lexicon)


def find_dash_speech(
    text: str, paragraphs: list[tuple[int, int]], mode: str = "auto", lexicon: Lexicon | None = None
) -> list[DashSpeech]:
    """The spoken parts of dash-dialogue paragraphs, in document order.

    Args:
        text: the document.
        paragraphs: paragraph spans from :func:`~quoteattr.text.segment.paragraph_spans`.
        mode: ``"auto"`` reads a dash-led paragraph as speech only with evidence
            near it (rules D1-D6 of ``docs/quotes.md``); ``"always"`` reads every
            paragraph that opens with a dialogue dash as speech; ``"never"`` none.
        lexicon: the words of a tag (verbs of saying, pronouns, titles);
            English by default.

    Returns:
        The spoken parts, sorted and never overlapping.

    >>> text = "— I know, he said. — But not today."
    >>> [text[s.start:s.end] for s in find_dash_speech(text, [(0, len(text))])]
    ['I know,', 'But not today.']
    """
    if mode == "never":
        return []
    vocab = _Vocabulary.of(lexicon or Lexicon.english())
    loose = mode == "always"
    turns: list[_Turn] = []
    for m in _LEAD_RE.finditer(paragraph_heads(text, paragraphs)):
        k = m.start()
        p0, p1 = paragraphs[k]
        turn = _read_turn(vocab, text, k, p0, p1, loose)
        if turn is not None:
            turns.append(turn)
    if not turns:
        return []
    if not loose:
        turns = _with_evidence(vocab, text, paragraphs, turns)
    return [s for turn in turns for s in turn.speech]


def _read_turn(vocab: _Vocabulary, text: str, k: int, p0: int, p1: int, loose: bool) -> _Turn | None:
    """Split paragraph *k* into speech and tags, if it opens like a line of dialogue (D1)."""
    dash = DIALOGUE_DASH_RE.match(text, p0, p1)
    if dash is None:
        return None  # one hyphen, or a rule line of three or more
    start = _skip_space(text, dash.end(), p1)
    if start >= p1:
        return None
    first = text[start]
    if first in ALL_QUOTE_CHARS or first in _LEAD_CHARS:
        return None  # a dash before a quotation mark: the marks say what is quoted
    if not loose and not (first.isupper() or first.isdigit() or first in ".\N{HORIZONTAL ELLIPSIS}"):
        return None  # speech opens like a sentence; "— and more" is a list or an aside
    speech: list[DashSpeech] = []
    tagged = False
    open_at = p0
    while True:
        found = _next_tag(vocab, text, start, p1)
        if found is None:
            _add(text, speech, open_at, start, p1, p1, k)
            break
        end, close_at, tag_end = found
        _add(text, speech, open_at, start, end, close_at, k)
        tagged = True
        open_at, start = _resume(vocab, text, tag_end, p1)
        if start >= p1:
            break
    return _Turn(k, speech, tagged)


def _add(text: str, out: list[DashSpeech], open_at: int, start: int, end: int, close_at: int, k: int) -> None:
    """Append a spoken part with its words trimmed of whitespace, unless it is empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(DashSpeech(open_at, start, end, max(close_at, end), k))


def _skip_space(text: str, pos: int, limit: int) -> int:
    """The first offset at or after *pos* that is not whitespace (or *limit*)."""
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _next_tag(vocab: _Vocabulary, text: str, pos: int, p1: int) -> tuple[int, int, int] | None:
    """The first tag after *pos* (D2): ``(speech end, close_at, end of the tag's words)``, or None."""
    for m in _BREAK_RE.finditer(text, pos, p1):
        b, e = m.span()
        if m.group() in DIALOGUE_DASHES:
            # A dash before the tag is the closing mark: the speech ends before it.
            tag_start = _skip_space(text, e, p1)
            end = b
        else:
            if e >= p1 or not text[e].isspace():
                continue  # "?!" or "1,000": punctuation inside the speech
            tag_start = _skip_space(text, e, p1)
            end = e
        tag_end = _tag_end(vocab, text, tag_start, p1) if tag_start < p1 else -1
        if tag_end >= 0:
            return end, e, tag_end
    return None


def _read_words(vocab: _Vocabulary, text: str, pos: int, p1: int) -> tuple[list[str], bool, int]:
    """Up to :data:`_TAG_WORDS` words from *pos*, whether a stop (not the limit) ended them, and where they end.

    The words must follow each other with only spaces between them; a title
    keeps its period (``Mr. Dedalus``).
    """
    words: list[str] = []
    end = pos
    while len(words) < _TAG_WORDS:
        m = _WORD_RE.match(text, pos, p1)
        if m is None:
            return words, True, end
        word = m.group()
        end = m.end()
        if _is_title_dot(vocab, text, end, word, p1):
            word += "."
            end += 1
        words.append(word)
        if end >= p1 or not text[end].isspace():
            return words, True, end
        pos = _skip_space(text, end, p1)
    return words, False, end


def _is_title_dot(vocab: _Vocabulary, text: str, pos: int, word: str, p1: int) -> bool:
    """True when ``text[pos]`` is the period of an abbreviated title that ends at *pos* (``Mr.``)."""
    return pos < p1 and text[pos] == "." and word.lower() in vocab.titles


def _tag_verb(vocab: _Vocabulary, word: str) -> str:
    """The class of *word* as an inflected verb of saying (``said``, ``asks``), else ``""``.

    Base forms (``say``) and -ing forms are not tags, nor forms that are
    also common nouns (``notes``, ``replies``).
    """
    entry = vocab.cue_verbs.get(word)
    if entry is None or entry.gerund or word == entry.lemma or word in vocab.cue_nouns:
        return ""
    return entry.verb_class


def _subject_end(vocab: _Vocabulary, words: list[str], i: int) -> int:
    """Index after a tag subject starting at ``words[i]``, or 0 (none).

    A subject is a pronoun (``he``), up to four capitalised words (``Buck
    Mulligan``, ``Mr. Dedalus``), or a determiner and up to three words
    (``the old man``).
    """
    n = len(words)
    word = words[i]
    if word in vocab.pronouns:
        return i + 1
    if word in vocab.determiners:
        j = i + 1
        while j < n and j - i <= 3 and words[j].lower() not in vocab.function_words and not _tag_verb(vocab, words[j]):
            j += 1
        return j if j > i + 1 else 0
    j = i
    while j < n and j - i < 4 and words[j][0].isupper() and words[j] not in vocab.pronouns and words[j].lower() not in vocab.function_words:
        j += 1
    return j if j > i else 0


def _tag_end(vocab: _Vocabulary, text: str, pos: int, p1: int) -> int:
    """Where the words of a tag starting at *pos* end, or -1 when no tag starts there (D2)."""
    words, stopped, end = _read_words(vocab, text, pos, p1)
    verb = _tag_verb_of(vocab, words, stopped) if words else ""
    if not verb:
        return -1
    if verb.endswith(vocab.present) and not _closes_turn(text, end, p1):  # no past tense ends in -s
        # A present tense reports someone else inside the speech (", he says, and ...");
        # as a tag it closes the paragraph or meets a dash ("— Yes, he says.").
        return -1
    return end


def _closes_turn(text: str, pos: int, p1: int) -> bool:
    """True when only a sentence end stands between *pos* and the paragraph end or a dash."""
    pos = _skip_space(text, pos, p1)
    while pos < p1 and text[pos] in SENTENCE_TERMINALS:
        pos = _skip_space(text, pos + 1, p1)
    return pos >= p1 or DIALOGUE_DASH_RE.match(text, pos, p1) is not None


def _tag_verb_of(vocab: _Vocabulary, words: list[str], stopped: bool) -> str:
    """The verb of the tag *words* open (a speaker and a verb of saying, in either order), else ``""``."""
    n = len(words)
    # Speaker first: "he said", "Buck Mulligan asked", "the old man slowly said".
    j = _subject_end(vocab, words, 0)
    if j:
        if j + 1 < n and words[j].endswith(vocab.adverb) and _tag_verb(vocab, words[j + 1]):
            j += 1
        verb_class = _tag_verb(vocab, words[j]) if j < n else ""
        if verb_class and _tail_fits(vocab, words, j + 1, verb_class, stopped):
            return words[j]
        return ""
    # Verb first, only for verbs that invert: "asked Stephen", "said the old man".
    if _tag_verb(vocab, words[0]) != "speech":
        return ""
    j = _subject_end(vocab, words, 1) if n > 1 else 0
    return words[0] if j and _tail_fits(vocab, words, j, "speech", stopped) else ""


def _tail_fits(vocab: _Vocabulary, words: list[str], i: int, verb_class: str, stopped: bool) -> bool:
    """True when ``words[i:]`` can follow a tag's verb and subject (D2).

    The tag ends there, or goes on with an adverb or a preposition (``he
    said quietly``, ``she said to the boy``), or a transitive verb takes its
    listener (``she told him``).  Any other word opens a reported clause
    (``he said it was over``), which is speech, not a tag.
    """
    if i >= len(words):
        return stopped
    word = words[i]
    if verb_class == "manner":
        return word.endswith(vocab.adverb) and word.islower()  # "she laughed"; "I began to think" is no tag
    if word == "to" and i + 1 < len(words):
        nxt = words[i + 1]
        # "said to the boy" / "to him" / "to Stephen"; "began to think" is no tag.
        return nxt[0].isupper() or nxt in vocab.determiners or nxt in vocab.objects
    if word in vocab.continuations or (word.endswith(vocab.adverb) and word.islower()):
        return True
    if word in vocab.objects:
        return True  # "she asked him", "he told me"
    return verb_class == "transitive" and (word in vocab.determiners or word[0].isupper())


def _resume(vocab: _Vocabulary, text: str, pos: int, p1: int) -> tuple[int, int]:
    """Where speech resumes after a tag whose words end at *pos*: ``(open_at, start)``, start ``== p1`` if never (D3).

    * A dash right after the tag, or after its sentence, reopens the speech
      (``— I know — he said — but not today``, ``he said. — But not today``).
    * A plain tag sentence (``he said sternly.``) followed by another
      sentence: the speech goes on without a dash (Joyce's convention).
    * A tag, its comma and words that carry on the sentence (``he said, the
      tide is turning``): the speech goes on there.
    * A tag that narration extends (``he said, turning away``, ``she said,
      and left``): the speech resumes only at the next dash of the paragraph.
    """
    stop = _STOP_RE.search(text, pos, p1)
    while stop is not None and _is_title_dot(vocab, text, stop.start(), _last_word(text, pos, stop.start()), p1):
        stop = _STOP_RE.search(text, stop.end(), p1)  # "he said to Mr. Deasy."
    if stop is None:
        return p1, p1
    at = stop.start()
    if text[at] == "," and _skip_space(text, pos, p1) == at:
        nxt = _skip_space(text, at + 1, p1)
        if _goes_on_speaking(vocab, text, nxt, p1):
            return nxt, nxt  # "— Well, he said, the tide is turning."
    if text[at] in ",;:":
        dash = DIALOGUE_DASH_RE.search(text, at, p1)
        if dash is None:
            return p1, p1
        return dash.start(), _skip_lead(text, dash.end(), p1)
    dash = DIALOGUE_DASH_RE.match(text, at, p1)
    if dash is None:
        end = _TAG_END_RE.match(text, at, p1)
        if end is None:
            return p1, p1  # a bracket or a quotation mark: leave the rest as narration
        nxt = _skip_space(text, end.end(), p1)
        while nxt < p1 and text[nxt] in SENTENCE_TERMINALS:
            nxt = _skip_space(text, nxt + 1, p1)
        if nxt >= p1:
            return p1, p1
        dash = DIALOGUE_DASH_RE.match(text, nxt, p1)
        if dash is None:
            if (text[nxt].isupper() or text[nxt].isdigit()) and not _opens_narration(vocab, text, nxt, p1):
                return nxt, nxt
            return p1, p1
    return dash.start(), _skip_lead(text, dash.end(), p1)


def _goes_on_speaking(vocab: _Vocabulary, text: str, pos: int, p1: int) -> bool:
    """True when the words at *pos*, after a tag and its comma, carry on the speech (D3).

    ``he said, the tide is turning`` goes on speaking; narration that extends
    the tag opens with a participle or an adverb (``turning away``,
    ``slowly``) or a narration opener (``and left``).
    """
    m = _WORD_RE.match(text, pos, p1)
    if m is None:
        return False
    word = m.group()
    if word[0].isupper() and word not in vocab.pronouns:
        return False  # a name or a new sentence: no telling
    return word not in vocab.narration_openers and not word.endswith(vocab.participle + vocab.adverb)




def _opens_narration(vocab: _Vocabulary, text: str, pos: int, p1: int) -> bool:
    """True when the sentence at *pos* reads as narration: a third-person subject and a past tense.

    ``he said. He turned away.`` goes on in narration; ``he said. He thinks
    you are right.`` and ``he said. A ponderous Saxon.`` go on speaking.
    """
    words, _, _ = _read_words(vocab, text, pos, p1)
    j = 1 if words and words[0] in vocab.narration_pronouns else _subject_end(vocab, words, 0) if words else 0
    if not j or j >= len(words):
        return False
    verb = words[j]
    return verb.islower() and (verb.endswith(vocab.past) or verb in vocab.irregular_pasts)




def _last_word(text: str, lo: int, pos: int) -> str:
    """The letters just before *pos* (not before *lo*)."""
    start = pos
    while start > lo and pos - start < 5 and text[start - 1].isalpha():
        start -= 1
    return text[start:pos]


def _skip_lead(text: str, pos: int, p1: int) -> int:
    """Skip spaces and the punctuation a tag leaves before resumed speech (``—he said—, but``)."""
    while pos < p1 and (text[pos].isspace() or text[pos] in ",.;:"):
        pos += 1
    return pos


def _with_evidence(vocab: _Vocabulary, text: str, paragraphs: list[tuple[int, int]], turns: list[_Turn]) -> list[_Turn]:
    """The turns that evidence nearby marks as dialogue (D4-D6)."""
    kept: list[_Turn] = []
    run: list[_Turn] = []
    for turn in turns:
        if not turn.tagged and _is_signature(text, paragraphs, turn.paragraph):
            continue
        if run and turn.paragraph - run[-1].paragraph > _TURN_GAP:
            kept += _judge(vocab, text, paragraphs, run)
            run = []
        run.append(turn)
    kept += _judge(vocab, text, paragraphs, run)
    return kept


def _judge(vocab: _Vocabulary, text: str, paragraphs: list[tuple[int, int]], run: list[_Turn]) -> list[_Turn]:
    """A run of nearby dash-led paragraphs is dialogue when one has a tag, or it sounds spoken (D5)."""
    if any(turn.tagged for turn in run):
        return run
    if len(run) < 2 or _introduces_list(vocab, text, paragraphs, run[0].paragraph):
        return []
    if any(vocab.spoken.search(text, *paragraphs[turn.paragraph]) for turn in run):
        return run
    return []


def _is_signature(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """A short dash line after a paragraph that is one quotation (``"..."`` / ``— Jane Roe``) (D6)."""
    if k == 0:
        return False
    p0, p1 = paragraphs[k]
    q0, q1 = paragraphs[k - 1]
    return p1 - p0 <= SIGNATURE_LENGTH and text[q0] in ALL_QUOTE_CHARS and text[q1 - 1] in ALL_QUOTE_CHARS


def _introduces_list(vocab: _Vocabulary, text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """True when paragraph *k* follows a colon that no verb of saying leads up to (``The winners are:``)."""
    if k == 0:
        return False
    q0, q1 = paragraphs[k - 1]
    if text[q1 - 1] != ":":
        return False
    words = _WORD_RE.findall(text, max(q0, q1 - _INTRO_REACH), q1)
    return not any(_tag_verb(vocab, word) for word in words)
