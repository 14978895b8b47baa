"""Stage 5, fiction names: name the speakers of a dialogue document against its cast.

Every bound mention of a document read as dialogue is resolved against the
:class:`~quoteattr.resolve.cast.CastRegistry`: a name to the form the novel
uses most, ``he``/``she`` to the character last named in narration, ``the
Colonel`` to the last character with that title.  The conversation steps
(:meth:`Characters.participants`, :meth:`Characters.answer_pronouns`,
:meth:`Characters.name_narrator`) read the turns of a run of dialogue
paragraphs.  Every name given carries the id of the step that chose it.
"""

from __future__ import annotations

import bisect

from quoteattr.document import Binding, Document, Mention
from quoteattr.grammar import Grammar
from quoteattr.resolve.appositive import Appositions
from quoteattr.resolve.cast import CastRegistry
from quoteattr.resolve.cataphora import first_named_after
from quoteattr.resolve.described import described_subject
from quoteattr.resolve.fiction_steps import (
    CAST_APPOSITION,
    CAST_ARTICLE,
    CAST_CATAPHORA,
    CAST_DESCRIPTION,
    CAST_GENDER_NOUN,
    CAST_KIN,
    CAST_NAME,
    CAST_OWNER,
    CAST_POSSESSED,
    CAST_PRONOUN,
    CAST_SUBJECT_DESCRIPTION,
    CAST_TITLE,
    CONVERSATION_PARTICIPANT,
    NARRATOR,
    TURN_PRONOUN,
)
from quoteattr.resolve.gender import too_old_for
from quoteattr.resolve.narrator import MIN_NARRATOR_TAGS, LastInNarration, introduction_re
from quoteattr.resolve.tag_sentence import article_before_tag, name_after_tag
from quoteattr.text.segment import headings
from quoteattr.text.vocative import vocative_re

#: A vocative must name a character the novel names at least this often.
_MIN_CHARACTER_COUNT = 3
#: Names :meth:`Characters._with_article` may look up in one document (each reads the text).
_MAX_ARTICLE_LOOKUPS = 32
#: Vocatives needed to name a first-person narrator (a chapter may hold only a few).
_MIN_NARRATOR_VOTES = 2
#: How far before a run (in characters) its named speakers count as participants.
_PARTICIPANT_REACH = 3000

#: A run of dialogue: its paragraphs, each as the indices of its quotes.
Run = list[list[int]]


class Characters:
    """The cast of one dialogue document and the speakers known to speak in it.

    *bindings* are the document's bindings before the cast names them: the
    characters they name are the ones known to speak (``persons``).
    """

    def __init__(self, doc: Document, bindings: list[Binding | None]) -> None:
        lexicon = doc.lexicon
        self.doc = doc
        self.cast = CastRegistry(
            doc.text, [(q.open_at, q.close_at) for q in doc.spans], lexicon, headings(doc.text, doc.paragraphs)
        )
        self._vocative = vocative_re(lexicon)
        self._other_participant = lexicon.other_participant  # "said the other" is left to the turns
        self.appositions = Appositions(doc.text, self.cast, lexicon)
        self._name_runs = Grammar.of(lexicon).names.cast_run_pattern
        self._quoted_names: dict[int, frozenset[str]] = {}  # each quote's (see named_in_quote)
        self._vocatives: dict[int, tuple[Mention, str] | None] = {}  # each quote's (see vocative)
        self._definite = lexicon.definite_articles
        #: Names without a cast entry, with their article when the text writes them so (see _with_article).
        self._article_names: dict[str, str | None] = {}
        self._possessive = lexicon.possessive_determiners
        self._gender_nouns = lexicon.gender_nouns
        self._plain_person_nouns = lexicon.plain_person_nouns
        self._kin_titles = lexicon.kin_titles
        self._party_nouns = lexicon.party_nouns
        self._owner_nouns = lexicon.owner_nouns
        self._servant_nouns = lexicon.servant_nouns
        self._roles = lexicon.roles
        self._address_titles = lexicon.address_titles
        self._mentions = Grammar.of(lexicon).mentions
        #: The paragraphs that hold a quote (the others are narration).
        self._quoted_paragraphs = frozenset(q.paragraph for q in doc.spans)
        self._quote_opens = frozenset(q.open_at for q in doc.spans)
        self._opens = sorted(self._quote_opens)
        self._tagged: dict[str, list[int]] = {}  # the paragraphs where each speaker is tagged by name, in order
        self._adverb_endings = lexicon.endings_of("adverb")
        self._plural_endings = lexicon.endings_of("plural")
        #: The first-person singular pronoun as written mid-sentence (``I``): a narrator who speaks.
        self._narrator = frozenset(w.capitalize() for w, p in lexicon.pronouns.items() if p.person == 1 and p.number == "sg")
        tags = sum(1 for b in bindings if b is not None and doc.text[b.mention.start : b.mention.end] in self._narrator)
        self._last = LastInNarration(doc.text, self.cast, lexicon, self._narrator, tags >= MIN_NARRATOR_TAGS)
        self.persons: frozenset[str] = frozenset(
            self.name_of(b.mention)[0] for b in bindings if b is not None and b.mention.kind == "name" and not self.binds_no_person(b)
        )
        for q, b in zip(doc.spans, bindings, strict=True):
            if b is not None and b.mention.kind == "name" and not self.binds_no_person(b):
                self._tagged.setdefault(self.name_of(b.mention)[0], []).append(q.paragraph)
        self._run_opens: list[int] = []  # where the unbroken run of quote paragraphs through each paragraph opens
        for k in range(len(doc.paragraphs)):
            self._run_opens.append(self._run_opens[-1] if {k - 1, k} <= self._quoted_paragraphs else k)

    # -- one mention -------------------------------------------------------

    def name_of(self, mention: Mention) -> tuple[str, str | None]:
        """The cast name for a name, pronoun or ``the <title>`` mention, and the step that found it."""
        text = self.doc.text[mention.start : mention.end]
        cast = self.cast
        if mention.kind == "name":
            found = cast.canonical(text) or cast.canonical(mention.name)
            if found is not None:
                return found, CAST_NAME.id
            if " " not in text:
                # A title alone ("Mademoiselle", "Colonel"): the last character so called.
                found = cast.last_character(mention.start, text)
                if found is not None:
                    return found, CAST_TITLE.id
            with_article = self._with_article(mention.name)
            return (with_article, CAST_ARTICLE.id) if with_article else (mention.name, None)
        if mention.kind == "pronoun":
            if mention.gender:
                found = cast.resolve_pronoun(mention.start, mention.gender, self.persons)
                if found is not None:
                    return found, CAST_PRONOUN.id
                described = self._described(mention)
                if described is not None:
                    return described, CAST_SUBJECT_DESCRIPTION.id
            return mention.name, None
        return self._description(mention, text) or (mention.name, None)

    def _described(self, mention: Mention) -> str | None:
        """The description its paragraph's narration makes the subject of a pronoun no name resolves (see :mod:`~quoteattr.resolve.described`)."""
        paragraphs = self.doc.paragraphs
        k = bisect.bisect_right(paragraphs, (mention.start, len(self.doc.text))) - 1
        if k < 0:
            return None
        if k > 0 and k - 1 not in self._quoted_paragraphs:
            k -= 1  # a paragraph of narration before the turn sets its scene ("The Captain bent over the chart.")
        # Only a noun for a person met in a scene (a visitor, a guest): a role noun
        # (``the senator``) is how a news report names someone it quotes, left to its own rules.
        return described_subject(
            self.doc.text, paragraphs[k][0], mention.start, mention.gender, self.cast, self.doc.lexicon,
            self._party_nouns.__contains__,
        )

    def _answers_a_turn(self, position: int) -> bool:
        """True when *position* is in a paragraph that opens with a quote right after a paragraph that holds one.

        There ``said the man`` answers someone in a scene; after narration it
        is as often the man that narration has just named (a news report's
        ``the man`` after the one it quotes), which the cast's reading keeps.
        """
        k = bisect.bisect_right(self.doc.paragraphs, (position, len(self.doc.text))) - 1
        return k > 0 and k - 1 in self._quoted_paragraphs and self.doc.paragraphs[k][0] in self._quote_opens

    def _spoke_in_the_run(self, position: int, gender: str | None) -> bool:
        """True when the man or woman a pronoun of *gender* at *position* names has a turn tagged by name since the last narration.

        In an unbroken run of quotes that man is one of the two talking; after
        narration he may have gone and a newcomer answer (see _answers_a_turn).
        """
        found = self.cast.resolve_pronoun(position, gender, self.persons) if gender else None
        k = bisect.bisect_right(self.doc.paragraphs, (position, len(self.doc.text))) - 1
        if found is None or k <= 0 or k - 1 not in self._quoted_paragraphs:
            return False
        rows = self._tagged.get(found, [])
        i = bisect.bisect_left(rows, self._run_opens[k - 1])
        return i < len(rows) and rows[i] <= k - 1

    def _tagged_beside(self, position: int, name: str) -> bool:
        """True when a name tag binds *name* in the paragraph just before or after the one holding *position*."""
        k = bisect.bisect_right(self.doc.paragraphs, (position, len(self.doc.text))) - 1
        rows = self._tagged.get(name, [])
        i = bisect.bisect_left(rows, k - 1)
        return any(row in (k - 1, k + 1) for row in rows[i : i + 3])

    def _with_article(self, name: str) -> str | None:
        """``The Stranger`` for a name no cast entry holds that the text mostly writes after its article.

        Such a name (``the Hooded Man``) is the character's whole name:
        without the article it names nobody.  It needs :data:`_MIN_CHARACTER_COUNT`
        occurrences after the article, at least half of all of them.  At most
        :data:`_MAX_ARTICLE_LOOKUPS` names are looked up per document.
        """
        if name in self._article_names:
            return self._article_names[name]
        if len(self._article_names) >= _MAX_ARTICLE_LOOKUPS:
            # Each lookup reads the whole text: bounded so that a text of ever
            # new names stays linear (a whole novel needed at most 15).
            return None
        found: str | None = None
        text = self.doc.text
        total = text.count(name)
        for article in sorted(self._definite):
            after = text.count(f"{article} {name}") + text.count(f"{article.capitalize()} {name}")
            if after >= _MIN_CHARACTER_COUNT and 2 * after >= total:
                found = f"{article} {name}"
                break
        self._article_names[name] = found
        return found

    def _description(self, mention: Mention, text: str) -> tuple[str, str] | None:
        """``the count`` to the last count named; ``the girl``, ``her mother`` by gender."""
        words = text.lower().split()
        while len(words) > 2 and words[-1].endswith(self._adverb_endings):
            words.pop()  # "the artist sadly": a trailing adverb is not part of the phrase
        if len(words) < 2 or (words[0] not in self._definite and words[0] not in self._possessive):
            return None
        head = words[-1]
        # "her ladyship": a form of address for a titled person, not someone "her" owns.
        title: str | None = None
        if words[0] in self._definite:
            title = head  # "the count": the character last named with the title
        elif len(words) == 2:
            title = self._address_titles.get(head) or self._address_titles.get(" ".join(words))  # "his majesty"
        if title is not None:
            found = self.cast.last_character(mention.start, title)
            if found is not None:
                return found, CAST_DESCRIPTION.id
            if words[0] not in self._definite:
                return None  # "his majesty" with no king named: its own speaker, never the owner
        plain = words[0] in self._definite and len(words) == 2 and head in self._plain_person_nouns
        gender = self._gender_nouns.get(head)
        if plain and self._answers_a_turn(mention.start) and not self._spoke_in_the_run(mention.start, gender):
            # "said the man" alone answering a turn mostly brings in someone
            # unnamed (a ferryman, a clerk), not the last man named: only the
            # turns may name it.
            return None
        owner = self._possessive.get(words[0], "")
        if gender is None and words[0] in self._definite and " ".join(words) not in self._other_participant:
            found = self.appositions.named(words[1:])  # "Vey, the harbourmaster,": said once, meant after
            if found is not None and self._tagged_beside(mention.start, found):
                return None  # a turn answering one tagged with that very name: someone else
            return (found, CAST_APPOSITION.id) if found is not None else None
        if gender is None:
            return self._possessed(mention.start, owner, head) if len(words) == 2 else None
        exclude = ""
        if owner in ("m", "f"):
            # "her mother" is not the woman "her" points to.
            exclude = self.cast.resolve_pronoun(mention.start, owner, self.persons) or ""
            relative = self._relative(exclude, head) if exclude else None
            if relative is not None:
                return relative, CAST_KIN.id
        found = self.cast.resolve_pronoun(mention.start, gender, self.persons, exclude, owner in ("m", "f"))  # see CAST_GENDER_NOUN
        if found is not None and too_old_for(text, found, self.doc.lexicon):
            if exclude:
                return None
            found = self.cast.resolve_pronoun(mention.start, gender, self.persons, found)  # "the girl" is not the Mrs. Lane nearer
            if found is not None and too_old_for(text, found, self.doc.lexicon):
                return None
        return (found, CAST_GENDER_NOUN.id) if found is not None else None

    def _possessed(self, position: int, owner: str, head: str) -> tuple[str, str] | None:
        """``his visitor``: the person last named before *position* who is not the one ``his`` means; ``his voice``: that one.

        Only for a ``his``/``her`` (*owner* ``m``/``f``) and a *head* noun of no
        gender or kinship.  A noun for a person met in a scene (a role or
        ``lang/en/party_nouns.txt``) names the other party of the owner
        (``CAST_POSSESSED``); a noun of ``lang/en/owner_nouns.txt``, or any
        other singular noun (``his voice``, ``her lips``, ``his pipe``), is a
        part or belonging of the owner, who speaks (``CAST_OWNER``): measured
        on novels, the other party was wrong there five times in six.  Any
        other plural (``his friends``), a servant of
        ``lang/en/servant_nouns.txt`` (``his butler``) and a group noun of
        ``lang/en/roles.tsv`` (``her campaign``, ``his staff``) name no one.
        """
        if owner not in ("m", "f") or head in self._servant_nouns:
            return None  # "said his butler": a third person of the household, not owner nor guest
        if self._roles.get(head) == "group":
            return None  # "her campaign", "his staff": an organisation or a group, not the owner
        own = self.cast.resolve_pronoun(position, owner, self.persons)
        if head in self._owner_nouns or not (self._person_noun(head) or self._plural(head)):
            return (own, CAST_OWNER.id) if own is not None else None
        if not self._person_noun(head):
            return None  # "said his friends": several people, not the owner; no rule here tells who
        found = self.cast.recent_person(position, self.persons, frozenset((own,)) if own else frozenset())
        return (found, CAST_POSSESSED.id) if found is not None else None

    def _plural(self, head: str) -> bool:
        """True for a noun that reads as a plural (``friends``, ``visitors``; not ``boss``): no one thing of the owner's."""
        return any(head.endswith(ending) and not head.endswith(ending * 2) for ending in self._plural_endings)

    def _person_noun(self, head: str) -> bool:
        """True for a noun that names a person (``visitor``, ``mayor``), not a thing (``voice``, ``pipe``)."""
        return head in self._party_nouns or self._mentions.is_person_role(head)

    def _relative(self, owner: str, noun: str) -> str | None:
        """The character a kinship *noun* names as *owner*'s relative: ``his wife`` of Mr. Lane is Mrs. Lane.

        Only when the owner's name ends in a family name (a title or two
        words) and the cast names someone by the noun's title and that name.
        """
        title = self._kin_titles.get(noun)
        words = owner.split()
        if title is None or len(words) < 2:
            return None
        found = self.cast.canonical(f"{title.capitalize()} {words[-1]}")
        return found if found is not None and found != owner else None

    def name(self, binding: Binding) -> Binding:
        """*binding* with its cast name (its mention's own name when names are not resolved)."""
        mention = binding.mention
        name, step = self.name_of(mention)
        if not self.doc.config.resolve_names and mention.name:
            name, step = mention.name, None
        elif step == CAST_NAME.id and mention.kind == "name":
            written = self.doc.text[mention.start : mention.end]
            article = self._article_of_tag(binding, written)
            if article is not None and self.cast.names_no_person(written, mention.name):
                # Written mostly after its article, the name keeps it and its written title words (the cast's drop them).
                name, step = f"{article} {' '.join(written.split())}", CAST_ARTICLE.id
        return binding.named(name, step)

    def name_all(self, bindings: list[Binding | None]) -> list[Binding | None]:
        """Every binding with its cast name."""
        # "Shame on you!" Shame ...: a common word opening a sentence names nobody; the conversation decides.
        named = [self.name(b) if b is not None and not self.binds_no_person(b) else None for b in bindings]
        for k, b in enumerate(named):
            if b is not None and b.resolution == CAST_GENDER_NOUN.id:
                named[k] = self._not_the_last_turn(k, b, named)
        return self._not_the_addressee(named)

    def binds_no_person(self, b: Binding) -> bool:
        """True for a binding to a name no character has: a common word, a place or a nationality (``CastRegistry.names_no_person``).

        Not a tag's name of two words or more written after ``the`` (``said
        the Grand Vizier``, :func:`article_before_tag`): the cast reads a
        name the text mostly writes after an article as no person, but a
        kind is one word, and a title the text gives one character in place
        of a name is often two.  A place still binds none: a place noun ends
        it, or a lowercase word follows it (``said the Grey Fen ferryman``).
        """
        if b.mention.kind != "name":
            return False
        written = self.doc.text[b.mention.start : b.mention.end]
        return self.cast.names_no_person(written, b.mention.name) and self._article_of_tag(b, written) is None

    def _article_of_tag(self, b: Binding, written: str) -> str | None:
        """``the`` before a tag's name (*b* has a cue) of two words or more, else None."""
        return article_before_tag(self.doc.text, self.doc.lexicon, b, written)

    def _not_the_addressee(self, named: list[Binding | None]) -> list[Binding | None]:
        """``"Tea, Ann?" she asked``: a pronoun tag is not the character its own quotes address by name.

        Nor the character its own sentence names first after it (``"Come in,"
        she said, looking at Ann``): a name after a pronoun subject in one
        sentence is someone else.  Resolved to either, the pronoun is resolved
        again past them.  The quotes of one tag (both halves of a split quote)
        are read together.
        """
        by_mention: dict[Mention, list[int]] = {}
        for k, b in enumerate(named):
            if b is not None and b.resolution == CAST_PRONOUN.id:
                by_mention.setdefault(b.mention, []).append(k)
        for mention, ks in by_mention.items():
            b = named[ks[0]]
            assert b is not None  # only bound quotes were collected
            if b.name not in self.named_after(b) and not any(
                (voc := self.vocative(k)) is not None and voc[1] == b.name for k in ks
            ):
                continue
            other = self.cast.resolve_pronoun(mention.start, mention.gender, self.persons, b.name)
            if other is None:
                continue
            for k in ks:
                bk = named[k]
                assert bk is not None
                named[k] = bk.named(other, CAST_PRONOUN.id)
        return named

    def named_after(self, b: Binding) -> list[str]:
        """The first character narration names after *b*'s tag in its sentence (:func:`name_after_tag`)."""
        return name_after_tag(self.doc, self.cast, self._opens, b)

    def _not_the_last_turn(self, k: int, b: Binding, named: list[Binding | None]) -> Binding:
        """``said the man`` answering a turn tagged with the name it resolved to is someone else.

        A writer who meant the speaker named in the turn just before would
        repeat the name or use a pronoun; a description in the answering turn
        is the other party, often a character the text never names (measured:
        choosing the next character of the noun's gender instead was wrong as
        often).  The description keeps its own words.
        """
        words = self.doc.text[b.mention.start : b.mention.end].lower().split()
        if words[0] not in self._definite:
            return b
        before = self._previous_turn(k, named)
        if before is not None and before.mention.kind == "name" and before.name == b.name:
            return b.named(b.mention.name, None)
        return b

    def _previous_turn(self, k: int, named: list[Binding | None]) -> Binding | None:
        """The binding of the last quote of the paragraph just before quote *k*'s (None when it has no quote)."""
        spans = self.doc.spans
        paragraph = spans[k].paragraph
        j = k - 1
        while j >= 0 and spans[j].paragraph == paragraph:
            j -= 1
        return named[j] if j >= 0 and spans[j].paragraph == paragraph - 1 else None

    def vocative(self, k: int) -> tuple[Mention, str] | None:
        """The last character addressed by name inside quote *k*, with its cast name (read once)."""
        if k in self._vocatives:
            return self._vocatives[k]
        q = self.doc.spans[k]
        found: tuple[Mention, str] | None = None
        for m in self._vocative.finditer(self.doc.text, q.start, q.end):
            text = m.group("name")
            if self.cast.count(text) < _MIN_CHARACTER_COUNT:
                continue
            name = self.cast.canonical(text)
            if name is not None and self.cast.is_person(name):
                s, e = m.span("name")
                found = (Mention(s, e, "name", text, "", ""), name)
        self._vocatives[k] = found
        return found

    def named_in_quote(self, k: int) -> frozenset[str]:
        """The characters quote *k* names anywhere in its words, by their cast names (read once).

        A speaker seldom names themselves: a name in their own words is the
        one spoken to or about, so the turns do not give them the quote.
        """
        found = self._quoted_names.get(k)
        if found is None:
            q = self.doc.spans[k]
            cast = self.cast
            found = frozenset(
                name
                for m in self._name_runs.finditer(self.doc.text, q.start, q.end)
                if (name := cast.canonical(m.group())) is not None and cast.is_person(name)
            )
            self._quoted_names[k] = found
        return found

    def named_in_turn(self, quotes: list[int]) -> frozenset[str]:
        """The characters a paragraph's quotes name (:meth:`named_in_quote`): none of them is its speaker."""
        return frozenset().union(*(self.named_in_quote(k) for k in quotes))

    def addressed(self, quotes: list[int]) -> tuple[Mention, str] | None:
        """The last character addressed by name in a paragraph's quotes."""
        found = None
        for k in quotes:
            found = self.vocative(k) or found
        return found

    # -- the turns of a conversation ----------------------------------------

    def participants(self, run: Run, named: list[tuple[int, str]], bindings: list[Binding | None]) -> dict[int, Binding]:
        """An unresolved ``he said`` in a conversation is its one named participant of that gender.

        Participants are the characters named as speakers in the run or shortly
        before it (:data:`_PARTICIPANT_REACH` characters); *named* holds
        ``(offset, name)`` of every speaker bound by name, in text order.
        With no one such participant, a pronoun no narration before it can
        mean is the first speaker of its gender named after it
        (:func:`~quoteattr.resolve.cataphora.first_named_after`).
        """
        spans, text = self.doc.spans, self.doc.text
        lo = spans[run[0][0]].open_at - _PARTICIPANT_REACH
        hi = spans[run[-1][-1]].close_at
        a = bisect.bisect_left(named, (lo, ""))
        b = bisect.bisect_right(named, (hi, "\uffff"))
        by_gender: dict[str, set[str]] = {}
        for _pos, name in named[a:b]:
            gender = self.cast.gender(name)
            if gender:
                by_gender.setdefault(gender, set()).add(name)
        changes: dict[int, Binding] = {}
        for quotes in run:
            for k in quotes:
                bk = bindings[k]
                if bk is None or bk.mention.kind != "pronoun" or not bk.mention.gender:
                    continue
                only = by_gender.get(bk.mention.gender, set())
                if bk.name != text[bk.mention.start : bk.mention.end]:
                    continue  # resolved already
                if len(only) == 1:
                    changes[k] = bk.named(next(iter(only)), CONVERSATION_PARTICIPANT.id)
                elif (ahead := first_named_after(self.cast, bk.mention.start, bk.mention.gender, self.persons)) is not None:
                    changes[k] = bk.named(ahead, CAST_CATAPHORA.id)
        return changes

    def answer_pronoun(
        self, run: Run, i: int, known: list[int | None], bindings: list[Binding | None], speakers: frozenset[str]
    ) -> dict[int, Binding]:
        """Resolve a cue pronoun by the turns: ``he`` answering a man is not that man.

        *known* holds each paragraph's first bound quote.  The character the
        turn before addresses by name answers it (``"Coming, Tom?"`` /
        ``"No," he said``), when the pronoun fits them and they did not speak
        that turn.  Otherwise, when the speaker two turns back fits the
        pronoun's gender and differs from the previous speaker, the
        alternation names the speaker; else a pronoun resolved to the
        previous speaker, when a tag named that speaker by name, is resolved
        again past them, if that finds one of the run's *speakers* (the names
        its quotes are bound to): a character named in narration who does not
        speak in the run is no answer, and the same speaker goes on as often
        (measured).  A previous turn bound by a pronoun resolved to the same
        name keeps this one with them.  Never to a character the pronoun's own
        quotes name (``"Not again, Tom," he said`` is not Tom).
        """
        src, prev_src = known[i], known[i - 1]
        b = bindings[src] if src is not None else None
        if src is None or b is None or b.mention.kind != "pronoun" or not b.mention.gender or self.named_in_paragraph(src, b):
            return {}
        prev = bindings[prev_src] if prev_src is not None else None
        other = self._answers_vocative(run[i - 1], b, prev)
        if other is None and prev is not None:
            two_back = known[i - 2] if i >= 2 else None
            before = bindings[two_back] if two_back is not None else None
            if before is not None and before.name not in (prev.name, b.name) and self.cast.gender(before.name) == b.mention.gender:
                other = before.name  # the alternation agrees with the pronoun's gender
            elif b.name == prev.name and prev.mention.kind == "name":
                # A previous turn bound by a pronoun has its name from the same narration as this one: that
                # agreement is no evidence of a second person, and moving off it was wrong more often (measured).
                other = self.cast.resolve_pronoun(b.mention.start, b.mention.gender, self.persons, prev.name)
                if other not in speakers:
                    other = None
        if other is None or other in self.named_in_turn(run[i]) or other in self.named_after(b):
            return {}
        changes: dict[int, Binding] = {}
        for k in run[i]:
            own = bindings[k]
            if own is not None and own.mention == b.mention:
                changes[k] = own.named(other, TURN_PRONOUN.id)
        return changes

    def named_in_paragraph(self, k: int, b: Binding) -> bool:
        """True when the narration of quote *k*'s paragraph names *b*'s character before *b*'s mention.

        ``Lee turned to Ann. "Well?" he asked``: the pronoun's own paragraph
        says who it is; the turns around it do not overrule that.
        """
        p0 = self.doc.paragraphs[self.doc.spans[k].paragraph][0]
        return b.name in self.cast.names_between(p0, b.mention.start)

    def _answers_vocative(self, before: list[int], b: Binding, prev: Binding | None) -> str | None:
        """The character the paragraph *before* addresses, if pronoun *b* may be them (gender its own or unknown) and *prev* is not."""
        voc = self.addressed(before)
        if voc is None or voc[1] == b.name or (prev is not None and voc[1] == prev.name):
            return None
        return voc[1] if self.cast.gender(voc[1]) in (b.mention.gender, "") else None

    def last_in_narration(self, position: int, exclude: frozenset[str]) -> str | None:
        """The person last in narration before *position*, not in *exclude*, by names and pronouns (:mod:`~quoteattr.resolve.narrator`)."""
        return self._last.person(position, self.persons, exclude)

    def is_narrator(self, name: str | None) -> bool:
        """True for the name a first-person narrator speaks under before it is named (``I``)."""
        return name in self._narrator

    def name_narrator(self, runs: list[Run], bindings: list[Binding | None]) -> dict[int, Binding]:
        """Call a first-person narrator (``I said``) by the name the others address them with, else their own.

        Votes come from the vocatives of the other turns of every conversation
        the narrator speaks in, for a name that no cue of that conversation
        gives a turn to (the speakers named by their tags are not the
        narrator).  The name wins with at least :data:`_MIN_NARRATOR_VOTES`
        and more than half the votes; without a winner, the name the narrator
        gives themselves in narration (``My name is Tom Reed``) names them.
        """
        if not any(b is not None and self.is_narrator(b.name) for b in bindings):
            return {}
        votes: dict[str, int] = {}
        for run in runs:
            # Each paragraph's speaker: the name of its first attributed quote.
            names = [next((b.name for k in quotes if (b := bindings[k]) is not None), None) for quotes in run]
            if not any(self.is_narrator(name) for name in names):
                continue
            tagged = {b.name for quotes in run for k in quotes if (b := bindings[k]) is not None and b.cue is not None}
            for quotes, name in zip(run, names, strict=True):
                voc = self.addressed(quotes) if not self.is_narrator(name) else None
                if voc is not None and voc[1] not in tagged:
                    votes[voc[1]] = votes.get(voc[1], 0) + 1
        best = max(votes, key=lambda v: votes[v]) if votes else None
        if best is None or votes[best] < _MIN_NARRATOR_VOTES or 2 * votes[best] <= sum(votes.values()):
            best = self._introduced_narrator()
        if best is None:
            return {}
        return {k: b.named(best, NARRATOR.id) for k, b in enumerate(bindings) if b is not None and self.is_narrator(b.name)}

    def _introduced_narrator(self) -> str | None:
        """The name a first-person narrator gives themselves in narration (``My name is Tom Reed.``), if any."""
        text, cast = self.doc.text, self.cast
        for m in introduction_re(self.doc.lexicon).finditer(text):
            if not cast.inside_quote(m.start()):
                found = cast.canonical(m.group("name"))
                if found is not None:
                    return found
        return None
