"""Stage 4, dialogue rules: a description that tags several turns keeps one identity.

A novel brings in a speaker by a description and then tags each of their
turns with it (``said the landlord`` ... ``said the landlord``).  The cast
names such a tag like a pronoun of its noun's gender, and the turns name it
by the alternation around it, tag by tag: so one tag stays the description
while the next takes the name of whoever the cast or the turns reach, one
speaker split among several.  Read together, the tags of one description
close to each other are one person: when the rules named some of them after
two or more different people and left another unnamed, none of the guesses
(the cast's reading by the noun's gender, the turns' ``OTHER_PARTICIPANT``)
holds, and each such tag is the description's own speaker.
``the other`` names whoever the one speaking is not, and a possessive
(``her mother``) follows its owner: neither is read so.  One description
may stand for two people of one chapter (``Tobias Hale, the inspector,``
on Monday, ``Ivo Marsh, the inspector,`` on Thursday): the tags are read in
parts cut where the narration sets a new holder beside the description, and
a name that agrees with that holder, or comes from an apposition, stays.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from quoteattr.document import Binding
from quoteattr.lang import Lexicon
from quoteattr.resolve.fiction_steps import CAST_GENDER_NOUN, OTHER_PARTICIPANT

#: The readings that name a description by a guess (the noun's gender, the
#: alternation of turns); one from the narration (an apposition) is never unnamed.
_GUESSES = frozenset({CAST_GENDER_NOUN.id, OTHER_PARTICIPANT.id})
#: How far apart (in characters) two tags of one description still tag one person: a scene or two.
_REACH = 3000


def described(b: Binding) -> bool:
    """True for a lowercase description (``said the painter``, ``said the old man``): the turns may name it.

    The cast's guess for it (the last man named, for ``the old man``) gives way
    to the alternation of named turns.  A description with a capital (``the
    Stranger``) is a name the text writes with its article.
    """
    return b.mention.kind == "description" and not b.mention.name.split()[-1][:1].isupper()


def description_key(b: Binding) -> str:
    """The description's words as a tag writes them, case and line breaks aside (``the\\nlandlord`` is ``the landlord``)."""
    return " ".join(b.mention.name.lower().split())


def _one_person(a: str, b: str) -> bool:
    """True when names *a* and *b* may be of one person: no disagreement.

    They share their last word (``Hale``, ``Tobias Hale``), or one's words
    open the other (``Tobias``, ``Tobias Hale``: a binding may carry the
    short form).  Two relatives who share a surname (``Mrs. Hale``,
    ``Tobias Hale``) count as one person too: the rule then stays silent and
    leaves the names as they were.
    """
    x, y = a.split(), b.split()
    if not x or not y:
        return a == b
    return x[-1] == y[-1] or x[: len(y)] == y or y[: len(x)] == x


def _two_people(names: Counter[str]) -> bool:
    """True when the window's *names* (a few at most) hold two that cannot be one person."""
    found = list(names)
    if len(found) > _MANY_NAMES:
        return True  # so many names in one scene's reach are not one person's forms, and hostile text stays cheap
    return any(not _one_person(a, b) for i, a in enumerate(found) for b in found[i + 1 :])


#: More names than this within reach of one description are read as two people without comparing them pairwise.
_MANY_NAMES = 8


#: Where the narration sets a character beside a description (its words after the article), and who, by position.
Holders = Callable[[Sequence[str]], list[tuple[int, str]]]


def one_identity(
    state: list[Binding | None], described: Callable[[Binding], bool], lexicon: Lexicon, holders: Holders | None = None
) -> dict[int, Binding]:
    """The tags of a definite *described* description in *state* whose names contradict each other near an unnamed one, unnamed.

    Keyed by quote index, each binding named after its own description
    (``resolution`` None), as a tag no rule names is.  *holders* (see
    :meth:`~quoteattr.resolve.appositive.Appositions.places`) cuts a
    description's tags where it passes to a new holder.
    """
    groups: dict[str, list[tuple[int, Binding]]] = defaultdict(list)
    for k, b in enumerate(state):
        if b is None or not described(b):
            continue
        key = description_key(b)
        if key.split()[0] in lexicon.definite_articles and key not in lexicon.other_participant:
            groups[key].append((k, b))
    changed: dict[int, Binding] = {}
    for key, tags in groups.items():
        places = holders(key.split()[1:]) if holders is not None else []
        for part, holder in _parts(sorted(tags, key=lambda t: t[1].mention.start), places):
            changed.update(_contradicted(part, holder))
    return changed


def _parts(tags: list[tuple[int, Binding]], places: list[tuple[int, str]]) -> list[tuple[list[tuple[int, Binding]], str]]:
    """*tags* (by position) cut where *places* set a new holder beside the description, each part with its holder.

    The part before the first apposition has holder "".
    """
    parts: list[tuple[list[tuple[int, Binding]], str]] = []
    starts = [at for at, _ in places]
    for t in tags:
        k = bisect.bisect_right(starts, t[1].mention.start)
        holder = places[k - 1][1] if k else ""
        if not parts or parts[-1][1] != holder:
            parts.append(([], holder))
        parts[-1][0].append(t)
    return parts


def _contradicted(tags: list[tuple[int, Binding]], holder: str) -> dict[int, Binding]:
    """The named tags of one description (*tags*, by position) with two people and an unnamed tag within reach.

    One window slides over the tags, so a novel that repeats one description
    thousands of times is read in linear time.  Only a guess (``_GUESSES``)
    is unnamed, and not when it is the *holder* the narration set beside
    the description where the part begins.
    """
    people: Counter[str] = Counter()
    unnamed = 0
    lo = hi = 0
    changed: dict[int, Binding] = {}
    for k, b in tags:
        while hi < len(tags) and tags[hi][1].mention.start <= b.mention.start + _REACH:
            unnamed += _enter(people, tags[hi][1], 1)
            hi += 1
        while tags[lo][1].mention.start < b.mention.start - _REACH:
            unnamed -= _enter(people, tags[lo][1], -1)
            lo += 1
        guess = b.resolution in _GUESSES and not (holder and _one_person(b.name, holder))
        if guess and unnamed and _two_people(people):
            changed[k] = b.named(b.mention.name, None)
    return changed


def _enter(people: Counter[str], b: Binding, step: int) -> int:
    """Count tag *b* into (*step* 1) or out of (-1) the window's *people*; 1 when it is unnamed."""
    if b.resolution is None:
        return 1
    key = b.name
    people[key] += step
    if not people[key]:
        del people[key]
    return 0
