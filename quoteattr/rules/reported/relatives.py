"""Stage 4, reported speech: a relative clause that ends a content.

A content that ends with a name often runs on with a relative clause that
the writer adds about that name (``Roe said the looms had come from Quillon
Weavers, which also dyes wool``): background, not what the source said.
:func:`relative_end` ends such a content at the comma; :func:`appositive_end`
ends one before a closing appositive with ``a`` or ``an`` (``..., a blow the
valley had feared``).
"""

from __future__ import annotations

import re

from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token

#: A comma, then a relative pronoun that opens a clause about what stands before it.
_RELATIVE_RE = re.compile(r",\s+(which|who)\s")
#: A comma, then an indefinite article: an appositive (``, a move the port had resisted``).
#: A dash opens one too (``... the pier would close — a blow to the town``).  Group 2:
#: a comma, ``the`` and a lowercase word, an appositive only after a name (``..., the treasurer``).
_APPOSITIVE_RE = re.compile(r"(?:,|\s(?:—|–|--?))\s+(an?)\s|,\s+(the)\s(?=[a-z])")
#: How many words of a dashed appositive are read for a sign that it comments on the clause.
_COMMENT_READ = 7
#: A dash set off by spaces, which may close a dashed appositive.
_DASH_RE = re.compile(r"\s(?:—|–|--?)\s")
#: After an object verb's noun phrase, ``the`` opens an appositive too (``praised Lund, the treasurer``).
_OBJECT_APPOSITIVE_RE = re.compile(r",\s+(an?|the)\s")
#: A comma, a plural word and a relative word: a speech noun there sums up what was said
#: (``..., remarks that were aired that night``).
_SPEECH_SUMMARY_RE = re.compile(r",\s+([a-z]+s)\s+(?:that|which)\s")
#: A comma (a closing quotation mark may follow it) and the word after it: where a list item may open.
_ITEM_RE = re.compile(r",[\u2019\u201d'\"]?\s+([\w'’-]+)")
#: The fewest words a content has before an appositive that ends it: a shorter
#: one is a phrase the clause goes on from (``that, in a way, ...``).
_APPOSITIVE_AFTER = 4
#: The most words a list item has before a comma (``, fresh tar,``).
_LIST_ITEM = 3
#: How far back from a comma the comma that opens a list item before it is looked for.
_ITEM_READ = 48
#: A comma inside the relative clause or appositive: the clause it was set into
#: may go on there (``Lund, who chairs the board, has left``).
_RESUME_RE = re.compile(r",\s+(?=[\w'’-])")
#: How far past a comma the words are read to find the predicate going on.
_RESUME_READ = 60


def relative_end(s: Sentence, start: int, end: int, takes_object: bool = False) -> int:
    """Where a content from *start* to *end* ends before a relative clause set off by
    a comma after a name, when that clause runs to the content's end (``... come
    from Quillon Weavers, which also dyes wool``); else *end*.  Not when the clause
    closes at a later comma and the predicate goes on (``... that Lund, who chairs
    the board, would leave``, ``..., never lied``, ``..., to row``: the relative
    sits inside the subject or the object), nor, unless the cue *takes_object*
    (``praised Lund, who ...``), when the name is all the content has before the
    comma (``Roe said Lund, who chairs the board, ...``: a clause needs its
    predicate).  Measured: the same cut after any word (``the old sluice, which
    floods``) gained on PolNeAR train and lost on dev, where the annotators keep
    such clauses as often as not."""
    text = s.text
    m = _RELATIVE_RE.search(text, start, end)
    while m is not None:
        pos = m.start()
        if (
            pos > start
            and not s.quoted.contains(pos)
            and _after_name(text, start, pos)
            and (takes_object or not _name_only(s.w, text[start:pos]))
            and _terminal(s, m.end(), end)
        ):
            return pos
        m = _RELATIVE_RE.search(text, m.end(), end)
    return end


def appositive_end(s: Sentence, start: int, end: int, takes_object: bool = False, infinitive: bool = False) -> int:
    """Where a content from *start* to *end* ends before an appositive with ``a`` or
    ``an`` that sums up or describes what comes before it and runs to the content's
    end (``Roe said the mill would cut 300 jobs, a blow the valley had feared``);
    else *end*.  Only after a clause of :data:`_APPOSITIVE_AFTER` words or more, not
    after a name (``..., the post went to Hollis Brannock, a boatwright``: PolNeAR's
    annotators keep a description of a name inside the content as often as not;
    measured, the cut after a name too: train +8 matched reports, dev -1), not after
    an adverb set off by commas (``new sails and, probably, a coat of tar``: the phrase goes
    on), not after a fronted clause or phrase (:func:`_fronted`: the noun phrase
    is the main clause's subject), not inside a list (:func:`_list_item`) and not
    when the clause goes on after the appositive (``the new mayor, a former
    sailor, lied``: it renames the subject).  When the cue *takes_object*
    (``praised Hollis Brannock, a boatwright``), the content is a noun phrase
    whose appositive describes it: the cut is made after a name and after a
    short phrase too (PolNeAR train +7 matched reports, dev unchanged), and before
    an appositive with ``the`` as well (``cited the ferry fund, the one the guild
    set up``), unless the phrase before or after it opens with the same article
    (:func:`_series`: ``the toll, the weir, the lock gates``): PolNeAR train (speech
    subset) +2 matched reports, dev unchanged.  After a clause, an appositive with
    ``the`` and a lowercase word ends the content only after a name (``Roe said she
    backed Hollis Brannock, the treasurer``; after a common noun it may be the
    clause's own words), nor in a series: train +2, dev +2 matched reports; after
    any noun when it points back (``..., the latter a word for ...``, class
    ``back_reference``).  An
    *infinitive* content (``vowed to mend the Kell Weir, a dam the guild
    built``) is a verb and its object: an appositive with ``a`` or ``an`` after
    a name there describes the object, as after an object verb, and ends it
    too."""
    text = s.text
    pattern = _OBJECT_APPOSITIVE_RE if takes_object else _APPOSITIVE_RE
    m = pattern.search(text, start, end)
    while m is not None:
        pos = m.start()
        if (
            not s.quoted.contains(pos)
            and (takes_object or len(text[start:pos].split()) >= _APPOSITIVE_AFTER)
            # "a"/"an" after a clause but not after a name; "the" only after one
            and (
                takes_object
                or (m.group(1) is None) == _after_name(text, start, pos)
                # "..., the latter a word for ...": the writer points back, after any noun
                or (m.group(2) is not None and _back_reference(s.w, text, m.end(), end))
                # "to mend the Kell Weir, a dam ...": the infinitive's object, described
                or (infinitive and m.group(1) is not None)
                # "..., a decision Lund regrets": it sums up the clause, not the name before it
                or (m.group(1) is not None and _sums_up(s.w, text[m.end() : end]))
            )
            and not _after_aside_adverb(s.w, text, start, pos)
            # an infinitive's own "to" opens no fronted phrase: read from the word after it
            and not _fronted(s.w, text, text.find(" ", start, pos) + 1 if infinitive else start, pos)
            and not _list_item(s.w, text, start, pos, end)
            and not ((takes_object or m.group(1) is None) and _series(text, start, pos, end, m.group(1) or m.group(2)))
            and _terminal(s, m.end(), end)
            and not (text[pos] != "," and _DASH_RE.search(text, m.end(), end))  # "— a blow —": set off inside
            and (text[pos] == "," or _comments(s.w, text[m.end() : end]))
        ):
            return pos
        m = pattern.search(text, m.end(), end)
    return end


def back_reference_end(s: Sentence, start: int, end: int) -> int:
    """Where a content ends before a comma, ``the`` and a word of class
    ``back_reference`` after *start* (``..., the latter a word for ...``), when the
    appositive runs to *end*; else *end*.  For a parenthetical cue's content,
    read from the cue on (``The closures, Roe said, hit the ferries and the
    barges, the latter a word for ...``), where no other appositive is cut:
    PolNeAR train +2 matched reports, dev unchanged (with ``a``/``an`` too: -2)."""
    text = s.text
    m = _APPOSITIVE_RE.search(text, start, end)
    while m is not None:
        if m.group(2) is not None and not s.quoted.contains(m.start()) and _back_reference(s.w, text, m.end(), end) and _terminal(s, m.end(), end):
            return m.start()
        m = _APPOSITIVE_RE.search(text, m.end(), end)
    return end


def speech_summary_end(s: Sentence, start: int, end: int) -> int:
    """Where a clause content ends before a comma, a plural speech noun (of
    ``report_nouns.txt``) and ``that`` or ``which`` that open a relative clause
    running to *end* (``Roe said the pier was safe, claims that the survey did
    not bear out``): the writer's words on what was said, as an appositive with
    ``a`` is (``, a claim that ...``).  Only after a clause of
    :data:`_APPOSITIVE_AFTER` words or more.  PolNeAR train +2 matched reports,
    dev unchanged (with ``something``/``one`` as the noun: no change)."""
    text = s.text
    for m in _SPEECH_SUMMARY_RE.finditer(text, start, end):
        pos = m.start()
        if (
            m.group(1) in s.w.nouns
            and not s.quoted.contains(pos)
            and len(text[start:pos].split()) >= _APPOSITIVE_AFTER
            and _terminal(s, m.end(), end)
        ):
            return pos
    return end


def dash_clause_end(s: Sentence, start: int, end: int) -> int:
    """Where a content ends before a spaced dash and a word of class ``dash_boundary``
    (``though``, ``although``, ``while``, ``whereas``; also after ``even``, class
    ``boundary_lead``: ``-- even as``), when no second dash closes the phrase
    before *end* (``Roe said the weir would hold -- though the crews doubt it``):
    the writer's clause of concession, as after a comma.  A closed pair is an
    aside the content goes on past (``the new -- though small -- weir``).
    PolNeAR train +4 matched reports, dev unchanged (with ``but`` too: no more).
    ``as`` opens the writer's comment too (``-- as was the case last spring``,
    ``-- as long as ...``), not a comparison of degree (class ``as_degree``:
    ``-- as many boats as last year``): train +1 matched report, 1 fewer false."""
    text, w = s.text, s.w
    for m in _DASH_RE.finditer(text, start, end):
        words = text[m.end() : min(end, m.end() + 24)].lower().split()
        led = len(words) > 1 and words[0] in w.boundary_leads and words[1] in w.led_boundaries
        if (
            m.start() > start
            and words
            and (words[0] in w.cls("dash_boundary") or led)
            and not (len(words) > 1 and words[1] in w.cls("as_degree"))  # "-- as many boats as ...": a comparison
            and not s.quoted.contains(m.start())
            and not _DASH_RE.search(text, m.end(), end)
        ):
            return m.start()
    return end


#: A parenthesis that closes an aside of at least three words, then only marks to the content's end.
_CLOSING_ASIDE_RE = re.compile(r"\(\s*[^()\s]+\s+[^()\s]+\s+[^()]*\)\W*")


def closing_aside_end(s: Sentence, start: int, end: int) -> int:
    """Where a content ends before a parenthesis that closes it, an aside of three
    words or more (``Roe said the weir would hold (the crews doubt it)`` reports
    ``the weir would hold``): the writer's remark, or a report of its own
    (``(which, Lund says, was never built)``), not what the source said.  A short
    one stays, a name's party or an initialism (``the Kell Weir Act (KWA)``).
    PolNeAR train 3 more matched reports for 1 fewer predicted, dev unchanged."""
    text = s.text
    k = text.rfind("(", start, end)
    if k <= start or not text[k - 1].isspace() or s.quoted.contains(k):
        return end
    m = _CLOSING_ASIDE_RE.match(text, k, min(len(text), end + 1))
    if m is None or m.end() < end:
        return end
    return len(text[:k].rstrip())


def _back_reference(w: ReportWords, text: str, pos: int, end: int) -> bool:
    """True when the word at *pos*, after a comma and ``the``, is of class
    ``back_reference`` (``the latter``, ``the former``): the appositive points back
    to a thing the clause named, in the writer's words.  An article, a form of *be*
    or an auxiliary must follow it: before a noun it is an adjective (``the former
    mayor``)."""
    words = text[pos : min(end, pos + 40)].split()
    # a noun after it makes it an adjective: "the former prime minister"
    return (
        len(words) > 1
        and words[0].lower() in w.cls("back_reference")
        and (words[1] in w.articles or words[1] in w.be_forms or w.is_auxiliary(words[1]))
    )


def _series(text: str, start: int, pos: int, end: int, article: str) -> bool:
    """True when the phrase after the comma at *pos* is an item of a series: the
    phrase before it (from an earlier comma, which a closing quotation mark may
    follow) or the next one before *end* opens with the same *article*
    (``the cost, the delay, the noise``), not an appositive."""
    openers = [m.group(1).lower() for m in _ITEM_RE.finditer(text, start, end)]
    k = sum(1 for m in _ITEM_RE.finditer(text, start, pos))
    near = openers[max(0, k - 1) : k] + openers[k + 1 : k + 2]
    return article.lower() in near


def _after_name(text: str, start: int, pos: int) -> bool:
    """True when the word before the comma at *pos* is a capitalised word
    (``... Harbour Holdings``, ``praised Lund``) or a handle (``@LundPort``).
    String methods on a window of 40 characters, not a pattern anchored at the
    window's end, which a search would try from every start in a long word
    (quadratic)."""
    chunk = text[max(start, pos - 40) : pos].rstrip()
    return bool(chunk) and chunk.rsplit(None, 1)[-1].lstrip("@")[:1].isupper()


def _name_only(w: ReportWords, phrase: str) -> bool:
    """True when *phrase*, after a leading ``that``, is capitalised words only (a name)."""
    words = phrase.split()
    if words and words[0].lower() in w.complementizers:
        words = words[1:]
    return bool(words) and all(word[:1].isupper() for word in words)


def _after_aside_adverb(w: ReportWords, text: str, start: int, pos: int) -> bool:
    """True when the words between the comma before *pos* and *pos* are an adverb
    phrase of one or two words set off by commas (``and, probably, a coat of tar``):
    an appositive follows a noun phrase, not an adverb.  Only between commas, as
    a lone -ly word ends many nouns (``at the rally, a ...``)."""
    lo = text.rfind(",", start, pos)
    if lo < 0:
        return False
    words = text[max(lo + 1, pos - 40) : pos].split()
    return 0 < len(words) <= 2 and w.is_adverb(words[-1])


def _fronted(w: ReportWords, text: str, start: int, pos: int) -> bool:
    """True when the stretch before the comma at *pos*, from the comma before it or
    from *start* (past a leading ``that``), opens with a subordinator, a
    preposition or a word of class ``object_adjunct`` (``if the toll rose, a
    strike would follow``, ``in the spring, a storm ...``): a fronted clause or
    phrase, after which ``a``/``an`` opens the main clause's subject, so cutting
    there would keep only the adverbial."""
    lo = text.rfind(", ", start, pos)  # not the comma in "30,000"
    words = text[start if lo < 0 else lo + 1 : pos].split()
    if words and words[0].lower() in w.complementizers:
        words = words[1:]
    if not words:
        return False
    first = words[0].lower()
    return first in w.subordinators or first in w.prepositions or first in w.cls("object_adjunct")


def _list_item(w: ReportWords, text: str, start: int, pos: int, end: int) -> bool:
    """True when the ``a``/``an`` phrase at *pos* is an item of a list, not an
    appositive: the words after it hold a coordinator before an article (``rope,
    a spare sail and an anchor``), or the stretch before the comma is a short
    verbless item after an earlier comma (``new sails, fresh tar, a new mast``)."""
    after = text[pos + 1 : end].split()
    if any(a in w.coordinators and b in w.articles for a, b in zip(after, after[1:], strict=False)):
        return True
    lo = text.rfind(", ", start, pos)  # not the comma in "30,000"
    if lo < 0:
        return False
    item = text[lo + 1 : pos].split()
    return 0 < len(item) <= _LIST_ITEM and not any(
        x in w.be_forms or w.is_auxiliary(x) or w.is_finite_verb(x) for x in item
    )


def last_item(w: ReportWords, text: str, pos: int) -> bool:
    """True when the comma at *pos*, before ``and``, closes the last but one item of a
    list (``Lund, Kowal, and Hale``, ``his crew, and the Kell rowers``), which ``and``
    goes on: the words since the comma before it are a short phrase with no verb,
    preposition or adverb first (not ``..., for instance, and Lund said ...``)."""
    lo = text.rfind(",", max(0, pos - _ITEM_READ), pos)
    words = [x for x in text[lo + 1 : pos].split() if any(c.isalnum() for c in x)] if lo >= 0 else []
    if not 0 < len(words) <= _LIST_ITEM + 1 or words[0].lower() in w.prepositions or w.is_adverb(words[0]):
        return False
    return not any(x in w.be_forms or w.is_auxiliary(x) or w.is_finite_verb(x) for x in words)


def clause_comma(s: Sentence, i: int) -> int | None:
    """The comma that closes a fronted clause (after a subordinator, an opening participle,
    ``When asked``, a fronted speech noun) whose content opens at token *i*: the first
    comma at or after it, passing over a relative clause that a comma
    opens with ``which`` or ``who`` and a second comma closes, where a verb goes on
    after it, perhaps after adverbs (``When Roe said the pier, which floods each
    spring, was safe, the crowd cheered``).  A comma after the closing one
    must follow, or the closing comma may be the clause's own (``After Roe praised
    Lund, who rows, the crowd cheered``) and the first comma is kept."""
    w = s.w
    tokens = s.tokens
    comma = s.comma_after(i)
    while comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].text.lower() in w.relative_pronouns:
        close = s.comma_after(comma + 2)
        after = s.comma_after(close + 1) if close is not None else None
        if close is None or after is None:
            break
        words = [t.text for t in tokens[close + 1 : after] if not w.is_adverb(t.text)]
        if not words or not (words[0] in w.be_forms or w.is_auxiliary(words[0]) or w.is_finite_verb(words[0])):
            break  # "..., which had rusted, the clerk said": a subject after it, the main clause
        comma = after
    return comma


def _terminal(s: Sentence, lo: int, end: int) -> bool:
    """True when no comma between *lo* and *end* is followed by the predicate of the
    clause the relative clause or appositive was set into (:func:`predicate_follows`)."""
    text = s.text
    for m in _RESUME_RE.finditer(text, lo, end):
        if predicate_follows(s.w, text[m.end() : min(end, m.end() + _RESUME_READ)].split()):
            return False
    return True


def predicate_follows(w: ReportWords, words: list[str]) -> bool:
    """True when *words*, read after a comma, go on with a predicate rather than
    open a phrase of their own: after any adverbs (``never``, ``quickly``), a
    form of *be*, an auxiliary, a finite verb, an infinitive marker (``Lund, who
    ..., to row``), a coordinator (``..., and was hired``), or, after an adverb of
    class ``adverb`` (``never``), any lowercase word (a verb the lexicon does not
    know: ``never lied``).  A lowercase word that is no function word, article,
    participle or adverb goes on too (``, a former sailor, lied``): a noun phrase
    after a closing comma would start with one of those."""
    n = 0
    while n < len(words) and w.is_adverb(words[n]):
        n += 1
    if n == len(words):
        return False
    word = words[n]
    if not word.islower():
        return False
    if (
        word in w.be_forms
        or w.is_auxiliary(word)
        or w.is_finite_verb(word)
        or word in w.infinitive_markers
        or word in w.coordinators
    ):
        return True
    if not word.isalpha():
        return False
    return (n > 0 and any(words[k] in w.adverbs for k in range(n))) or not _opens_phrase(w, word)


def _opens_phrase(w: ReportWords, word: str) -> bool:
    """True when lowercase *word* can open a phrase of its own after a comma."""
    return (
        word in w.articles
        or word in w.determiners
        or word in w.possessives
        or word in w.prepositions
        or word in w.relative_pronouns
        or word in w.complementizers
        or word in w.subordinators
        or w.is_participle(word)
        or w.is_adverb(word)
    )


def _sums_up(w: ReportWords, phrase: str) -> bool:
    """True when *phrase*, an appositive after its article, is headed by a noun that
    sums up a clause (class ``summary_noun``: ``a decision``, ``a move``; or
    ``summary_object_noun``: ``a plan``) and goes on with words of its own: it
    comments on the whole clause even after a name (``Roe urged Lund to resign,
    a decision he has refused``).  PolNeAR train +2 matched reports, dev unchanged."""
    words = [x.lower().strip(".,;:!?\u201d\"'") for x in phrase.split()[:2]]
    return len(words) > 1 and (words[0] in w.cls("summary_noun") or words[0] in w.cls("summary_object_noun"))


def _comments(w: ReportWords, phrase: str) -> bool:
    """True when *phrase*, a dashed appositive after its article, comments on the
    whole clause (``— a setback for the guild``, ``— a rise that few expected``,
    ``— a plan she has pushed``).  A dash more often names what the clause has
    just mentioned (``needed one thing — a raise``), which is part of what was said."""
    words = [x.lower().strip(".,;:!?\u201d\"'") for x in phrase.split()[:_COMMENT_READ]]
    for n, word in enumerate(words):
        if word in w.cls("summary_noun") or word in w.relative_pronouns or word in w.complementizers:
            return True
        if n > 0 and (w.is_past(word) or word in w.be_forms or w.is_auxiliary(word)):
            return True  # a relative clause with no pronoun: "a plan she has pushed"
    return False


def source_name(w: ReportWords, tail: list[Token]) -> bool:
    """True when *tail*, from a comma after an inverted source, is that source's name
    and nothing more, or its name and a relative clause on it (``..., said the
    ferry's relief pilot, Tobias Hale, who keeps the log``); a capital that opens a clause of
    its own is the content going on (``According to the polls, Hale leads``)."""
    words = [t for t in tail[1:] if is_word(t)]
    n = next((j for j, t in enumerate(tail) if j > 1 and t.text == ","), len(tail))
    name = [t for t in tail[1:n] if is_word(t)]
    if not name or len(name) > 4 or not all(t.text[:1].isupper() for t in name):
        return False
    return len(words) == len(name) or n + 1 < len(tail) and tail[n + 1].text.lower() in w.relative_pronouns
