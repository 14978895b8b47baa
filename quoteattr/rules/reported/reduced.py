"""Stage 4, reported speech: a participle that modifies the noun phrase before it.

``showed 40 percent of farmers saying the weir should go``, ``clips of Roe
boasting that the kiln was sound``: a reporting participle right after a noun
phrase (a reduced relative clause, ``farmers who say ...``) reports for that
phrase when it can speak.  Read only for a lowercase participle with no mark,
coordinator or verb of its own right before it, in a window of a few tokens.
"""

from __future__ import annotations

import bisect

from quoteattr.document import Mention
from quoteattr.mentions import is_word
from quoteattr.rules.reported.records import Sentence, index_at
from quoteattr.rules.reported.subjects import modifier, verb_group_start
from quoteattr.rules.reported.words import ASKING_FRAMES, REACH, ReportWords
from quoteattr.text.tokens import Token

#: How far back the noun phrase before a participle is read, in tokens.
_REACH = 12


def reduced_subject(s: Sentence, k: int) -> Mention | None:
    """The noun phrase right before the participle at token *k* that speaks in it
    (``farmers saying ...``), or None.

    The phrase starts after the last verb before it (``the ballot showed 40
    percent of farmers``: the farmers).  No source: a phrase that cannot speak (``a
    microphone``), a speech noun (``issued a statement saying``: the issuer
    speaks, read by the noun's rule), the object of a preposition that names a
    listener (``wrote to Lund criticizing ...``; class ``gerund_subject`` lists
    the others: ``half of the nurses saying``), the object of a verb that
    reaches a listener (``emailed Lund asking``, ``told the crews warning``), and a phrase that opens its
    sentence (``Shoppers demanding refunds queued ...``), whose content would run
    on over the main verb."""
    w = s.w
    tokens = s.tokens
    if k == 0 or not is_word(tokens[k - 1]) or not tokens[k].text.islower():
        return None  # "Roe Says Port Will Close Telling ...": a headline in title case
    sent = sender(s, k)
    if sent is not None:
        return sent
    found = w.mentions.subject_before(tokens, k, max(0, k - _REACH))
    if found is None or found.end != tokens[k - 1].end:
        return None
    m = index_at(s, found.start)
    for j in range(k - 2, m - 1, -1):
        if _verb(w, tokens[j].text):
            m = j + 1  # "The ballot showed 40 percent of farmers": the phrase after the verb
            break
    mention = found if m == index_at(s, found.start) else w.mentions.classify_phrase(tokens, m, k - 1)
    if mention is None or not w.can_speak(mention) or mention.name.split()[-1].lower() in w.nouns:
        return None
    before = tokens[m - 1].text.lower() if m > 0 else ""
    if before in w.relative_pronouns or (
        before in w.prepositions and before not in w.cls("gerund_subject")
    ):
        return None
    if _takes_listener(w, before):
        return None  # "emailed Lund asking ...": Lund was reached; the subject asks
    if not any(_verb(w, tokens[j].text) for j in range(s.first_word, m)):
        return None
    return mention if _speaks(w, mention) else None


def _speaks(w: ReportWords, mention: Mention) -> bool:
    """True when *mention* is sure to speak in the participle after it: a name, a
    pronoun, a person's role (``the mayor``) or a counting phrase (``40 percent
    of farmers``).  A group noun of ``roles.tsv`` also heads documents and media
    (``a video of the network claiming``, ``mailed the members a leaflet
    urging``): the words are where the speech was, or the group heard it."""
    if mention.kind in ("name", "pronoun"):
        return True
    words = mention.name.lower().split()
    if w.roles.get(words[-1]) == "person":
        return True
    return any(word in w.count_heads or word in w.quantifiers or word[:1].isdigit() for word in words)


def sender(s: Sentence, k: int) -> Mention | None:
    """The subject of a light verb whose object, a work sent out (class
    ``sent_work``: ``letter``, ``email``, ``ad``), stands right before the
    participle at token *k*, perhaps with a time phrase between: ``The guild
    issued a leaflet on Tuesday urging ...``, ``Roe put out ads attacking ...``.  The
    work holds the words; who sent it said them, not who printed it (class
    ``publishing_verb``: ``The paper published a letter urging ...``)."""
    w = s.w
    tokens = s.tokens
    j = k - 1
    while j > 0 and k - j <= 3 and (tokens[j].text.lower() in w.time_words or tokens[j].text.lower() in w.timed):
        j -= 1  # a time phrase: "mailed a flyer on Friday urging"
    if j < 1 or tokens[j].text.lower() not in w.cls("sent_work"):
        return None
    j -= 1
    while j > 0 and k - j < 7 and tokens[j].text.lower() not in w.articles and modifier(w, tokens[j]):
        j -= 1  # "a long letter", "weekly mailers"
    if tokens[j].text.lower() in w.articles or tokens[j].text.lower() in w.determiners:
        j -= 1
    if j > 0 and tokens[j].text.lower() in w.cls("light_particle"):
        j -= 1  # "put out a memo"
    verb = tokens[j].text.lower() if j >= 1 else ""
    if verb not in w.cls("light_verb") or verb in w.cls("publishing_verb"):
        return None  # "The paper published a letter urging ...": the letter's author urged, not the paper
    lo = max(0, j - REACH)
    mention = w.mentions.subject_before(tokens, verb_group_start(s, j, lo), lo)
    return mention if mention is not None and w.can_speak(mention) else None


def unsigned_work(s: Sentence, k: int) -> bool:
    """True when the participle at token *k* follows a work that speaks (class
    ``speaking_work``: ``ads``, ``a letter``, ``stories``), perhaps with a time
    phrase between, and :func:`sender` found no light verb that sent it: ``spent
    heavily on ads attacking Lund``, ``a string of stories alleging ...``.  The
    report has no source: who wrote the work is not said where it is read."""
    w = s.w
    tokens = s.tokens
    j = k - 1
    while j > 0 and k - j <= 3 and (tokens[j].text.lower() in w.time_words or tokens[j].text.lower() in w.timed):
        j -= 1  # "an ad on Friday urging"
    return j >= 0 and tokens[k].text.islower() and tokens[j].text in w.cls("speaking_work")


def relative_end(s: Sentence, k: int) -> int:
    """Where the content of the participle at token *k* ends: at the comma that
    closes a ``, who ... ,`` clause the participle stands in (``Roe, who heard
    Lund saying the pier was unsafe, left``: the main verb is no part of it) or
    the first comma of a sentence that opens with a subordinator (``Before Roe issued
    leaflets urging a boycott, ...``), else at the sentence's end."""
    w = s.w
    tokens = s.tokens
    n = bisect.bisect_left(s.commas, k)
    opened = n > 0 and s.commas[n - 1] + 1 < k and tokens[s.commas[n - 1] + 1].text.lower() in w.relative_pronouns
    head = tokens[s.first_word].text.lower()
    verbless = not any(_verb(w, t.text) for t in tokens[s.first_word : k])
    fronted = n == 0 and (head in w.subordinators or verbless and head in w.prepositions)
    # "Before the union issued a leaflet urging ..., the ferry left", "In a memo urging ..., Roe":
    # a fronted clause or phrase ends at its comma.
    closing = s.commas[n] if (opened or fronted) and n < len(s.commas) else None
    if closing is None and verbless and n == 0:
        # "A petition urging a ban has drawn 900 names": the subject's content ends at the main verb.
        closing = next((j for j in range(k + 2, len(tokens)) if _main_verb(w, tokens, j)), None)
    return tokens[closing].start if closing is not None else s.end


def _main_verb(w: ReportWords, tokens: list[Token], j: int) -> bool:
    """True when token *j* is a lowercase finite verb or auxiliary that opens a verb group:
    no ``to``, article, determiner, possessive, preposition or verb stands right before it
    (``to be banned``, ``the embattled mayor``)."""
    prev = tokens[j - 1].text.lower()
    return (
        tokens[j].text.islower()
        and _verb(w, tokens[j].text)
        and not (prev in w.infinitive_markers or prev in w.articles or prev in w.determiners)
        and not (prev in w.possessives or prev in w.prepositions or prev in w.be_forms or _verb(w, prev))
    )


def _takes_listener(w: ReportWords, word: str) -> bool:
    """True for a verb whose object is a listener: a ``contact_verb`` (``emailed``,
    ``phoned``) or a reporting verb that names the listener (``told``, ``asked``)."""
    entry = w.verbs.get(word)
    return word in w.cls("contact_verb") or entry is not None and entry.frame in ASKING_FRAMES


def _verb(w: ReportWords, word: str) -> bool:
    """True for a lowercase word that shows a clause before the phrase: a verb or an auxiliary."""
    return word in w.auxiliaries or w.is_finite_verb(word)
