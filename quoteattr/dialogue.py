"""Stage 4c: fiction-style dialogue sieves.

Run only for documents read as dialogue (many paragraphs that open with a
quote, see :class:`~quoteattr.config.Config`), after the local sieves and
continuation:

* every bound mention is resolved against the novel's cast
  (:class:`~quoteattr.resolve.CastRegistry`): a name to the form the novel uses
  most, ``he``/``she`` to the character last named in narration;
* ``NARRATION_SUBJECT``: a name or pronoun in the narration of the quote's own
  paragraph speaks it, cue or not (``Clara smiled. "..."``);
* ``VOCATIVE``: the character addressed by name in one turn (``"Well, Jane,
  ..."``) speaks the next unattributed turn;
* ``TURN_TAKING``: in a run of consecutive paragraphs with quotes, once two
  different speakers are established the turns alternate between them, forward
  and then backward; a paragraph with no quote ends the run.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import regex

from quoteattr.binding import Binding
from quoteattr.lexicon import (
    DEFINITE_ARTICLES,
    GENDER_NOUNS,
    OTHER_PARTICIPANT,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    VOCATIVE_OPENERS,
)
from quoteattr.mentions import Mention, first_mention, speaker_for
from quoteattr.model import Speaker
from quoteattr.resolve import CastRegistry
from quoteattr.text.tokens import tokenize

if TYPE_CHECKING:
    from quoteattr.attribute import _Document

#: The words after which a name is addressed, either case of their first letter (``[Dd]ear``).
_VOCATIVE_OPENERS = "|".join(
    f"[{w[0].upper()}{w[0]}]{regex.escape(w[1:])}" for w in sorted(VOCATIVE_OPENERS, key=lambda w: (-len(w), w))
)

#: A name addressed inside a quote: at its start or after punctuation
#: (``"Jane, come"``, ``"Oh, my dear Jane!"``), and followed by punctuation.
_VOCATIVE_RE = regex.compile(
    r"""
    (?:^|(?<=[,;!?—–-]\s*)|(?<=\b(?:"""
    + _VOCATIVE_OPENERS
    + r""")\s+))
    (?P<name>(?:\p{Lu}[\p{Ll}]*\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)
    (?=\s*(?:[,!?.;—–]|$))
    """,
    regex.VERBOSE,
)

#: A vocative must name a character the novel names at least this often.
_MIN_CHARACTER_COUNT = 3
#: Descriptions that name only "the other participant".
_THE_OTHER = OTHER_PARTICIPANT
#: The first-person singular pronoun as written mid-sentence (``I``): a narrator who speaks.
_NARRATOR = frozenset(w.capitalize() for w, p in PRONOUNS.items() if p.person == 1 and p.number == "sg")
#: Vocatives needed to name a first-person narrator.
_MIN_NARRATOR_VOTES = 5
#: How far before a run (in characters) its named speakers count as participants.
_PARTICIPANT_REACH = 3000


class _Turns:
    """Per-document dialogue state: the cast and the speaker names known to speak."""

    def __init__(self, doc: _Document) -> None:
        self.doc = doc
        self.cast = CastRegistry(doc.text, [(q.open_at, q.close_at) for q in doc.spans])
        self.persons: frozenset[str] = frozenset()

    def name_of(self, mention: Mention) -> str:
        """The cast name for a name, pronoun or ``the <title>`` mention."""
        text = self.doc.text[mention.start : mention.end]
        if mention.kind == "name":
            found = self.cast.canonical(text) or self.cast.canonical(mention.name)
            if found is None and " " not in text:
                # A title alone ("Mademoiselle", "Colonel"): the last character so called.
                found = self.cast.last_character(mention.start, text)
            return found or mention.name
        if mention.kind == "pronoun":
            if mention.gender:
                found = self.cast.resolve_pronoun(mention.start, mention.gender, self.persons)
                if found is not None:
                    return found
            return mention.name
        return self._description(mention, text) or mention.name

    def _description(self, mention: Mention, text: str) -> str | None:
        """``the count`` to the last count named; ``the girl``, ``her mother`` by gender."""
        words = text.lower().split()
        while len(words) > 2 and words[-1].endswith("ly"):
            words.pop()  # "the artist sadly": a trailing adverb is not part of the phrase
        if len(words) < 2 or (words[0] not in DEFINITE_ARTICLES and words[0] not in POSSESSIVE_DETERMINERS):
            return None
        head = words[-1]
        if words[0] in DEFINITE_ARTICLES:
            found = self.cast.last_character(mention.start, head)
            if found is not None:
                return found
        gender = GENDER_NOUNS.get(head)
        if gender is None:
            return None
        exclude = ""
        owner = POSSESSIVE_DETERMINERS.get(words[0], "")
        if owner in ("m", "f"):
            # "her mother" is not the woman "her" points to.
            exclude = self.cast.resolve_pronoun(mention.start, owner, self.persons) or ""
        return self.cast.resolve_pronoun(mention.start, gender, self.persons, exclude)

    def speaker(self, mention: Mention) -> Speaker:
        """A :class:`Speaker` for *mention* with its cast name (unless names are not resolved)."""
        name = self.name_of(mention)
        if not self.doc.config.resolve_names and mention.name:
            name = mention.name
        return speaker_for(mention, self.doc.text, name)

    def vocative(self, k: int) -> tuple[Mention, str] | None:
        """The last character addressed by name inside quote *k*, with its cast name."""
        q = self.doc.spans[k]
        found: tuple[Mention, str] | None = None
        for m in _VOCATIVE_RE.finditer(self.doc.text, q.start, q.end):
            text = m.group("name")
            if self.cast.count(text) < _MIN_CHARACTER_COUNT:
                continue
            name = self.cast.canonical(text)
            if name is not None:
                s, e = m.span("name")
                found = (Mention(s, e, "name", text, "", ""), name)
        return found


def apply_dialogue_sieves(
    doc: _Document, bindings: list[Binding | None], speakers: list[Speaker | None]
) -> None:
    """Resolve and fill the quotes of a dialogue document in place, in reading order."""
    turns = _Turns(doc)
    turns.persons = frozenset(
        turns.name_of(b.mention) for b in bindings if b is not None and b.mention.kind == "name"
    )
    for k, b in enumerate(bindings):
        if b is not None and speakers[k] is not None:
            speakers[k] = turns.speaker(b.mention)
    spans = doc.spans
    # The narration subject depends on the paragraph only: computing it once per
    # paragraph, not per quote, keeps a paragraph of many quotes linear.
    subjects: dict[int, Mention | None] = {}
    for k in range(len(spans)):
        if speakers[k] is not None:
            continue
        paragraph = spans[k].paragraph
        if paragraph not in subjects:
            p0, p1 = doc.paragraphs[paragraph]
            subjects[paragraph] = narration_subject(doc, k, p0, p1)
        mention = subjects[paragraph]
        if mention is not None:
            speakers[k] = turns.speaker(mention)
            bindings[k] = Binding(mention, None, "NARRATION_SUBJECT", 0.5)
    runs = _runs(doc)
    named = [
        (spans[k].open_at, sp.name)
        for k, (b, sp) in enumerate(zip(bindings, speakers, strict=True))
        if b is not None and sp is not None and b.mention.kind == "name"
    ]
    for run in runs:
        _pronouns_to_participants(turns, run, named, bindings, speakers)
        _take_turns(turns, run, bindings, speakers)
    _name_the_narrator(turns, runs, speakers)


def _name_the_narrator(turns: _Turns, runs: list[list[list[int]]], speakers: list[Speaker | None]) -> None:
    """Call a first-person narrator (``I said``) by the name the others address them with.

    Votes come from vocatives in the turns next to a turn the narrator speaks;
    the name wins with at least :data:`_MIN_NARRATOR_VOTES` and half the votes.
    """
    votes: dict[str, int] = {}
    for run in runs:
        names = [_paragraph_speaker(quotes, speakers) for quotes in run]
        for i, name in enumerate(names):
            if name not in _NARRATOR:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(run) and names[j] not in _NARRATOR:
                    voc = _addressed(turns, run[j])
                    if voc is not None:
                        votes[voc[1]] = votes.get(voc[1], 0) + 1
    if not votes:
        return
    best = max(votes, key=lambda v: votes[v])
    if votes[best] < _MIN_NARRATOR_VOTES or 2 * votes[best] < sum(votes.values()):
        return
    for k, sp in enumerate(speakers):
        if sp is not None and sp.name in _NARRATOR:
            speakers[k] = attrs.evolve(sp, name=best)


def _paragraph_speaker(quotes: list[int], speakers: list[Speaker | None]) -> str | None:
    """The speaker name of a paragraph's first attributed quote."""
    for k in quotes:
        sp = speakers[k]
        if sp is not None:
            return sp.name
    return None


def _runs(doc: _Document) -> list[list[list[int]]]:
    """Runs of consecutive paragraphs with quotes, each paragraph as its quote indices."""
    runs: list[list[list[int]]] = []
    last_paragraph = -2
    for k, q in enumerate(doc.spans):
        if q.paragraph == last_paragraph:
            runs[-1][-1].append(k)
        elif q.paragraph == last_paragraph + 1:
            runs[-1].append([k])
        else:
            runs.append([[k]])
        last_paragraph = q.paragraph
    return runs


def _take_turns(
    turns: _Turns, run: list[list[int]], bindings: list[Binding | None], speakers: list[Speaker | None]
) -> None:
    """Fill the unattributed paragraphs of one run by vocatives and alternation."""
    doc = turns.doc
    known: list[int | None] = []
    for quotes in run:
        known.append(next((k for k in quotes if speakers[k] is not None), None))
    n = len(run)
    addressed = [_addressed(turns, quotes) for quotes in run]
    for i in range(1, n):
        _answer_pronoun(turns, run, i, known, bindings, speakers)
    # "said the other" names nobody: let the turns decide who it is.
    held: dict[int, tuple[Binding, Speaker]] = {}
    for i in range(n):
        src = known[i]
        b = bindings[src] if src is not None else None
        if b is None or turns.doc.text[b.mention.start : b.mention.end].lower() not in _THE_OTHER:
            continue
        for k in run[i]:
            bk, sk = bindings[k], speakers[k]
            if bk is not None and sk is not None and bk.mention == b.mention:
                held[k] = (bk, sk)
                bindings[k] = speakers[k] = None
        known[i] = None

    def name(i: int) -> str | None:
        src = known[i]
        sp = speakers[src] if src is not None else None
        return sp.name if sp is not None else None

    def fill(i: int, src: int, rule: str, confidence: float) -> None:
        for k in run[i]:
            if speakers[k] is None:
                doc.copy(bindings, speakers, src, k, rule, confidence)
        known[i] = src

    def fill_name(i: int, mention: Mention, who: str, rule: str) -> None:
        for k in run[i]:
            if speakers[k] is None:
                speakers[k] = speaker_for(mention, doc.text, who)
                bindings[k] = Binding(mention, None, rule, 0.3 if rule == "TURN_TAKING" else 0.45)
        known[i] = run[i][0]

    def partner(i: int, beside: str, step: int) -> bool:
        """Give paragraph *i* the speaker two turns away (by *step*) if it is not *beside*.

        Only the turn two away: reaching further (an older partner) was
        wrong more often than the narration's last-named person.
        """
        j = i + 2 * step
        if not 0 <= j < n:
            return False
        other = name(j)
        if other is None or other == beside or other == _name_of(addressed[i]):
            return False
        src = known[j]
        assert src is not None
        fill(i, src, "TURN_TAKING", 0.45)
        return True

    for final in (False, True):
        _alternate(n, known, name, addressed, fill_name, partner)
        # A speaker and no partner in the run: the person last named in
        # narration; with no speaker at all, the run's opening paragraph too.
        for i in range(n):
            if known[i] is not None:
                continue
            beside = {x for x in (name(i - 1) if i else None, name(i + 1) if i + 1 < n else None) if x}
            if not beside and not (final and i == 0):
                continue
            own = _name_of(addressed[i])
            if own:
                beside.add(own)
            q = doc.spans[run[i][0]]
            who = turns.cast.recent_person(q.open_at, turns.persons, frozenset(beside))
            if who is not None:
                fill_name(i, Mention(q.open_at, q.open_at, "name", who, "", ""), who, "TURN_TAKING")
    _alternate(n, known, name, addressed, fill_name, partner)
    for k, (bk, sk) in held.items():
        filled = speakers[k]
        bindings[k] = bk
        speakers[k] = sk if filled is None else attrs.evolve(sk, name=filled.name)


def _pronouns_to_participants(
    turns: _Turns,
    run: list[list[int]],
    named: list[tuple[int, str]],
    bindings: list[Binding | None],
    speakers: list[Speaker | None],
) -> None:
    """An unresolved ``he said`` in a conversation is its one named participant of that gender.

    Participants are the characters named as speakers in the run or shortly
    before it (:data:`_PARTICIPANT_REACH` characters).
    """
    spans = turns.doc.spans
    lo = spans[run[0][0]].open_at - _PARTICIPANT_REACH
    hi = spans[run[-1][-1]].close_at
    a = bisect.bisect_left(named, (lo, ""))
    b = bisect.bisect_right(named, (hi, "\uffff"))
    by_gender: dict[str, set[str]] = {}
    for _pos, name in named[a:b]:
        gender = turns.cast.gender(name)
        if gender:
            by_gender.setdefault(gender, set()).add(name)
    for quotes in run:
        for k in quotes:
            bk, sp = bindings[k], speakers[k]
            if bk is None or sp is None or bk.mention.kind != "pronoun" or not bk.mention.gender:
                continue
            only = by_gender.get(bk.mention.gender, set())
            if len(only) == 1 and sp.name == sp.text:
                speakers[k] = attrs.evolve(sp, name=next(iter(only)))


def _answer_pronoun(
    turns: _Turns,
    run: list[list[int]],
    i: int,
    known: list[int | None],
    bindings: list[Binding | None],
    speakers: list[Speaker | None],
) -> None:
    """Resolve a cue pronoun by the turns: ``he`` answering a man is not that man.

    When the speaker two turns back fits the pronoun's gender and differs from
    the previous speaker, the alternation names the speaker; otherwise a
    pronoun resolved to the previous speaker is resolved again past them.
    """
    src, prev_src = known[i], known[i - 1]
    if src is None or prev_src is None:
        return
    b, sp, prev = bindings[src], speakers[src], speakers[prev_src]
    if b is None or sp is None or prev is None or b.mention.kind != "pronoun" or not b.mention.gender:
        return
    two_back = known[i - 2] if i >= 2 else None
    before = speakers[two_back] if two_back is not None else None
    other: str | None = None
    if (
        before is not None
        and before.name not in (prev.name, sp.name)
        and turns.cast.gender(before.name) == b.mention.gender
    ):
        other = before.name  # the alternation agrees with the pronoun's gender
    elif sp.name == prev.name:
        other = turns.cast.resolve_pronoun(b.mention.start, b.mention.gender, turns.persons, prev.name)
    if other is None:
        return
    for k in run[i]:
        own = bindings[k]
        if own is not None and own.mention == b.mention:
            speakers[k] = attrs.evolve(sp, name=other)


def _alternate(
    n: int,
    known: list[int | None],
    name: Callable[[int], str | None],
    addressed: list[tuple[Mention, str] | None],
    fill_name: Callable[[int, Mention, str, str], None],
    partner: Callable[[int, str, int], bool],
) -> None:
    """One forward (vocatives, then alternation) and one backward pass over a run."""
    for i in range(1, n):
        if known[i] is not None:
            continue
        prev = name(i - 1)
        voc = addressed[i - 1]
        if voc is not None and voc[1] != prev and voc[1] != _name_of(addressed[i]):
            fill_name(i, voc[0], voc[1], "VOCATIVE")
            continue
        if prev is not None:
            partner(i, prev, -1)
    for i in range(n - 2, -1, -1):
        if known[i] is None:
            nxt = name(i + 1)
            if nxt is not None:
                partner(i, nxt, 1)


def _addressed(turns: _Turns, quotes: list[int]) -> tuple[Mention, str] | None:
    """The last character addressed by name in a paragraph's quotes."""
    found = None
    for k in quotes:
        found = turns.vocative(k) or found
    return found


def _name_of(vocative: tuple[Mention, str] | None) -> str | None:
    """The character name of a vocative, or None."""
    return vocative[1] if vocative is not None else None


def narration_subject(doc: _Document, k: int, p0: int, p1: int) -> Mention | None:
    """The first name or pronoun in the narration of quote *k*'s paragraph."""
    spans = doc.spans
    first = k
    while first > 0 and spans[first - 1].paragraph == spans[k].paragraph:
        first -= 1
    last = k
    while last + 1 < len(spans) and spans[last + 1].paragraph == spans[k].paragraph:
        last += 1
    pieces = [(p0, spans[first].open_at)]
    pieces += [(spans[m].close_at, spans[m + 1].open_at) for m in range(first, last)]
    pieces.append((spans[last].close_at, p1))
    for s, e in pieces:
        if e - s < 3:
            continue
        toks = tokenize(doc.text, s, min(e, s + doc.config.window))
        mention = first_mention(toks, 0, len(toks))
        if mention is not None:
            return mention
    return None
