"""Stage 4, reported speech: which clause a subject belongs to.

Two readings the subject finders of :mod:`~quoteattr.rules.reported.phrases`
share: a mention right after a verb is that verb's object, no subject
(:func:`after_verb`), and the subject of the last clause joined before a
coordinated predicate is that predicate's (:func:`joined_clause_subject`).
The partial-quote rules add three: a subject read inside a fronted clause is
not the main clause's (:func:`subject_after_fronted`), a relative pronoun
right before its verb is its clause's subject (:func:`relative_clause_subject`),
and a relative clause's own cue labels the quote after it (:func:`relative_label`);
and a cue that ends its sentence tags all of it (:func:`closes_sentence`).  A
question verb's object that ends the clause is its listener, no content
(:func:`lone_listener`), and so is a manner adverb with its phrase after any
cue (:func:`manner_only`); what it asks about may follow that listener or a
phrase (:func:`asked_topic`).  A question word after ``to`` and a listener opens
what a clause verb reports (:func:`lead_ends`), and a pronoun subject one after an
adverb or a time phrase (:func:`pronoun_after_adverb`).  A content after
``that`` may follow a phrase between commas or a chain of cues, each link a
source and its verb (:func:`after_comma_phrase`, :func:`chain_link`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quoteattr.document import Binding, Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.extent import (
    INSERTION_MARKS,
    clause_after_comma,
    clause_opens,
    opens_subject,
)
from quoteattr.rules.reported.records import Sentence, index_at
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token

#: Marks that end the clause after a listener.
_CLAUSE_MARKS = frozenset(",.;:!?")
#: The most tokens of an adverb or a time phrase between a cue and a pronoun subject
#: (``insist repeatedly they``, ``has insisted for years she``).
_ADVERB_REACH = 5
#: The most tokens of a listener or a phrase between a question verb and what it asks about
#: (``asked the harbour board of Lund about``, ``asked during the autumn fair about``).
_TOPIC_REACH = 10
#: The most tokens of a manner phrase after its preposition before the clause must close
#: (``said warmly from the top step of the slipway.``); words beyond are a clause of their own.
_MANNER_REACH = 7


def after_verb(s: Sentence, mention: Mention) -> bool:
    """True when a verb stands right before *mention* (``help Roe win``, ``helping
    Roe win``, ``recites the same points``): the mention is that verb's object,
    not a subject.  A subject follows a mark, a conjunction, a complementizer,
    a subordinator, a relative or question word, or an adverb; a pronoun read
    as a subject may follow a noun too (``on the tapes she plays ...``)."""
    w = s.w
    m = index_at(s, mention.start)
    if m == 0 or mention.kind == "pronoun":
        return False
    word = s.tokens[m - 1].text
    if not (word.isalpha() and word.islower()) or w.is_adverb(word):
        return False
    return word not in w.clause_links


def lone_listener(w: ReportWords, tokens: list[Token], i: int, lemma: str) -> bool:
    """True when the words at token *i*, right after a question verb of class
    ``listener_object`` (*lemma*), are only whom it asks: a noun phrase and then
    the end of the clause (``asked the porters.``, ``ask Tobias Hale,``).  What
    was asked follows the listener (a question word, an infinitive), or is a
    speech noun (``asked a question``)."""
    if lemma not in w.cls("listener_object") or tokens[i - 1].text.lower() in w.prepositions:
        return False  # "asked about the mayor": the mayor is what was asked about
    mention = w.mentions.subject_after(tokens, i)
    if mention is None or mention.start != tokens[i].start or mention.name.split()[-1].lower() in w.noun_forms:
        return False
    k = next((j for j in range(i, len(tokens)) if tokens[j].start >= mention.end), len(tokens))
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() in w.relative_pronouns:
        return False  # "asked Roe, who ..., to explain": what was asked may follow the clause
    return k == len(tokens) or tokens[k].text in _CLAUSE_MARKS


def manner_only(w: ReportWords, tokens: list[Token], i: int, entry: ReportVerb) -> bool:
    """True when the words at token *i* after a cue are only how and where it was
    said: an adverb and a short prepositional phrase that close the clause with
    no verb, subject pronoun, complementizer or second noun phrase in them
    (``said gruffly across the yard.``, ``said quietly to the room as ...``).  A
    report needs a content, and a manner adverb with its phrase is none; an
    infinitive after ``to`` (``vowed quietly to rebuild``), a clause further on
    (``said calmly at the fair the kilns cool slowly``), and a particle of the
    cue or ``about`` (class ``far_particle``: ``commented freely about the
    board``), whose object is what was said, keep the report."""
    if i + 2 >= len(tokens) or not w.is_adverb(tokens[i].text):
        return False
    prep, nxt = tokens[i + 1].text.lower(), tokens[i + 2].text
    if prep not in w.prepositions or prep in entry.particles or prep in w.cls("far_particle"):
        return False
    if (
        prep in w.infinitive_markers
        and nxt.islower()
        and nxt.lower() not in w.determiners
        and nxt not in w.listener_pronouns
        and not present_form(w, nxt)  # "said quietly to reporters": an infinitive's verb takes no -s
    ):
        return False
    for j in range(i + 2, min(len(tokens), i + 2 + _MANNER_REACH)):
        word = tokens[j].text
        lower = word.lower()
        if word in _CLAUSE_MARKS or lower in w.cls("adjunct"):
            return True  # the clause closes, or an adverbial clause ("as he left") follows
        pronoun = w.pronouns.get(lower)
        if (
            not is_word(tokens[j])
            or lower in w.verbish
            or word.islower() and w.is_finite_verb(word)
            or pronoun is not None and lower not in w.possessives and lower not in w.listener_pronouns
            or j > i + 2 and _new_phrase(w, tokens, j)
        ):
            return False
    return False  # no mark within reach: the words go on as a clause, not a phrase


def _new_phrase(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when token *j*, past the first word of a phrase, opens another noun
    phrase (``on the radio the docks``, ``in Lund the barges``): a subject after
    the phrase's noun, since one noun phrase after a preposition ends at its noun."""
    before = tokens[j - 1].text
    lower = before.lower()
    if lower in w.prepositions or lower in w.determiners or lower in w.possessives:
        return False  # the phrase's own words: "of the", "the Harbour"
    if tokens[j].text[:1].isupper() and before[:1].isupper():
        return False  # one name of several words: "the Harbour Board"
    return opens_subject(w, tokens, j)


#: How many tokens a chain of cues after a cue's comma may run (``, Orla Fenwick and Tobias Hale recalled,``).
_LINK_REACH = 16


def after_comma_phrase(w: ReportWords, tokens: list[Token], i: int, reach: int) -> int | None:
    """Index of the content after a phrase between commas that opens at the comma at token
    *i* and is followed by ``that`` (``said, in a statement, that ...``), or right after that
    comma, over links of a chain of cues (``Roe said, Lund agreed, and Vell confirmed, that``:
    :func:`chain_link`), or None; read up to *reach* tokens."""
    last = i  # the comma that opens the segment read
    for j in range(i, min(len(tokens) - 1, i + reach)):
        that = tokens[j + 1].text.lower() in w.complementizers
        if j > i and tokens[j].text == tokens[i].text:
            if not chain_link(w, tokens, last + 1, j) and (last > i or not that):
                return None  # a clause, not a phrase or a cue: "said, Roe recalled, the dam held, that"
            last = j
        if tokens[j].text == tokens[i].text and that:
            return j + 2 if opens_subject(w, tokens, j + 2) else None
        if not is_word(tokens[j]) and tokens[j].text not in INSERTION_MARKS:
            return None
    return None


def chain_link(w: ReportWords, tokens: list[Token], a: int, b: int) -> bool:
    """True when tokens *a* to *b* (between two commas) are one link of a chain
    of cues: a source and its reporting verb, perhaps after a coordinator (``Lund
    agreed``, ``and Vell confirmed``).  The clause the chain shares follows the
    last link; a segment of other words is a clause of its own."""
    if a < b and tokens[a].text.lower() in w.coordinators:
        a += 1
    if b - a < 2 or tokens[b - 1].text.lower() not in w.verbs:
        return False
    # read back from the verb, as for a sentence's subject: a description ("the
    # clerk agreed") and a pair of names ("Roe and Vell recalled") are sources too
    mention = w.mentions.subject_before(tokens, b - 1, a)
    if mention is None or mention.end != tokens[b - 2].end:
        return False
    c = next((x for x in range(b - 2, a, -1) if tokens[x].start < mention.start), a)
    if c > a and tokens[c].text.lower() == "and" and tokens[c + 1].start == mention.start:
        mention = w.mentions.subject_before(tokens, c, a)  # the pair's first source
        return mention is not None and mention.start == tokens[a].start and mention.end == tokens[c - 1].end
    return mention.start == tokens[a].start


def clause_after_links(s: Sentence, i: int, k: int, m: int, entry: ReportVerb) -> int | None:
    """Index of a content that follows a comma after the cue at token *k* (see
    :func:`~quoteattr.rules.reported.extent.clause_after_comma`), past links of a
    chain of cues between commas (``Dunmore said, Kowal recalled, the bridge was
    sound``): such a link is a parenthetical cue of its own, and the clause the
    cues share follows the last one; a pair of sources (``Roe and Lund said,``) opens
    where its first source does."""
    tokens = s.tokens
    if m > 1 and tokens[m - 1].text.lower() in s.w.cls("joins"):
        # The subject read is the pair's second source: the clause opens before the first.
        pair = s.w.mentions.subject_before(tokens, m - 1)
        m = index_at(s, pair.start) if pair is not None and pair.end == tokens[m - 2].end else m
    comma = i
    for j in range(i + 1, min(len(tokens), i + _LINK_REACH)):
        if tokens[j].text == ",":
            if not chain_link(s.w, tokens, comma + 1, j):
                break
            comma = j
        elif not is_word(tokens[j]):
            break
    return clause_after_comma(s, comma, k, m, entry)


def chain_clause(s: Sentence, comma: int, i: int) -> int | None:
    """Where the content of a parenthetical cue starts when the words before its
    comma at token *comma* are a source and its cue, the sentence's first link of
    a chain (``Dunmore said, Kowal recalled, the bridge was sound``): after the
    comma at token *i* that closes the cue, where the clause the two cues share
    opens; else None (the parenthetical's content is the whole sentence)."""
    w = s.w
    tokens = s.tokens
    # The first cue reads this cue's link with the same test (clause_after_links):
    # the two agree on where the shared clause opens and both report it.
    if i + 1 >= len(tokens) or not chain_link(w, tokens, s.first_word, comma):
        return None
    return tokens[i + 1].start if opens_subject(w, tokens, i + 1) else None


def asked_topic(w: ReportWords, tokens: list[Token], i: int, entry: ReportVerb) -> int | None:
    """Index of what a question verb asks about when a listener or a phrase opens at
    token *i* and one of the verb's particles follows it (``asked the mayor about
    the loan``, ``asked the court for a ruling``), after a phrase only a particle
    of class ``far_particle`` (``asked during the fair about the pier``, not ``asked
    of a rival for the post``), or None.  The listener is whom the question goes to, not what was
    asked, so the content starts at the particle; before an infinitive it stays
    (``asked the clerks to wait``: the clerks are to wait).  A verb, a mark, an
    infinitive or a question word on the way ends the search: the words there are
    a clause, not a listener."""
    if tokens[i - 1].text.lower() in entry.particles:
        return None  # "asked for the files to be shown": the particle is the cue's own
    phrase = False  # a preposition crossed: "a rival for the post" keeps its "for"; "about" may follow
    for j in range(i + 1, min(len(tokens) - 1, i + _TOPIC_REACH)):
        word = tokens[j].text
        lower = word.lower()
        phrase = phrase or tokens[j - 1].text.lower() in w.prepositions
        if lower in entry.particles and (not phrase or lower in w.cls("far_particle")):
            return j if is_word(tokens[j + 1]) else None
        if (
            not is_word(tokens[j])
            or lower in w.infinitive_markers
            or lower in w.complementizers
            or lower in w.question_words
            or word.islower() and w.is_finite_verb(word)
        ):
            return None
    return None


def opens_adjunct(w: ReportWords, tokens: list[Token], i: int, cue: int) -> bool:
    """True when token *i*, after a clause cue whose last word is token *cue*,
    opens an adverbial clause (class ``adjunct``: ``said as he left``,
    ``objected when the barge blocked the lock``), not what was said.

    A question word among them (``when``) is read so only after a cue in the
    past with no negation, modal or infinitive ``to`` in the four words before
    it: a bare cue (``refused to say when``, ``would not say on Friday when``)
    so often asks an embedded question that its ``when`` opens the content.  A
    ``when`` clause that runs into a second clause of its own (``said when he
    was mayor the ferry ran on time``) is what was said, too."""
    first = tokens[i].text.lower()
    if first not in w.cls("adjunct"):
        return False
    if first not in w.question_words:
        return True
    return _plain_past(w, tokens, cue) and not _two_clauses(w, tokens, i + 1)


def _plain_past(w: ReportWords, tokens: list[Token], cue: int) -> bool:
    """True for a cue form in the past (``said``, ``protested``) with nothing
    before it that negates it, makes it modal or makes it an infinitive."""
    if not w.is_past(tokens[cue].text.lower()):
        return False  # "say", "confirm": a bare form, after "to" or a modal
    before = [t.text.lower().replace("\u2019", "'") for t in tokens[max(0, cue - 4) : cue]]
    return not any(word in w.cue_blockers or word.endswith("n't") for word in before)


def _two_clauses(w: ReportWords, tokens: list[Token], k: int) -> bool:
    """True when the words from token *k* to the next mark hold two finite verbs
    that no coordinator, complementizer or relative pronoun parts: a clause
    after the adverbial one, with no comma to show where it ends."""
    verbs = 0
    for t in tokens[k:]:
        lower = t.text.lower()
        if not is_word(t):
            break
        if lower in w.coordinators or lower in w.complementizers or lower in w.relative_pronouns:
            verbs = 0
        elif t.text.islower() and w.is_finite_verb(lower):
            verbs += 1
            if verbs == 2:
                return True
    return False


def lead_ends(w: ReportWords, tokens: list[Token], i: int) -> frozenset[str]:
    """The words that end a phrase opening at token *i* between a verb that does not
    ask and its content: a complementizer (``said on Tuesday that``), and when
    ``to`` and a listener (a mention) come right before one a question word of
    class ``listener_question`` too (``explained to the board why the pier
    shut``).  Not after an infinitive's ``to`` (``vowed to explain how``), nor after
    a phrase (``added to the doubt over how ...``)."""
    if tokens[i].text.lower() not in w.infinitive_markers or i + 1 >= len(tokens):
        return w.complementizers
    k = i + 2  # "to her why"
    if tokens[i + 1].text.lower() not in w.listener_pronouns:
        mention = w.mentions.subject_after(tokens, i + 1)
        if mention is None or mention.start != tokens[i + 1].start:
            return w.complementizers
        k = next((j for j in range(i + 1, len(tokens)) if tokens[j].start >= mention.end), len(tokens))
    links = w.prepositions | w.cls("passive_link") | w.cls("approximator")
    if any(t.text.lower() in links for t in tokens[i + 1 : k]):
        return w.complementizers  # "added to the doubt over how": a phrase, not a listener
    if k < len(tokens) and tokens[k].text.lower() in w.cls("listener_question"):
        return w.complementizers | w.cls("listener_question")
    return w.complementizers


def pronoun_after_adverb(w: ReportWords, tokens: list[Token], i: int) -> int | None:
    """Index of a personal pronoun that opens the content after an adverb or a
    time phrase that opens at token *i*, with no complementizer (``insist
    repeatedly they would stay``, ``has insisted for years she can mend it``), or
    None.  Only a pronoun and a verb: after a noun the words could be the
    adverb's own phrase."""
    j = i
    while j < min(len(tokens) - 1, i + _ADVERB_REACH):
        word = tokens[j].text
        nxt = tokens[j + 1].text.lower()
        timed = (word in w.timed or word in w.prepositions) and (
            nxt in w.time_words or nxt in w.timed or nxt.isdigit()
        )
        if not (w.is_adverb(word) or word in w.cls("lead") or word in w.time_words or timed):
            break
        j += 1
    if j == i or j + 1 >= len(tokens) or tokens[j].text.lower() in w.complementizers:
        return None
    return j if clause_opens(w, tokens[j].text, tokens[j + 1].text) else None


def joined_clause_subject(s: Sentence, start: int, j: int) -> Mention | None:
    """The subject of the last clause joined before the conjunction at token *j*
    (after ``, and``, ``, but`` or ``;``), when a finite verb follows it: in
    ``Fishers called for a boycott, and the union criticised the plan and
    said ...`` the union says, not the fishers who open the sentence."""
    w = s.w
    tokens = s.tokens
    b = j - 1
    while b > start and not (
        tokens[b].text == ";" or tokens[b].text == "," and tokens[b + 1].text.lower() in w.coordinators
    ):
        b -= 1
    if b <= start:
        return None  # one clause before the conjunction: the common case
    first = b + 1 if tokens[b].text == ";" else b + 2  # where the joined clause's subject starts
    v = first + 1
    while v < j and not (tokens[v].text.islower() and w.is_finite_verb(tokens[v].text)):
        v += 1
    g = v
    while g - 1 > first and w.is_adverb(tokens[g - 1].text):
        g -= 1  # "the union sharply criticised"
    if v >= j:
        return None
    mention = w.mentions.subject_before(tokens, g, first)
    return mention if mention is not None and mention.start == tokens[first].start else None


def subject_after_fronted(w: ReportWords, tokens: Sequence[Token], subject: Mention, nearest: Mention | None) -> Mention | None:
    """The subject of the main clause after a fronted clause that holds *subject*, or None.

    *tokens* are a sentence up to a quote; *subject* was read as the
    sentence's subject, *nearest* is the subject of the nearest verb before
    the quote (:func:`~quoteattr.rules.reported.partial.clause_subject_before`).  A sentence that opens with a
    subordinator or a preposition (after a coordinator at most) opens with a
    fronted clause up to its first comma: ``While she toured the valley,
    her campaign printed ...``, ``In the third week of the Chess
    Festival, Brandt took ...``.  A *subject* inside that clause is not the
    subject of a quote after it: the phrase right after the comma is, when it
    is *nearest*, or when it can speak and a lowercase word (its verb) follows
    it (``Okafor used``: no second comma of an appositive).
    """
    toks = list(tokens)
    k = 1 if len(toks) > 2 and toks[0].text.lower() in w.coordinators else 0
    opener = toks[k].text.lower()
    if opener not in w.subordinators and opener not in w.prepositions:
        return None
    comma = next((x for x, t in enumerate(toks) if t.text == ","), 0)
    if not 0 < comma < len(toks) - 2 or subject.end > toks[comma].start:
        return None  # no fronted clause closed before the quote, or the subject follows it
    if nearest is not None and nearest.start == toks[comma + 1].start:
        return nearest
    main = w.mentions.clause_subject(toks, comma + 1, len(toks))
    if main is None or main.start != toks[comma + 1].start or not w.can_speak(main):
        return None
    verb = next((t for t in toks if t.start >= main.end), None)
    return main if verb is not None and verb.text.islower() and is_word(verb) else None


def relative_clause_subject(w: ReportWords, tokens: Sequence[Token]) -> Mention | None:
    """The relative pronoun (``who``, ``which``) of the last relative clause in
    *tokens* when it is that clause's subject, or None.

    *tokens* are a sentence up to a quote.  The pronoun is the subject when a
    verb follows it (an auxiliary, a form of *be*, a finite verb or a word in
    ``-s``, after an adverb at most): ``the baker, who is opening a second
    shop, "..."``, ``the council, which now calls the toll "..."``.
    Only a clause that does not restrict its noun counts: after a comma or a
    name that does not open the sentence (``a newcomer who would "..."`` is
    part of what the sentence says of its subject); and only one still open
    at the quote, with no comma and finite verb after it (``Roe, who had
    waited all day, thanked the crew and said``).  The verb reader of the clause rules skips auxiliaries and reads no
    subject it cannot hear speak (``which``); this pronoun stands for a
    speaker whose words the clause gives.
    """
    toks = list(tokens)
    for r in range(len(toks) - 2, 0, -1):
        if toks[r].text.lower() not in w.cls("subject_relative"):
            continue
        before = toks[r - 1].text
        if before != "," and not (before[:1].isupper() and r - 1 > 0):
            return None  # not after a comma or a name ("Those who are angry call it "..."": restrictive)
        verb = toks[r + 2].text if w.is_adverb(toks[r + 1].text) and r + 2 < len(toks) else toks[r + 1].text
        if not (verb in w.auxiliaries or verb in w.be_forms or verb.islower() and (w.is_finite_verb(verb) or present_form(w, verb))):
            return None
        if any(toks[c].text == "," and w.is_finite_verb(toks[c + 1].text) for c in range(r + 2, len(toks) - 1)):
            return None  # "Roe, who had waited all day, thanked the crew and said": the main predicate resumes
        if any(toks[c].text == "," and toks[c + 1].text.lower() in w.pronouns for c in range(r + 2, len(toks) - 1)):
            return None  # "of Roe, who died in May, it will be ...": a clause with its own subject follows
        return Mention(toks[r].start, toks[r].end, "pronoun", toks[r].text, "", "")
    return None


def present_form(w: ReportWords, word: str) -> bool:
    """True for a word that may be a verb in the present third person (``believes``, ``targets``)."""
    return len(word) > 3 and word.endswith(w.plural_endings) and not word.endswith(w.singular_endings)


def relative_label(w: ReportWords, tokens: Sequence[Token]) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker and cue of a quote that a relative clause's own cue introduces, or None.

    *tokens* end right before the quote: a relative pronoun, a subject that can
    speak, then a reporting verb at most three words before the quote (``the
    cooks, whom she praised as "..."``, ``the toll, which he called
    "..."``, ``the fee, which a review found was "..."``).  Not after ``what``
    (``what he calls a "..."``): that phrase is a part of the sentence around it.
    """
    toks = list(tokens)
    for j in range(len(toks) - 1, max(0, len(toks) - 4) - 1, -1):
        word = toks[j].text
        if not is_word(toks[j]):
            return None  # a mark between the cue and the quote: no label
        entry = w.verbs.get(word)
        if entry is None or entry.gerund or not word.islower():
            continue
        mention = w.mentions.subject_before(toks, j, max(0, j - 8))
        if mention is None or not w.can_speak(mention):
            return None
        m = next((x for x, t in enumerate(toks) if t.start == mention.start), 0)
        if m == 0 or toks[m - 1].text.lower() not in w.relative_pronouns:
            return None
        return mention, (toks[j].start, toks[j].end)
    return None


#: The end of a sentence right after a cue, perhaps past one word (``said Sunday.``).
_SENTENCE_CLOSE_RE = re.compile(r"[^\S\n]*(?:[\w'’]+[^\S\n]*)?[.!?]")


def closes_sentence(text: str, binding: Binding) -> bool:
    """True when *binding*'s cue, or its subject after it, ends the sentence
    (``..., Roe said.``, ``..., said Roe on Sunday.``), perhaps past one word."""
    assert binding.cue is not None  # a SENTENCE_CUE binding
    end = max(binding.cue[1], binding.mention.end)
    return _SENTENCE_CLOSE_RE.match(text, end) is not None


#: Marks after which a lone ``that`` is a pronoun: the clause ends there.
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ")"})


def lone_demonstrative(tokens: list[Token], i: int) -> bool:
    """True when the ``that`` at token *i* stands alone as a pronoun: its clause ends
    after it, or after a comma and one word (``Kowal said that.``, ``denied that,
    again.``).  After a comma and more, ``that`` opens a clause more often than not
    (``said that, after the thaw, ...``, ``added that, "..."``)."""
    n = len(tokens)
    if i + 1 >= n or tokens[i + 1].text in _SENTENCE_ENDS:
        return True
    return (
        tokens[i + 1].text == ","
        and i + 2 < n
        and is_word(tokens[i + 2])
        and (i + 3 >= n or tokens[i + 3].text in _SENTENCE_ENDS)
    )


def demonstrative(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the ``that`` at token *i* is a determiner: one lowercase word
    follows it, then a mark, a preposition or a coordinator (``that idea.``,
    ``that promise on Monday``), where a clause would go on with its verb."""
    if i + 2 >= len(tokens):
        return i + 1 < len(tokens) and tokens[i + 1].text.islower()
    word, after = tokens[i + 1].text, tokens[i + 2].text.lower()
    if not word.islower() or word in w.pronouns or word in w.determiners or word in w.articles:
        return False
    return not is_word(tokens[i + 2]) or after in w.prepositions or after in w.coordinators


def demonstrative_start(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when a lead word at token *i* is a determiner or pronoun that opens the
    content (``said this was a mistake``), not a time phrase (``said this week``)."""
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or tokens[i].text.lower() not in w.determiners:
        return False
    nxt = tokens[i + 1].text.lower()
    return w.is_auxiliary(nxt) or nxt not in w.time_words and nxt not in w.cls("time_modifier")


def summary_object(s: Sentence, comma: int, mention: Mention) -> tuple[int, int] | None:
    """The phrase between *comma* and the source of a postposed cue that the cue's
    clause takes as its object, as (start, end): ``The pier leaked for years, a fact
    Lund often mentions`` reports ``a fact``, not the clause before the comma.

    The phrase is a noun of class ``summary_object_noun`` (``fact``, ``point``,
    ``something``), alone or after a word of class ``summary_object`` (``a``,
    ``another``) and at most two more words; a relative pronoun before the source
    is left out (``..., a claim that Lund denied``).  Other nouns are left to the
    source's reading (``..., a harbour pilot Hale said``: an appositive).
    """
    w = s.w
    words = s.tokens[comma + 1 : index_at(s, mention.start)]
    if words and words[-1].text.lower() in w.relative_pronouns:
        words = words[:-1]
    if not words or len(words) > 4 or words[-1].text.lower() not in w.cls("summary_object_noun"):
        return None
    if len(words) > 1 and words[0].text.lower() not in w.cls("summary_object"):
        return None
    return words[0].start, words[-1].end
