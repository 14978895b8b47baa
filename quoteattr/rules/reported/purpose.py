"""Stage 4, reported speech: whose infinitive a cue after ``to`` is.

After a clause, ``to`` and a reporting verb may open an infinitive of purpose
whose speaker is the clause's subject (``Roe met the crews on Monday to
discuss the rota``, ``Roe drove to the depot to complain about the buses``).
The same ``to`` also opens the infinitive of a noun or an adjective (``has
the power to question``, ``too close to call``, ``found it hard to
describe``, ``a chance for Lund to dispute``), where no one has spoken:
:func:`infinitive_of_noun` tells the two apart from the few words before ``to``.
"""

from __future__ import annotations

from quoteattr.mentions import is_word
from quoteattr.rules.reported.words import ReportWords
from quoteattr.text.tokens import Token

#: How many words the object of a ``bare_sense`` verb may hold before a ``to`` that tells it to act.
_OBJECT_REACH = 4


def _links_adjective(w: ReportWords, word: str) -> bool:
    """True for a word that leaves the adjective after it the head of the infinitive:
    a form of *be*, a pronoun with a clitic *be* (``it's safe to``) or a neuter
    pronoun (``found it hard to``)."""
    pronoun = w.pronouns.get(word)
    return word in w.be_forms or w.pronoun_clitic(word) or pronoun is not None and pronoun.gender == "n"


def infinitive_of_noun(w: ReportWords, tokens: list[Token], to: int) -> bool:
    """True when the ``to`` at token *to* opens an infinitive that belongs to a noun
    phrase or an adjective (``the power to``, ``reasons to``, ``too close to``, ``for
    the courts to``) or to a verb of intention (``decided not to``), not a purpose clause after a verb and its phrases (``met last
    week to discuss``, ``stayed after the vote to talk about``), whose subject speaks."""
    j = to - 1
    negated = tokens[j].text.lower() in w.cls("negation")
    if negated:
        j -= 1  # "the decision not to"
    word = tokens[j].text
    if word.lower() in w.cls("intention_verb"):
        return True  # "decided not to comment", "plans to call": an intention, no speech yet
    while j > 0 and not tokens[j].text.islower() and is_word(tokens[j]) and tokens[j].text.lower() not in w.pronouns:
        j -= 1  # "a chance for Lund to": the name is the infinitive's subject
    if j < to - 1 and tokens[j].text.lower() in w.cls("infinitive_subject"):
        return True
    if j < to - 1 and not negated and _names_an_object(w, tokens, j, to):
        return True  # "paid Kowal to deny": the name is the verb's object and the infinitive's subject
    if j < 1 or not word.islower() or word in w.verbs or w.is_finite_verb(word) or word in w.time_words:
        return False
    if w.is_adverb(word) and tokens[j - 1].text.lower() in w.cls("infinitive_degree"):
        return True  # "stayed too briefly to": the degree, not the verb, takes the infinitive
    if w.is_gerund(word) or w.is_adverb(word):
        return False
    if negated or word in w.be_forms or word in w.cls("infinitive_degree") or any(_links_adjective(w, t.text.lower()) for t in tokens[max(0, j - 2) : j]):
        return True  # "the decision not to", "is to", "sure enough to", "it is hard to", "found it hard to"
    for d in range(j - 1, max(-1, j - 4), -1):
        before = tokens[d].text.lower()
        if before in w.cls("infinitive_degree"):
            return True  # "too close to"
        if before in w.articles or before in w.determiners or before in w.possessives:
            # an object or a subject ("has the power to") names no purpose; a noun in a phrase may
            return d == 0 or _not_adjunct(w, tokens[d - 1].text.lower())
        if not tokens[d].text.islower():
            return False
        if before in w.prepositions:
            return before in w.cls("infinitive_subject")
    return word.endswith(w.plural_endings) and not word.endswith(w.singular_endings)  # "reasons to"


def _names_an_object(w: ReportWords, tokens: list[Token], j: int, to: int) -> bool:
    """True when the capitalised words from token *j* + 1 up to ``to`` follow a
    verb at *j* as its object (``paid Kowal to``, ``urging Hale to``), not as a
    time (``gathered Friday to``)."""
    verb = tokens[j].text
    if not (w.is_past(verb) or w.is_finite_verb(verb) or w.is_gerund(verb)) or verb in w.prepositions:
        return False
    return not any(t.text.lower() in w.time_words for t in tokens[j + 1 : to])


def _not_adjunct(w: ReportWords, word: str) -> bool:
    """True when the word before a noun phrase leaves it an object or a subject
    (``has the power to``), not a phrase of place or time (``at the depot to``);
    ``for`` opens the infinitive's own subject (``for the courts to``)."""
    return word not in w.prepositions or word in w.cls("infinitive_subject")


def verb_follows(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when the verb of a clause comes at token *j*, right after its subject, perhaps
    after adverbs (``Lund met``, ``Lund later went``, ``Lund will come``): the subject read
    before an infinitive of purpose is that clause's own, not a word inside a longer
    phrase (``Lund call centre boss Hale stood``) or the object of another verb (``prompted
    the board to``)."""
    while j < len(tokens) and w.is_adverb(tokens[j].text):
        j += 1
    if j >= len(tokens) or not tokens[j].text.islower():
        return False
    word = tokens[j].text
    # A past, an auxiliary or a form of be: a bare form may be a noun ("call centre")
    return w.is_past(word) or w.is_auxiliary(word) or word in w.be_forms


def bare_sense(w: ReportWords, tokens: list[Token], k: int) -> bool:
    """True when the cue at token *k* is a verb with a common sense that is no
    speech (class ``bare_sense``: ``went to the quay to claim his bags``,
    ``stopped at the inn to order a meal``) and no clause or topic follows it
    (class ``sense_link``: ``to claim that``, ``to call for``)."""
    if tokens[k].text.lower() not in w.cls("bare_sense"):
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() in w.cls("sense_link"):
        return False
    # "to order the crew to row": an object told to act is spoken to; "to call a
    # taxi to take him home": a thing is no listener, the infinitive is its purpose
    return not any(
        tokens[i].text in w.infinitive_markers
        and tokens[i + 1].text.islower()
        and tokens[i + 1].text not in w.determiners
        and _may_listen(w, [t.text for t in tokens[k + 1 : i]])
        for i in range(k + 2, min(len(tokens) - 1, k + 2 + _OBJECT_REACH))
    )


def _may_listen(w: ReportWords, words: list[str]) -> bool:
    """True when the object *words* may name one told to act (``the crew``, ``Kowal``,
    ``them``, ``a guard``), not a thing: a neuter pronoun or a noun of class
    ``called_thing`` (``it``, ``a taxi``), whose infinitive says what the thing is for."""
    head = words[-1]
    pronoun = w.pronouns.get(head)
    if pronoun is not None:
        return pronoun.gender != "n"
    # Person nouns are an open class the lexicons never list in full; the things one
    # calls or orders to carry or fetch are few, so only they are kept from listening.
    return head.lower() not in w.cls("called_thing")
