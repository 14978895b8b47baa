"""Stage 4, the subjects the local rules read around a cue, where the nearest phrase is not the speaker.

Two shapes of fiction's narration: coordinated predicates, where the verb of
saying belongs to the last clause (``I thanked him and he raised his hat and
said``), and a relative pronoun whose antecedent stands before a comma
(``Ann Lee, who remarked``).  After a cue, a pronoun that an auxiliary
or a finite verb follows opens the cue's content and is no inverted speaker
(:func:`opens_clause`), nor is any phrase after a cue that follows a quote
inside a relative clause (:func:`open_relative_clause`: the cue is the
main clause's verb), unless that phrase is set off as a parenthetical and the
clause has no cue of its own.
"""

from __future__ import annotations

import functools
import re

from quoteattr.document import Mention, QuoteContext
from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.mentions import is_word
from quoteattr.text.tokens import Token


def relative_antecedent(tokens: list[Token], mention: Mention | None, lo: int, g: Grammar) -> Mention | None:
    """``who`` of ``Ann Lee, who remarked,`` carries the name or description before its comma; any other mention is kept.

    The mention keeps the offsets of ``who`` (the word that is the verb's
    subject) and takes the name, so that naming reads the antecedent.
    """
    if mention is None or mention.kind != "pronoun" or mention.name.lower() not in g.lexicon.relative_pronouns:
        return mention
    k = next((i for i in range(lo, len(tokens)) if tokens[i].start == mention.start), -1)
    if k - 2 < lo or tokens[k - 1].text != ",":
        return mention
    a = k - 1
    while a - 1 >= lo and tokens[a - 1].text[:1].isupper():
        a -= 1
    named = g.mentions.classify_phrase(tokens, a, k - 2) if a < k - 1 else None
    if named is None or named.kind != "name":
        # "the old doctor, who said": a description of a person is as much the speaker as a name
        # is; not a thing's ("one official familiar with the talks, who said": the talks do not speak)
        named = g.mentions.phrase_ending_at(tokens, k - 2, lo)
        relative = g.lexicon.relative_pronouns.get(mention.name.lower())
        if named is None or named.kind != "description" or relative != "person" or not _person_head(named.name, g):
            return mention
    return Mention(mention.start, mention.end, named.kind, named.name, named.gender, named.honorific)


def _person_head(description: str, g: Grammar) -> bool:
    """True when *description* ends in a noun for a person or a group of people (``the old doctor``)."""
    head = description.split()[-1].lower() if description.split() else ""
    return g.mentions.is_role(head) or head in g.lexicon.gender_nouns or head in g.lexicon.plain_person_nouns


def not_inverted(ctx: QuoteContext, toks: list[Token], mention: Mention, g: Grammar) -> bool:
    """True when *mention*, read after the cue that follows a quote (the tokens *toks*),
    is no inverted speaker: it opens the cue's content (:func:`opens_clause`), or the
    quote sits in a relative clause and the cue is the main clause's verb
    (:func:`open_relative_clause`; ``before`` is only tokenized when needed)."""
    if opens_clause(toks, mention, g):
        return True
    opened = ctx.quote.open_at
    if _relative_after_comma(g.lexicon).search(ctx.text, max(0, opened - _RELATIVE_REACH), opened) is None:
        return False  # the common case, read from the text: the sentence before the quote is not tokenized
    relative = open_relative_clause(ctx.before, g)
    if relative is None:
        return False
    # "The toll, which is "a fee," said Hale, will ...": a clause with no cue of its own does not
    # speak, and a tag set off like a parenthetical is the quote's; only a word after the phrase
    # ("said the ferry would run") makes it the content of the main clause's verb.  A thing's
    # clause ("which") that cannot speak has no speaking subject before it either, so a name
    # and an appositive after the cue are the tag too ("said Tesk, a joiner, needs ...").
    named = mention.kind == "name" and _thing_antecedent(ctx.before, relative, g) and _appositive_tag(toks, mention, g)
    return not (named or _parenthetical(toks, mention, g)) or _has_cue(ctx.before, relative + 1, g)


def _thing_antecedent(before: list[Token], relative: int, g: Grammar) -> bool:
    """True when the relative pronoun at *relative* of *before* is one for a thing
    (``which``, ``relative_pronouns.tsv``) and the noun before its comma is none
    that speaks: no role or body (``the council, which``) and no speech noun
    (``the report, which``), whose clause may be the subject of the cue."""
    lexicon = g.lexicon
    if lexicon.relative_pronouns.get(before[relative].text.lower()) != "thing":
        return False
    head = before[relative - 2].text.lower() if relative >= 2 else ""
    return head not in lexicon.roles and head not in lexicon.report_nouns and head not in lexicon.cue_nouns


def _appositive_tag(toks: list[Token], mention: Mention, g: Grammar) -> bool:
    """True when a comma and an appositive follow *mention* among *toks* and no
    auxiliary or form of *be* follows the appositive's closing comma: ``said Tesk,
    a joiner, had ...`` makes the name the subject of the content (``had``)."""
    at = next((i for i, t in enumerate(toks) if t.start >= mention.end), None)
    if at is None or toks[at].text != ",":
        return False
    close = next((i for i in range(at + 1, len(toks)) if toks[i].text == ","), None)
    if close is None or close + 1 >= len(toks):
        return True
    word = toks[close + 1].text
    verbs, negations = _clause_verbs(g.lexicon)
    return word not in verbs and not word.endswith(negations)


def _parenthetical(toks: list[Token], mention: Mention, g: Grammar) -> bool:
    """True when *mention* ends its clause: ``,`` and a word that goes on with the main
    clause follow it (``said Hale, will strike``: an auxiliary, a negation or a finite
    verb), or (a name, a pronoun or a phrase headed by a role: ``said the mayor.``) the
    end, ``.`` or ``;``.  Another description before the end may have taken the
    content's verb in (``said the river rose.``), and a comma
    before an appositive leaves the name the content's subject (``said Hale, her
    neighbour, would never ...``)."""
    at = next((i for i, t in enumerate(toks) if t.start >= mention.end), None)
    if at is not None and toks[at].text == ",":
        if at + 1 >= len(toks):
            return True
        word = toks[at + 1].text
        verbs, negations = _clause_verbs(g.lexicon)
        return word in verbs or word.endswith(negations) or _finite_verb(g.lexicon, word)
    closes = at is None or toks[at].text in (".", ";")
    return closes and (mention.kind in ("name", "pronoun") or g.mentions.is_role(mention.name.split()[-1]))


def _has_cue(tokens: list[Token], lo: int, g: Grammar) -> bool:
    """True when a cue (``praised``, ``branded``, ``calls``) stands among *tokens* from *lo* on."""
    cues = g.cues
    return any(k >= lo and cues.cue_at(tokens, k) is not None for k in cues.cue_starts(tokens))


#: How far before a quote's opening mark (in characters) a relative pronoun after a comma is looked for.
_RELATIVE_REACH = 300


@functools.lru_cache(maxsize=16)
def _relative_after_comma(lexicon: Lexicon) -> re.Pattern[str]:
    """A comma and a relative pronoun of *lexicon* (``, who``), read in the raw text."""
    words = "|".join(sorted(map(re.escape, lexicon.relative_pronouns), key=len, reverse=True))
    return re.compile(r",\s+(?:" + words + r")\b", re.IGNORECASE)


def open_relative_clause(tokens: list[Token], g: Grammar) -> int | None:
    """The index of the relative pronoun when *tokens* end inside a relative clause set off
    by a comma (``Ann Lee, who hailed the``), else None.

    A quote there is no utterance of its own: the comma after it closes the
    clause, and a cue after that comma is the main clause's verb, whose subject
    stands before the clause.  A later comma (``Ann Lee, who, like Roe,``)
    leaves the clause's extent unknown, and no clause is read as open.
    """
    relatives = g.lexicon.relative_pronouns
    for k in range(len(tokens) - 1, 0, -1):
        word = tokens[k].text
        if not is_word(tokens[k]):
            return None
        if word.lower() in relatives and tokens[k - 1].text == ",":
            return k
    return None


def last_clause_subject(tokens: list[Token], lo: int, hi: int, g: Grammar) -> Mention | None:
    """The subject of the last clause before *hi* that ``he``/``she`` (or a name after a coordinator) opens.

    In ``I thanked him and he raised his hat and said,`` the verb's subject is
    ``he``, not the sentence's first subject.
    """
    conjunctions = g.lexicon.clause_conjunctions
    for p in range(hi - 1, lo, -1):
        prev = tokens[p - 1].text
        if prev not in (",", ";") and prev.lower() not in conjunctions:
            continue
        mention = g.mentions.clause_subject(tokens, p, hi)
        if mention is None or mention.start != tokens[p].start:
            continue
        if mention.kind == "pronoun" and bool(mention.gender):
            return mention
        if mention.kind == "name" and prev != "," and (p < 2 or tokens[p - 2].text in (",", ";")):
            # After a bare comma a name is as often an appositive (her husband, Bill Roe, and ...),
            # and after a word and "and" part of a compound subject (she and Ann were sitting).
            return mention
    return None


def opens_clause(toks: list[Token], mention: Mention, g: Grammar) -> bool:
    """True when an auxiliary, a form of *be* or, after a pronoun, a finite verb (a past, a
    present form) follows *mention*: it is the subject of the
    cue's own content, not an inverted speaker (``Ann Roe, who branded the timetable "a farce," said she
    would run``: the quote belongs to the clause before the cue)."""
    k = next((j for j, t in enumerate(toks) if t.start >= mention.end), len(toks))
    if k >= len(toks):
        return False
    word = toks[k].text
    verbs, negations = _clause_verbs(g.lexicon)
    if not word.islower():
        return False
    # "said he doubts ...", "said she wanted ...": a finite verb opens the content as an auxiliary does.
    # Only a pronoun: after a name or a description a past is as often a participle ("one aide involved in").
    if word in verbs or word.endswith(negations):
        return True
    # A verb opens content: "said he doubts the levy"; "said he afterwards." ends on an adverb.
    return mention.kind == "pronoun" and k + 1 < len(toks) and is_word(toks[k + 1]) and _finite_verb(g.lexicon, word)


def _finite_verb(lexicon: Lexicon, word: str) -> bool:
    """True for a lowercase past (``wanted``, ``knew``), a finite form of a reporting verb
    (``says``) or a third-person present (``doubts``, ``thinks``; not ``less``, ``thus``,
    nor an adverb of that form: ``perhaps``, ``indeed``)."""
    if word in lexicon.report_classes().get("verb_lookalike", ()):
        return False
    entry = lexicon.report_verbs.get(word)
    if entry is not None:
        return not entry.gerund
    pasts, past_endings, s_endings, singular = _verb_forms(lexicon)
    if word in pasts or (word.endswith(past_endings) and len(word) > 4):
        return True
    return len(word) > 3 and word.isalpha() and word.endswith(s_endings) and not word.endswith(singular)


@functools.lru_cache(maxsize=16)
def _verb_forms(lexicon: Lexicon) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The irregular and short pasts of the lexicon (``knew``, ``sued``), the past endings
    (``-ed``), the ending of a present's third person (``-s``, the plural's) and the
    endings that look so and are not (``-ss``, ``-us``: ``singular_ending`` of ``report_words.tsv``)."""
    singular = tuple(lexicon.report_classes().get("singular_ending", ()))
    return lexicon.irregular_pasts | lexicon.short_pasts, lexicon.endings_of("past"), lexicon.endings_of("plural"), singular


@functools.lru_cache(maxsize=16)
def _clause_verbs(lexicon: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The auxiliaries and forms of *be* of ``report_words.tsv``, and its negative endings (``n't``)."""
    classes = lexicon.report_classes()
    verbs = classes.get("auxiliary", frozenset()) | classes.get("be", frozenset())
    return verbs, tuple(classes.get("verb_ending", ()))
