"""Stage 4, reported speech: the object of a verb speaks in the infinitive after it.

``The storm prompted Roe to warn that ...``, ``Lund forced the clerk to admit
...``, ``The ruling led the crews to question whether ...``: in *verb, noun
phrase, to, reporting verb* the noun phrase is the one who speaks (object
control), not the subject of the verb before it.  Read only for a cue right
after ``to``, over a few tokens before it.
"""

from __future__ import annotations

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.phrases import bare_subject
from quoteattr.rules.reported.records import Sentence

#: How many words the object between the verb and ``to`` may have.
_OBJECT_WORDS = 6


def control_object(s: Sentence, k: int) -> Mention | None:
    """The object that speaks in the infinitive cue at token *k* (``prompted Roe to
    warn``: Roe), or None.

    The verb before the object is of class ``control_verb``, a verb that makes
    its object act (``prompt``, ``force``, ``lead``, ``cause``, ...; not a
    request, ``urged Roe to deny ...``, whose object has not spoken yet, nor
    ``used the meeting to call ...``, whose subject speaks), and the words
    between it and ``to`` read as a noun phrase that can speak, a personal
    pronoun (``forced them to``) or a counting phrase (``led most to
    question``), with no preposition in it but one of class ``phrase_link``
    (``of``).  A control verb that is an infinitive or follows a modal
    (``tried to force Roe to admit``, ``could force``) has not made its object
    speak."""
    w = s.w
    tokens = s.tokens
    b = k - 2  # the object's last word
    if b <= s.first_word or tokens[k - 1].text not in w.infinitive_markers or not is_word(tokens[b]):
        return None
    v = b - 1
    while v > s.first_word and b - v < _OBJECT_WORDS and tokens[v].text not in w.cls("control_verb"):
        word = tokens[v].text.lower()
        if not is_word(tokens[v]) or word in w.relative_pronouns or (word in w.prepositions and word not in w.cls("phrase_link")):
            return None  # "made it simpler for the wardens to refuse": no object of a verb
        v -= 1
    if tokens[v].text not in w.cls("control_verb") or v + 1 > b:
        return None
    if v > 0 and (tokens[v - 1].text in w.infinitive_markers or tokens[v - 1].text.lower() in w.cls("modal")):
        return None  # "tried to force Roe to admit", "could force Roe to admit": Roe has not spoken
    mention = w.mentions.classify_phrase(tokens, v + 1, b) or bare_subject(w, tokens, b + 1, v + 1) or _lone(s, v + 1, b)
    if mention is None or mention.start != tokens[v + 1].start or mention.end != tokens[b].end:
        return None
    if mention.kind in ("pronoun", "group") or w.can_speak(mention):
        return mention
    return None


def _lone(s: Sentence, a: int, b: int) -> Mention | None:
    """The lone word at token *a* (= *b*) when no phrase reader names it and it
    stands for people: an object pronoun (``forced them to``; the readers take
    subjects) or a word that counts people (``led most to``)."""
    w = s.w
    word = s.tokens[a].text
    lower = word.lower()
    if a != b:
        return None
    if lower in w.lexicon.object_pronouns:
        return Mention(s.tokens[a].start, s.tokens[a].end, "pronoun", word, "", "")
    if lower in w.quantifiers or lower in w.count_heads:
        return Mention(s.tokens[a].start, s.tokens[a].end, "group", word, "", "")
    return None
