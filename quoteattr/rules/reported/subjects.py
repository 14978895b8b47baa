"""Stage 4, reported speech: who speaks, the readers of a cue's source.

The subject before a finite cue read past its verb group and a time phrase
(:func:`subject_of`), the subject of a coordinated predicate or a counting
phrase (:func:`other_subject`), and the source of a speech noun with
``that`` and no possessor right before it (:func:`noun_speaker`); the agent after a
document that cannot speak (:func:`agent_source`); a coordinated cue set off by commas
shares the clause after ``that`` (:func:`shares_that`).  The rules of
:mod:`~quoteattr.rules.reported.read` call them.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported.clausesubjects import counting_subject, long_subject, relative_which
from quoteattr.rules.reported.extent import clause_opens, opens_subject, quote_follows
from quoteattr.rules.reported.farsubjects import far_subject, joins_predicate, opening_subject
from quoteattr.rules.reported.phrases import (
    appositive_subject,
    bare_subject,
    content_start,
    coordinated_at,
    coordinated_subject,
    phrase_after,
    possessor,
    reporter_before,
    time_before,
)
from quoteattr.rules.reported.purpose import bare_sense, infinitive_of_noun, verb_follows
from quoteattr.rules.reported.records import Found, Sentence, index_at, make_report, wrap
from quoteattr.rules.reported.senses import imperative_opener
from quoteattr.rules.reported.sources import without_tail
from quoteattr.rules.reported.words import REACH, ReportWords
from quoteattr.text.chars import DASHES, DOUBLE_AMBIGUOUS, DOUBLE_CLOSERS, RIGHT_SINGLE
from quoteattr.text.tokens import Token


def modifier(w: ReportWords, token: Token) -> bool:
    """True for a lowercase word that may modify a noun before it (``harsh``,
    ``repeated``), not a determiner, possessive or preposition."""
    word = token.text
    return (
        is_word(token)
        and word.islower()
        and word not in w.determiners
        and word not in w.possessives
        and word not in w.prepositions
        and word not in w.verbish
        and not w.is_finite_verb(word)
    )


def be_start(s: Sentence, k: int) -> int:
    """The start of the form of *be* before the -ing form at token *k* (adverbs skipped)."""
    j = k - 1
    while j > 0 and s.w.is_adverb(s.tokens[j].text):
        j -= 1
    return s.tokens[j].start


def noun_speaker(s: Sentence, k: int) -> tuple[bool, Mention | None]:
    """The source of a speech noun at token *k* that has no possessor right before
    it: a possessor before its modifiers (``Roe's familiar claim that``), the subject
    of the light verb it is the object of (``Roe made the claim that ...``, ``Roe
    gave assurances that ...``), else no one (``Nobody believed the claim that ...``).
    The flag is False when neither a possessor nor an article opens the noun phrase
    (``claims that`` alone is read as a verb)."""
    w = s.w
    tokens = s.tokens
    j = k - 1
    while j > 0 and k - j < 3 and modifier(w, tokens[j]):
        j -= 1  # "the repeated claim that"
    if j < k - 1:
        mention = possessor(w, tokens, j + 1)  # "Roe's familiar claim that"
        if mention is not None:
            return True, mention
    if j >= 0 and tokens[j].text.lower() in w.cls("light_verb"):
        # "The council gave assurances that ...": no article after the light verb.
        return True, w.mentions.subject_before(tokens, j, max(0, j - REACH))
    if j < 0 or tokens[j].text.lower() not in w.articles:
        return False, None
    if j > 0 and tokens[j - 1].text.lower() in w.prepositions:
        return False, None  # "said in a statement that ...": a phrase before the content
    if j > 0 and tokens[j - 1].text.lower() in w.cls("light_verb"):
        return True, w.mentions.subject_before(tokens, j - 1, max(0, j - 1 - REACH))
    return True, None


def subject_of(s: Sentence, k: int, entry: ReportVerb, lo: int) -> Mention | None:
    """The subject before the finite cue at token *k*, read past a negated
    auxiliary (``Roe isn’t saying``), a time phrase (``who in 2010 said``) and
    the adverbs and auxiliaries of its verb group (``Roe has long argued``,
    ``Roe, meanwhile, said``)."""
    w = s.w
    tokens = s.tokens
    mention = w.mentions.subject_before(tokens, k, lo)
    if mention is None and entry.gerund and k > 1 and w.after_contracted_be(tokens, k):
        # "Roe isn’t saying what ...": the subject before the negated auxiliary.
        mention = w.mentions.subject_before(tokens, index_at(s, be_start(s, k)), lo)
    j = time_before(s, k, lo)
    if j < k:
        # "who in 2010 said": the subject stands before the time phrase.
        mention = w.mentions.subject_before(tokens, j, lo) or mention
    group: int | None = None  # where the verb group starts, read once when a test needs it
    # The name's words lowercased and tested by the set in C: this runs for every finite cue.
    if mention is None or not w.verbish.isdisjoint(mention.name.lower().split()):
        group = verb_group_start(s, k, lo)
        if group < k:
            mention = w.mentions.subject_before(tokens, group, lo) or mention
        if mention is None:  # (only here can it still be None)
            mention = _before_dashes(s, group, lo)
    if mention is not None:
        mention = _before_place(s, mention, lo) or _before_participle(s, mention, lo) or mention
    return mention or relative_which(s, verb_group_start(s, k, lo) if group is None else group)


def _before_participle(s: Sentence, mention: Mention, lo: int) -> Mention | None:
    """The subject before a participle whose object *mention* is (``Anyone doubting the
    count can ask``, ``Skippers crossing the bar told``): the participle clause
    describes the phrase right before it, which speaks.  After a form of *be* the
    participle is a verb (``Roe is backing the plan``), and a phrase that cannot
    speak is no source either way."""
    w = s.w
    m = index_at(s, mention.start)
    if m - 1 <= lo or mention.kind == "pronoun" or not w.is_participle(s.tokens[m - 1].text):
        return None
    subject = w.mentions.phrase_ending_at(s.tokens, m - 2, lo)
    return subject if subject is not None and w.can_speak(subject) else None


def _before_dashes(s: Sentence, j: int, lo: int) -> Mention | None:
    """The subject before an aside set between dashes that ends right before the
    verb group at token *j* (``The judge -- who was there -- said``, ``Officials
    — including the mayor — have argued``): the phrase before the first dash."""
    tokens = s.tokens
    if j - 1 <= lo or tokens[j - 1].text not in DASHES:
        return None
    c = j - 2
    while c > lo and tokens[c].text in DASHES:
        c -= 1  # "--" is two tokens
    while c > lo and tokens[c].text not in DASHES:
        c -= 1
    while c > lo and tokens[c - 1].text in DASHES:
        c -= 1
    if c <= lo or tokens[c].text not in DASHES:
        return None
    return s.w.mentions.subject_before(tokens, c, lo)


def _before_place(s: Sentence, mention: Mention, lo: int) -> Mention | None:
    """The subject before an appositive phrase that ends with a place read as the
    subject (``Roe, at a fair in Wenlow, Dunshire, said``, ``Roe, 61, of
    Tarrow, Dunshire, said``): *mention* follows a preposition and a comma follows it; the
    phrase before an earlier comma of the appositive speaks."""
    if s.text[mention.end : mention.end + 1] != ",":
        return None  # the common case, read from the text: no comma right after the subject
    w = s.w
    tokens = s.tokens
    m = index_at(s, mention.start)
    if m <= lo or tokens[m - 1].text.lower() not in w.prepositions:
        return None
    commas = 0
    for c in range(m - 2, max(lo, m - 30) - 1, -1):
        if tokens[c].text != ",":
            continue
        subject = w.mentions.phrase_ending_at(tokens, w.mentions.skip_back(tokens, c - 1, lo), lo)
        if subject is not None and subject.kind in ("name", "pronoun"):
            return subject
        commas += 1
        if commas == 2:
            break
    return None


def antecedent_named(s: Sentence, mention: Mention) -> Mention:
    """*mention* named after the phrase a relative ``which`` or ``who`` stands for
    (``The council, which says ...``: the council; ``Halvorsen, who hailed
    ...``: Halvorsen; ``a notice that blamed ...``: a notice), so that a reader
    counting sources gets the council; its span stays the pronoun's.  Any other
    mention, or a relative with no noun phrase before it, is returned as it is."""
    lower = mention.name.lower()
    if mention.kind not in ("description", "pronoun") or lower not in s.w.lexicon.relative_pronouns:
        return mention
    m = index_at(s, mention.start)
    if m < 2:
        return mention
    # "a notice that blamed ...": with no comma, the phrase right before the pronoun.
    antecedent = s.w.mentions.phrase_ending_at(s.tokens, m - 2 if s.tokens[m - 1].text == "," else m - 1, 0)
    if antecedent is None or antecedent.kind == "pronoun":
        return mention
    return mention._replace(name=antecedent.name, gender=antecedent.gender, honorific=antecedent.honorific)


def verb_group_start(s: Sentence, k: int, lo: int) -> int:
    """Index of the first token of the verb group that ends with the cue at *k*:
    its adverbs and auxiliaries (``has long argued``, ``on Tuesday also said``),
    and an adverb set between commas (``, meanwhile, said``)."""
    w = s.w
    tokens = s.tokens
    j = k
    while j > lo and k - j < 6:
        word = tokens[j - 1].text
        lower = word.lower()
        if w.is_auxiliary(lower) or w.is_adverb(word) or lower in w.cls("preverb"):
            j -= 1
        elif (
            word == ","
            and j - 3 >= lo
            and tokens[j - 3].text == ","
            and (w.is_adverb(tokens[j - 2].text) or tokens[j - 2].text in w.cls("preverb"))
        ):
            j -= 3  # "the minister, meanwhile, said"
        else:
            break
    return time_before(s, j, lo) if j < k else k


def name_ends(s: Sentence, i: int) -> bool:
    """True when a name starts at token *i* and a comma or the sentence end follows it."""
    w = s.w
    mention = w.mentions.subject_after(s.tokens, i)
    if mention is None or mention.kind != "name":
        return False
    j = index_at(s, mention.end)
    return j >= len(s.tokens) or s.tokens[j].text in ",.;"


def other_subject(s: Sentence, k: int, entry: ReportVerb) -> tuple[Mention | None, int | None]:
    """The subject of a cue whose plain subject reading found none, and where an
    earlier content ends when the subject is a coordinated predicate's; none for
    the first word of an imperative (:func:`~quoteattr.rules.reported.senses.imperative_opener`)."""
    w = s.w
    tokens = s.tokens
    lo = max(0, k - REACH)
    mention, cut_at = coordinated_subject(s, k, lo)
    if mention is None:
        mention, cut_at = far_subject(s, k, entry, lo)
    if (
        mention is None
        and entry.lemma in w.saying_verbs
        and tokens[k].text.lower() not in w.noun_forms
    ):
        mention = (
            bare_subject(w, tokens, k, lo, whole=True)
            or long_subject(s, k, lo)
            or _grouped_subject(s, k, lo)
            or bare_subject(w, tokens, k, lo)
            or head_subject(s, k, entry)
        )
    if mention is None and entry.lemma not in w.saying_verbs and _verb_form(s, k):
        # "Tarrow's harbour master criticized ...": any cue verb, for a subject that can speak.
        mention = without_tail(s, long_subject(s, k, lo) or _grouped_subject(s, k, lo))
        first = mention.name.split()[0].lower() if mention is not None else ""
        if mention is None or not w.clear_subject(mention) or first in w.subordinators or first in w.prepositions:
            mention = counting_subject(s, k, lo)
    if mention is None and tokens[k].text.lower() in w.noun_forms:
        mention = _possessed_person(s, k, lo)
    if mention is not None and mention.kind == "description":
        mention = _predicate_subject(s, mention, lo) or mention
    if mention is not None and joins_predicate(s, mention):  # "Roe wept over the "farce" and said"
        return opening_subject(s, mention, k), None
    if mention is not None and imperative_opener(s, k, entry, mention):
        return None, None  # "Just ask Roe", "Share and comment below": an imperative has no subject
    return mention, cut_at


def _verb_form(s: Sentence, k: int) -> bool:
    """True when the cue word at token *k* is sure to be a finite verb of a main clause: no
    noun form, not after a determiner, a number or a hyphen (``at this point``, ``by six
    points``, ``post-traumatic stress``), no infinitive (``made the decision not to
    criticize``) and not right after a relative pronoun (``the board which reported``)."""
    w = s.w
    tokens = s.tokens
    g = verb_group_start(s, k, max(0, k - REACH))  # "to consistently tout": an infinitive still
    if tokens[k].text.lower() in w.noun_forms or g == 0:
        return False
    if tokens[g - 1].text.lower() in w.infinitive_markers or tokens[g - 1].text.lower() in w.relative_pronouns:
        return False  # an infinitive; a relative clause, whose subject is its antecedent
    before = tokens[k - 1].text.lower()
    return not (before in ("-", "(") or before in w.determiners or before in w.quantifiers or before[:1].isdigit())


def _group_start(s: Sentence, k: int, lo: int) -> int:
    """The start of the verb group of the cue at token *k*, its forms of *be* too (``Local
    sailors are saying``, ``have been saying``)."""
    g = verb_group_start(s, k, lo)
    while g - 1 > lo and (s.tokens[g - 1].text.lower() in s.w.be_forms or s.w.is_auxiliary(s.tokens[g - 1].text.lower())):
        g -= 1
    return g


def _grouped_subject(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject that ends before the verb group of the cue at token *k* (``the F.B.I.
    has said``, ``neither side would say``), unless a time (``Only time will tell``)."""
    mention = long_subject(s, _group_start(s, k, lo), lo)
    words = mention.name.split() if mention is not None else [""]
    if mention is None or words[-1].lower() in s.w.time_words or words[-1].lower() in s.w.cls("duration"):
        return None
    if len(words) > 1 and words[0].lower() in s.w.coordinators:
        # ", and the board has said": the coordinator joins the clause, it is no part of the subject.
        start = s.tokens[index_at(s, mention.start) + 1].start
        return Mention(start, mention.end, mention.kind, s.text[start : mention.end], mention.gender, mention.honorific)
    return mention


def _possessed_person(s: Sentence, k: int, lo: int) -> Mention | None:
    """The subject of a cue form that is also a noun at token *k* when a named
    possessor and a noun for a person stand right before it (``Kowal's landlord
    claims``): the whole phrase, which the mention reader does not take when the
    noun is no role.  A person noun before the form makes it a verb (see
    :meth:`ReportWords.is_noun`), so the phrase is its subject."""
    w = s.w
    tokens = s.tokens
    if k - 2 < lo:
        return None
    noun, owner = tokens[k - 1].text, tokens[k - 2].text
    if not (noun.islower() and noun in w.person_nouns) or not owner[:1].isupper():
        return None
    if not owner.endswith(w.possessive_endings) or w.pronoun_clitic(owner.lower()):
        return None
    a = k - 2
    while a - 1 >= max(lo, s.first_word) and _name_word(w, tokens[a - 1]):
        a -= 1  # "Orla Fenwick's landlord": the possessor's whole name
    start, end = tokens[a].start, tokens[k - 1].end
    return Mention(start, end, "description", s.text[start:end], "", "")


def _name_word(w: ReportWords, token: Token) -> bool:
    """True when *token* may be a word of a name: capitalised, and no function word
    or time word that a sentence opens with (``Then``, ``But``, ``On Monday``)."""
    lower = token.text.lower()
    return token.text[:1].isupper() and is_word(token) and lower not in w.lexicon.function_words and lower not in w.time_words


#: How many tokens before its verb a sentence's opening subject is read (:func:`head_subject`).
HEAD_REACH = 24


def head_subject(s: Sentence, k: int, entry: ReportVerb) -> Mention | None:
    """The noun phrase that opens the sentence, as the subject of a saying verb at
    token *k* that a description of it keeps far away (``Anglers who fished
    the bay all year say they ...``, ``Pilots for the ferry line, which lost
    money, say the ...``, ``Activists clamoring to block Lund say ...``), when
    the verb agrees with it and is followed by a clause with a subject of its
    own, not an object.  After a fronted subordinate clause the phrase opens
    after its last comma (``If Lund loses, critics like Roe say ...``)."""
    w = s.w
    tokens = s.tokens
    lo = s.first_word
    if tokens[lo].text.lower() in w.subordinators:
        # "If Vell loses, critics like Roe say ...": the main clause opens after the last comma.
        lo = next((j + 1 for j in range(k - 1, lo, -1) if tokens[j].text == ","), lo)
    if k - lo > HEAD_REACH:
        return None
    first = content_start(w, tokens, w.cue_end(tokens, k, entry), entry)
    if first is None or first + 1 >= len(tokens) or not _clause_opens_at(w, tokens, first):
        return None
    ends = w.relative_pronouns | w.prepositions | w.cls("head_end") | w.infinitive_markers | {","}
    # the head ends where what describes it starts: a comma, a relative pronoun, a preposition,
    # "to" or an -ing word ("Activists clamoring to block ...")
    words = ((j, tokens[j].text) for j in range(lo + 1, k))
    cut = (j for j, t in words if t.lower() in ends or t.islower() and w.is_gerund(t))
    mention = w.mentions.clause_subject(tokens, lo, next(cut, k))
    if mention is None or mention.kind == "pronoun":
        return None
    return mention if w.agrees(tokens, k, entry, mention) else None


def relative_head(s: Sentence, k: int, entry: ReportVerb, mention: Mention) -> Mention:
    """*mention*, or the noun phrase that opens the sentence (:func:`head_subject`) when
    *mention* stands in a relative clause with no comma that describes that phrase
    (``The clerk who keeps the books in the county town, Kelby, said he ...``: the
    clerk, not the town nor Kelby; ``Skippers who sailed with Orla Vell say``)."""
    tokens = s.tokens
    m = index_at(s, mention.start)
    head_words = range(s.first_word + 1, m)
    if any(tokens[j].text == "," for j in head_words):
        return mention  # "Crews who left, Roe said, ...": the mention opens a clause of its own
    w = s.w
    rel = next((j for j in head_words if tokens[j].text.lower() in w.cls("subject_relative")), None)
    # "a lawsuit in which Democrats argued": the mention is the relative clause's own subject;
    # "Though crews who ... say": the sentence opens with no head of its own
    if rel is None or rel + 1 == m or tokens[rel - 1].text.lower() in w.prepositions or tokens[s.first_word].text.lower() in w.opener_words:
        return mention
    head = head_subject(s, k, entry)
    return head if head is not None and head.end <= tokens[rel].start else mention


def _clause_opens_at(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when the content at token *i* is a clause with its subject: after
    ``that``, a personal pronoun and a lowercase word, or a subject phrase
    followed within a few words by an auxiliary or a past (``the pier will``)."""
    if tokens[i - 1].text.lower() in w.complementizers or clause_opens(w, tokens[i].text, tokens[i + 1].text):
        return True
    if not opens_subject(w, tokens, i):
        return False
    for t in tokens[i + 1 : i + 5]:
        word = t.text.lower()
        if not is_word(t):
            return False
        if word in w.auxiliaries or word in w.be_forms or (t.text.islower() and w.is_past(word)):
            return True
    return False


def _predicate_subject(s: Sentence, mention: Mention, lo: int) -> Mention | None:
    """The subject of a phrase read as one that is a predicate, opened by a
    finite verb or a participle (``Roe, a nurse, tweeted on Friday to say ...``,
    ``they left, rushed inside and said ...``, ``..., rushing to TV to say``):
    the subject before that verb, its appositives skipped, or that of the
    nearest finite verb before it."""
    m = index_at(s, mention.start)
    word = s.tokens[m].text
    if not (s.w.is_participle(word) or word.islower() and s.w.is_finite_verb(word)):
        return None
    return (
        s.w.mentions.subject_before(s.tokens, m, lo)
        or appositive_subject(s, m, lo)
        or reporter_before(s, m)
    )


def infinitive_subject(s: Sentence, k: int, lo: int) -> tuple[Mention | None, int]:
    """The speaker of an infinitive cue at token *k* (``to`` before it), and the
    index of the verb whose subject it is: ``Roe refused to say whether ...``
    (the verb right before ``to``), ``He cited the polls to claim ...`` (the
    subject of the clause it ends, when a personal pronoun: names and
    descriptions found there were measured too often wrong)."""
    w = s.w
    tokens = s.tokens
    if k < 2 or tokens[k - 1].text not in w.infinitive_markers:
        return None, k
    if w.is_finite_verb(tokens[k - 2].text):
        return w.mentions.subject_before(tokens, k - 2, lo), k - 2
    be = _be_before_adjective(w, tokens, k - 2)
    if be is not None:  # "Lund was quick to point out that ...": the subject of "be"
        return w.mentions.subject_before(tokens, be, lo), be
    mention = reporter_before(s, k - 1)
    if mention is not None and not w.can_speak(mention):
        mention = None
    elif mention is not None and mention.kind != "pronoun" and (
        infinitive_of_noun(w, tokens, k - 1)
        or not verb_follows(w, tokens, index_at(s, mention.end))
        or bare_sense(w, tokens, k)
    ):
        mention = None  # "has the right to question", "too close to call": no one speaks
    return mention, k


def _be_before_adjective(w: ReportWords, tokens: list[Token], j: int) -> int | None:
    """The index of the form of *be* before the adjective at token *j* that takes
    an infinitive of speech (``was quick to``, ``are all eager to``), or None."""
    if j < 1 or tokens[j].text.lower() not in w.cls("to_adjective"):
        return None
    j -= 1
    while j > 0 and (w.is_adverb(tokens[j].text) or tokens[j].text.lower() in w.quantifiers):
        j -= 1  # "are all quick to", "was not always eager to"
    return j if tokens[j].text.lower() in w.be_forms else None


#: Closing quotation marks, read as tokens of their own.
_CLOSING_MARKS = DOUBLE_CLOSERS | DOUBLE_AMBIGUOUS | {RIGHT_SINGLE}


def main_subject(s: Sentence, comma: int) -> tuple[Mention, int] | None:
    """The subject of the main clause after the comma at token *comma*
    (``After saying X, the mayor closed the pier``): the phrase after the comma,
    ended before its first finite verb when the phrase reader ran over it;
    and where the content before the comma ends.  A quote that closes after
    the comma (``After saying the pier was "unsafe," Roe left``) is read past
    and held by the content."""
    w = s.w
    tokens = s.tokens
    end = tokens[comma].start
    while comma + 2 < len(tokens) and tokens[comma + 1].text in _CLOSING_MARKS:
        comma += 1
        end = tokens[comma].end
    mention = w.mentions.subject_after(tokens, comma + 1)
    if mention is None or mention.kind == "name":
        return None if mention is None else (mention, end)
    last = index_at(s, mention.end)
    verb = next((j for j in range(comma + 2, last) if w.is_finite_verb(tokens[j].text)), None)
    if verb is not None:
        mention = w.mentions.subject_before(tokens, verb, comma + 1)
    return None if mention is None else (mention, end)


def object_speaker(s: Sentence, k: int) -> Mention | None:
    """Who speaks through the speech noun at token *k* that opens a noun-object
    cue (``attacks on``): its possessor (``his harsh attacks on``), else the
    subject of the verb it is the object of, past the determiners and adjectives
    before it (``Roe launched a sharp attack on``, ``Lund made an unprompted call
    for``, ``Roe had no such praise for``)."""
    w = s.w
    tokens = s.tokens
    j = k
    while j > 0 and k - j < 2 and modifier(w, tokens[j - 1]):
        j -= 1  # "his harsh attacks on"
    mention = possessor(w, tokens, j)
    if mention is not None:
        return mention
    determiners = w.articles | w.determiners
    while j > 0 and k - j < 4:
        if tokens[j - 1].text.lower() in determiners:
            j -= 1
        elif j > 1 and tokens[j - 1].text.islower() and tokens[j - 2].text.lower() in determiners:
            j -= 1  # an adjective after a determiner: "an unprompted", "no such"
        else:
            break
    verb = tokens[j - 1].text if j > 0 else ""
    if w.is_finite_verb(verb) or verb in w.cls("light_verb") or w.is_auxiliary(verb):
        return w.mentions.subject_before(tokens, j - 1, max(0, j - 1 - REACH))
    return None


def agent_source(s: Sentence, mention: Mention, after: int) -> Mention | None:
    """The agent after a source that cannot speak, read after ``by`` or ``from`` at
    token *after* (``according to a tally by the Gazette``), else None."""
    w = s.w
    tokens = s.tokens
    if (
        after + 1 >= len(tokens)
        or tokens[after].text.lower() not in w.source_prepositions
        or w.can_speak(mention)
    ):
        return None
    return w.mentions.subject_after(tokens, after + 1) or phrase_after(tokens, after + 1)


def lone_subject(s: Sentence, k: int, lo: int) -> tuple[Mention | None, int | None]:
    """A pronoun of quantity alone as the subject of the cue at token *k* (its verb
    group read back), opening its clause: ``..., and others said ...``, ``Both
    vowed to ...``, ``but many would point out ...`` (class ``lone_subject``).
    Returns the mention and, after a coordinator, the offset where an earlier
    content ends (the coordinated report cuts it)."""
    w = s.w
    tokens = s.tokens
    j = verb_group_start(s, k, lo) - 1
    if j + 1 < k and tokens[j + 1].text.lower() in w.cls("lone_subject") and (
        j < s.first_word or tokens[j].text.lower() in w.coordinators
    ):
        j += 1  # "And both vowed to ...": the verb group took "both" in as a preverb ("they both vowed")
    if j < lo or tokens[j].text.lower() not in w.cls("lone_subject"):
        return None, None
    if j == k - 1 and tokens[k].text.lower() in w.noun_forms and not _clause_after(w, tokens, k + 1):
        return None, None  # "one question that has ...", "many questions about": a noun
    before = tokens[j - 1] if j > s.first_word else None
    if before is not None and is_word(before) and before.text.lower() not in w.coordinators:
        return None, None  # "the one impassioned", "those who ...": part of a longer phrase
    word = tokens[j]
    mention = Mention(word.start, word.end, "group", word.text, "", "")
    if before is not None and before.text.lower() in w.coordinators:
        return mention, before.start
    return mention, None


def _clause_after(w: ReportWords, tokens: list[Token], i: int) -> bool:
    """True when a clause with its subject opens at token *i*, ``that`` left out
    (``note that the pier ...``, ``note they ...``), not a relative clause (``that has``)."""
    if i < len(tokens) and tokens[i].text.lower() in w.complementizers:
        i += 1
    return opens_subject(w, tokens, i)


def quote_cue_cut(
    s: Sentence, i: int, mention: Mention, cue: tuple[int, int], cut_at: int | None, rule: str, conf: float
) -> Found | None:
    """A hidden record for a coordinated cue that introduces a direct quote (*i* the
    token after the cue): it reports nothing, but ends the content before it
    (``Roe called on Lund to resign and said, "He failed."``: ``Lund to resign``)."""
    if cut_at is None and coordinated_at(s, mention.start) and mention.start > s.start:
        cut_at = mention.start  # "..., and Roe said: ..."
    if cut_at is None or not quote_follows(s, i):
        return None
    return wrap(make_report(s, cue[0], cue[1], mention, cue, rule, conf), cut_at, False, True)


def shares_that(s: Sentence, i: int, mention: Mention, entry: ReportVerb) -> bool:
    """True for a coordinated cue set off by commas before ``that`` and a clause
    (``Roe said, and Lund agreed, that the pier was safe``): the source follows a
    coordinator, and both cues report the clause.  After a clause of its own the
    cue is parenthetical (``It is no secret, Roe said, that ...``); after another
    cue and its comma the source is a link of the same chain (``Roe said, Lund
    agreed, and Vell confirmed, that ...``), its ``that`` further on."""
    tokens = s.tokens
    m = index_at(s, mention.start)
    if m < 1 or i >= len(tokens) or tokens[i].text != ",":
        return False
    first = content_start(s.w, tokens, i, entry)
    if tokens[m - 1].text.lower() in s.w.coordinators:
        return first == i + 2
    return (
        m > 1
        and tokens[m - 1].text == ","
        and tokens[m - 2].text.lower() in s.w.verbs
        and first is not None
        and tokens[first - 1].text.lower() in s.w.complementizers
    )
