"""Stage 4, reported speech: the whole phrase that names a report's source.

The readers of :mod:`~quoteattr.rules.reported.subjects` find the word group
that a cue's subject ends with; this module widens that mention, once a report
is made (:func:`whole_source`), to the phrase a reader takes as "who said it":

* a head before a preposition (``Pilots at the depot said``: the pilots, not
  the depot; ``Nine in ten skippers said``);
* a name set off after a head as its appositive (``The head of the guild,
  Orla Vell, said``: Orla Vell, with her title);
* a coordination of subjects (``Vell and Reddick said``, ``Vell, Roe and
  Reddick said``, ``Both the mayor and her deputy said``);
* a noun phrase set off by commas between the source and its verb (``Orla
  Vell, a ferry pilot from Gullmere, said``), or before a name (``The guild's
  new chair, Orla Vell, said``); an adverb, a time or place phrase, a
  participle or a predicate there (``Vell, however, said``) is left out;
* ``alike`` or ``both`` after a subject, and a leading ``and``, are left out.

Only the span grows; the content and the cue are those the rule read, so no
report is found or lost here.  A coordinated source keeps the name of the
conjunct next to the cue, the one the direct-quote reader gives
(``"We won," Vell and Reddick said`` is Reddick's there): the resolver names
the report as it names the quote, while its text shows both speakers.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quoteattr.document import Mention
from quoteattr.text.chars import DASHES

if TYPE_CHECKING:
    from quoteattr.rules.reported.records import Report, Sentence

#: How many prepositional links are read back (``Pilots at the depot of the port``).
_LINKS = 3
#: How many conjuncts a list of subjects may have before the last (``Vell, Roe, Lisk and Reddick``).
_CONJUNCTS = 4
#: How many tokens an aside between a source and its verb may have (``Roe, 61, a pilot, said``).
_ASIDE = 24
#: How many lowercase words (adverbs, auxiliaries) may stand between an appositive name and its cue.
_GAP = 3


def whole_sources(s: Sentence, reports: list[Report]) -> list[Report]:
    """*reports* of sentence *s*, each with its source widened by :func:`whole_source`."""
    return [r if r.mention is None else r._replace(mention=whole_source(s, r.mention, r.cue)) for r in reports]


def whole_source(s: Sentence, mention: Mention, cue: tuple[int, int]) -> Mention:
    """*mention*, the source of a report whose cue spans *cue*, widened to the
    phrase it ends: a head before a preposition, a name in apposition to that
    head, the earlier conjuncts of a coordination and a noun phrase in
    apposition.  A source after its cue (``..., said Vell and Reddick``) is
    returned as it is."""
    if mention.end > cue[0] or mention.start < s.start:
        return mention
    mention = without_tail(s, mention) or mention
    a = _index(s, mention.start)
    tokens = s.tokens
    inside = a + 1 < len(tokens) and tokens[a + 1].end <= mention.end
    if inside and tokens[a].text in s.w.coordinators:
        # "..., and wardens said": the coordinator joins the clause, not the source.
        mention = mention._replace(start=tokens[a + 1].start)
    named = _appositive_name(s, mention, cue)
    if named is not None:
        # "The head of the guild, Orla Vell, said": any head the name stands for.
        return named._replace(start=_head_of_link(s, mention, True).start)
    linked = _link_after(s, _head_of_link(s, mention, False), cue)
    whole = _coordination(s, linked) or linked
    return _aside_after(s, whole, cue) or _head_before_name(s, whole) or whole


def without_tail(s: Sentence, mention: Mention | None) -> Mention | None:
    """*mention* without a last word that stands between a subject and its verb
    (``Voters and sailors alike``, ``The pilots both``: class ``subject_tail``)."""
    if mention is None or mention.kind != "description":
        return mention
    words = mention.name.split()
    e = _index(s, mention.end) - 1
    if len(words) < 2 or e < 1 or s.tokens[e].text.lower() not in s.w.cls("subject_tail"):
        return mention
    return mention._replace(end=s.tokens[e - 1].end, name=" ".join(words[:-1]))


def _index(s: Sentence, pos: int) -> int:
    """Index of the first token that starts at or after *pos*."""
    return bisect.bisect_left(s.starts, pos)


def _opens(s: Sentence, a: int) -> bool:
    """True when a subject may start at token *a*: the sentence's first word, or
    after a comma, semicolon, colon, dash or a subordinator (``that``, ``but``)."""
    if a <= s.first_word:
        return True
    prev = s.tokens[a - 1].text
    lower = prev.lower()
    w = s.w
    return (
        prev in (",", ";", ":", "(")
        or prev in DASHES
        or lower in w.coordinators
        or lower in w.cls("source_opener")
    )


def _head_of_link(s: Sentence, mention: Mention, any_head: bool) -> Mention:
    """The phrase before a preposition whose object *mention* is (``Pilots at
    the depot``), when that phrase can speak or counts people (``Nine in ten
    skippers``, ``Most of the pilots``), or with *any_head* whatever it is (a
    name in apposition speaks for it); *mention* otherwise."""
    w = s.w
    tokens = s.tokens
    if mention.kind == "pronoun":
        return mention
    links = w.cls("source_link")
    m = _index(s, mention.start)
    for _ in range(_LINKS):
        if m < 2 or tokens[m - 1].text.lower() not in links:
            return mention
        head = w.mentions.phrase_ending_at(tokens, m - 2, 0)
        if head is None or head.end != tokens[m - 2].end:
            return mention
        a = _index(s, head.start)
        if any(w.is_auxiliary(t.text.lower()) for t in tokens[a : m - 1]):
            return mention  # "... will be targets for Roe": a clause, not a phrase
        first = tokens[a].text.lower()
        counts = (
            first.isdigit()
            or first in w.quantifiers
            or head.name.split()[-1].lower() in w.count_heads
        )
        if (any_head or w.can_speak(head) or counts) and _opens(s, a):
            if counts and not any_head:
                # "Nine in ten skippers": the skippers are named, the count is not a speaker.
                return mention._replace(start=head.start)
            return head._replace(end=mention.end)
        m = a  # "Pilots at the depot of the port": read past "the depot" to its head
    return mention


def _link_after(s: Sentence, mention: Mention, cue: tuple[int, int]) -> Mention:
    """*mention* with the preposition and noun phrase that follow it up to the
    cue's verb group (``Pilots at the Brennock depot said``, when the subject
    reader stopped at ``Pilots``); *mention* when anything else stands there."""
    w = s.w
    tokens = s.tokens
    e = _index(s, mention.end)
    g = _group_at(s, cue, e)  # "has long said": the verb group is not the source
    if g - e < 3 or mention.kind == "pronoun" or tokens[e].text.lower() not in w.cls("source_link"):
        return mention
    if mention.kind == "name" and tokens[e].text.lower() in w.cls("medium_link"):
        return mention  # "Roe in a blog post said": where a person spoke, not who
    tail = w.mentions.phrase_ending_at(tokens, g - 1, e + 1)
    if tail is None or tail.start != tokens[e + 1].start or tail.end != tokens[g - 1].end:
        return mention
    return mention._replace(end=tail.end)


def _group_at(s: Sentence, cue: tuple[int, int], e: int) -> int:
    """Index of the first token of the verb group of *cue* (``has long said``),
    not before token *e*."""
    w = s.w
    tokens = s.tokens
    g = _index(s, cue[0])
    while g - 1 > e and (
        w.is_auxiliary(tokens[g - 1].text.lower()) or w.is_adverb(tokens[g - 1].text)
    ):
        g -= 1
    return g


def _aside_after(s: Sentence, mention: Mention, cue: tuple[int, int]) -> Mention | None:
    """The source with the aside set off by commas between it and its cue's verb
    group (``Orla Vell, a ferry pilot from Gullmere, said``; ``Roe, who runs the
    kilns, said``): the aside tells who speaks."""
    tokens = s.tokens
    e = _index(s, mention.end)
    if e >= len(tokens) or tokens[e].text != "," or mention.kind == "pronoun":
        return None
    g = _group_at(s, cue, e)
    w = s.w
    for c in range(e + 2, g - 1):
        after = tokens[c + 1].text
        if tokens[c].text == "," and after.islower() and w.is_finite_verb(after):
            # "Roe, the mayor, repeated the charge, calling ...": the aside ends before the predicate.
            g = c + 1
            break
    if g - e < 3 or g - e > _ASIDE or tokens[g - 1].text != ",":
        return None
    if any(t.text in DASHES or t.text in "();" for t in tokens[e:g]):
        return None
    return mention._replace(end=tokens[g - 2].end) if _says_who(s, e + 1, g - 1) else None


def _says_who(s: Sentence, a: int, b: int) -> bool:
    """True when ``tokens[a:b]`` is a noun phrase that tells who a source is
    (``a pilot from Lisk``, ``Gullmere's harbour master``, ``61, a pilot``,
    ``chief clerk of the guild``), not an adverb (``however``), a time or place
    phrase (``in an interview``), a participle (``speaking at the fair``), a
    relative clause or a predicate."""
    w = s.w
    tokens = s.tokens
    first = tokens[a].text
    lower = first.lower()
    if first[:1].isdigit():
        # "Roe, 61, a pilot from Lisk": an age, then the phrase; an age alone says little.
        return b - a > 3 and tokens[a + 1].text == "," and _says_who(s, a + 2, b)
    relative = False
    for t in tokens[a:b]:
        word = t.text.lower()
        relative = relative or word in w.lexicon.relative_pronouns
        if w.is_auxiliary(word) and not relative:
            return False  # "Roe, the mayor, has said ... and": a predicate
    if lower in w.determiners or lower in w.possessives:
        return True
    if first[:1].isupper():
        return lower not in w.adverbial_openers and lower not in w.prepositions
    if lower in w.prepositions or w.is_participle(lower) or w.is_finite_verb(lower):
        return False  # "through a spokeswoman", "speaking to crews", "emailed to the guild"
    return any(t.text.lower() in w.roles for t in tokens[a : min(b, a + 3)])


def _head_before_name(s: Sentence, mention: Mention) -> Mention | None:
    """The head a name stands in apposition to (``The guild's new chair, Orla
    Vell, said``): the span starts at the head, the name stays the source's."""
    w = s.w
    tokens = s.tokens
    m = _index(s, mention.start)
    e = _index(s, mention.end)
    if mention.kind != "name" or m < 2 or tokens[m - 1].text != ",":
        return None
    if e >= len(tokens) or tokens[e].text != ",":
        return None  # "In Gullmere, Vell said": no closing comma, no apposition
    head = w.mentions.phrase_ending_at(tokens, m - 2, 0)
    if head is None or head.kind not in ("description", "group") or head.end != tokens[m - 2].end:
        return None
    return mention._replace(start=head.start) if _opens(s, _index(s, head.start)) else None


def _appositive_name(s: Sentence, mention: Mention, cue: tuple[int, int]) -> Mention | None:
    """The head and the name set off after it by commas, right before the cue's
    verb group (``The head of the guild, Orla Vell, said``): the span runs to
    the name's end, and the source is named after it."""
    tokens = s.tokens
    e = _index(s, mention.end)
    if e >= len(tokens) or tokens[e].text != "," or mention.kind == "name":
        return None
    c = e + 1
    while c < len(tokens) and c - e <= 5 and tokens[c].text != ",":
        c += 1
    k = _index(s, cue[0])
    if c >= len(tokens) or tokens[c].text != "," or c == e + 1 or k - c - 1 > _GAP:
        return None
    if any(not t.text.islower() for t in tokens[c + 1 : k]):
        return None  # only adverbs and auxiliaries between the appositive and its cue
    name = s.w.mentions.phrase_ending_at(tokens, c - 1, e + 1)
    if name is None or name.kind != "name" or name.start != tokens[e + 1].start:
        return None
    return name


def _coordination(s: Sentence, mention: Mention) -> Mention | None:
    """The whole coordination whose last conjunct *mention* is (``Vell and
    Reddick``, ``Vell, Roe and Reddick``, ``Both the mayor and her deputy``),
    when it opens a clause; the name stays the last conjunct's."""
    w = s.w
    tokens = s.tokens
    m = _index(s, mention.start)
    if m < 2 or tokens[m - 1].text.lower() != "and":
        return None
    start: int | None = None
    serial = tokens[m - 2].text == ","  # "Vell, Roe, and Reddick"
    j = m - 3 if serial else m - 2
    for n in range(_CONJUNCTS):
        conjunct = w.mentions.phrase_ending_at(tokens, j, 0)
        if conjunct is None or conjunct.end != tokens[j].end:
            break
        if conjunct.kind == "pronoun" and not w.can_speak(conjunct):
            break  # "it and the board said": "it" is no speaker
        a = _index(s, conjunct.start)
        if a > 0 and tokens[a - 1].text.lower() in w.cls("paired_opener"):
            a -= 1  # "Both the mayor and her deputy"
        if not _opens(s, a):
            break
        if not (serial and n == 0):
            # ", and aides said" after one phrase joins clauses, not a list of subjects.
            start = tokens[a].start
        if a < 2 or tokens[a - 1].text != ",":
            break
        j = a - 2  # "Vell, Roe and Reddick": the conjunct before the list comma
    return None if start is None else mention._replace(start=start)
