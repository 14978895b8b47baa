"""Stage 4, reported speech: the rules that read one cue, and their records.

:func:`read_cue` applies the rule its cue word calls for, from the records
of :data:`SEQUENCE` (a finite verb, a participle, ``according to``, a speech
noun, a passive); each returns a :class:`~quoteattr.rules.reported.records.Found`
or ``None``.  Rules whose ids the functions of others emit are in :data:`EMITTED`.
Each record carries an example that ``tests/test_rules.py`` runs with ``indirect=True``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quoteattr.document import Mention
from quoteattr.lang import ReportVerb
from quoteattr.mentions import is_word
from quoteattr.rules.reported import passives, subjects, tails
from quoteattr.rules.reported.according import ACCORDING_CONFIDENCE, ACCORDING_ID, according_to
from quoteattr.rules.reported.afterquote import clause_after_tag, tags_quote
from quoteattr.rules.reported.asclause import as_clause_comma
from quoteattr.rules.reported.clauselead import in_relative, subordinator_before
from quoteattr.rules.reported.clauses import (
    chain_clause,
    clause_after_links,
    summary_object,
)
from quoteattr.rules.reported.clausesubjects import gerund_head, relative_subject
from quoteattr.rules.reported.control import control_object
from quoteattr.rules.reported.extent import clause_start, describes_source, phrase_stop
from quoteattr.rules.reported.leadin import opening_lead
from quoteattr.rules.reported.listeners import told_object
from quoteattr.rules.reported.nouns import noun_content
from quoteattr.rules.reported.objects import noun_object_end, title_object_speaker
from quoteattr.rules.reported.passives import as_reported, passive_clause, reported_subject
from quoteattr.rules.reported.phrases import (
    absolute_subject,
    after_preposition,
    agent_after,
    appositive_subject,
    clause_before,
    comma_before_subject,
    content_start,
    coordinated_at,
    phrase_end,
    reporter_before,
    role_before,
)
from quoteattr.rules.reported.places import past_place
from quoteattr.rules.reported.proforms import pair_at, proform_end
from quoteattr.rules.reported.records import Found, Sentence, index_at, make_report, offset, wrap
from quoteattr.rules.reported.reduced import reduced_subject, relative_end, unsigned_work
from quoteattr.rules.reported.relatives import clause_comma
from quoteattr.rules.reported.senses import other_sense
from quoteattr.rules.reported.subjects import (
    antecedent_named,
    head_subject,
    infinitive_subject,
    lone_subject,
    main_subject,
    name_ends,
    object_speaker,
    other_subject,
    quote_cue_cut,
    shares_that,
    subject_of,
)
from quoteattr.rules.reported.surveys import REPORT_SURVEY, survey_source
from quoteattr.rules.reported.timewords import before_time, time_only
from quoteattr.rules.reported.unread import bare_content
from quoteattr.rules.reported.words import (
    ASKING_FRAMES,
    EVIDENCE,
    LEAD_REACH,
    LISTENER,
    OBJECT,
    POSTPOSED_FRAMES,
    QUESTION,
    REACH,
)
from quoteattr.rules.rule import Rule

#: The function of a reported-speech rule: the report a cue word at token *k* gives, if any.
ReportRun = Callable[[Sentence, int], "Found | None"]


def read_cue(s: Sentence, k: int) -> Found | None:
    """Apply the rules to the cue word at token *k*, most precise first."""
    w = s.w
    tokens = s.tokens
    word = tokens[k].text
    lower = word.lower()
    if w.opens_according(tokens, k):
        return REPORT_ACCORDING_TO.run(s, k)
    if w.intended(tokens, k):
        return None  # "The mayor hopes to announce that ...": an intention, no speech yet
    entry = w.verbs.get(lower)
    if k + 1 < len(tokens) and (lower, tokens[k + 1].text.lower()) in w.noun_objects:
        found = None
        if entry is not None and not w.is_noun(tokens, k) and not word[0].isupper():
            found = REPORT_VERB.run(s, k)  # "Roe calls for a ban"
        return found or _noun_object(s, k)
    if entry is None:
        return REPORT_NOUN.run(s, k) if lower in w.nouns else None
    if tags_quote(s, k):
        return None  # right after a quotation ('"...," said Roe'): the cue of a direct quote
    if word[0].isupper() and k > s.first_word and not w.title_case(tokens) and tokens[k - 1].text not in ";:":
        return None  # capitalised mid-sentence: part of a name (not after ";": "Roe hints; Says ...")
    if w.is_noun(tokens, k):
        return REPORT_NOUN.run(s, k) if lower in w.nouns or lower in w.cls("to_noun") else None
    if entry.gerund and not (w.after_be(tokens, k) or w.after_contracted_be(tokens, k)):
        return REPORT_PARTICIPLE.run(s, k)
    return survey_source(s, REPORT_VERB.run(s, k)) or passives.headline_passive(s, k, entry, REPORT_PASSIVE)


def _speech_noun(s: Sentence, k: int) -> Found | None:
    """``Roe's claim that ...``, ``the ministry's announcement that ...``, ``a statement
    by Roe that ...``: the possessor, or the source after by or from, speaks
    (:func:`~quoteattr.rules.reported.nouns.noun_content`)."""
    found = noun_content(s, k)
    if found is None:
        return None
    first, end, mention = found
    cue = (s.tokens[k].start, s.tokens[k].end)
    report = make_report(s, first, end, mention, cue, REPORT_NOUN.id, REPORT_NOUN.confidence)
    return wrap(report, None, True)


def _noun_object(s: Sentence, k: int) -> Found | None:
    """``his attacks on the plan``, ``Roe raised questions about the plan``: a speech
    noun and its preposition report the phrase after it, for the possessor or
    the subject of the verb the noun is the object of (``Roe launched a sharp
    attack on the plan``)."""
    w = s.w
    tokens = s.tokens
    mention = object_speaker(s, k) or title_object_speaker(s, k)  # "Mayor Makes Statement About"
    if mention is None and k > 1 and tokens[k - 1].text in w.infinitive_markers:
        # "went on the radio to call for calm": a verb after all, for the clause's subject.
        mention = reporter_before(s, k - 1)
        mention = mention if mention is not None and w.can_speak(mention) else None
    if mention is None and f"{tokens[k].text} {tokens[k + 1].text}".lower() not in w.cls("open_object"):
        return None  # "attacks on the port" may be no speech at all; "questions about" is
    first = k + 2
    if other_sense(w, tokens, first):
        return None  # "his comments on Twitter": where they were made, not what about
    question = first < len(tokens) and tokens[first].text.lower() in w.question_words
    end = s.end if question else noun_object_end(s, first, phrase_end(s, first))  # "questions about whether ..."
    cue = (tokens[k].start, tokens[k + 1].end)
    report = make_report(s, offset(s, first), end, mention, cue, REPORT_NOUN.id, REPORT_NOUN.confidence)
    return wrap(report, None, True)


def _participle(s: Sentence, k: int, entry: ReportVerb) -> Found | None:
    """``The ministry wrote to members, saying the pier would close``: the clause's subject speaks."""
    w = s.w
    tokens = s.tokens
    i = w.cue_end(tokens, k, entry)
    if i == k + 1 and entry.lemma in w.cls("with_particle"):
        return None  # "..., speaking briefly": no content without "about"
    first = content_start(w, tokens, i, entry)
    if first is None or first == i and other_sense(w, tokens, i):
        return None  # "..., boasting a wide lead": having, no content
    if k <= s.first_word:
        return _opening_participle(s, k, i, first)  # "Noting that X, Roe said ..."
    j = k - 1
    while j > 0 and k - j < 3 and (w.is_adverb(tokens[j].text) or tokens[j].text in w.cls("participle_adverb")):
        j -= 1  # "..., falsely suggesting that ...", "..., even citing ..."
    if j > 1 and tokens[j - 1].text == "," and not is_word(tokens[j]) and s.quoted.contains(tokens[j - 1].start):
        j -= 1  # 'praised the "ferry plan," adding that ...': the comma inside the marks
    prev = tokens[j].text.lower()
    if j > 0 and prev in w.infinitive_markers and f"{tokens[j - 1].text} {prev}".lower() in w.cls("gerund_verb"):
        j, prev = j - 1, f"{tokens[j - 1].text} {prev}".lower()  # "has taken to saying", as "kept saying"
    cut: int | None = tokens[j].start  # "Roe went after Lund, calling him": a clause ends
    end = s.end
    if opening_lead(s, j + 1):
        return _opening_participle(s, k, i, first)  # "After saying X, Roe left", "Rather than blaming"
    if (
        prev in (",", "-", "–", "—")
        or prev in w.coordinators
        or prev in w.subordinators
        or prev in w.cls("by_gerund")
    ):
        mention = reporter_before(s, k)
    elif (g := gerund_head(s, j, k, prev)) is not None:
        # "Roe kept saying ...", "spent May praising": its subject speaks, in a report it may stand in.
        mention, cut = subject_of(s, g, entry, max(0, g - REACH)), None
    else:
        mention = absolute_subject(s, k)
        if mention is None:
            # "40 percent of farmers saying ...": a reduced relative clause ends no clause.
            mention, cut, end = reduced_subject(s, k), None, relative_end(s, k)
    if mention is None and (cut is not None or not unsigned_work(s, k)):
        return None  # "ran ads attacking Lund": with no light verb the work speaks, for no source
    if mention is not None and entry.frame == EVIDENCE and not w.can_speak(mention, named=True):
        return None  # "The gap narrowed, suggesting a shift": evidence, as for a finite verb
    mention = past_place(s, mention, k) if mention is not None else None  # "In Pellham, Varrowshire, Roe ..., saying"
    cue = (tokens[k].start, tokens[i - 1].end)
    report = make_report(s, offset(s, first), end, mention, cue, REPORT_PARTICIPLE.id, REPORT_PARTICIPLE.confidence)
    return wrap(report, cut, True)


def _opening_participle(s: Sentence, k: int, i: int, first: int) -> Found | None:
    """``Noting that the pier was safe, Roe left``, ``After saying ...``: a participle
    that opens the sentence, or follows the subordinator or preposition that does,
    reports up to the comma, for the subject of the main clause after it."""
    tokens = s.tokens
    comma = clause_comma(s, first)  # "Noting that the ferry, which sails at noon, was late, Roe ..."
    if comma is None or comma + 1 >= len(tokens):
        return None
    found = main_subject(s, comma)
    if found is None:
        return None
    mention, end = found
    cue = (tokens[k].start, tokens[i - 1].end)
    report = make_report(
        s, offset(s, first), end, mention, cue, REPORT_PARTICIPLE.id, REPORT_PARTICIPLE.confidence
    )
    return wrap(report, None, True)


def _finite(s: Sentence, k: int, entry: ReportVerb) -> Found | None:
    """A finite reporting verb: its subject, then content before, around or after it."""
    w = s.w
    tokens = s.tokens
    i = w.cue_end(tokens, k, entry)
    if i == k + 1 and (entry.lemma in w.cls("with_particle") or w.modifies_speaker(tokens, k)):
        return None  # "spoke briefly" (no content without "about"); "protest organisers said": a noun
    if entry.participle and w.after_be(tokens, k):
        return _passive(s, k, i, entry)
    if k - 1 == s.first_word and tokens[k - 1].text.lower() in w.cls("perfect"):
        # "Having said that the levy was unfair, Marren voted for it": an opening participle.
        first = content_start(w, tokens, i, entry)
        return _opening_participle(s, k, i, first) if first is not None else None
    lo = max(0, k - REACH)
    controlled = control_object(s, k)  # "prompted Roe to warn": Roe; the cue is an infinitive, no noun
    mention = controlled or subject_of(s, k, entry, lo)
    cue = (tokens[k].start, tokens[i - 1].end)
    cut_at: int | None = None
    verb = k  # the finite verb whose subject speaks
    if mention is None:
        mention, verb = infinitive_subject(s, k, lo)
    if mention is not None:
        found = _inverted_after_appositive(s, k, i, entry, mention) or _inverted_over(s, k, i, entry, mention)
        if found is not None:
            return found
    if mention is None:
        found = _inverted(s, k, i, entry) or _passive(s, k, i, entry)
        if found is not None:
            return found
        mention, cut_at = lone_subject(s, verb, lo)
        mention = mention or appositive_subject(s, verb, lo) or relative_subject(s, verb, lo)
        if mention is None:
            # "... and seemed to blame the editor": a coordinated predicate's subject.
            mention, cut_at = other_subject(s, verb, entry)
        if mention is None:
            return None
    elif controlled is None and tokens[k].text.lower() in w.noun_forms and (
        not w.clear_subject(mention) or after_preposition(s, mention)
    ):
        return None  # "the claims", "32% of Republican claims": a noun, not a verb
    elif not w.agrees(tokens, k, entry, mention) and (mention := head_subject(s, k, entry)) is None:
        return None  # "a border town like Vell": no verb here ("Bakers like Mabry say": the head)
    else:
        mention = subjects.relative_head(s, k, entry, role_before(w, tokens, mention, index_at(s, mention.start), lo))
    if time_only(w, mention):
        mention = before_time(s, mention, k, lo)
        if mention is None:
            return None
    if entry.frame == EVIDENCE and not w.can_speak(mention, named=True):
        return None  # "The figures suggest ...": evidence, not speech; "the Courier revealed": speech
    mention = past_place(s, antecedent_named(s, mention), k)  # not "Lisk" in "Harrow of Lisk, Vardale, said"
    if s.quoted.closes_just_before(s.text, mention.start, s.start) and not (clause_after_tag(w, tokens, i, entry.frame) or s.quoted.titled(s.text, mention.start)):
        return None  # '"We won," Roe said on Tuesday': the cue of a direct quote
    comma = comma_before_subject(w, tokens, index_at(s, mention.start))
    if cut_at is None and comma is not None and entry.frame != OBJECT and not shares_that(s, i, mention, entry):
        heard = tails.phrase_comma(w, tokens, i, entry.frame == LISTENER, index_at(s, mention.start))
        found = _content_before(s, comma, i if heard is None else heard, mention, cue, entry)
        if found is not None:
            return found
    return _finite_content(s, i, mention, cue, cut_at, entry)


def _finite_content(
    s: Sentence,
    i: int,
    mention: Mention,
    cue: tuple[int, int],
    cut_at: int | None,
    entry: ReportVerb,
) -> Found | None:
    """The content after a finite reporting verb whose subject is read: the main clause
    after an "as" clause, else the clause from the verb's complement on."""
    w = s.w
    tokens = s.tokens
    m = index_at(s, mention.start)
    opener = subordinator_before(w, tokens, m)
    comma = as_clause_comma(s, i, m) if opener in w.cls("as_clause") else None
    if comma is not None:
        # "As Roe noted, the plan failed": the main clause is the content.
        return wrap(
            make_report(
                s,
                tokens[comma].end,
                s.end,
                mention,
                cue,
                REPORT_VERB.id,
                REPORT_VERB.confidence_when("after as"),
            ),
            None,
            False,
        )
    first = content_start(w, tokens, i, entry)
    if first is None and pair_at(s, i):
        first = i  # "acknowledged as much in May": no adverbial clause
    first = first if first is not None else clause_after_links(s, i, index_at(s, cue[0]), m, entry)
    if first == i and other_sense(w, tokens, i):
        return None  # "Fleet questions are ...", "boasts a wide lead": no report
    if first is None:
        block = bare_content(s, i, m, entry)  # "Roe added:" and a paragraph; "which Roe denies"
        if block is not None:
            return wrap(make_report(s, *block, mention, cue, REPORT_VERB.id, REPORT_VERB.confidence), None, False)
        return quote_cue_cut(s, i, mention, cue, cut_at, REPORT_VERB.id, REPORT_VERB.confidence)
    if cut_at is None and coordinated_at(s, mention.start):
        cut_at = mention.start
    end = s.end
    relative = tokens[m].text.lower() in w.relative_pronouns or in_relative(w, tokens, index_at(s, cue[0]), m)
    if opener or relative:
        # "When Roe said the plan failed, Lund left", "The rules, which Roe said
        # were unfair, stand": the clause ends at its comma.
        comma = clause_comma(s, first) if opener else s.comma_after(first)
        end = tokens[comma].start if comma is not None else s.end
    end = proform_end(s, first, end)
    report = make_report(
        s, offset(s, first), end, mention, cue, REPORT_VERB.id, REPORT_VERB.confidence
    )
    return wrap(report, cut_at, True)


def _inverted_after_appositive(
    s: Sentence, k: int, i: int, entry: ReportVerb, mention: Mention
) -> Found | None:
    """The postposed report of an inverted cue whose subject was read through an
    appositive before it: ``..., Congress, whom he angered, said Ann Roe, a
    scholar`` (a name after the cue, then a comma or the end).  A parenthetical
    reading is not taken: ``Hill, a doctor, said Ann Lund, the nurse, had left``."""
    tokens = s.tokens
    if k == 0 or tokens[k - 1].text != "," or mention.end >= tokens[k - 1].start or not name_ends(s, i):
        return None
    found = _inverted(s, k, i, entry)
    return found if found is not None and found.report.rule == REPORT_POSTPOSED.id else None


#: How many tokens after a postposed cue are read to tell a tail from a clause.
_TAIL = 16


def _content_before(
    s: Sentence, comma: int, i: int, mention: Mention, cue: tuple[int, int], entry: ReportVerb
) -> Found | None:
    """``The plan failed, officials said.`` or ``The plan, she said, would fail.``

    *comma* is the comma before the source and *i* the token after the cue.
    The tail after the cue decides: another comma and more words make the cue
    parenthetical; a short phrase with no complementizer (``said on Tuesday``,
    ``told reporters``) leaves the content before it.
    """
    w = s.w
    tokens = s.tokens
    tail = tokens[i : i + _TAIL]
    lead = 1 if tail and tail[0].text in ",:" else 0
    # "When Lund left, Roe said, \"we were floored\"": the cue of the quote after it.
    hidden = len(tail) > lead and not is_word(tail[lead]) and s.quoted.contains(tail[lead].start)
    stop = phrase_stop(w, tail)  # "..., analysts say; in 2012 ...": see phrase_stop
    if stop is None and entry.frame == LISTENER and tail and tail[0].text != ",":
        stop = tails.clause_stop(w, tail)  # "..., Roe told them as she left"
    tail = tail if stop is None else tail[:stop]
    # A tail longer than any read here counts as a clause of its own.
    long_tail = stop is None and len(tokens) - i > _TAIL
    # "..., said Roe, who chairs the board" / "..., a scholar": on the source; ", on condition of anonymity" too.
    relative = describes_source(w, tail, mention.start > cue[0]) or w.terms.match(s.text, tokens[i - 1].end) is not None
    if tail and tail[0].text == "," and not relative and (long_tail or tails.goes_on(w, tail)):
        if comma <= s.first_word:
            return None
        return wrap(
            make_report(
                s,
                chain_clause(s, comma, i) or clause_start(s, comma, True),
                s.end,
                mention,
                cue,
                REPORT_PARENTHETICAL.id,
                REPORT_PARENTHETICAL.confidence,
            ),
            None,
            False,
            hidden,
        )
    # An appositive or a relative clause after the source: "..., said Roe, a doctor."; right
    # after the cue, a wh-word opens what was said: "..., but Roe did not say who left".
    if tail and (tail[0].text == "," or mention.start > cue[0] and tail[0].text.lower() in w.relative_pronouns):
        tail = []
    if not clause_before(s, comma) or len(tail) > LEAD_REACH:
        return None
    if any(t.text.lower() in w.complementizers or t.text in ",:" for t in tail):
        return None
    words = [t for t in tail if is_word(t)]
    first = words[0].text.lower() if words else ""
    clause = first not in w.lead_words and entry.frame not in ASKING_FRAMES
    clause = clause or tails.negated_question(w, tokens, index_at(s, cue[0]), first)  # "did not say when."
    if words and (clause or entry.infinitive and first in w.infinitive_markers or told_object(w, tokens, i)):
        return None  # "..., say they will vote", "..., vows to cut ...", "..., Roe told a joke": the cue governs it
    # "..., a fact Lund often mentions": the cue's object sums up the clause before it.
    start, end = summary_object(s, comma, mention) or (clause_start(s, comma, False), tokens[comma].start)
    report = make_report(s, start, end, mention, cue, REPORT_POSTPOSED.id, REPORT_POSTPOSED.confidence)
    return wrap(report, None, False, hidden)


def _inverted(s: Sentence, k: int, i: int, entry: ReportVerb) -> Found | None:
    """``The plan failed, said the minister.`` / ``The plan, said Roe, would fail.``"""
    w = s.w
    tokens = s.tokens
    if entry.frame not in POSTPOSED_FRAMES or k == 0 or tokens[k - 1].text != ",":
        return None
    mention = w.mentions.subject_after(tokens, i)
    if mention is None or not w.verbish.isdisjoint(mention.name.lower().split()):
        return None  # "..., says the dunes are moving": a clause follows, not a source
    j = index_at(s, mention.end)
    if j < len(tokens) and tokens[j].text.islower() and tokens[j].text in w.roles:
        # "..., said Democratic strategist Ann Roe": the name after the role.
        mention = w.mentions.subject_after(tokens, j) or mention
    mention, after = tails.inverted_pair(s, mention)  # "..., said Roe and Lund, ...", "said Roe and others"
    return _content_before(s, k - 1, after, mention, (tokens[k].start, tokens[i - 1].end), entry)


def _inverted_over(s: Sentence, k: int, i: int, entry: ReportVerb, mention: Mention) -> Found | None:
    """The inverted reading of a cue after a comma and before a capitalised word, when
    the subject read before the comma (*mention*) cannot speak: ``..., and then the
    river froze, said Mrs. Ambry, with ...`` (Mrs. Ambry speaks, not "the valley")."""
    tokens = s.tokens
    if tokens[k - 1].text != "," or i >= len(tokens) or not tokens[i].text[:1].isupper():
        return None
    return None if s.w.can_speak(mention) else _inverted(s, k, i, entry)


def _passive(s: Sentence, k: int, i: int, entry: ReportVerb) -> Found | None:
    """``It was reported that ...``, ``Roe was asked whether ...``: no source, or ``by X``."""
    w = s.w
    tokens = s.tokens
    found = None
    if entry.participle:
        found = as_reported(s, k, i, REPORT_PASSIVE) or reported_subject(s, k, i, REPORT_PASSIVE)
        found = found or passives.unsourced_subject(s, k, i, entry, REPORT_PASSIVE)
    if found is not None:
        return found
    # "when asked about ...", "..., asked about ...": a question put to the subject; "when told ...".
    prev = tokens[k - 1].text.lower() if k > 0 else ""
    clause = entry.frame == QUESTION and prev == "," or entry.frame in ASKING_FRAMES and prev in w.subordinators
    if not entry.participle or not (
        w.after_be(tokens, k) or k == 0 and entry.frame in ASKING_FRAMES or clause
    ):
        return None
    if entry.lemma in w.naming_verbs:
        return None  # "Lund has been called a second Okafor": a name given, not speech
    mention = None
    if i + 1 < len(tokens) and tokens[i].text.lower() in w.cls("agent"):
        mention = agent_after(w, tokens, i + 1)
        if mention is not None:
            i = index_at(s, mention.end)
    first = content_start(w, tokens, i, entry)
    if first is not None and first == i and other_sense(w, tokens, i):
        return None  # "the tolls were raised three times": when, not what
    if first is not None and entry.frame == OBJECT and passives.adverbial_as(s, first):
        return None  # "was criticized as soon as the printers delivered it": no link, no content
    if first is None or entry.frame == OBJECT and tokens[first].text.lower() in w.cls("passive_link"):
        return passive_clause(s, k, i, mention, entry, REPORT_PASSIVE)  # "Roe was accused of lying", "... as"
    cue = (tokens[k].start, tokens[k].end)
    end = s.end
    if k == 0:
        # "Asked whether the pier was safe, Lund shrugged": the main clause follows the last comma.
        last = s.commas[-1] if s.commas and s.commas[-1] > first else None
        end = tokens[last].start if last is not None else s.end
    elif clause:
        comma = clause_comma(s, first)  # "When asked about the pier, Lund shrugged"
        end = tokens[comma].start if comma is not None else s.end
    report = make_report(
        s, offset(s, first), end, mention, cue, REPORT_PASSIVE.id, REPORT_PASSIVE.confidence
    )
    return wrap(report, None, True)


def report_verb(s: Sentence, k: int) -> Found | None:
    """A finite reporting verb at token *k*: its subject, then its content."""
    entry = s.w.verbs.get(s.tokens[k].text.lower())
    return None if entry is None else _finite(s, k, entry)


def participle(s: Sentence, k: int) -> Found | None:
    """A reporting participle at token *k* (``, saying ...``)."""
    entry = s.w.verbs.get(s.tokens[k].text.lower())
    return None if entry is None else _participle(s, k, entry)


def passive(s: Sentence, k: int) -> Found | None:
    """A reporting verb in the passive at token *k* (``It was reported that ...``)."""
    entry = s.w.verbs.get(s.tokens[k].text.lower())
    return None if entry is None else _passive(s, k, s.w.cue_end(s.tokens, k, entry), entry)


REPORT_VERB: Rule[ReportRun] = Rule(
    id="REPORT_VERB",
    family="reported",
    summary="A reporting verb with its subject reports the clause it governs (that left out).",
    example="Okafor said the bridge would cost more than planned.",
    speaker="Okafor",
    confidence=0.8,
    run=report_verb,
    weaker=(("after as", 0.75),),
)

REPORT_ACCORDING_TO: Rule[ReportRun] = Rule(
    id=ACCORDING_ID,
    family="reported",
    summary="'according to X' reports the clause after its comma, or the one before it.",
    example="According to Ines Halvorsen, storms moved more stone this year.",
    speaker="Ines Halvorsen",
    confidence=ACCORDING_CONFIDENCE,
    run=according_to,
)

REPORT_PARTICIPLE: Rule[ReportRun] = Rule(
    id="REPORT_PARTICIPLE",
    family="reported",
    summary="A reporting participle after a comma reports for the subject of the verb before it.",
    example="Okafor wrote to the council on Friday, saying the strike would go ahead.",
    speaker="Okafor",
    confidence=0.7,
    run=participle,
)

REPORT_PASSIVE: Rule[ReportRun] = Rule(
    id="REPORT_PASSIVE",
    family="reported",
    summary=(
        "A reporting verb in the passive reports without a source, or with the agent after by"
        " (also 'As reported by X, ...' and '..., as first reported by X')."
    ),
    example="Lund was asked by Okafor whether the pier was safe.",
    speaker="Okafor",
    confidence=0.6,
    run=passive,
)

REPORT_NOUN: Rule[ReportRun] = Rule(
    id="REPORT_NOUN",
    family="reported",
    summary=(
        "A speech noun followed by that, by the preposition of its content (attacks on) or by"
        " an infinitive (promise to), reports for its possessor, the source after by or from,"
        " or the subject of its verb."
    ),
    example="Nobody believed Okafor's claim that the ledger was lost.",
    speaker="Okafor",
    confidence=0.7,
    run=_speech_noun,
)

REPORT_POSTPOSED: Rule[Any] = Rule(
    id="REPORT_POSTPOSED",
    family="reported",
    summary="A cue after its content and a comma, its source before or after it, reports that content.",
    example="The plan failed, Okafor said on Friday.",
    speaker="Okafor",
    confidence=0.8,
    run=_content_before,
    emitted_by=("REPORT_VERB",),
)

REPORT_PARENTHETICAL: Rule[Any] = Rule(
    id="REPORT_PARENTHETICAL",
    family="reported",
    summary="A cue between commas inside its content reports the whole sentence.",
    example="The plan, Okafor said, would fail.",
    speaker="Okafor",
    confidence=0.75,
    run=_content_before,
    emitted_by=("REPORT_VERB",),
)

#: The reported-speech rules :func:`read_cue` chooses from (see :data:`quoteattr.rules.REPORTED`).
SEQUENCE: tuple[Rule[ReportRun], ...] = (
    REPORT_ACCORDING_TO,
    REPORT_NOUN,
    REPORT_PARTICIPLE,
    REPORT_VERB,
    REPORT_PASSIVE,
)

#: Ids the functions of SEQUENCE report with besides their own.
EMITTED: tuple[Rule[Any], ...] = (REPORT_POSTPOSED, REPORT_PARENTHETICAL, REPORT_SURVEY)
