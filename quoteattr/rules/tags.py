"""Stage 4, local rules for tags whose verb the lexicon does not list.

Fiction tags speech with any verb (``"...," returned Ann``, ``"...," she
pursued, "..."``).  The shape says it is a tag even when the verb is not a
known verb of saying: right after a quote that ends on an utterance mark, a
past-tense verb and a name or ``he``/``she`` (verb first, also a description
of a person: ``returned her brother``), in either order, and then the
clause ends (or an adverb or a preposition goes on).  :data:`TAG_ANY_VERB`
runs among the local rules (:data:`quoteattr.rules.local.SEQUENCE`), after
the rules that read a listed cue.  :data:`QUOTE_ANSWER` reads a tag with no
verb of saying at all (``"...," was her answer``).
"""

from __future__ import annotations

from collections.abc import Callable

from quoteattr.document import Binding, Mention, QuoteContext
from quoteattr.grammar import Grammar
from quoteattr.mentions import is_word
from quoteattr.rules.rule import Rule
from quoteattr.text.chars import DASHES
from quoteattr.text.tokens import Token

#: The last character of a quote that is an utterance, not a name or a title.
UTTERANCE_ENDS = frozenset(",!?") | DASHES

#: Tokens that may close a tag: the clause ends, or the speech goes on.
_TAG_CLOSERS = frozenset(",.;:!?") | DASHES

#: How many adjectives may stand between an answer's possessor and its noun (``his gloomy reply``).
_ANSWER_ADJECTIVES = 2

#: A past form shorter than this (``red``, ``bed``) is not read as a verb by its ending.
_MIN_PAST_LENGTH = 5


def _is_past(word: str, g: Grammar) -> bool:
    """True for a lowercase past-tense verb: a regular ``-ed`` form or a listed irregular one."""
    lexicon = g.lexicon
    if not word.islower() or word in g.cues.heads:
        return False
    return (len(word) >= _MIN_PAST_LENGTH and word.endswith(lexicon.endings_of("past"))) or word in lexicon.irregular_pasts


def _closes(toks: list[Token], k: int, g: Grammar) -> bool:
    """True when the tag may end before token *k*: punctuation, the end, an adverb, a preposition or a particle."""
    if k >= len(toks):
        return True
    tok = toks[k]
    if not is_word(tok):
        return tok.text in _TAG_CLOSERS
    lower = tok.text.lower()
    lexicon = g.lexicon
    # A particle or an adverb of the tag goes on with it: "she broke off, ...", "he said again".
    return tok.text.islower() and (
        lower.endswith(lexicon.endings_of("adverb")) or lower in lexicon.prepositions or lower in lexicon.tag_continuations
    )


def _is_adverb(word: str, g: Grammar) -> bool:
    """True for a lowercase word with an adverb's ending (``slowly``): a name never is one."""
    return word.islower() and word.endswith(g.lexicon.endings_of("adverb"))


def _speaker(mention: Mention | None) -> bool:
    """True for a mention that can speak in a tag: a name, or a pronoun with a gender."""
    return mention is not None and (mention.kind == "name" or (mention.kind == "pronoun" and bool(mention.gender)))


def _person_description(mention: Mention | None, g: Grammar) -> bool:
    """True for a description headed by a noun for a person (``her brother``, ``the old woman``).

    After an unlisted verb only a person is read as the tag's subject: in
    ``"...," crossed the street`` the verb has an object, and no speaker.
    """
    if mention is None or mention.kind != "description":
        return False
    head = mention.name.split()[-1].lower()
    lexicon = g.lexicon
    return head in lexicon.gender_nouns or g.mentions.is_person_role(head) or mention.name.lower() in lexicon.other_participant


def tag_any_verb(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"...," returned Ann Lee`` or ``"...," she pursued, "..."``: a tag by its shape, any past verb."""
    q, toks, i = ctx.quote, ctx.after, ctx.after_start
    if i >= len(toks) or ctx.text[q.end - 1] not in UTTERANCE_ENDS or not is_word(toks[i]):
        return None
    if ctx.before_is_sentence_start and any(is_word(t) for t in ctx.before):
        return None  # a phrase quoted inside a narration sentence ('When Roe called it "a sham," Lee left')
    mentions = g.mentions
    if _is_past(toks[i].text, g):
        # Verb first: "returned Ann Lee," "pursued she," "returned her brother."
        mention = mentions.subject_after(toks, i + 1)
        if not (_speaker(mention) or _person_description(mention, g)):
            return None
        assert mention is not None
        end = next((k for k in range(i + 1, len(toks)) if toks[k].start >= mention.end), len(toks))
        return TAG_ANY_VERB.bind(mention, (toks[i].start, toks[i].end)) if _closes(toks, end, g) else None
    # After "!" or "?" a subject and a verb may be narration ("Go!" He turned. "Why?"
    # Ann looked down.): there the tag must be a lowercase he/she or a name, its verb
    # closed at once by punctuation ("Why?" Ann persisted.).
    strict = ctx.text[q.end - 1] != ","
    # Subject first: "she pursued," "Ann Lee returned quietly."  The subject ends
    # before an adverb ("Ann Lee brightly agreed"), which would otherwise join its phrase.
    hi = min(len(toks), i + 6)
    hi = next((k for k in range(i + 1, hi) if _is_adverb(toks[k].text, g)), hi)
    mention = mentions.clause_subject(toks, i, hi)
    if not _speaker(mention):
        return None
    assert mention is not None
    if strict and (mention.kind != "name" and not ctx.text[mention.start : mention.end].islower()):
        return None
    k = next((k for k in range(i, len(toks)) if toks[k].start >= mention.end), len(toks))
    if k < len(toks) and _is_adverb(toks[k].text, g) and not strict:
        k += 1  # "she slowly pursued"
    if k >= len(toks) or not _is_past(toks[k].text, g) or not _closes(toks, k + 1, g):
        return None
    if strict and (k + 1 >= len(toks) or is_word(toks[k + 1])):
        return None
    return TAG_ANY_VERB.bind(mention, (toks[k].start, toks[k].end))


TAG_ANY_VERB: Rule[Callable[[QuoteContext, Grammar], Binding | None]] = Rule(
    id="TAG_ANY_VERB",
    family="local",
    summary=(
        "Right after a quote ending in a comma (or ! ?), a past-tense verb the lexicon does not list "
        "and a name or he/she (or, verb first, a person: returned her brother), in either order, closing "
        "the clause: a tag by its shape. After ! or ? only a name or a lowercase he/she, the verb closed at once "
        "by punctuation."
    ),
    example='"Not tonight," pursued Tom Vale, "nor tomorrow."',
    speaker="Tom Vale",
    confidence=0.8,
    run=tag_any_verb,
)


def quote_answer(ctx: QuoteContext, g: Grammar) -> Binding | None:
    """``"Not today," was Mrs. Hale's answer`` (or ``came his reply``): the quote is a possessor's utterance."""
    toks, i = ctx.after, ctx.after_start
    if i + 2 >= len(toks) or toks[i].text.lower() not in g.lexicon.answer_links:
        return None
    lexicon = g.lexicon
    j = i + 1
    while j < len(toks) and j - i <= 4 and not toks[j].text.endswith(g.names.possessive_endings):
        if toks[j].text.lower() in lexicon.possessive_determiners and not (
            j + 1 < len(toks) and toks[j + 1].text.endswith(g.names.possessive_endings)
        ):
            break  # "his reply"; but "her husband's answer" goes on to its possessor
        j += 1
    # Up to two adjectives before the noun: "was his gloomy reply", "was her next remark".
    noun = next(
        (k for k in range(j + 1, min(len(toks), j + 2 + _ANSWER_ADJECTIVES)) if toks[k].text.lower() in lexicon.answer_nouns),
        None,
    )
    if noun is None or not all(toks[k].text.islower() and toks[k].text not in lexicon.function_words for k in range(j + 1, noun)):
        return None
    word = toks[j]
    owner = lexicon.possessive_determiners.get(word.text.lower())
    if owner is not None:
        if j != i + 1:
            return None
        gender = owner if owner in ("m", "f") else ""
        mention = Mention(word.start, word.end, "pronoun", word.text, gender, "")
    else:
        ending = next(e for e in g.names.possessive_endings if word.text.endswith(e))
        bare = Token(word.start, word.end - len(ending), word.text[: -len(ending)])
        named = g.mentions.classify_phrase([*toks[i + 1 : j], bare], 0, j - i - 1)
        if named is None or not (named.kind == "name" or _person_description(named, g)):
            return None  # "was her husband's answer": a person's; "was the day's answer": nobody's
        mention = named
    return QUOTE_ANSWER.bind(mention, (toks[i].start, toks[noun].end))


QUOTE_ANSWER: Rule[Callable[[QuoteContext, Grammar], Binding | None]] = Rule(
    id="QUOTE_ANSWER",
    family="local",
    summary=(
        "Right after the quote, 'was' and a possessor's answer, reply or remark (a name, his/her, or a person: "
        "her husband's; up to two adjectives before the noun): the possessor speaks."
    ),
    example='"Not before noon," was Mrs. Ida Hale\'s answer.',
    speaker="Ida Hale",
    confidence=0.85,
    run=quote_answer,
)
