"""Stage 4, local rules: bind one quote from the narration around it.

Each rule reads a :class:`~quoteattr.document.QuoteContext` (the tokens of
the quote's sentence before and after it) with a
:class:`~quoteattr.grammar.Grammar`, and returns a
:class:`~quoteattr.document.Binding` or ``None``.  :data:`quoteattr.rules.LOCAL`
runs them from the most precise to the least; the first binding the document
accepts wins.  Every rule is declared next to its function, with an example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from quoteattr.cues import CueMatch
from quoteattr.document import Binding, Mention, QuoteContext
from quoteattr.grammar import Grammar
from quoteattr.lang import ACCORDING
from quoteattr.mentions import is_word
from quoteattr.rules.previous import previous_subject
from quoteattr.rules.rule import Rule
from quoteattr.rules.split import interrupting_tag
from quoteattr.rules.subjects import last_clause_subject, not_inverted, relative_antecedent
from quoteattr.rules.tags import QUOTE_ANSWER, TAG_ANY_VERB, UTTERANCE_ENDS
from quoteattr.text.chars import APOSTROPHES, DASHES, DOUBLE_QUOTE_CHARS
from quoteattr.text.tokens import Token

#: The function of a local rule.
LocalRun = Callable[[QuoteContext, Grammar], "Binding | None"]

#: Tokens that end a clause: past one, the words after a quote are another clause.
_CLAUSE_END = frozenset({".", "!", "?", ";"}) | DOUBLE_QUOTE_CHARS

#: How many tokens into a sentence its subject may start (But then Smith ...).
_SUBJECT_REACH = 4

#: A speaker label in capitals opening a transcript turn (PENCE: ..., MS. ROE: ...),
#: of at most eight words (a repeated group keeps memory per repetition while it matches).
_TRANSCRIPT_LABEL_RE = regex.compile(r"((?:\p{Lu}{2,}\.?|\p{Lu}\.)(?:[ \-" + APOSTROPHES + r"]\p{Lu}{2,}){0,7}):[ \t]")


def _cue_span(tokens: list[Token], cue: CueMatch) -> tuple[int, int]:
    """Character offsets of a cue match."""
    return tokens[cue.first].start, tokens[cue.last - 1].end


def according_to(tokens: list[Token], cue: CueMatch, g: Grammar) -> Mention | None:
    """The speaker of an ``according to`` cue: the phrase right after it."""
    return g.mentions.subject_after(tokens, cue.last)


def _subject_of(tokens: list[Token], cue: CueMatch, g: Grammar, lo: int = 0, inverted: bool = False) -> Mention | None:
    """The speaker of a cue read either side of it, as its class allows.

    ``inverted`` allows a subject after the cue (``said Smith``), which English
    only puts next to the quote; elsewhere the words after a verb are its object.
    """
    entry = cue.entry
    mentions = g.mentions
    if entry.verb_class == ACCORDING:
        return according_to(tokens, cue, g)
    if g.cues.is_noun_use(tokens, cue):
        return None
    if entry.gerund:
        # "..., with Sen. Jane Roe calling it ...": the absolute construction names the speaker.
        before = mentions.subject_before(tokens, cue.first, lo)
        if before is not None:
            k = next((i for i in range(cue.first) if tokens[i].start == before.start), 0)
            if k > lo and tokens[k - 1].text.lower() in g.lexicon.absolute_openers:
                return before
        # "Smith released a statement, saying ...": the clause's subject speaks,
        # not the object just before the participle.
        return mentions.clause_subject(tokens, lo, cue.first) or mentions.first_mention(tokens, lo, cue.first)
    mention = relative_antecedent(tokens, mentions.subject_before(tokens, cue.first, lo), lo, g)
    if mention is None and inverted and entry.verb_class == "speech":
        mention = mentions.subject_after(tokens, cue.last)
    if mention is None:
        j = mentions.skip_back(tokens, cue.first - 1, lo)
        if j >= lo and tokens[j].text.lower() in g.lexicon.predicate_links:
            # Coordinated predicates: Mrs. Roe put down her cup and said, "No."
            mention = last_clause_subject(tokens, lo, j, g) or mentions.clause_subject(tokens, lo, j)
    return mention


def _in_subordinate_clause(tokens: list[Token], k: int, g: Grammar) -> bool:
    """True when the cue at *k* sits in a clause opened by a subordinator (When Smith said ...)."""
    c = k - 1
    while c >= 0 and tokens[c].text != ",":
        c -= 1
    if c + 1 == k:
        return False
    return tokens[c + 1].text.lower() in g.lexicon.subordinators


def _plain_lead(tokens: list[Token], i: int, mention: Mention, g: Grammar) -> bool:
    """True when the words between token *i* and the mention can belong to its noun phrase.

    ``"...," Lund spokeswoman Ines Valdez said`` has a plain lead;
    ``"...," from working at the same mill, said ...`` does not.
    """
    lexicon = g.lexicon
    # A lowercase -ing or -ly word (attending, reportedly) is no part of a speaker's name.
    not_in_name = lexicon.endings_of("present participle") + lexicon.endings_of("adverb")
    for tok in tokens[i:]:
        if tok.start >= mention.start:
            return True
        lower = tok.text.lower()
        if not is_word(tok) and tok.text not in "-&":
            return False
        if lower in lexicon.function_words and lower not in lexicon.determiners and lower not in lexicon.phrase_conjunctions:
            return False
        if tok.text.islower() and lower.endswith(not_in_name):
            return False
    return True


def plausible(binding: Binding, text: str, g: Grammar, knows: Callable[[str], bool]) -> bool:
    """Reject a cue-less binding whose speaker is unlikely to speak.

    Sentence-initial words are capitalised whatever they are (``Soon``,
    ``Fundraising``); without a cue to vouch for them, only a word that is
    part of a full name elsewhere in the document (*knows*) counts as a
    speaker.  ``you`` never speaks without a cue, nor a description that is
    neither headed by a role noun nor followed by a predicate.
    """
    mention = binding.mention
    if mention.kind == "name" and " " not in mention.name and not knows(mention.name):
        return False
    if mention.kind == "pronoun" and g.lexicon.pronouns[mention.name.lower()].person == 2:
        return False
    if mention.kind in ("description", "group") and not g.mentions.is_role(mention.name.split()[-1]):
        # "The word "freedom" appears", "The storm, nicknamed "the beast"": without a
        # cue, a description speaks only when a predicate follows it.
        nxt = text[mention.end : mention.end + 2].lstrip()
        if not nxt or not nxt[0].islower():
            return False
    return True


# -- rules, in the order they run (see quoteattr.rules.LOCAL) ----------------------


def transcript_label(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"WALLACE: Do you really see ...``: a transcript turn names its speaker in capitals."""
    text, q = ctx.text, ctx.quote
    second = text[q.start + 1 : q.start + 2]
    if not (text[q.start].isupper() and (second.isupper() or second == ".")):
        return None  # a label opens with two capitals or an initial; quotes rarely do
    m = _TRANSCRIPT_LABEL_RE.match(text, q.start, q.end)
    if m is None:
        return None
    label = m.group(1)
    if label.lower() in g.lexicon.note_labels:
        return None
    mention = Mention(m.start(1), m.end(1), "name", label.title(), "", "")
    return TRANSCRIPT_LABEL.bind(mention, None)


TRANSCRIPT_LABEL: Rule[LocalRun] = Rule(
    id="TRANSCRIPT_LABEL",
    family="local",
    summary="A quote that opens with a speaker label in capitals and a colon is that speaker's turn.",
    example='The inquiry resumed after lunch. "DACRE: Where were you that night?"',
    speaker="Dacre",
    confidence=0.85,
    run=transcript_label,
    checked=False,
)


def quote_cue_speaker(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"...," said Pires``: a cue right after the quote, then its subject."""
    toks, i = ctx.after, ctx.after_start
    if i >= len(toks) or (ctx.after_is_new_sentence and ctx.before):
        # Nothing after the quote, or it closed a sentence that began before it: in
        # ... called it "a disaster." She said ... the next sentence is another report.
        return None
    cues = g.cues
    if toks[i].text.lower() not in cues.heads:
        return None  # the common case, without a call
    cue = cues.cue_at(toks, i)
    if cue is None:
        return None
    entry = cue.entry
    if entry.verb_class == ACCORDING:
        mention = according_to(toks, cue, g)
        return ACCORDING_TO.bind(mention, _cue_span(toks, cue)) if mention is not None else None
    if entry.gerund:
        return None
    mention = g.mentions.subject_after(toks, cue.last)
    if mention is None or not_inverted(ctx, toks, mention, g):
        return None
    if entry.verb_class == "transitive" and not _inverted_call(ctx, toks, mention, g):
        return None
    return QUOTE_CUE_SPEAKER.bind(mention, _cue_span(toks, cue))


def _inverted_call(ctx: QuoteContext, toks: list[Token], mention: Mention, g: Grammar) -> bool:
    """``"Come here!" called Edmund from the garden``: a transitive cue inverted after an utterance.

    The quote ends on an utterance mark (``,`` ``!`` ``?`` or a dash) and the
    subject, a name or pronoun, ends the clause (or a prepositional phrase or
    an adverb follows): ``"..." called Smith a liar`` is not a report.
    """
    if ctx.text[ctx.quote.end - 1] not in UTTERANCE_ENDS or mention.kind not in ("name", "pronoun"):
        return False
    k = next((j for j, t in enumerate(toks) if t.start >= mention.end), len(toks))
    if k == len(toks):
        return True
    word = toks[k].text
    lower = word.lower()
    return (
        not is_word(toks[k])
        or lower in g.lexicon.prepositions
        or lower.endswith(g.lexicon.endings_of("adverb"))
        or lower in g.lexicon.clause_conjunctions
    )


QUOTE_CUE_SPEAKER: Rule[LocalRun] = Rule(
    id="QUOTE_CUE_SPEAKER",
    family="local",
    summary="Right after the quote, a cue and then its subject (an inverted report).",
    example='"We turned it down," said Ana Pires.',
    speaker="Ana Pires",
    confidence=0.95,
    run=quote_cue_speaker,
)


def quote_speaker_cue(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"...," Pires stated``: the subject, then its cue, right after the quote."""
    toks, i = ctx.after, ctx.after_start
    if i >= len(toks) or (ctx.after_is_new_sentence and ctx.before):
        return None  # as for QUOTE_CUE_SPEAKER
    cues, mentions = g.cues, g.mentions
    heads = cues.heads
    if toks[i].text.lower() in heads and cues.cue_at(toks, i) is not None:
        return None  # a cue right after the quote: QUOTE_CUE_SPEAKER's case
    if _runs_on(ctx, g):
        return None  # '... the "rotten" harbour budget and he pledged': the sentence goes on
    if toks[i].text.lower() in g.lexicon.clause_conjunctions:
        return None  # '"...," and he vowed ...': a coordinated clause, no tag
    # After a quote that ended its sentence ("We won." Smith said.) only a
    # short subject may stand between the quote and the cue.
    reach = 6 if ctx.after_is_new_sentence else 18
    if i + 1 < len(toks) and toks[i + 1].text == ",":
        reach = 18  # an appositive follows the subject: "?" Miller, a retired worker, said.
    for k in range(i + 1, min(len(toks), i + reach)):
        word = toks[k].text
        if word in _CLAUSE_END:
            return None
        if word.lower() not in heads:
            continue
        cue = cues.cue_at(toks, k)
        if cue is None:
            continue
        if cue.entry.verb_class == ACCORDING or cue.entry.gerund or cues.is_noun_use(toks, cue):
            return None
        comma = next((c for c in range(i, k) if toks[c].text == ","), -1)
        if comma > i and toks[mentions.skip_back(toks, k - 1, i)].text == ",":
            # The subject opens the clause and appositives follow it:
            # "...," Jane Roe, the mayor, one of the founders, said.
            mention = mentions.phrase_ending_at(toks, comma - 1, i)
        else:
            mention = mentions.subject_before(toks, k, i)
        if mention is None or not _plain_lead(toks, i, mention, g):
            return None
        if comma > i and mention.end <= toks[comma].start:
            # "...," the mayor, Jane Roe, said: the appositive names the speaker.
            mention = mentions.named_in_apposition(toks, mention, comma, k)
        return QUOTE_SPEAKER_CUE.bind(mention, _cue_span(toks, cue))
    return None


def _runs_on(ctx: QuoteContext, g: Grammar) -> bool:
    """True when the sentence runs on past a quote that is no utterance: no mark
    ends the quote and no punctuation follows it, and a lowercase word other than
    a determiner comes next (``"sort of sitting it out" until ...``, ``a "chief
    prosecutor" who ...``).  A subject that opens a tag after a quote is a name,
    a pronoun after a comma, or a determiner (``"..." the mayor said``)."""
    toks = ctx.after
    if ctx.after_start != 0:
        return False
    last = ctx.text[ctx.quote.start : ctx.quote.end].rstrip(APOSTROPHES)[-1:]
    word = toks[0].text
    return (
        last != ""  # an empty span stands for the first half of a split quote (SPLIT_QUOTE_TAG)
        and last not in UTTERANCE_ENDS
        and is_word(toks[0])
        and word.islower()
        and word not in g.lexicon.determiners
    )


QUOTE_SPEAKER_CUE: Rule[LocalRun] = Rule(
    id="QUOTE_SPEAKER_CUE",
    family="local",
    summary="Right after the quote, a subject (appositives allowed) and then its cue.",
    example='"The wards are full," Hugh Hill, a doctor at the clinic, said.',
    speaker="Hugh Hill",
    confidence=0.95,
    run=quote_speaker_cue,
)


def quote_dash_speaker(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"Never again." - Commissioner Jane Roe``: a dash and a bare name after the quote."""
    toks = ctx.after
    if not toks or toks[0].text not in DASHES:
        return None
    end = 1
    while end < len(toks) and (is_word(toks[end]) or toks[end].text in "-&"):
        end += 1
    if end == 1 or (end < len(toks) and toks[end].text not in ",.;("):
        return None
    mention = g.mentions.classify_phrase(toks, 1, end - 1)
    if mention is None or mention.kind == "pronoun":
        return None
    return QUOTE_DASH_SPEAKER.bind(mention, None)


QUOTE_DASH_SPEAKER: Rule[LocalRun] = Rule(
    id="QUOTE_DASH_SPEAKER",
    family="local",
    summary="A dash and a bare name after the quote: the signature of an epigraph or pull quote.",
    example='"Never again." - Commissioner Jane Roe',
    speaker="Jane Roe",
    confidence=0.8,
    run=quote_dash_speaker,
)


def speaker_cue_quote(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``Pires said: "..."``, ``Smith told reporters, "..."``, ``said Smith: "..."``."""
    toks = ctx.before
    j = len(toks) - 1
    if j < 0:
        return None
    punctuated = toks[j].text in (":", ",") or toks[j].text in DASHES
    if punctuated:
        j -= 1
    for k in range(j, max(-1, j - 6), -1):
        if not is_word(toks[k]):
            return None
        cue = g.cues.cue_at(toks, k)
        if cue is None:
            continue
        if not punctuated and cue.last <= j:
            # "Roe said she claimed Hale had described as "truthful"": with
            # words between cue and quote, the quote sits in a reported clause and
            # belongs to the sentence's outer report (SENTENCE_CUE decides).
            return None
        mention = _subject_of(toks, cue, g, inverted=True)
        if mention is None:
            return None
        rule = ACCORDING_TO if cue.entry.verb_class == ACCORDING else SPEAKER_CUE_QUOTE
        return rule.bind(mention, _cue_span(toks, cue), SPEAKER_CUE_QUOTE.confidence)
    return None


SPEAKER_CUE_QUOTE: Rule[LocalRun] = Rule(
    id="SPEAKER_CUE_QUOTE",
    family="local",
    summary="Just before the quote, past a colon, comma or dash, a cue with its subject.",
    example='Ana Pires told reporters: "We are done."',
    speaker="Ana Pires",
    confidence=0.9,
    run=speaker_cue_quote,
)


def split_quote_tag(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"Not yet," she said, with a sigh, "but soon."``: the tag between a split quote's halves."""
    found = interrupting_tag(ctx, g, (quote_cue_speaker, quote_speaker_cue, TAG_ANY_VERB.run), speaker_cue_quote)
    return SPLIT_QUOTE_TAG.bind(found.mention, found.cue) if found is not None else None


SPLIT_QUOTE_TAG: Rule[LocalRun] = Rule(
    id="SPLIT_QUOTE_TAG",
    family="local",
    summary="The second half of a split quote: the tag between the halves names its speaker, whatever follows the tag.",
    example='"Not yet," Ann Lee said, as Tom laughed, "but soon."',
    speaker="Ann Lee",
    confidence=0.9,
    run=split_quote_tag,
)


def _parenthetical_subject(tokens: list[Token], cue: CueMatch, g: Grammar) -> Mention | None:
    """The subject of a parenthetical inverted cue: ``The paradox, says Carl Anthony, is ...``."""
    if cue.first == 0 or tokens[cue.first - 1].text != "," or cue.entry.verb_class != "speech":
        return None
    if cue.entry.gerund:
        return None
    mention = g.mentions.subject_after(tokens, cue.last)
    if mention is None:
        return None
    nxt = next((t for t in tokens[cue.last :] if t.start >= mention.end), None)
    return mention if nxt is None or nxt.text in (",", ".", ";") else None


def best_cue(tokens: list[Token], g: Grammar, open_clause: bool = False) -> tuple[Mention, CueMatch] | None:
    """The leftmost cue with a subject among *tokens*, verbs of saying first.

    A cue in a subordinate clause reports the sentence's main speech only
    when it is the clause the quote sits in: with *open_clause* (the tokens
    run up to the quote), a subordinate cue with no comma after it still
    counts (``While Roe admitted that the plan was "a long shot" ...``).
    """
    fallback: tuple[Mention, CueMatch] | None = None
    cues, saying = g.cues, g.lexicon.saying_verbs
    for k in cues.cue_starts(tokens):
        cue = cues.cue_at(tokens, k)
        if cue is None:
            continue
        if _in_subordinate_clause(tokens, k, g) and not (open_clause and all(t.text != "," for t in tokens[k + 1 :])):
            continue
        mention = _parenthetical_subject(tokens, cue, g) or _subject_of(tokens, cue, g)
        if mention is None:
            continue
        if cue.entry.lemma.split()[0] in saying or cue.entry.verb_class == ACCORDING:
            return mention, cue
        fallback = fallback or (mention, cue)
    return fallback


def cue_binding(tokens: list[Token], found: tuple[Mention, CueMatch] | None, rule: Rule[LocalRun], confidence: float) -> Binding | None:
    """The binding of a cue :func:`best_cue` found: ``ACCORDING_TO`` for ``according to``, else *rule*."""
    if found is None:
        return None
    mention, cue = found
    chosen = ACCORDING_TO if cue.entry.verb_class == ACCORDING else rule
    return chosen.bind(mention, _cue_span(tokens, cue), confidence)


def sentence_cue(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """A cue elsewhere in the quote's sentence: ``Roe said the plan was "a disaster."``.

    The leftmost cue with a subject wins: in ``X said Y called it "..."`` the quote
    belongs to the outer report, X's.  Verbs of saying go before verbs that only
    report (indicate, describe): ``The documents indicate, he said, that "..."``.
    """
    binding = cue_binding(ctx.before, best_cue(ctx.before, g, open_clause=True), SENTENCE_CUE, SENTENCE_CUE.confidence)
    if binding is not None or ctx.after_is_new_sentence:
        return binding
    after = SENTENCE_CUE.confidence_when("after the quote")
    return cue_binding(ctx.after, best_cue(ctx.after, g), SENTENCE_CUE, after)


SENTENCE_CUE: Rule[LocalRun] = Rule(
    id="SENTENCE_CUE",
    family="local",
    summary="A cue with its subject elsewhere in the quote's sentence; the leftmost verb of saying wins.",
    example='Omar Lind said the plan was "a disaster" and left.',
    speaker="Omar Lind",
    confidence=0.75,
    run=sentence_cue,
    weaker=(("after the quote", 0.7),),
)


def colon_subject(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``The president was blunt: "..."``: the subject of the sentence the colon ends."""
    toks = ctx.before
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    mentions = g.mentions
    # The clause the colon ends speaks: after the last comma, else from the start.
    comma = max((c for c in range(len(toks) - 1) if toks[c].text == ","), default=-1)
    mention = mentions.clause_subject(toks, comma + 1, len(toks) - 1) if comma >= 0 else None
    if mention is None:
        mention = mentions.clause_subject(toks, 0, len(toks) - 1) or mentions.first_mention(toks, 0, len(toks) - 1)
    if mention is None:
        return None
    return COLON_SUBJECT.bind(mention, None)


COLON_SUBJECT: Rule[LocalRun] = Rule(
    id="COLON_SUBJECT",
    family="local",
    summary="Narration without a cue ends with a colon before the quote: its clause's subject speaks.",
    example='Ruth Okafor was blunt: "No."',
    speaker="Ruth Okafor",
    confidence=0.6,
    run=colon_subject,
)


def previous_sentence_cue(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``Or maybe Ana Roe, adviser Tom Hale says. "Two polls ..."``.

    A quote that opens its sentence with no cue of its own is the speech of the
    speaker the sentence before it reports, in the same paragraph.
    """
    if not ctx.previous:
        return None
    return cue_binding(ctx.previous, best_cue(ctx.previous, g), PREVIOUS_SENTENCE_CUE, PREVIOUS_SENTENCE_CUE.confidence)


PREVIOUS_SENTENCE_CUE: Rule[LocalRun] = Rule(
    id="PREVIOUS_SENTENCE_CUE",
    family="local",
    summary="A quote that opens its sentence without a cue: the speaker the sentence before reports.",
    example='Dan Jones said the plan works. "It will pay for itself."',
    speaker="Dan Jones",
    confidence=0.75,
    run=previous_sentence_cue,
)


def previous_sentence_subject(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``Mary turned to him. "Where were you?"``: the subject of the narration sentence just before.

    A quote that opens its sentence, with no cue around it, after a sentence
    of narration in its own paragraph whose subject is a name or ``he``/``she``.
    """
    toks = ctx.previous
    if not toks or ctx.before:
        return None
    if not ctx.after_is_new_sentence and g.cues.cue_starts(ctx.after[ctx.after_start :]):
        return None  # a cue the other rules could not use follows in the quote's own sentence ('"...," it says')
    mention = previous_subject(toks, g)
    return None if mention is None else PREVIOUS_SENTENCE_SUBJECT.bind(mention, None)


PREVIOUS_SENTENCE_SUBJECT: Rule[LocalRun] = Rule(
    id="PREVIOUS_SENTENCE_SUBJECT",
    family="local",
    summary="A quote that opens its sentence with no cue anywhere: the subject of the narration sentence before it.",
    example='Mary Lyle turned to him. "Where were you?"',
    speaker="Mary Lyle",
    confidence=0.5,
    run=previous_sentence_subject,
    checked=False,
)


def sentence_subject(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``Roe has gone after the plan as "a leech"``: no cue, so the sentence's subject.

    Only for a quote inside narration (a partial quote) whose sentence starts in
    the narration; the subject is the first name or pronoun in the first words.
    """
    toks = ctx.before
    if len(toks) < 2 or not ctx.before_is_sentence_start:
        return None
    mentions = g.mentions
    mention = mentions.clause_subject(toks, 0, len(toks)) or mentions.first_mention(toks, 0, min(len(toks), _SUBJECT_REACH))
    if mention is None:
        return None
    return SENTENCE_SUBJECT.bind(mention, None)


SENTENCE_SUBJECT: Rule[LocalRun] = Rule(
    id="SENTENCE_SUBJECT",
    family="local",
    summary="A quote inside narration with no cue at all: the subject of its sentence.",
    example='Jane Roe has gone after the plan as "a leech."',
    speaker="Jane Roe",
    confidence=0.4,
    run=sentence_subject,
)


ACCORDING_TO: Rule[Callable[[list[Token], CueMatch, Grammar], Mention | None]] = Rule(
    id="ACCORDING_TO",
    family="local",
    summary="'according to X' names X wherever it stands; read by the cue rules, at their confidence.",
    example='"The deal is off," according to Tom Reyes.',
    speaker="Tom Reyes",
    confidence=0.85,
    run=according_to,
    emitted_by=("QUOTE_CUE_SPEAKER", "SPEAKER_CUE_QUOTE", "SENTENCE_CUE", "PREVIOUS_SENTENCE_CUE"),
)


#: The local rules in the order they are tried, most precise first (see :data:`quoteattr.rules.LOCAL`).
SEQUENCE: tuple[Rule[LocalRun], ...] = (
    TRANSCRIPT_LABEL,
    QUOTE_CUE_SPEAKER,
    QUOTE_SPEAKER_CUE,
    QUOTE_DASH_SPEAKER,
    TAG_ANY_VERB,
    SPLIT_QUOTE_TAG,
    SPEAKER_CUE_QUOTE,
    SENTENCE_CUE,
    QUOTE_ANSWER,
    COLON_SUBJECT,
    PREVIOUS_SENTENCE_CUE,
    PREVIOUS_SENTENCE_SUBJECT,
    SENTENCE_SUBJECT,
)

#: Ids the functions of SEQUENCE bind with besides their own.
EMITTED: tuple[Rule[Any], ...] = (ACCORDING_TO,)
