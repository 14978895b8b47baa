"""Stage 3b: speaker mentions next to a cue.

A speaker mention is read from the tokens around a cue verb:

* backwards from the cue for its subject (``Pires stated``, ``Hugh Hill,
  a doctor at the clinic, said``, ``a spokeswoman for the company said``),
  skipping auxiliaries and adverbs (``has also said``, ``later added``);
* forwards from the cue for an inverted subject (``said Sen. Bob Smith``).

A phrase becomes a *name* (a run of capitalised words with particles,
initials and suffixes, titles dropped from its ``name``), a *pronoun*, a
*description* (``the former president``) or a *group* (``officials``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from quoteattr.cues import is_cue_word, is_noun_like
from quoteattr.lexicon import (
    CUE_VERBS,
    FUNCTION_WORDS,
    HONORIFICS,
    IRREGULAR_PASTS,
    NAME_PARTICLES,
    PRONOUNS,
    ROLES,
    TITLE_GENDERS,
    TITLE_WORDS,
    TITLES,
)
from quoteattr.model import Speaker
from quoteattr.text.chars import DASHES
from quoteattr.text.tokens import Token


class Mention(NamedTuple):
    """A speaker mention: ``source[start:end]`` is its text.

    ``name`` is the mention's own name with titles dropped (not yet resolved
    against the rest of the document); ``gender`` is ``m``, ``f`` or ``""``.
    """

    start: int
    end: int
    kind: str
    name: str
    gender: str
    honorific: str


def speaker_for(mention: Mention, text: str, name: str) -> Speaker:
    """The :class:`~quoteattr.model.Speaker` for *mention* in *text*, called *name*.

    >>> speaker_for(Mention(4, 7, "name", "Roe", "", ""), "Ask Roe.", "Jane Roe").text
    'Roe'
    """
    return Speaker(
        name=name,
        start=mention.start,
        end=mention.end,
        text=text[mention.start : mention.end],
        kind=mention.kind,
    )


#: Words that start a noun phrase; reading backwards, the phrase stops after one.
DETERMINERS: frozenset[str] = frozenset(
    "a an the another one two three four five several some many most other both each every "
    "any no his her their its our my your this these those such".split()
)

NAME_SUFFIXES: frozenset[str] = frozenset("jr. jr sr. sr ii iii iv".split())

#: Capitalised words that are never part of a person's name.
CALENDAR_WORDS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan. feb. mar. apr. jun. jul. "
    "aug. sep. sept. oct. nov. dec. mon. tue. wed. thu. fri. sat. sun.".split()
)

#: Auxiliaries and adverbs that stand between a subject and its cue
#: (``Smith has also said``, ``Jones later added``).
_SKIPPABLE: frozenset[str] = frozenset(
    "has have had also later then again once would will could can might may should did does "
    "do is was were are be been being not never always often still just even further first "
    "finally recently previously repeatedly reportedly publicly privately simply "
    "quickly quietly flatly bluntly angrily once-again".split()
)

#: Words of a time phrase that ends in "ago" (less than two weeks ago).
_AGO_WORDS: frozenset[str] = frozenset(
    "a an one two three four five six seven eight nine ten few several some many less more than "
    "about nearly almost just only year years month months week weeks day days hour hours "
    "minute minutes decade decades".split()
)

#: Reading forwards from an inverted cue (``said Smith in a statement``), these end the phrase.
#: Function words that cannot open a noun phrase (prepositions, conjunctions, "that").
_NON_DETERMINERS: frozenset[str] = FUNCTION_WORDS - DETERMINERS

_FORWARD_STOPS: frozenset[str] = (_NON_DETERMINERS - {"of", "for"}) | frozenset(
    "during about who whom whose told adding noting saying".split()
)

#: Reading backwards from a cue, these end the subject phrase.
_BACKWARD_STOPS: frozenset[str] = _NON_DETERMINERS - {"of", "for"}

_PRONOUN_SPEAKERS = frozenset(PRONOUNS)

#: "it" speaks next to a cue ("...," it said) but is rarely a sentence's speaker otherwise.
_NARRATION_PRONOUNS = _PRONOUN_SPEAKERS - {"it", "who"}

#: Clitics that can follow a subject pronoun in one token (he's, they're, I'd).
_CLITICS = frozenset({"s", "re", "m", "ve", "d", "ll"})

_PREPOSITIONS = frozenset("of for at in on from with by to about".split())

#: Words that end a determiner phrase without naming anyone (a few, a lot).
_NON_HEADS = frozenset("few lot bit couple number while time way day week year".split())


def pronoun_in_contraction(word: str) -> int:
    """Length of the subject pronoun at the start of a contraction, or 0.

    >>> pronoun_in_contraction("He's"), pronoun_in_contraction("Pires's")
    (2, 0)
    """
    for sep in ("'", "’"):
        head, found, tail = word.partition(sep)
        if found and head.lower() in _PRONOUN_SPEAKERS and tail.lower() in _CLITICS:
            return len(head)
    return 0


def is_word(tok: Token) -> bool:
    """True for a word token (starts with a letter or digit)."""
    return tok.text[0].isalnum()


def _is_capitalised(word: str) -> bool:
    """True for a word that starts with an uppercase letter."""
    return word[0].isupper()


def _is_name_word(tok: Token) -> bool:
    """True for a token that can be part of a name run."""
    word = tok.text
    lower = word.lower()
    if lower in CALENDAR_WORDS:
        return False
    if word[0].isupper():
        return True
    if lower in NAME_SUFFIXES:
        return True
    # al-Assad, el-Sisi: a lowercase particle glued to a capitalised name.
    dash = word.find("-")
    return 0 < dash < len(word) - 1 and word[dash + 1].isupper()


def _is_possessive(word: str) -> bool:
    """True for ``Roe's`` and ``Roe’s``, in either case (``ROE'S``)."""
    return word.endswith(("'s", "’s", "'S", "’S"))


def title_gender(title: str) -> str:
    """``m``, ``f`` or "" for the gender a title implies (``Mrs.`` is ``f``).

    >>> title_gender("Sir"), title_gender("Senator")
    ('m', '')
    """
    return TITLE_GENDERS.get(title.lower(), "")


#: The first word of every title (``vice`` of ``vice president``).
_TITLE_HEADS = frozenset(title.split()[0] for title in TITLES)


def split_titles(words: Sequence[str]) -> tuple[int, str, str]:
    """Find where a name starts after its titles.

    Titles and the capitalised words before them are dropped up to the last
    title (``Chilean President Ana Pires``); a title must leave at least one
    word after it (``Rep. Peter King``, not ``King``).  Shared by mention
    parsing and the name registry, so both read a name the same way.

    Returns:
        The index of the first name word, the social honorific seen (or ""),
        and the gender the titles imply (``m``, ``f`` or "").

    >>> split_titles(["Chilean", "President", "Ana", "Pires"])
    (2, '', '')
    >>> split_titles(["Mrs.", "Lane"])
    (1, 'Mrs.', 'f')
    """
    start = 0
    honorific = ""
    gender = ""
    lowered = [w.lower() for w in words]
    if TITLE_WORDS.isdisjoint(lowered[:-1]):
        return start, honorific, gender
    k = 0
    while k < len(words) - 1:
        if lowered[k] not in _TITLE_HEADS:
            k += 1  # no title starts with this word
            continue
        matched = 0
        for n in (3, 2, 1):
            if k + n < len(words) and " ".join(lowered[k : k + n]) in TITLES:
                matched = n
                break
        if not matched:
            k += 1
            continue
        title = " ".join(lowered[k : k + matched])
        if title in HONORIFICS:
            honorific = words[k]
        gender = title_gender(title) or gender
        k += matched
        start = k
    return start, honorific, gender


def strip_possessive(word: str) -> str:
    """Drop a possessive ending from a name word.

    >>> strip_possessive("Roe's"), strip_possessive("ROE’S"), strip_possessive("Ross")
    ('Roe', 'ROE', 'Ross')
    """
    return word[:-2] if _is_possessive(word) else word


def _name_mention(tokens: list[Token], a: int, b: int) -> Mention | None:
    """Build a name mention from tokens ``a..b`` (inclusive), titles dropped from ``name``."""
    # A capitalised function word before the name ("When Mr. Hale", "From Ann
    # Lee") opened the sentence: it is neither in the name nor in the mention.
    # An article stays in the mention (The Ledger), though not in the name.
    while a < b and tokens[a].text.lower() in _NON_DETERMINERS:
        a += 1
    skip, honorific, gender = split_titles([t.text for t in tokens[a : b + 1]])
    words = [strip_possessive(t.text) for t in tokens[a + skip : b + 1]]
    while words and words[0].lower() in FUNCTION_WORDS and len(words) > 1:
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    if honorific and len(words) == 1:
        name = honorific + " " + name
    return Mention(tokens[a].start, tokens[b].end, "name", name, gender, honorific)


def _name_run_start(tokens: list[Token], a: int, b: int) -> int:
    """Where the run of name words that ends at token *b* starts, at *a* or later.

    A lowercase particle between two name words belongs to the run (Ludwig van Berg).

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("composer Ludwig van Berg")
    >>> _name_run_start(t, 0, 3)
    1
    """
    r = b
    while r - 1 >= a:
        if _is_name_word(tokens[r - 1]):
            r -= 1
        elif r - 2 >= a and tokens[r - 1].text in NAME_PARTICLES and _is_name_word(tokens[r - 2]):
            r -= 2
        else:
            break
    return r


def _description(tokens: list[Token], a: int, b: int) -> Mention:
    """A description or group mention covering tokens ``a..b``."""
    last = tokens[b].text.lower()
    kind = "group" if ROLES.get(last) == "group" or (last.endswith("s") and last not in ROLES) else "description"
    text_words = " ".join(t.text for t in tokens[a : b + 1])
    return Mention(tokens[a].start, tokens[b].end, kind, text_words, "", "")


def classify_phrase(tokens: list[Token], a: int, b: int) -> Mention | None:
    """Read tokens ``a..b`` (inclusive) as a speaker mention, or return None.

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("Chilean President Ana Pires")
    >>> classify_phrase(t, 0, 3).name
    'Ana Pires'
    """
    if a > b:
        return None
    last = tokens[b]
    last_lower = last.text.lower()
    if a == b and last_lower in _PRONOUN_SPEAKERS:
        return Mention(last.start, last.end, "pronoun", last.text, _pronoun_gender(last_lower), "")
    if a == b:
        n = pronoun_in_contraction(last.text)
        if n:
            pronoun = last.text[:n]
            return Mention(last.start, last.start + n, "pronoun", pronoun, _pronoun_gender(pronoun.lower()), "")
    if not is_word(last) or last_lower in FUNCTION_WORDS or last_lower in _SKIPPABLE:
        return None
    if _is_possessive(last.text):
        return None  # the president's remarks: the possessor modifies, it does not speak
    first_lower = tokens[a].text.lower()
    if first_lower in DETERMINERS and not (
        _is_capitalised(tokens[a].text) and all(_is_name_word(t) for t in tokens[a + 1 : b + 1])
    ):
        if b == a or last_lower in _NON_HEADS or not last.text.replace("-", "").isalnum():
            return None  # but "the 46-year-old" is a description
        # A name at the end of a description without a preposition before it is
        # the speaker (the former president Ana Pires, a way FBI Director Jane Roe):
        # after "for"/"of" it is not (a spokesman for Pires).
        if _is_name_word(last) and not any(
            t.text.lower() in _PREPOSITIONS for t in tokens[a + 1 : b]
        ):
            r = _name_run_start(tokens, a + 1, b)
            mention = _name_mention(tokens, r, b)
            if mention is not None and mention.name.lower() not in TITLES and " " in mention.name:
                return mention
        return _description(tokens, a, b)
    # Everything after the last possessive is the head (Pires's spokesman).
    for p in range(b - 1, a - 1, -1):
        if _is_possessive(tokens[p].text):
            head = classify_phrase(tokens, p + 1, b)
            if head is not None and head.kind in ("description", "group"):
                return _description(tokens, a, b)
            return head
    # A role noun heads a phrase with capitalised modifiers: "Border Patrol agents",
    # "Democratic presidential candidate", "White House officials".
    if last_lower in ROLES and last.text.islower() and b > a and b - a <= 5:
        return _description(tokens, a, b)
    # A trailing run of name words is a name (Stein spokeswoman Melezia Figueroa).
    r = _name_run_start(tokens, a, b)
    if _is_name_word(last):
        if r == b and last_lower in ROLES:
            # Sentence-initial "Officials" or "Police": a group, not a name.
            return _description(tokens, b, b)
        # Include lowercase titles just before the run in the span (former president Pires).
        mention = _name_mention(tokens, r, b)
        if mention is not None and mention.name.lower() in TITLES:
            return _description(tokens, a, b)
        return mention
    # Bare lowercase phrases speak only when headed by a role (officials, about 200 protesters).
    if last_lower in ROLES and b - a <= 4 and all(t.text.islower() or t.text.isdigit() for t in tokens[a : b + 1]):
        return _description(tokens, a, b)
    return None


def _pronoun_gender(pronoun: str) -> str:
    """The gender of a subject pronoun, or "" when it has none."""
    gender = PRONOUNS[pronoun].gender
    return gender if gender in ("m", "f") else ""


def skip_back(tokens: list[Token], j: int, lo: int) -> int:
    """Index of the first token at or left of *j* that is not an auxiliary or adverb.

    Move left over auxiliaries, adverbs and time phrases that separate a subject from its cue."""
    while j >= lo:
        lower = tokens[j].text.lower()
        if lower == ")":
            # A parenthesis between subject and cue: Sen. Jane Roe (D-Ohio) said.
            k = j - 1
            while k >= lo and j - k < 10 and tokens[k].text != "(":
                k -= 1
            if k < lo or tokens[k].text != "(":
                break
            j = k - 1
        elif lower in _SKIPPABLE or (
            # An -ly adverb (later, quickly), but not a role noun (family, ally).
            lower.endswith("ly") and tokens[j].text.islower() and len(lower) > 4 and lower not in ROLES
        ):
            j -= 1
        elif lower in CALENDAR_WORDS and j - 1 >= lo and tokens[j - 1].text.lower() in ("on", "last", "this"):
            j -= 2
        elif lower == "ago":
            # The State Department less than two weeks ago said ...
            j -= 1
            while j >= lo and j > 0 and (tokens[j].text.isdigit() or tokens[j].text.lower() in _AGO_WORDS):
                j -= 1
        else:
            break
    return j


def subject_before(tokens: list[Token], k: int, lo: int = 0) -> Mention | None:
    """The subject of the cue at token *k*, read backwards but not before token *lo*.

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("Hugh Hill, a doctor at the clinic, has said")
    >>> subject_before(t, 10).name
    'Hugh Hill'
    """
    j = skip_back(tokens, k - 1, lo)
    if j < lo:
        return None
    if tokens[j].text == ",":
        # An appositive between subject and cue: Hugh Hill, a doctor at the clinic, said.
        for i in range(j - 1, max(lo, j - 30) - 1, -1):
            text = tokens[i].text
            if text == ",":
                subject = phrase_ending_at(tokens, skip_back(tokens, i - 1, lo), lo)
                return subject and named_in_apposition(tokens, subject, i, j + 1)
            if not (is_word(tokens[i]) or text in "-–—.'’&()"):
                return None
        return None
    return phrase_ending_at(tokens, j, lo)


def is_person_role(word: str) -> bool:
    """True for a noun or title that names one person's role (``mayor``, ``spokeswoman``).

    >>> is_person_role("Mayor"), is_person_role("officials"), is_person_role("town")
    (True, False, False)
    """
    lower = word.lower()
    return lower in TITLE_WORDS or ROLES.get(lower) == "person"


#: What ends a name in apposition: a comma before a cue (``the mayor, Jane Roe, said``),
#: and after an inverted cue the end of the clause too (``said the mayor, Jane Roe.``).
_APPOSITIVE_ENDS = frozenset({","})
_INVERTED_APPOSITIVE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})


def named_in_apposition(
    tokens: list[Token], subject: Mention, comma: int, end: int, inverted: bool = False
) -> Mention:
    """The name in apposition to a person description, else the description itself.

    *subject* ends before the comma at token *comma*; the appositive runs to
    the next comma before token *end*.  Only a person's role or title takes a
    name this way (``the mayor, Jane Roe,``): after a place or a group the
    name is often something else (``a hotel in Elmbrook, Ohio,``).
    After an inverted cue (``said the mayor, Jane Roe.``) the appositive may
    also end at the end of its clause.

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("the mayor, Jane Roe, said")
    >>> named_in_apposition(t, classify_phrase(t, 0, 1), 2, 6).name
    'Jane Roe'
    """
    if subject.kind != "description" or not is_person_role(subject.name.split()[-1]):
        return subject
    ends = _INVERTED_APPOSITIVE_ENDS if inverted else _APPOSITIVE_ENDS
    close = next((c for c in range(comma + 1, end) if tokens[c].text in ends), end if inverted else -1)
    if close <= comma + 1:
        return subject
    mention = classify_phrase(tokens, comma + 1, close - 1)
    if mention is None or mention.kind != "name" or mention.start != tokens[comma + 1].start:
        return subject  # not a bare name: ", who backs Hale,"
    return mention


def phrase_ending_at(tokens: list[Token], j: int, lo: int) -> Mention | None:
    """Read the noun phrase that ends at token *j* as a mention."""
    if j < lo or not is_word(tokens[j]):
        return None
    lower = tokens[j].text.lower()
    if lower in _PRONOUN_SPEAKERS or pronoun_in_contraction(tokens[j].text):
        return classify_phrase(tokens, j, j)
    a = j
    while a - 1 >= lo and j - a < 7:
        prev = tokens[a - 1]
        prev_lower = prev.text.lower()
        if not is_word(prev) and prev.text not in "-&.":
            break
        if prev_lower in _BACKWARD_STOPS or prev_lower in _PRONOUN_SPEAKERS or is_cue_word(prev_lower):
            break
        if tokens[a].text.lower() in DETERMINERS:
            break
        a -= 1
    # A phrase may not start or end with a stray symbol.
    while a <= j and not is_word(tokens[a]):
        a += 1
    return classify_phrase(tokens, a, j)


def subject_after(tokens: list[Token], i: int) -> Mention | None:
    """The inverted subject that starts at token *i*, after a cue (``said Sen. Bob Smith``).

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("said Sen. Bob Smith in a statement")
    >>> subject_after(t, 1).name
    'Bob Smith'
    """
    n = len(tokens)
    if i >= n or not is_word(tokens[i]):
        return None
    lower = tokens[i].text.lower()
    if lower in _PRONOUN_SPEAKERS:
        return classify_phrase(tokens, i, i) if lower != "who" else None
    if lower in _NON_DETERMINERS and tokens[i].text.islower():
        return None  # said to his daughter, said that ...: no subject follows (but said Per Lund)
    b = i
    while b + 1 < n and b - i < 8:
        nxt = tokens[b + 1]
        nxt_lower = nxt.text.lower()
        if not is_word(nxt) and nxt.text not in "-&":
            break
        if nxt_lower in _FORWARD_STOPS:
            break
        # A capitalised cue word after a title or a name word is a surname
        # (said Mr. Bellow, said Dana Wonder), not the next verb.
        if (
            is_cue_word(nxt_lower)
            and not is_noun_like(nxt_lower)
            and not (nxt.text[0].isupper() and _is_name_word(tokens[b]))
        ):
            break
        if nxt_lower in CALENDAR_WORDS and lower not in DETERMINERS:
            break  # said Smith Tuesday; but "a Wednesday editorial" goes on
        if (
            _is_name_word(tokens[b])
            and not _is_name_word(nxt)
            and nxt_lower not in NAME_PARTICLES
            and not _is_possessive(tokens[b].text)
        ):
            break  # a name ends where lowercase words begin (said Smith yesterday)
        b += 1
    while b > i and not is_word(tokens[b]):
        b -= 1
    mention = classify_phrase(tokens, i, b)
    if mention is not None and b + 1 < n and tokens[b + 1].text == ",":
        # said the mayor, Jane Roe: the appositive names the speaker.
        return named_in_apposition(tokens, mention, b + 1, n, inverted=True)
    return mention


#: How many tokens a dateline may hold before its dash.
_DATELINE_LENGTH = 12


def skip_dateline(tokens: list[Token], lo: int, hi: int) -> int:
    """The index after a news dateline that opens ``tokens[lo:hi]``, else *lo*.

    A dateline is a place in capitals, or a place with a news agency in
    parentheses, perhaps with a date, closed by a dash: ``WASHINGTON, July 25
    (UPI) — The committee ...``.  It names where the story was filed, never who
    speaks.

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("BRISTOL, May 2 (AP) — The council said")
    >>> t[skip_dateline(t, 0, len(t))].text
    'The'
    """
    if lo >= hi or not tokens[lo].text[0].isupper():
        return lo
    agency = False
    for k in range(lo, min(hi, lo + _DATELINE_LENGTH)):
        text = tokens[k].text
        if text in DASHES:
            after = k + 1
            while after < hi and tokens[after].text in DASHES:
                after += 1  # "--" is two tokens
            opened_in_capitals = len(tokens[lo].text) > 1 and tokens[lo].text.isupper()
            # The story's first sentence starts after the dash, capitalised
            # ("NATO — the alliance — said" is an aside, not a dateline).
            starts_sentence = after >= hi or tokens[after].text[0].isupper()
            return after if k > lo and starts_sentence and (opened_in_capitals or agency) else lo
        if text == "(":
            agency = True
        elif is_word(tokens[k]) and not (text[0].isupper() or text[0].isdigit()):
            return lo  # a lowercase word: a sentence, not a dateline
    return lo


def first_mention(tokens: list[Token], lo: int, hi: int) -> Mention | None:
    """The first name or pronoun among tokens ``lo..hi-1``: a sentence's likely subject."""
    i = skip_dateline(tokens, lo, hi)
    while i < hi:
        tok = tokens[i]
        lower = tok.text.lower()
        if lower in _NARRATION_PRONOUNS:
            return classify_phrase(tokens, i, i)
        if is_word(tok) and _is_name_word(tok) and lower not in FUNCTION_WORDS and lower not in ADVERBIAL_OPENERS:
            b = i
            while b + 1 < hi and _is_name_word(tokens[b + 1]):
                b += 1
            mention = classify_phrase(tokens, i, b)
            if mention is not None and mention.kind == "name":
                return mention
            i = b
        i += 1
    return None


#: Words that open an adverbial phrase before the subject (In 2012, ...; Later, ...).
ADVERBIAL_OPENERS: frozenset[str] = frozenset(
    "in at on during after before later earlier late last since with for as while when despite "
    "following according under over from by through throughout meanwhile still yet however "
    "instead also then now today yesterday asked speaking writing like unlike amid among "
    "against beyond besides given upon without within about across along around behind "
    "inside near outside toward towards to back".split()
)

#: Words that mark an opening phrase as a time expression (Minutes later, ...).
TIME_WORDS: frozenset[str] = frozenset(
    "later earlier ago morning afternoon evening night week weeks month months year years "
    "day days hour hours minute minutes moments today yesterday tonight".split()
) | CALENDAR_WORDS

#: Lowercase words that end a subject noun phrase because a verb starts there.
_VERB_MARKERS: frozenset[str] = (
    _SKIPPABLE | frozenset("must shall seems seemed appears appeared who which that".split()) | IRREGULAR_PASTS
)


def _looks_like_verb(word: str) -> bool:
    """True for a lowercase word that probably starts the predicate."""
    return word in _VERB_MARKERS or is_cue_word(word) or (word.endswith("ed") and len(word) > 4)


def clause_subject(tokens: list[Token], lo: int, hi: int) -> Mention | None:
    """The subject noun phrase that opens the clause ``tokens[lo:hi]``.

    A leading adverbial phrase up to the first comma is skipped (``In 2012,``,
    ``Minutes later,``), as is a leading conjunction.

    >>> from quoteattr.text.tokens import tokenize
    >>> t = tokenize("Late last month, the company wrote a letter, calling")
    >>> clause_subject(t, 0, 10).name
    'the company'
    """
    i = skip_dateline(tokens, lo, hi)
    while i < hi and not is_word(tokens[i]):
        i += 1
    if i < hi and tokens[i].text.lower() in ("but", "and", "so", "yet"):
        i += 1
    comma = next((c for c in range(i, min(hi, i + 12)) if tokens[c].text == ","), -1)
    if comma > i:
        opening = [t.text.lower() for t in tokens[i:comma]]
        # An adverbial, a time phrase or a participle phrase (Reprising a line, ...).
        if (
            opening[0] in ADVERBIAL_OPENERS
            or opening[0].endswith(("ing", "ed"))
            or any(w in TIME_WORDS or w.isdigit() for w in opening)
        ):
            i = comma + 1
    if i >= hi or not is_word(tokens[i]):
        return None
    lower = tokens[i].text.lower()
    verb = CUE_VERBS.get(lower)
    if verb is not None and verb.verb_class == "speech" and tokens[i].text.islower() and i + 1 < hi and is_word(tokens[i + 1]):
        # An inverted report opens the clause (said the two porters, nodding):
        # its subject follows the verb.  Not after "told", whose object follows.
        i += 1
        lower = tokens[i].text.lower()
    if lower in _PRONOUN_SPEAKERS or pronoun_in_contraction(tokens[i].text):
        return classify_phrase(tokens, i, i) if lower in _NARRATION_PRONOUNS else None
    j = i
    while j + 1 < hi and j - i < 8:
        nxt = tokens[j + 1]
        if not is_word(nxt) and nxt.text not in "-&.":
            break
        if nxt.text.islower() and _looks_like_verb(nxt.text):
            break
        j += 1
    return classify_phrase(tokens, i, j)
