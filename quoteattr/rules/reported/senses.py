"""Stage 4, reported speech: cue forms read in a sense that reports nothing.

A cue word whose content would open right after it, with no ``that``, may be
no reporting verb at all, judged from the first word of that content:

- a cue form that is also a noun, before an auxiliary, a form of *be* or a
  verb of class ``survey_verb``, is the noun heading a subject (``The harbour
  questions are likely to wait``, ``the wharf charges will rise``, ``Harbour
  reports show that ...``): a content clause has a subject of its own
  (after a pronoun the form is a verb: ``the tolls, which she claims are
  unfair``);
- a verb of class ``owning_form`` before an indefinite article, a number or a
  currency sign means having (``boasts a wide lead``, ``boasted 900
  members``; ``boasted that ...`` and ``boasted of ...`` report);
- a verb of class ``measure_form`` before a number measures a change
  (``trade declined 40 percent``; ``declined to comment`` reports);
- a verb of class ``price_verb`` with a currency sign in the first words of
  its object asks a price (``charged the club $300``, ``charged a $90 fee``;
  ``charged that the fee was unfair`` reports);
- a medium alone after a particle or the preposition of a speech noun says
  where, not what (``commented on Twitter.``, ``a remark on Facebook last
  May``);
- a verb of class ``counsel_form`` whose object is no infinitive, read as
  the content itself, counsels (``advises the guild on its tolls``;
  ``advised them to wait`` reports);
- words of class ``idiom_object`` right after a cue make an idiom with it
  (``called to mind``, ``the town we call home``);
- an indefinite phrase headed by a noun of class ``asked_thing``
  (``question``) after an asking verb, with no topic after it, names the
  asking, not what was asked (``asked him a question.``, ``asked tough
  questions of the board``);
- a content that is only a measured time phrase says when, not what
  (``as the Gazette reported three weeks later``, ``reported ten days ago``);
- a verb of class ``subject_content`` reports with no ``that`` only a clause
  with its own subject: an adverb, a degree word, a subordinator, an -ing
  form or an auxiliary right after it opens none (``responded warmly by
  lowering the toll``, ``respond more firmly``, ``observed voting at the
  pier``: how it answered, or a watching; ``responded the toll was fair``
  reports);
- a word of place or direction (class ``place_lead``) opens no content
  unless a comma soon ends its phrase (``protested outside the hall``,
  ``pointing toward the quay``: where; ``said outside the hall, the crews
  ...`` reports, and a capitalised word names a place: ``condemned North
  Kelby's toll``).

And a word read as the subject of a base form may open an imperative, which
has none (:func:`imperative_opener`: ``Just ask the skipper``, ``Share and
comment below``).
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence
from quoteattr.rules.reported.words import LISTENER, QUESTION, ReportWords
from quoteattr.text.tokens import Token

#: Currency signs, which may open or follow a price.
_CURRENCY = "$£€¥"

#: How many words a time phrase may hold before its closing word (``a few more days ago``).
_TIME_REACH = 5

#: How many tokens may stand before the noun an asking verb takes (``a series of
#: questions``, ``uniform, concrete questions``).
_ASKED_REACH = 5

#: Marks that close a name read after a cue (a quotation mark may open a title after it).
_CLOSING = ".,;:!?)"

#: How many tokens after a word of place a comma may close its phrase (``said
#: outside the old harbour hall, the crews ...``).
_PLACE_REACH = 8

#: How many words of an object are read for a currency sign (``charged the
#: ferry company nearly $300``).
_PRICE_REACH = 4


def other_sense(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the cue whose last word is token *i* - 1, its content opening at
    token *i* with no complementizer, is read in a sense that reports nothing
    (see the module's doc)."""
    if i < 1 or i >= len(tokens):
        return False
    cue = tokens[i - 1].text.lower()
    first = tokens[i].text.lower()
    if cue in w.noun_forms and (first in w.cls("auxiliary") or first in w.be_forms or first in w.cls("survey_verb")):
        # "Fleet questions are likely to ...", "reports show": a noun before its verb; after a pronoun a verb
        # whose object is a relative word (``which he estimates will ...``)
        return i < 2 or tokens[i - 2].text.lower() not in w.pronouns
    number = first[:1].isdigit() or first[:1] in _CURRENCY
    if cue in w.cls("owning_form") and (number or first in w.indefinite):
        return True  # "boasts a wide lead": having, not saying
    if cue in w.cls("measure_form") and number:
        return True  # "declined 40 percent": a change measured
    if cue in w.prepositions and first in w.cls("medium") and _phrase_ends(w, tokens, i + 1):
        return True  # "commented on Twitter.", "a remark on Facebook last May": where, not what
    if cue in w.cls("counsel_form") and first not in w.infinitive_markers and first not in w.cls("negation"):
        return True  # "advises banks on mergers": counselling; "advised them to wait" reports
    if _idiom(w, tokens, i):
        return True  # "called to mind the old ferry", "the town we call home.": an idiom
    if _time_only(w, tokens, i):
        return True  # "as the Gazette reported three weeks later.": when, not what
    if cue in w.cls("subject_content") and _opens_no_clause(w, tokens[i].text):
        return True  # "responded warmly by lowering the toll", "observed voting": no subject, no clause
    if tokens[i].text in w.cls("place_lead") and not any(t.text == "," for t in tokens[i + 1 : i + 1 + _PLACE_REACH]):
        return True  # "protested outside the hall", "pointing toward the quay": where (lowercase: not "North Kelby")
    if _asked_thing(w, tokens, i):
        return True  # "asked him a question.", "asked tough questions of the board": the asking, not what was asked
    if _name_only(w, tokens, i):
        return True  # "Vell wrote Reddick.", '"...," wrote Orla Vell.', "told The Tarrow Courier in May": who, not what
    if cue in w.cls("price_verb"):
        words = tokens[i : i + _PRICE_REACH]
        return any(t.text[:1] in _CURRENCY for t in words)  # "charged the club $300": a price
    return False


def _idiom(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the words from token *i* open an idiom of class ``idiom_object``
    with the cue: a phrase of two words (``called to mind``), or one word that
    ends its phrase (``the town we call home.``)."""
    idioms = w.cls("idiom_object")
    first = tokens[i].text.lower()
    if i + 1 < len(tokens) and f"{first} {tokens[i + 1].text.lower()}" in idioms:
        return True
    return first in idioms and _phrase_ends(w, tokens, i + 1)


def _asked_thing(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the cue before token *i* asks (frame ``question``) and the words
    from token *i* are, after an object pronoun, an indefinite phrase headed by
    a noun of class ``asked_thing`` with no topic after it: a mark other than a
    colon, or a preposition of no class ``topic`` or ``asked_topic`` (``over``)
    (``asked him a question.``, ``asked tough questions of the board``,
    ``rowers got asked a few questions upon landing``).  A topic, a colon, a
    clause or a definite or demonstrative word (``asked this question``,
    ``asked the question``: one said before) keeps the report."""
    entry = w.verbs.get(tokens[i - 1].text.lower())
    if entry is None or entry.frame != QUESTION:
        return False
    j = i + 1 if tokens[i].text.lower() in w.listener_pronouns else i
    head = None
    for k in range(j, min(len(tokens), j + _ASKED_REACH)):
        lower = tokens[k].text.lower()
        if lower in w.cls("asked_thing"):
            head = k
            break
        if not tokens[k].text.islower() or lower in w.lexicon.definite_articles or lower in w.lexicon.demonstratives:
            return False
        if not is_word(tokens[k]) and tokens[k].text != ",":
            return False
    if head is None:
        return False
    if head + 1 >= len(tokens):
        return True
    nxt = tokens[head + 1].text
    if not is_word(tokens[head + 1]):
        return nxt != ":"
    lower = nxt.lower()
    preposition = lower in w.prepositions or lower in w.lexicon.prepositions  # "upon leaving", "from the bench"
    return preposition and lower not in w.cls("topic") and lower not in w.cls("asked_topic")


def _name_only(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the cue before token *i* is a writing verb (class
    ``writing_verb``) or names its listener, and the words from token *i* are
    only capitalised ones that a closing mark (not a quotation mark: ``told
    the Courier's "Harbour Hour" that ...``), a preposition or the sentence's
    end closes: a name, who was written to or told, or who wrote (``Vell wrote
    Reddick.``, ``..., wrote Orla Vell.``), not what was said."""
    entry = w.verbs.get(tokens[i - 1].text.lower())
    if entry is None or entry.lemma not in w.cls("writing_verb") and entry.frame != LISTENER:
        return False
    j = i
    while j < len(tokens) and is_word(tokens[j]) and tokens[j].text[:1].isupper():
        j += 1
    return j > i and (j >= len(tokens) or tokens[j].text[:1] in _CLOSING or tokens[j].text in w.prepositions)


def _opens_no_clause(w: ReportWords, word: str) -> bool:
    """True for a word that cannot open a clause's subject: an adverb, a degree
    word (``more``), a subordinator, a lowercase -ing form or an auxiliary."""
    lower = word.lower()
    return (
        w.is_adverb(word)
        or lower in w.cls("degree")
        or lower in w.subordinators
        or word.islower() and w.is_gerund(lower)
        or w.is_auxiliary(lower)
        or lower in w.be_forms
    )


def _phrase_ends(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when a phrase ends before token *j*: the sentence ends, or a mark or a
    preposition stands there."""
    return j >= len(tokens) or not is_word(tokens[j]) or tokens[j].text.lower() in w.prepositions


def _time_only(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the words from token *i* are only a measured time phrase closed by
    ``ago`` or a word of class ``time_close`` and then a mark other than a colon
    or the sentence's end (``reported ten days ago.``, ``said a few days
    later,``; not ``said a day earlier: ...``)."""
    words = w.lexicon.time_phrase_words
    j = i
    while j < len(tokens) and j - i < _TIME_REACH and tokens[j].text.lower() in words:
        j += 1
    if j == i or j >= len(tokens):
        return False
    close = tokens[j].text.lower()
    if close not in w.lexicon.time_phrase_ends and close not in w.cls("time_close"):
        return False
    return j + 1 >= len(tokens) or not is_word(tokens[j + 1]) and tokens[j + 1].text != ":"  # a colon: what follows


def imperative_opener(s: Sentence, k: int, entry: ReportVerb, mention: Mention) -> bool:
    """True when *mention*, read as the subject of the base-form cue at token *k*, is
    one capitalised word that opens the sentence and names no plural: an adverb or
    a verb that opens an imperative (``Just ask the skipper``, ``Share and comment
    below``), whose cue has no subject and reports nothing."""
    w = s.w
    tokens = s.tokens
    word = tokens[k].text.lower()
    if word != entry.lemma or word in w.cls("same_past") or mention.kind == "pronoun" or k < 1:
        return False
    for t in tokens[s.first_word + 1 : k]:
        lower = t.text.lower()
        if lower in w.infinitive_markers or w.is_auxiliary(lower) or lower in w.be_forms:
            return False  # "Roe went on to explain", "Roe will rest and mention": a verb group before
    first = tokens[s.first_word]
    lower = first.text.lower()
    return (
        mention.start == first.start
        and mention.end == first.end
        and not lower.endswith(w.plural_endings)
        and lower not in w.quantifiers
        and lower not in w.cls("lone_subject")
    )
