"""Stage 4, reported speech: where an object content ends.

A verb that takes what was said as its object (``criticized the plan``,
``called for a ban``, ``talked about the levy``) reports a noun phrase, not a
clause.  What follows that phrase after a comma or a dash (an appositive, a
relative clause, an aside: ``praised the new pier, a gift from the port``) or
after a preposition of time (``praised the ferrymen during the fair``) says when or
why the words were said, or describes the object: it is not what was said.
:func:`object_end` ends such a content there.
"""

from __future__ import annotations

import re
from itertools import islice

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.extent import WORDS_RE
from quoteattr.rules.reported.phrases import phrase_end
from quoteattr.rules.reported.records import QUOTE_TOKENS, Sentence, index_at
from quoteattr.rules.reported.words import OBJECT, REACH, ReportWords

#: A dash or a bracket that opens an aside after a noun phrase, or a lowercase word
#: (one of class ``object_adjunct`` opens a phrase of time).  Not a comma: a name
#: (``Tulsa, Okla.``), a list or a participle phrase goes on after one (measured:
#: cutting at every comma cost PolNeAR dev 0.9 detection F1).
_STOP_RE = re.compile(r"\s[-\u2013\u2014]+(?=\s)|\s\(|\s([a-z]+)(?=\s)")


def object_end(s: Sentence, start: int, end: int, cue: tuple[int, int]) -> int:
    """Where a content from *start* to *end* that the object verb at *cue* reports
    ends: at the first dash or bracket, or before a preposition of time of
    class ``object_adjunct`` (``during``, ``after``, ...), only where it follows the
    whole object phrase: an aside closed inside the content (``praised Brannock (the
    elder) for rowing``) is passed over, and a phrase of time after a clause inside
    the object (:func:`_inner_clause`) ends nothing.  *end* when the cue's frame
    is no object, when a complementizer stands between the cue and the content
    (``urged that the crews stay ashore``: this use takes a clause), or when the
    content opens with an infinitive or a question word (``criticized how the
    vote was run``).  An infinitive inside the content
    keeps no phrase of time (``urged the guild to vote`` before ``after the
    meeting``): PolNeAR's annotators read it as the cue's (measured: keeping it
    cost train 5 matched reports, dev 3)."""
    w = s.w
    if not takes_object(s, cue):
        return end
    between = s.text[cue[1] : start].split()
    if between and between[-1].lower() in w.complementizers:
        return end  # "urged that the crews stay ashore": the frame is the verb's usual one, not this use's
    first = s.text[start : start + 12].split(maxsplit=1)
    if not first or first[0].lower() in w.infinitive_markers or first[0].lower() in w.question_words:
        return end
    adjuncts = w.cls("object_adjunct")
    text = s.text
    pos = start
    for m in _STOP_RE.finditer(text, start, end):
        if m.start() < pos or s.quoted.contains(m.start()):
            continue
        word = m.group(1)
        if word is not None and (word in w.cls("object_clause_link") or word in w.cls("object_predicate_link")):
            before = text[start : m.start()]
            if word in w.cls("object_clause_link") and any(w.is_gerund(x) for x in before.split()):
                continue  # "accused Hale of shoving a clerk as the crowd left": the -ing verb's time
            if _second_clause(w, word, text[m.end() : end]) and not _inner_clause(w, before):
                return m.start()  # "blamed the storm but later paid", "condemned the raid as Kell fired"
            continue
        if word is not None and word not in adjuncts and not _occasion(w, text, start, m, end):
            continue
        if word is not None and _inner_clause(w, text[start : m.start()]):
            return end  # "the accord adopted after the talks": the time is the inner verb's
        if word is not None and word in w.question_words and _after_time_noun(w, text, start, m.start()):
            return end  # "the day when the ferry sank": a relative clause on the time noun, part of the object
        if word is None:
            close = _closing(text, m, end)
            if close is not None and text[close:end].strip(" ,;"):
                pos = close  # "Brannock (the elder) to row", "others -- even Lund -- to pay": inside the phrase
                continue
        return m.start()
    return end


#: How many words a subject after ``as`` may have before its verb (``as the Kell
#: wardens fired``).
_SUBJECT_REACH = 4


def _second_clause(w: ReportWords, link: str, rest: str) -> bool:
    """True when *rest*, the words after *link* past an object, open a clause of
    their own: after a word of class ``object_predicate_link`` (``but``) a verb,
    perhaps after adverbs (``but later paid``, ``but has been``), a second
    predicate of the cue's subject, as a noun phrase has no verb to share; after
    one of class ``object_clause_link`` (``as``) a subject (a pronoun or
    capitalised words) and a verb (``as Kell fired``, ``as he was leaving``), a
    clause of time.  The verb is a
    past form, an auxiliary or a form of *be*: a present form reads as a plural
    noun as often.  Not ``but`` before a subject (``but the crews``), nor ``as``
    before an article (``cited the ban as a reason``: the object's predicate;
    cutting there measured train -21 matched reports, dev -6).  Measured on
    PolNeAR train: +2 matched reports for 2 more predicted (reports nested in
    the cut words now stand alone), dev +2 for 2 fewer false."""
    words = rest.split()[: _SUBJECT_REACH + 3]
    k = 0
    if words and words[0].lower() in w.pronouns:
        k = 1
    else:
        while k < min(len(words), _SUBJECT_REACH) and words[k][:1].isupper() and words[k][-1:].isalnum():
            k += 1  # a mark after a word ends the subject ("as Kell Coe, I knew": no verb of its own)
        if k < len(words) and words[k][:1].isupper():
            return False
    if (k == 0) != (link in w.cls("object_predicate_link")):
        return False  # "but" shares the cue's subject; "as" has one of its own
    while k < len(words) - 1 and (w.is_adverb(words[k]) or words[k] in w.cls("participle_adverb")):
        k += 1
    verb = words[k].rstrip(",.;:") if k < len(words) else ""
    return verb.islower() and (w.is_past(verb) or w.is_auxiliary(verb) or verb in w.be_forms)


#: How many words may stand between a medium preposition and an occasion noun (``at a
#: small town hall``).
_OCCASION_REACH = 4


def _occasion(w: ReportWords, text: str, start: int, m: re.Match[str], end: int) -> bool:
    """True when the word of *m*, a medium preposition (``at``, ``in``, ``on``,
    ``during``), follows people (a name, a pronoun, a role or another noun for a
    person: ``praised the crew``) and opens a phrase with a determiner or a name
    whose head, within :data:`_OCCASION_REACH` words and before any mark, names an
    occasion where one speaks (class ``occasion``: ``at a dinner``, ``in a speech
    before the guild``, ``at Monday's debate``): where the people were praised or
    named, not part of the object.  After a thing or an event the phrase is often
    the thing's own (``condemned the violence at the rally``, ``praised the work
    done in the hall``), and after a phrase with a preposition or an -ing verb in
    it the people are no head (``condemned the attack on sailors at a rally``,
    ``accused Hale of shoving her at a rally``: the inner verb's place)."""
    if m.group(1) not in w.cls("medium_preposition"):
        return False
    before = text[start : m.start()].split()
    if not before or not _names_people(w, before[-1]) or any(x.lower() in w.prepositions for x in before):
        return False  # "the attack on protesters at a rally": the people are not the object's head
    words = _phrase_words(text[m.end() : end])
    if not words or not (words[0].lower() in w.articles or words[0].lower() in w.possessives or words[0][:1].isupper()):
        return False  # "tougher on loud music": a bare noun is the topic
    heads = [x for n, x in enumerate(words[1:], 2) if n == len(words) or words[n].lower() in w.prepositions]
    if not any(x.lower() in w.cls("occasion") for x in heads):
        return False  # "at the convention center": the occasion noun only modifies the head
    return not any(w.is_gerund(x) for x in before)


def _names_people(w: ReportWords, word: str) -> bool:
    """True when *word*, the last of an object, names people: a name, a pronoun
    for a person, a role, another noun for a person or one of class ``people_noun``
    (``crew``, ``audience``), or a plural of one."""
    lower = word.lower().strip(",;:")
    if word[:1].isupper():
        return True
    pronoun = w.pronouns.get(lower)
    if pronoun is not None:
        return pronoun.gender != "n"
    stems = {lower, lower[:-1], lower[:-2]} if lower.endswith("s") else {lower}
    return any(x in w.roles or x in w.person_nouns or x in w.cls("people_noun") for x in stems)


def _phrase_words(text: str) -> list[str]:
    """The first :data:`_OCCASION_REACH` words of *text*, up to and with the first
    one that ends in a mark (``the rally of prices, and ...``: the comma ends it)."""
    words: list[str] = []
    for x in text.split(maxsplit=_OCCASION_REACH)[:_OCCASION_REACH]:
        bare = x.rstrip(".,;:!?")
        if bare:
            words.append(bare)
        if bare != x or not bare:
            break
    return words


def takes_object(s: Sentence, cue: tuple[int, int]) -> bool:
    """True when the cue at *cue* is a verb of frame ``object`` (``criticized``)."""
    words = s.text[cue[0] : cue[1]].split()
    entry = s.w.verbs.get(words[0].lower()) if words else None
    return entry is not None and entry.frame == OBJECT


def _inner_clause(w: ReportWords, phrase: str) -> bool:
    """True when the object *phrase* before a phrase of time holds a clause of its
    own that the time may belong to: a relative pronoun (``the crews who worked
    during the storm``) or a verb that is no modifier, a past form, a form of *be*
    or an auxiliary not right after a determiner or an adverb (``the accord adopted
    after the talks``, ``the toll Lund raised during the fair``; not ``the
    proposed toll``, ``the widely praised toll``).  Not past an infinitive marker:
    a phrase of time after an infinitive is the cue's (see :func:`object_end`).
    Measured on PolNeAR train: +2 matched reports (a dash or bracket is not held
    back so: train -2)."""
    prev = ""
    for word in phrase.split():
        if word in w.infinitive_markers:
            return False
        if word in w.relative_pronouns:
            return True
        if (
            word.islower()
            and (w.is_past(word) or word in w.be_forms or w.is_auxiliary(word))
            and not (prev in w.determiners or prev in w.articles or prev in w.possessives or w.is_adverb(prev))
        ):
            return True
        prev = word.lower()
    return False


def _after_time_noun(w: ReportWords, text: str, start: int, pos: int) -> bool:
    """True when the words before *pos* (within the content from *start*) are an
    article or determiner and a time noun (``the day``, ``that year``): a question
    word there opens a relative clause on it.  Not after ``last week`` or ``in
    June``, where ``when`` more often opens a clause of time of its own."""
    before = [x.lower() for x in text[max(start, pos - 40) : pos].split()[-2:]]
    return (
        len(before) == 2
        and before[1] in w.time_words
        and (before[0] in w.articles or before[0] in w.determiners)
    )


def _closing(text: str, m: re.Match[str], end: int) -> int | None:
    """Where the aside opened by the dash or bracket of *m* closes (the offset after
    its closing mark) before *end*; ``None`` when it runs on to *end*."""
    mark = m.group().strip()
    if mark == "(":
        k = text.find(")", m.end(), end)
        return None if k < 0 else k + 1
    k = text.find(" " + mark + " ", m.end(), end)
    return None if k < 0 else k + len(mark) + 1


def noun_object_end(s: Sentence, first: int, end: int) -> int:
    """Where the phrase after a speech noun and its preposition, from token *first*
    to the offset *end* that :func:`~quoteattr.rules.reported.phrases.phrase_end`
    found, ends: before a preposition of class ``means_preposition`` and an -ing
    verb (the means: ``attacks on the warden by posting ...``; not inside an
    infinitive of the object: ``the plan to fund schools by cutting ...``), before a time phrase (class ``timed`` and a time word:
    ``his attack on Lund last week``; or class ``object_adjunct`` after the
    whole phrase: ``criticism of the levy following the storm``) and before adverbs left at its end (``attacks
    on Lund still might ...``, class ``adverb``): none is what was attacked or asked about."""
    w = s.w
    tokens = s.tokens
    end = _past_topic_prepositions(s, end)
    j = first + 1
    means = w.cls("means_preposition")
    adjuncts = w.cls("object_adjunct")
    infinitive = False  # "a halt to fishing", "the plan to fund schools by cutting": the phrase's own
    while j < len(tokens) - 1 and tokens[j].start < end:
        word, after = tokens[j].text.lower(), tokens[j + 1].text.lower()
        infinitive = infinitive or word in w.infinitive_markers
        if word in means and not infinitive and w.is_gerund(after) or word in w.timed and after in w.time_words:
            end = tokens[j].start
            break
        if word in adjuncts and not _inner_clause(w, s.text[tokens[first].start : tokens[j].start]):
            end = tokens[j].start  # "criticism on the levy following the storm": when, not what
            break
        j += 1
    j = first + 1
    while j < len(tokens) and tokens[j].end <= end:
        j += 1
    while j - 1 > first and tokens[j - 1].text in w.adverbs:
        j -= 1
        end = tokens[j].start
    return _relative_end(s, first, end)


def _relative_end(s: Sentence, first: int, end: int) -> int:
    """Where a noun object that ended at offset *end*, before a relative word
    (``that``, ``which``, ``who``), ends with the relative clause on its last noun:
    at the next mark (``criticism of a law that shields dredgers``), as a verb's
    object keeps it.  Not when the speech noun's phrase opens the sentence: the
    clause would run on into the main verb (``His attacks on skippers who fished
    late angered the guild``).  Measured on PolNeAR train: +2 matched reports."""
    w = s.w
    tokens = s.tokens
    j = index_at(s, end)
    if j >= len(tokens) or tokens[j].start != end or j <= first:
        return end
    word = tokens[j].text.lower()
    if word not in w.relative_pronouns and word not in w.complementizers:
        return end
    if not any(_verb_like(w, t.text) for t in tokens[s.first_word : first - 2]):
        return end  # no verb before the noun: its phrase is the subject
    for t in tokens[j + 1 :]:
        if not is_word(t) and t.text not in QUOTE_TOKENS and t.text not in "'’-":
            return t.start
    return s.end


def title_object_speaker(s: Sentence, k: int) -> Mention | None:
    """In a headline in title case, the subject of a light verb up to three words
    before the speech noun at token *k* (``Harbour Master Makes Strong Statement
    About Tolls``): every word is capitalised, so only a light verb shows the verb
    whose object the noun is.  None outside such a headline."""
    w = s.w
    tokens = s.tokens
    if not tokens[k].text[0].isupper() or k <= s.first_word or not w.title_case(tokens):
        return None
    j = k - 1
    while j > s.first_word and k - j <= _TITLE_REACH and is_word(tokens[j]):
        if tokens[j].text.lower() in w.cls("light_verb"):
            return w.mentions.subject_before(tokens, j, max(0, j - REACH))
        j -= 1
    return None


#: How many words before a speech noun in a title-case headline its light verb may stand.
_TITLE_REACH = 3


def _verb_like(w: ReportWords, word: str) -> bool:
    """True for a lowercase word that shows a verb: a finite form, an auxiliary, a form of *be*."""
    return word.islower() and (w.is_finite_verb(word) or w.is_auxiliary(word) or word in w.be_forms)


#: How many prepositions of a topic a noun object may run over (``criticism of his
#: speech on terrorism in favor of ...``): each is one more phrase read.
_TOPIC_PREPOSITIONS = 2


def _past_topic_prepositions(s: Sentence, end: int) -> int:
    """Where a noun object that :func:`~quoteattr.rules.reported.phrases.phrase_end`
    ended at offset *end* ends when it stopped at a preposition of time or place
    (class ``timed``: ``on``, ``in``) that a bare lowercase word follows: such a
    phrase names no time or place but goes on with the topic (``criticism of his
    speech on dredging``, ``a ballot in favour of the levy``), unlike ``on
    Tuesday``, ``in the debate``, ``at Kelby`` or a manner, venue or season
    (class ``manner_object``: ``in private``, ``on camera``, ``in winter``)."""
    w = s.w
    tokens = s.tokens
    for _ in range(_TOPIC_PREPOSITIONS):
        j = index_at(s, end)
        if j + 1 >= len(tokens) or tokens[j].start != end:
            break
        word, nxt = tokens[j].text, tokens[j + 1].text
        if not (word in w.timed and word in w.prepositions) or not nxt.isalpha() or not nxt.islower():
            break
        if nxt in w.time_words or nxt in w.timed or nxt in w.determiners or nxt in w.possessives:
            break
        if nxt in w.cls("manner_object"):
            break  # "criticism of the plan in private", "on camera", "in winter": how, where or when
        end = phrase_end(s, j + 1)
    return end

#: How many words may stand between a messenger phrase's determiner and its noun
#: (``through her longtime spokesman``), and after that noun (``on Monday``).
_MESSENGER_REACH = 3


def messenger_end(s: Sentence, start: int, end: int) -> int:
    """Where a content from *start* ends before a trailing phrase that names who
    passed the words on: a preposition of class ``messenger_preposition``
    (``through``), a determiner or possessive, up to :data:`_MESSENGER_REACH`
    words and a noun of class ``messenger`` (``spokesman``, ``lawyer``), with at
    most as many words after it, a phrase of time with no verb (``on Monday``):
    ``Lund denied the charges through her lawyer`` reports ``the charges``.  Not
    after a past form, whose phrase it is (``the funds flowed through her
    lawyer``), nor before more words (``through her lawyer to the guild``).
    Else *end*.  Measured
    on PolNeAR train: +2 matched reports, 2 fewer false; dev has none."""
    w = s.w
    lowered = s.text[start:end].lower()
    if not any(word in lowered for word in w.cls("messenger_preposition")):
        return end  # most contents: no word of the class, so no scan of their words
    words = list(WORDS_RE.finditer(s.text, start, end))
    for n, m in enumerate(words[1:], 1):
        if m.group().lower() not in w.cls("messenger_preposition") or n + 1 >= len(words):
            continue
        if w.is_past(words[n - 1].group()):
            continue  # "the funds flowed through her lawyer": the content's own verb goes on
        det = words[n + 1].group().lower()
        if det not in w.determiners and det not in w.possessives and det not in w.articles:
            continue
        for j in range(n + 2, min(len(words), n + 3 + _MESSENGER_REACH)):
            if words[j].group().lower() not in w.cls("messenger"):
                continue
            tail = [t.group() for t in words[j + 1 :]]
            timed = not tail or tail[0] in w.timed or tail[0] in w.time_words
            short = len(tail) <= _MESSENGER_REACH and not any(_verb_like(w, t) for t in tail)
            if timed and short and not s.quoted.contains(m.start()):
                return m.start()
            break
    return end


#: How many words a content with no verb may have for :func:`short_phrase_end` to end it.
_SHORT_PHRASE = 4


def short_phrase_end(s: Sentence, start: int, end: int) -> int:
    """Where a short content with no verb of its own (up to :data:`_SHORT_PHRASE`
    words: ``self-defence``, ``that post``, ``a wish to leave``), after a cue of
    any frame, ends before a word of class ``phrase_predicate_link`` (``and``,
    ``but``) and an auxiliary or a form of *be*, perhaps after adverbs: with no
    verb before it, that predicate is the cue subject's second (``Vell claimed
    self-defence and was cleared``, ``declined the post and has gone back to the mill``).
    Not a past form there, which is as often an adjective in the phrase (``jobs
    and related losses``), nor after a content that opens with a subject pronoun
    (``he fears the flood and is leaving``: a clause with a present verb).
    Else *end*.  Measured on PolNeAR train: +2 matched reports for 1 more false;
    dev +2 for 2 fewer false."""
    w = s.w
    found = WORDS_RE.finditer(s.text, start, end)
    words = list(islice(found, _SHORT_PHRASE + 1))  # the rest only when a link asks for it
    if not words or words[0].group().lower() in w.pronouns:
        return end
    for n, m in enumerate(words[: _SHORT_PHRASE + 1]):
        word = m.group()
        if n > 0 and word in w.cls("phrase_predicate_link"):
            words += found
            k = n + 1
            while k < len(words) - 1 and (w.is_adverb(words[k].group()) or words[k].group() in w.cls("participle_adverb")):
                k += 1
            verb = words[k].group() if k < len(words) else ""
            finite = w.is_auxiliary(verb) or verb in w.be_forms
            return m.start() if finite and not s.quoted.contains(m.start()) else end
        if _verb_like(w, word) or word in w.relative_pronouns or word in w.complementizers:
            return end
    return end
