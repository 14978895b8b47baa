"""Stage 5, speaker identities: one id per person within a document, and the gender the text gives.

The binding stage ties each quote to a *mention* (``Mayor Ruth Okafor``,
``Okafor``, ``she``, ``the mayor``) and resolution names it (``Ruth Okafor``).
Counting sources needs one step more: every quote of the same person must
carry the same id.  This is the last step of
:func:`quoteattr.attribute_quotes`, which hands it what resolution learnt of
the document's people (the news names or the fiction cast, as
:class:`NameEvidence`); :func:`assign_entities` runs the same step on quotes
from elsewhere, from what each :class:`~quoteattr.model.Speaker` holds.

Grouping:

* a speaker resolved to a name (any mention kind whose ``name`` is not just
  its own words) is the person of that name; resolution already gave every
  form of it one name (``Okafor``, ``Ms. Okafor`` and ``she`` are ``Ruth
  Okafor``; in a dialogue document ``Hollis`` and the ``he`` that refers to
  him are the cast's ``Mr. Hollis``); a lone word left (``Okafor``) joins the
  one speaker whose full name (a speaker's, or one the text writes:
  :meth:`NameEvidence.written_names`) ends or starts with it, or the one
  written most often (``Dr. Voss`` far more than ``Mr. Voss``), the gender
  counted for the word choosing between ``Mr. Hale`` and ``Mrs. Hale`` (see
  :func:`~quoteattr.aliases.alias_links`); a link never renames a speaker,
  it only shares the entity.
  A titled surname (``Mr. Hale``) joins the one speaker whose fuller written
  name ends with it (``Tobias Hale``, ``Mr. Tobias Hale``) when that person
  is known to be of the title's gender and is the member of the family
  written most (father and son written alike in full link nobody); never
  ``Mrs. Hale`` beside ``Miss Hale`` (mother and daughter: ``Miss Hale``
  may join the first-named daughter).
  Forms of one title are one (``Madame Hale`` is ``Mrs. Hale``,
  :attr:`~quoteattr.lang.Lexicon.title_forms`).  A titled surname with no
  fuller name joins the speaker called by the bare surname (``Dr. Voss``
  and ``Voss``) unless the name is written under a title of another gender
  too; a title and a first name (``Mrs. Ada``) join the full name written
  with both.  Speakers that stand for one full name that no quote names
  (``Mrs. Ada`` and ``Mrs. Hale`` for ``Mrs. Ada Hale``) share an entity.
  ``Miss Hale`` joins the speaker ``Ada`` when ``Ada Hale`` is the one
  first-named person written with the surname and ``Ada`` is known to be a
  woman (not ``Mrs.``: that may be her mother), and ``Mr. Hale`` the
  speaker ``Tobias`` known to be a man when ``Tobias Hale`` is.
  A first name that is a usual short form (``Theo``,
  :attr:`~quoteattr.lang.Lexicon.nicknames`) joins the one speaker called by
  a full form of it (``Sir Theodore``, ``Theodore Pryce``), unless both
  forms with the surname are written again and again (``Tom Hale`` and
  ``Thomas Hale``: son and father);
* a third-person pronoun left unresolved (``he``) names nobody; the next
  unresolved pronoun of its gender is the same unnamed person while no
  speaker of that gender is named between them (``"Stop," he said. ...
  "Go," he said.``: the stranger the text has not named) and it is at most
  :data:`UNNAMED_REACH` characters after the last; a speaker of that gender
  named between starts another.  That unnamed person joins a named speaker
  in two patterns of the turns only (:mod:`quoteattr.unnamed`): before any
  speaker of its gender is named, it is the first one named shortly after
  (a chapter that opens mid-scene), and between two quotes of one named
  person of its gender, no other named between, it is that person; a
  definite or possessive description of a gender (``the old woman``, ``his
  wife``) left unnamed joins the same way.  ``speaker.name`` stays the
  mention's words.  An
  unresolved ``I`` is the narrator (or the writer), one identity per
  document, and so is a turn that dialogue rules gave to ``I``;
* an indefinite description (``a spokesman``) introduces someone new at each
  mention; a definite one (``the spokesman``) or a group (``officials``)
  joins the latest identity with the same words, and so does a mention that
  resolution named after a definite description (``he``, named ``the stranger``).
  A definite description whose last capitalised words are a speaker's name,
  or the words a speaker's quotes are bound under, not after a preposition
  (``the poet Varn``, ``the exasperated Varn`` for ``Mr. Varn`` of the
  ``Varn said`` tags), is that speaker, and so is a turn resolution named
  after such a description; an article and a title alone (``the Doctor``) is the one
  speaker called by that title (``Doctor Voss``).

Gender is read from the evidence the document writes about each identity,
by :func:`~quoteattr.gender.identity_gender` (:mod:`quoteattr.gender`): none
for groups, organisations and places; a gendered title or noun written with
the person (in a bound mention, before the name, in an appositive) decides
over pronouns, and two such words that disagree decide nothing; otherwise
the bound pronouns and the pronouns after the name in narration vote.
First names are never used: nothing in a name's spelling says who a person
is.  The words (pronouns, titles, nouns, articles) come from the
:class:`~quoteattr.lang.Lexicon` (English by default).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.aliases import (
    MAX_NAME_WORDS,
    Mentioned,
    NameEvidence,
    SpeakerNames,
    alias_links,
    is_resolved,
    norm,
)
from quoteattr.gender import GENDER_NAMES, TextIndex, identity_gender, name_strings, role_gender
from quoteattr.labels import canonical_labels
from quoteattr.lang import Lexicon
from quoteattr.model import Quote, Speaker
from quoteattr.text.chars import APOSTROPHE, RIGHT_SINGLE
from quoteattr.unnamed import unnamed_joins

__all__ = ["Mentioned", "NameEvidence", "assign_entities", "entities_of", "entity_label", "identify", "mention_gender"]

#: An unresolved ``he`` is the unnamed man of the last one at most this many
#: characters before it (about a page, one scene); farther, the story has
#: likely moved to someone else.  Chosen on PDNC excerpts half A (3000 and
#: 5000 alike, 2000 and less lose recall, no limit merges people pages apart).
UNNAMED_REACH = 3000


@attrs.define
class _Identity:
    """One person (or group) of a document while quotes are grouped."""

    number: int
    label: str
    group: bool
    #: True for a person resolution named (its label is a name, made canonical by :mod:`quoteattr.labels`).
    person: bool = False


def entity_label(entity: str) -> str:
    """The label part of an entity id: the canonical name, without its ``#n``.

    >>> entity_label("Ruth Okafor#1")
    'Ruth Okafor'
    """
    label, sep, number = entity.rpartition("#")
    return label if sep and number.isdigit() else entity


def assign_entities(quotes: Sequence[Quote], lexicon: Lexicon | None = None) -> list[Quote]:
    """Give every speaker of one document's quotes an entity id and a gender, from the speakers alone.

    :func:`quoteattr.attribute_quotes` already fills both (with what
    resolution learnt of the whole document): on its quotes this returns them
    unchanged.  Use it for quotes built or edited by hand.

    Args:
        quotes: the quotes of ONE document (ids are numbered per document).
        lexicon: the words read for articles and gender evidence (pass the
            ``Config.lexicon`` the quotes were found with; English by default).

    Returns:
        The same quotes in the same order.  When every speaker already has an
        ``entity``, they are returned as they are.  Otherwise every speaker's
        ``entity`` and ``gender`` are computed again (see :func:`identify`),
        from the speakers' names and mention words only; nothing else changes,
        and quotes without a speaker are returned unchanged.

    >>> from quoteattr import Speaker
    >>> she = Speaker("Ana Ruiz", 30, 33, "she", "pronoun")
    >>> quotes = [Quote(0, 3, "Yes", speaker=Speaker("Ruiz", 10, 14, "Ruiz")), Quote(20, 22, "No", speaker=she)]
    >>> [(q.speaker.entity, q.speaker.gender) for q in assign_entities(quotes)]
    [('Ana Ruiz#1', 'female'), ('Ana Ruiz#1', 'female')]
    """
    if all(q.speaker is None or q.speaker.entity is not None for q in quotes):
        return list(quotes)
    speakers = identify([q.speaker for q in quotes], lexicon or Lexicon.english(), quoted=[q.text for q in quotes])
    return [
        q if speaker is None else attrs.evolve(q, speaker=speaker)
        for q, speaker in zip(quotes, speakers)  # noqa: B905 - one speaker per quote
    ]


#: The fields of :class:`~quoteattr.model.Speaker`, in order, that :func:`_identified` passes on.
_SPEAKER_FIELDS = ("name", "start", "end", "text", "kind", "resolution", "entity", "gender")
#: True while :func:`_identified` may pass them by position: a field renamed,
#: added, made keyword-only or left out of ``__init__``, or given an alias, makes
#: it ``attrs.evolve`` again (``tests/test_identity.py`` asserts this holds, so
#: such a change is seen instead of silently costing the speed).
_PLAIN_SPEAKER = tuple((f.name, f.init, f.kw_only, f.alias) for f in attrs.fields(Speaker)) == tuple(
    (name, True, False, name) for name in _SPEAKER_FIELDS
)


def _identified(speaker: Speaker, entity: str, gender: str | None) -> Speaker:
    """*speaker* with *entity* and *gender*: ``attrs.evolve`` for one, built directly
    (the same validators run) when it is a plain Speaker, as the engine's all are:
    ``evolve`` reads the class's fields anew for every speaker of every document."""
    if not _PLAIN_SPEAKER or type(speaker) is not Speaker:
        return attrs.evolve(speaker, entity=entity, gender=gender)
    return Speaker(speaker.name, speaker.start, speaker.end, speaker.text, speaker.kind, speaker.resolution, entity, gender)


def identify(
    speakers: Sequence[Speaker | None],
    lexicon: Lexicon,
    evidence: NameEvidence | None = None,
    quoted: Sequence[str] | None = None,
    text: str | None = None,
) -> list[Speaker | None]:
    """The speakers of one document's quotes with ``entity`` and ``gender`` set (see the module docstring).

    Args:
        speakers: the speaker of each quote of ONE document, in document
            order (``None`` for a quote without one).
        lexicon: the words read for articles, pronouns and gender evidence.
        evidence: what resolution counted of the document's names (the
            engine passes its registry); ``None`` reads the mentions alone.
        quoted: each quote's text, in the same order, read for the names it
            addresses (:func:`~quoteattr.unnamed.unnamed_joins`); ``None``
            reads none.
        text: the document, read for the gender evidence around the
            speakers' names (:mod:`quoteattr.gender`); ``None`` reads the mentions alone.

    Returns:
        One entry per entry of *speakers*: ``None`` stays ``None``; a speaker
        comes back with ``entity`` set to ``"<label>#<n>"`` (``n`` counts the
        document's speakers from 1 in order of their first quote) and
        ``gender`` to ``"female"``, ``"male"`` or ``None``, any value already
        set replaced.  One speaker object shared by several quotes stays shared.

    >>> from quoteattr import attribute_quotes
    >>> text = 'Mrs. Ana Ruiz arrived. "Yes," Ruiz said. "No," she said. "Why?" he asked.'
    >>> [(s.entity, s.gender) for s in identify([q.speaker for q in attribute_quotes(text)], Lexicon.english())]
    [('Ana Ruiz#1', 'female'), ('Ana Ruiz#1', 'female'), ('he#2', 'male')]
    """
    found = entities_of(speakers, lexicon, evidence, quoted, text)
    result: list[Speaker | None] = []
    last: tuple[Speaker | None, Speaker | None] = (None, None)
    for speaker, pair in zip(speakers, found):  # noqa: B905 - one entry per speaker
        if speaker is None or pair is None:
            result.append(None)
            continue
        if speaker is not last[0]:
            # A speaker repeated in a row (a split quote, a speech over paragraphs) stays one object.
            last = (speaker, _identified(speaker, pair[0], pair[1]))
        result.append(last[1])
    return result


def entities_of(
    speakers: Sequence[Mentioned | None],
    lexicon: Lexicon,
    evidence: NameEvidence | None = None,
    quoted: Sequence[str] | None = None,
    text: str | None = None,
) -> list[tuple[str, str | None] | None]:
    """The ``(entity, gender)`` of each speaker (``None`` without one); speakers of one identity share one tuple.

    Args: *speakers* (each quote's, in order) and the *lexicon* read; *evidence*, the gender
    evidence resolution counted per name (``None``: the words alone); *quoted*, each quote's
    text, read for the names it addresses (:mod:`quoteattr.unnamed`; ``None``: not read);
    *text*, the document, read for gender evidence (:func:`~quoteattr.gender.identity_gender`).
    """
    # What each mention says of its gender, read once for the names and the identities.
    said_of = [mention_gender(s, lexicon) if s is not None else "" for s in speakers]
    names = SpeakerNames(speakers, said_of, lexicon, evidence)
    links = alias_links(names)
    identities: list[_Identity] = []
    by_key: dict[tuple[str, str], _Identity] = {}
    chosen: list[_Identity | None] = []
    unnamed = _Unnamed(names, lexicon)
    for speaker, said in zip(speakers, said_of):  # noqa: B905 - one entry per speaker
        if speaker is None:
            chosen.append(None)
            continue
        key, label, described = _identity_key(speaker, links, lexicon, names.by_mention(), names)
        last = unnamed.before(speaker, said)
        if last is not None:
            by_key[key] = last
        identity = by_key.get(key)
        if identity is None:
            identity = _Identity(
                len(identities) + 1, label, group=speaker.kind == "group", person=key[0] == "person"
            )
            identities.append(identity)
            by_key[key] = identity
            if described is not None:
                # ``the spokesman`` after ``a spokesman`` is that person: a
                # definite mention finds the latest one described in its words.
                by_key[described] = identity
        chosen.append(identity)
        unnamed.after(speaker, identity)
    joins = unnamed_joins(
        speakers, said_of, [i.number if i is not None else None for i in chosen], names.gender, lexicon, quoted
    )
    if joins:
        identities, chosen = _joined(identities, chosen, joins)
    # Each identity's gender once, over all of its mentions; a person's label made canonical (:mod:`quoteattr.labels`).
    genders = _genders(identities, speakers, chosen, lexicon, text, evidence)
    labels = canonical_labels(
        [i.label if i.person and not i.group else None for i in identities], lexicon, evidence, genders
    )
    pairs = [
        (f"{label or i.label}#{i.number}", g)
        for i, label, g in zip(identities, labels, genders)  # noqa: B905 - one label and gender per identity
    ]
    return [pairs[identity.number - 1] if identity is not None else None for identity in chosen]


def _genders(
    identities: Sequence[_Identity],
    speakers: Sequence[Mentioned | None],
    chosen: Sequence[_Identity | None],
    lexicon: Lexicon,
    text: str | None,
    evidence: NameEvidence | None,
) -> list[str | None]:
    """Each identity's gender (:func:`~quoteattr.gender.identity_gender`), from its mentions, each once.

    A name two identities are written by (a family's surname) is read for neither.
    """
    members: dict[int, dict[tuple[int, int], Mentioned]] = {}
    for speaker, identity in zip(speakers, chosen):  # noqa: B905 - one entry per speaker
        if speaker is not None and identity is not None:
            members.setdefault(identity.number, {}).setdefault((speaker.start, speaker.end), speaker)
    strings = {i.number: name_strings(i.label, list(members.get(i.number, {}).values())) for i in identities}
    owners: dict[str, int] = {}
    for held in strings.values():
        for name in held:
            owners[name] = owners.get(name, 0) + 1
    index = TextIndex(text, lexicon) if text is not None else None  # one reading of the document for every identity
    return [
        identity_gender(
            i.label,
            i.group,
            list(members.get(i.number, {}).values()),
            lexicon,
            text,
            sorted(n for n in strings[i.number] if owners[n] == 1),
            evidence,
            index,
        )
        for i in identities
    ]


def _joined(
    identities: list[_Identity], chosen: list[_Identity | None], joins: dict[int, int]
) -> tuple[list[_Identity], list[_Identity | None]]:
    """Fold each unnamed identity of *joins* into the named one, and number them again by first quote.

    The named identity keeps its label; the unnamed one's mentions become its
    own (its ``he`` counts as a mention of that person for the gender).
    """
    by_number = {number: identities[target - 1] for number, target in joins.items()}
    chosen = [by_number.get(i.number, i) if i is not None else None for i in chosen]
    order: dict[int, _Identity] = {}  # by id(): attrs classes compare by value
    for identity in chosen:
        if identity is not None and id(identity) not in order:
            order[id(identity)] = identity
    renumbered = list(order.values())
    for number, identity in enumerate(renumbered, 1):
        identity.number = number
    return renumbered, chosen


def _identity_key(
    speaker: Mentioned,
    links: dict[str, str],
    lexicon: Lexicon,
    named: dict[str, str] | None = None,
    names: SpeakerNames | None = None,
) -> tuple[tuple[str, str], str, tuple[str, str] | None]:
    """The key of the identity *speaker* belongs to, its label, and its descriptive key.

    Equal keys are one identity.  The descriptive key (kind and words without
    their article) is set for an indefinite description, whose own key is its
    span: a later definite mention in the same words joins it.  A
    definite description that ends with the name of a speaker (*named*,
    normalised names to names) is that speaker: ``the poet Varn``.
    """
    if is_resolved(speaker):
        if _is_first_person(speaker.name, lexicon):
            # A turn given to the narrator (turn-taking names it ``I``, with
            # no mention of its own) is the narrator of the ``I said`` tags.
            return ("narrator", ""), speaker.name, None
        name = links.get(norm(speaker.name), speaker.name)
        words = name.split()
        if len(words) > 1 and words[0].lower() in lexicon.definite_articles:
            # Named after a description that ends with a speaker's name (a
            # turn given to ``the shocked Ada``): the person is that speaker.
            holder = (_name_at_end(words, named, lexicon) if named else "") or _title_holder(words, links, names)
            if holder:
                holder = links.get(norm(holder), holder)
                return ("person", norm(holder)), holder, None
            # Named after a definite description (``the concussion`` is ``the
            # Voice``): the person that description's own mentions are.
            kind = "group" if speaker.kind == "group" else "description"
            return (kind, norm(" ".join(words[1:]))), name, None
        return ("person", norm(name)), name, None
    span_key = ("mention", f"{speaker.start}:{speaker.end}")
    if speaker.kind == "pronoun":
        if _is_first_person(speaker.text, lexicon):
            # "I said" in narration is always the one who narrates (or writes).
            return ("narrator", ""), speaker.text, None
        return span_key, speaker.text.lower(), None
    words = speaker.text.split()
    first = words[0].lower() if words else ""
    if speaker.kind == "description" and first in lexicon.demonstratives and len(words) > 1:
        # "said this gentleman" and "said the gentleman", both unresolved, are one person.
        return (speaker.kind, norm(" ".join(words[1:]))), speaker.text, None
    if first in lexicon.indefinite_articles or first in lexicon.definite_articles:
        label = " ".join([first, *words[1:]])
        described = (speaker.kind, norm(" ".join(words[1:])))
    else:
        label = speaker.text
        described = (speaker.kind, norm(speaker.text))
    if speaker.kind == "description" and named and first in lexicon.definite_articles:
        person = _name_at_end(words, named, lexicon)
        person = person or _title_holder(words, links, names)
        if person:
            name = links.get(norm(person), person)
            return ("person", norm(name)), name, None
    if speaker.kind == "description" and first in lexicon.indefinite_articles:
        return span_key, label, described
    return described, label, None


def _title_holder(words: Sequence[str], links: dict[str, str], names: SpeakerNames | None) -> str:
    """The one speaker a definite article and a title stand for (``the Doctor`` is ``Doctor Voss``), or ""."""
    if names is None or len(words) != 2 or not names.is_title(norm(words[1])):
        return ""
    return names.title_holder(norm(words[1]), links)


def _name_at_end(words: Sequence[str], named: dict[str, str], lexicon: Lexicon) -> str:
    """The speaker's name that the capitalised last words of a definite description are (``the late Varn``), or "".

    The longest such name of up to :data:`MAX_NAME_WORDS` words is taken;
    the first word of the description is never part of it (``The Colonel``
    is a description of its own), and a name after a preposition is
    someone else (``the reporter for the Gazette``, ``the friend of Varn``).
    """
    for size in range(min(MAX_NAME_WORDS, len(words) - 2), 0, -1):
        tail = words[-size:]
        if not all(w[:1].isupper() for w in tail):
            continue
        before = len(words) - size - 1
        if words[before][:1].isupper():
            continue  # the tail of a longer name (``footage of Ada Varn``), tried whole first
        while before > 0 and words[before].lower() in lexicon.determiners:
            before -= 1  # "at the Gazette": the preposition is before the article
        if words[before].lower() in lexicon.prepositions:
            continue
        found = named.get(norm(" ".join(tail)))
        if found:
            return found
    return ""


class _Unnamed:
    """The unnamed people of unresolved ``he`` and ``she``, in document order (see the module docstring)."""

    def __init__(self, names: SpeakerNames, lexicon: Lexicon) -> None:
        self._names = names
        self._lexicon = lexicon
        #: Per gender, the identity of the last unresolved pronoun while no speaker of that gender
        #: is named since, and where that pronoun ends.
        self._last: dict[str, tuple[_Identity, int]] = {}
        self._genders: dict[str, str] = {}  # each resolved name's gender, read once

    def before(self, speaker: Mentioned, said: str) -> _Identity | None:
        """The unnamed person an unresolved pronoun is (None: a new one); a named speaker ends its gender's."""
        gender = _unnamed_gender(speaker, self._lexicon)
        if gender:
            last = self._last.get(gender)
            # "he said" twice, and no man named between: one man the text has not named.
            return last[0] if last is not None and speaker.start - last[1] <= UNNAMED_REACH else None
        if self._last and is_resolved(speaker) and speaker.kind != "group":
            if speaker.name not in self._genders:
                self._genders[speaker.name] = self._names.gender(speaker.name)
            for named in {said, self._genders[speaker.name]} - {""}:
                self._last.pop(named, None)
        return None

    def after(self, speaker: Mentioned, identity: _Identity) -> None:
        """Remember *identity* as the last unnamed person of its gender when *speaker* is an unresolved pronoun."""
        gender = _unnamed_gender(speaker, self._lexicon)
        if gender:
            self._last[gender] = (identity, speaker.end)


def _unnamed_gender(speaker: Mentioned, lexicon: Lexicon) -> str:
    """``m`` or ``f`` for an unresolved third-person singular pronoun of a gender (``he``, ``she``), else ""."""
    if speaker.kind != "pronoun" or is_resolved(speaker):
        return ""
    pronoun = lexicon.pronouns.get(speaker.text.lower())
    if pronoun is None or pronoun.person != 3 or pronoun.number != "sg":
        return ""
    return pronoun.gender if pronoun.gender in GENDER_NAMES else ""


def _is_first_person(words: str, lexicon: Lexicon) -> bool:
    """True for ``I`` (a first-person singular pronoun of *lexicon*), in any case."""
    pronoun = lexicon.pronouns.get(words.lower())
    return pronoun is not None and pronoun.person == 1 and pronoun.number == "sg"


def mention_gender(speaker: Mentioned, lexicon: Lexicon | None = None) -> str:
    """``m``, ``f`` or "" for the gender one mention states in its own words.

    A pronoun (``she``), a gendered title before a name (``Mrs. Ana Ruiz``) or
    the head noun of a description (``her father``, ``the congresswoman``),
    as *lexicon* (English by default) lists them.

    >>> mention_gender(Speaker("the congresswoman", 0, 17, "the congresswoman", "description"))
    'f'
    """
    lexicon = lexicon or Lexicon.english()
    words = [w.strip(".,").lower() for w in speaker.text.replace(RIGHT_SINGLE, APOSTROPHE).split()]
    if not words:
        return ""
    if speaker.kind == "pronoun":
        pronoun = lexicon.pronouns.get(words[0])
        return pronoun.gender if pronoun is not None and pronoun.gender in GENDER_NAMES else ""
    title = lexicon.title_genders.get(speaker.text.split()[0].lower(), "")
    if speaker.kind == "name":
        return title
    head = words[-1]
    for ending in lexicon.possessive_endings:
        head = head.removesuffix(ending)
    return lexicon.gender_nouns.get(head) or role_gender(head, lexicon) or title
