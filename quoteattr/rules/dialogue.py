"""Stage 4, dialogue rules: bind the turns of fiction-style conversations.

They run on documents read as dialogue, after the local and continuation
rules and after every bound mention was named against the novel's cast
(:class:`~quoteattr.resolve.fiction.Characters`).  Each rule reads the
document, the characters and the bindings so far, and returns the new
bindings it makes by quote index:

* ``NARRATION_SUBJECT`` (in :mod:`~quoteattr.rules.narration`): a name or
  pronoun in the narration of the quote's own paragraph, before or between
  its quotes, speaks it, cue or not (``Clara smiled. "..."``);
* ``TURN_TAKING``: in a run of consecutive paragraphs with quotes, once two
  different speakers are established the turns alternate between them,
  forward and then backward; the character addressed by name in one turn
  speaks the next, or else the one before (``VOCATIVE``); a paragraph with
  no quote ends the run;
* ``NARRATION_AFTER`` (in :mod:`~quoteattr.rules.narration`): a turn still
  without a speaker takes the first name or pronoun of its paragraph's
  narration after its quotes (``"..." Clara looked away.``): that narration
  is as often about the listener, so the turns decide first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from quoteattr.document import Binding, Document, Mention
from quoteattr.grammar import Grammar
from quoteattr.resolve.fiction import Characters, Run
from quoteattr.resolve.fiction_steps import CAST_KIN, CAST_NAME, OTHER_PARTICIPANT, TURN_PRONOUN
from quoteattr.resolve.gender import too_old_for
from quoteattr.rules.addressed import the_other_one
from quoteattr.rules.narration import (
    NARRATION_AFTER,
    NARRATION_SUBJECT,
    paragraph_subject,
)
from quoteattr.rules.narration import (
    DialogueRun as DialogueRun,  # the type of SEQUENCE's rules, re-exported
)
from quoteattr.rules.repeated import described, one_identity
from quoteattr.rules.rule import Rule

#: A description of at most this many words (``the old gardener``) may be a participant of a run.
_DESCRIPTION_WORDS = 3

#: A run this many paragraphs after the last one (or fewer) resumes its conversation.
_RESUMED = 3


def take_turns(doc: Document, people: Characters, bindings: Sequence[Binding | None]) -> dict[int, Binding]:
    """Fill the unattributed paragraphs of every run of dialogue by vocatives and alternation.

    Before the turns alternate, the pronouns of each run are named by its
    participants and by the turns they answer (resolution steps of
    :class:`~quoteattr.resolve.fiction.Characters`).
    """
    state = list(bindings)
    spans = doc.spans
    named = [
        (spans[k].open_at, b.name) for k, b in enumerate(state) if b is not None and b.mention.kind == "name"
    ]
    before: set[str] = set()
    last_paragraph = -(1 << 30)
    for run in doc.conversations():
        for k, b in people.participants(run, named, state).items():
            state[k] = b
        # A conversation broken by a paragraph or two of narration goes on
        # between the same people.
        near = spans[run[0][0]].paragraph - last_paragraph <= _RESUMED
        turns = _RunTurns(doc, people, _speeches(doc, run), state, before if near else set())
        turns.take()
        before = turns.participants()
        last_paragraph = spans[run[-1][0]].paragraph
    # After every run: the tags of one description that contradict each other often lie in runs a line of narration parts.
    for k, b in one_identity(state, described, doc.lexicon, people.appositions.places).items():
        state[k] = b
    return {k: b for k, b in enumerate(state) if b is not None and b is not bindings[k]}


def _speeches(doc: Document, run: Run) -> Run:
    """*run* with each speech that runs over several paragraphs as one turn.

    A paragraph that goes on with a quote the paragraph before left open is
    the same speaker's turn, not the next one.
    """
    spans = doc.spans
    turns: Run = []
    for quotes in run:
        if turns and spans[quotes[0]].continues and spans[turns[-1][-1]].unclosed:
            turns[-1].extend(quotes)  # in place: one speech over every paragraph stays linear
        else:
            turns.append(list(quotes))
    return turns


class _RunTurns:
    """The turns of one run, filled in place in the rule's own working list *state*."""

    def __init__(
        self, doc: Document, people: Characters, run: Run, state: list[Binding | None], before: set[str] | None = None
    ) -> None:
        self.doc, self.people, self.run, self.state = doc, people, run, state
        #: The participants of the conversation just before, when only narration parts it from this run.
        self.before = before or set()
        self.n = len(run)
        #: Each paragraph's first bound quote, or None.
        self.known: list[int | None] = [next((k for k in quotes if state[k] is not None), None) for quotes in run]
        self.addressed = [people.addressed(quotes) for quotes in run]
        #: Paragraphs the alternation gave a pronoun nobody resolved (see :meth:`_nameless`).
        self._placeholders: set[int] = set()

    def take(self) -> None:
        """Answer pronouns, set "the other" aside, alternate, fill from narration, and restore."""
        bound = (self.state[k] for quotes in self.run for k in quotes)
        speakers = frozenset(b.name for b in bound if b is not None)
        for i in range(1, self.n):
            for k, b in self.people.answer_pronoun(self.run, i, self.known, self.state, speakers).items():
                self.state[k] = b
        self._pronouns_by_named_turns()
        self._pronouns_before_named_turns(speakers)
        held = self._hold_the_other()
        tagged = [self.known[i] is not None for i in range(self.n)]
        self._alternate()
        # Only the alternation of named turns names a description, with a name
        # that fits it; otherwise it speaks as bound again, and anchors the turns around it.
        self._restore({k: b for k, b in held.items() if described(b) and not self._fits(b, self.state[k])})
        # The turns a run's one other participant fills go first, handed on by the alternation: a turn
        # filled from narration before them would not hear the sides they show.
        self._fill_from_narration(False, partner_only=True)
        self._alternate()
        self._fill_from_narration(False)
        self._alternate()
        self._fill_from_narration(True)
        self._alternate()
        self._agree_sides(tagged)
        for k, bk in held.items():
            filled = self.state[k]
            if filled is None or filled is bk or not self._fits(bk, filled):
                self.state[k] = bk
            else:
                self.state[k] = bk.named(filled.name, OTHER_PARTICIPANT.id)
        self._release_placeholders()
        self._by_the_one_addressed()
        self._rest_of_the_turn()

    def _agree_sides(self, tagged: list[bool]) -> None:
        """Give a guessed side of a stretch of untagged turns the one person the other side addresses.

        Each untagged turn is filled on its own from narration, so one wrong
        guess early in a stretch of them is handed down the run.  Every second
        turn of the stretch is one side; a name the turns beside it address is
        that side's evidence.  Only a turn whose own speaker is a guess gives
        way: a turn copied from a tagged one two away keeps it (overruling
        those cost more right turns than it won), and the tagged turns around
        a stretch are no evidence for it (they lost on the tuning half).
        """
        i = 0
        while i < self.n:
            if tagged[i]:
                i += 1
                continue
            end = i
            while end + 1 < self.n and not tagged[end + 1]:
                end += 1
            for side in (i, i + 1):
                self._agree_side(range(side, end + 1, 2))
            i = end + 1

    def _agree_side(self, turns: range) -> None:
        """Name the guessed *turns* (one side of a stretch) by the vocatives beside them, when those name one person."""
        votes = {
            voc
            for i in turns
            for j in (i - 1, i + 1)
            if 0 <= j < self.n and (voc := self._addressee(j)) is not None
        }
        if len(votes) != 1:
            return
        who = next(iter(votes))
        for i in turns:
            src = self.known[i]
            guess = self.state[src] if src is not None else None
            if guess is None or guess.rule not in _GUESSES or guess.name == who or who == self._addressee(i):
                continue
            q = self.doc.spans[self.run[i][0]]
            mention = Mention(q.open_at, q.open_at, "name", who, "", "")
            named = TURN_TAKING.bind(mention, None, guess.confidence).named(who, None)
            for k in self.run[i]:
                b = self.state[k]
                if b is not None and b.rule in _GUESSES and b.name == guess.name:
                    self.state[k] = named
            self.known[i] = self.run[i][0]

    def _release_placeholders(self) -> None:
        """Take a nameless pronoun back from the turns that only kept the alternation going past it, and fill them from narration."""
        if not self._placeholders:
            return
        for i in self._placeholders:
            for k in self.run[i]:
                b = self.state[k]
                if b is not None and b.rule == TURN_TAKING.id and self._nameless(b.name):
                    self.state[k] = None
            self.known[i] = None
        self._fill_from_narration(True)

    def _by_the_one_addressed(self) -> None:
        """A turn still empty that addresses one of the conversation's two participants is the other's (VOCATIVE).

        Not when the turn also names that other: a speaker seldom names themselves.
        """
        participants = self._run_participants() | self.before
        for i in range(self.n):
            partner = the_other_one(participants, self._addressee(i)) if self.known[i] is None else None
            if partner is not None and partner not in self.people.named_in_turn(self.run[i]):
                at = self.doc.spans[self.run[i][0]].open_at
                self._fill_name(i, VOCATIVE.bind(Mention(at, at, "name", partner, "", ""), None).named(partner, None))

    def _rest_of_the_turn(self) -> None:
        """A quote after a turn's bound one, still without a speaker, is that speaker's (the narration between names no one)."""
        for i, quotes in enumerate(self.run):
            src = self.known[i]
            if src is None or (source := self.state[src]) is None:
                continue
            for k in quotes:
                if k > src and self.state[k] is None:
                    self.state[k] = source.copied(TURN_TAKING.id, TURN_TAKING.confidence)

    def _pronouns_by_named_turns(self) -> None:
        """A ``he``/``she`` turn two turns from a speaker named by a tag, of that gender, is that speaker.

        Unless the turn between is the same person's: then the turns do not
        alternate there.  Both directions count, the turn before first: a
        pronoun tag is read against the names around it, not only the name
        two turns back.
        """
        named: dict[int, str] = {}
        for i, quotes in enumerate(self.run):
            b = next((self.state[k] for k in quotes if self.state[k] is not None), None)
            if b is not None and b.mention.kind == "name":
                named[i] = b.name
        gender = self.people.cast.gender
        for i, quotes in enumerate(self.run):
            src = self.known[i]
            b = self.state[src] if src is not None else None
            if src is None or b is None or b.mention.kind != "pronoun" or not b.mention.gender:
                continue
            if self.people.named_in_paragraph(src, b):
                continue  # its own paragraph's narration says who it is
            for step in (-1, 1):
                same, between = named.get(i + 2 * step), named.get(i + step)
                if same is not None:
                    break
            if same is None or same == b.name or gender(same) != b.mention.gender or same in self.people.named_in_turn(quotes):
                continue
            if between == same or named.get(i - 1) == same or named.get(i + 1) == same:
                continue
            for k in quotes:
                own = self.state[k]
                if own is not None and own.mention == b.mention:
                    self.state[k] = own.named(same, TURN_PRONOUN.id)

    def _pronouns_before_named_turns(self, speakers: frozenset[str]) -> None:
        """A he/she resolved to the speaker the next turn's tag names is resolved again past them.

        Adjacent turns are two people (``"Sun," he said. / "Rain," said
        Tarn.``: the ``he`` is not Tarn), as :meth:`Characters.answer_pronoun`
        reads a pronoun against the turn before.  Only to one of the run's
        *speakers*, and not when the pronoun's own paragraph names its
        character.
        """
        cast = self.people.cast
        for i in range(self.n - 1):
            src, nxt = self.known[i], self.known[i + 1]
            if src is None or nxt is None:
                continue
            b, after = self.state[src], self.state[nxt]
            if b is None or after is None or b.mention.kind != "pronoun" or not b.mention.gender or after.mention.kind != "name":
                continue
            if b.name != after.name or b.resolution == TURN_PRONOUN.id or self.people.named_in_paragraph(src, b):
                continue  # not when the turn before already named it (answer_pronoun): that reading stands
            other = cast.resolve_pronoun(b.mention.start, b.mention.gender, self.people.persons, b.name)
            if other is None or other not in speakers or other in self.people.named_in_turn(self.run[i]):
                continue
            for k in self.run[i]:
                own = self.state[k]
                if own is not None and own.mention == b.mention:
                    self.state[k] = own.named(other, TURN_PRONOUN.id)

    def _fits(self, held: Binding, filled: Binding | None) -> bool:
        """True when the turns' speaker *filled* may name the *held* description.

        Not a pronoun nobody resolved, not a character of the other gender
        than the description's noun (``the son`` is no woman), and not one
        with an adult's title for a child's noun (``the girl`` is no ``Mrs.``).  Never for a
        relative the cast named by family name (``her husband`` of Mrs. Lane
        is Mr. Lane): the turns put a speaker of unknown gender there, often
        the woman ``her`` means.
        """
        if filled is None or held.resolution == CAST_KIN.id:
            return False
        lexicon = self.doc.lexicon
        if filled.name.lower() in lexicon.pronouns:
            return False
        if too_old_for(held.mention.name, filled.name, lexicon):
            return False  # "said the girl" is not the Mrs. Lane of the turn before
        gender = lexicon.gender_nouns.get(held.mention.name.split()[-1].lower(), "")
        own = self.people.cast.gender(filled.name) if gender in ("m", "f") else ""
        return not (own in ("m", "f") and own != gender)

    def _restore(self, bindings: dict[int, Binding]) -> None:
        """Put held *bindings* back, each paragraph known again by its first restored quote."""
        for i, quotes in enumerate(self.run):
            restored = [k for k in quotes if k in bindings]
            for k in restored:
                self.state[k] = bindings[k]
            if restored:
                self.known[i] = restored[0]

    def _hold_the_other(self) -> dict[int, Binding]:
        """Set aside bindings to "the other": that description names nobody, the turns decide who it is."""
        held: dict[int, Binding] = {}
        text, other = self.doc.text, self.doc.lexicon.other_participant
        for i in range(self.n):
            src = self.known[i]
            b = self.state[src] if src is not None else None
            if b is None or not (text[b.mention.start : b.mention.end].lower() in other or described(b)):
                continue
            for k in self.run[i]:
                bk = self.state[k]
                if bk is not None and bk.mention == b.mention:
                    held[k] = bk
                    self.state[k] = None
            self.known[i] = None
        return held

    def name(self, i: int) -> str | None:
        """The speaker name of paragraph *i*, if known."""
        src = self.known[i]
        b = self.state[src] if src is not None else None
        return b.name if b is not None else None

    def _addressee(self, i: int) -> str | None:
        """The character addressed by name in paragraph *i*, if any."""
        voc = self.addressed[i]
        return voc[1] if voc is not None else None

    def _fill(self, i: int, src: int) -> None:
        """Give paragraph *i* the speaker of quote *src*."""
        source = self.state[src]
        assert source is not None
        for k in self.run[i]:
            if self.state[k] is None:
                self.state[k] = source.copied(TURN_TAKING.id, TURN_TAKING.confidence)
        self.known[i] = src

    def _fill_name(self, i: int, binding: Binding) -> None:
        """Give paragraph *i* a speaker no quote of the run was bound to."""
        for k in self.run[i]:
            if self.state[k] is None:
                self.state[k] = binding
        self.known[i] = self.run[i][0]

    def _partner(self, i: int, beside: str, step: int) -> None:
        """Give paragraph *i* the speaker two turns away (by *step*) if it is not *beside*.

        Only the turn two away: reaching further (an older partner) was
        wrong more often than the narration's last-named person.
        """
        j = i + 2 * step
        if not 0 <= j < self.n:
            return
        other = self.name(j)
        if other is None or other == beside or other == self._addressee(i) or other.lower() in self.doc.lexicon.other_participant:
            return  # nor "the other": it names no one to hand on (its own turn is named after the turns)
        if other in self.people.named_in_turn(self.run[i]):
            return  # a speaker seldom names themselves: the name in the turn is the one spoken to or about
        src = self.known[j]
        assert src is not None
        self._fill(i, src)
        if self._nameless(other):
            self._placeholders.add(i)

    def _nameless(self, name: str) -> bool:
        """True for a speaker name that is a pronoun nobody resolved (``she``, ``they``), but a first-person narrator's ``I``.

        Such a turn names no one the turns could hand on: the turn two away
        keeps it only while the turns alternate past it (it marks a speaker
        other than its neighbours), then it is left to the narration
        (:meth:`_release_placeholders`).  The narrator's ``I`` is named after
        the turns (:meth:`Characters.name_narrator`).
        """
        return name.lower() in self.doc.lexicon.pronouns and not self.people.is_narrator(name)

    def _alternate(self) -> None:
        """One forward (vocatives, then alternation) and one backward pass over the run."""
        for i in range(1, self.n):
            if self.known[i] is not None:
                continue
            prev = self.name(i - 1)
            voc = self.addressed[i - 1]
            if voc is not None and voc[1] != prev and voc[1] != self._addressee(i):
                mention, who = voc
                self._fill_name(i, VOCATIVE.bind(mention, None).named(who, CAST_NAME.id))
                continue
            if prev is not None:
                self._partner(i, prev, -1)
        for i in range(self.n - 2, -1, -1):
            if self.known[i] is None:
                nxt = self.name(i + 1)
                voc = self.addressed[i + 1]
                if voc is not None and voc[1] != nxt and voc[1] != self._addressee(i):
                    # The one addressed answers a turn they have just spoken.
                    mention, who = voc
                    self._fill_name(i, VOCATIVE.bind(mention, None).named(who, CAST_NAME.id))
                    continue
                if nxt is not None:
                    self._partner(i, nxt, 1)

    def _fill_from_narration(self, final: bool, partner_only: bool = False) -> None:
        """A speaker and no partner in the run: the run's one other participant, else the person last named in narration.

        With no speaker at all, the run's opening paragraph too (in the *final* pass); the one other participant only
        when *partner_only*.
        """
        participants = self._run_participants()
        for i in range(self.n):
            if self.known[i] is not None:
                continue
            beside = {x for x in (self.name(i - 1) if i else None, self.name(i + 1) if i + 1 < self.n else None) if x}
            if not beside and not (final and i == 0):
                continue
            own = self._addressee(i)
            if own:
                beside.add(own)
            filled = self._from_narration(i, participants, beside, partner_only)
            if filled is not None:
                self._fill_name(i, filled)

    def _from_narration(self, i: int, participants: set[str], beside: set[str], partner_only: bool) -> Binding | None:
        """The speaker :meth:`_fill_from_narration` gives turn *i*, whose neighbours (and addressee) are *beside*."""
        q = self.doc.spans[self.run[i][0]]
        # Nor anyone the turn's own words name: a speaker seldom names themselves.
        named = self.people.named_in_turn(self.run[i])
        others = participants - beside - named
        if len(others) == 1:
            partner = next(iter(others))
            return TURN_TAKING.bind(Mention(q.open_at, q.open_at, "name", partner, "", ""), None).named(partner, None)
        if partner_only:
            return None
        if i == 0 and not beside:
            before = self._speaker_across_narration()
            if before is not None:
                return before.copied(TURN_TAKING.id, TURN_TAKING.confidence_when("the last person named in narration"))
        after = self._narration_after(i)
        if after is not None and after.name not in beside | named:
            return after
        who = self.people.last_in_narration(q.open_at, frozenset(beside | named))
        resumed = self.before - beside - named
        if who is None and len(resumed) == 1:
            # No one named in narration: the conversation just before goes on.
            who = next(iter(resumed))
        if who is None:
            return None
        narrated = TURN_TAKING.confidence_when("the last person named in narration")
        return TURN_TAKING.bind(Mention(q.open_at, q.open_at, "name", who, "", ""), None, narrated).named(who, None)

    def _narration_after(self, i: int) -> Binding | None:
        """Paragraph *i*'s narration subject, after its quotes too (``"..." Clara looked away.``), named, if any.

        It speaks before the person last named in narration: the narration
        of a turn's own paragraph is nearer evidence.
        """
        k = self.run[i][0]
        if not self.doc.opens_sentence(k):
            return None
        mention = paragraph_subject(self.doc, Grammar.of(self.doc.lexicon), k, True)
        if mention is None:
            return None
        bound = self.people.name(NARRATION_AFTER.bind(mention, None))
        return None if self.people.binds_no_person(bound) else bound

    def participants(self) -> set[str]:
        """The characters the run shows taking part, once its turns are taken, but a first-person narrator.

        A narrator takes part in a run only by speaking in it (their ``I``
        stays in narration between runs).
        """
        return {name for name in self._run_participants() if not self.people.is_narrator(name)}

    def _run_participants(self) -> set[str]:
        """The characters the run shows taking part.

        Its speakers named or called by a short description, a first-person
        narrator who speaks in it, the ones it addresses by name.
        """
        found = {voc[1] for voc in self.addressed if voc is not None}
        for i in range(self.n):
            src = self.known[i]
            b = self.state[src] if src is not None else None
            if b is not None and (b.mention.kind == "name" or self._unnamed_person(b) or self.people.is_narrator(b.name)):
                found.add(b.name)
        return found

    def _unnamed_person(self, b: Binding) -> bool:
        """True for a speaker the text calls by a short description (``said the gardener``, ``said her ladyship``).

        Such a speaker takes part in the run as much as a named one, and is
        its other participant when the turns need one.  Not "the other"
        (that names nobody), not ``a voice`` (anyone may own it), not a longer
        phrase (``the hand of a stranger``).
        """
        if b.mention.kind != "description":
            return False
        lexicon = self.doc.lexicon
        words = self.doc.text[b.mention.start : b.mention.end].lower().split()
        if len(words) > _DESCRIPTION_WORDS or not (words[0] in lexicon.definite_articles or words[0] in lexicon.possessive_determiners):
            return False
        phrase = " ".join(words)
        return not any(phrase.startswith(other) for other in lexicon.other_participant)

    def _speaker_across_narration(self) -> Binding | None:
        """The speaker of the quote just before the run, when one paragraph of narration naming nobody parts them.

        ``"Was it the cat?" said Ann. / He thought not. / "Then I forget."``:
        a paragraph of narration between two turns that names no one (a
        listener's silent answer) leaves the turn with the last speaker.
        """
        first = self.run[0][0]
        if first == 0:
            return None
        spans = self.doc.spans
        last = spans[first - 1]
        if spans[first].paragraph - last.paragraph != 2:
            return None
        b = self.state[first - 1]
        if b is None or b.mention.kind == "pronoun" and b.name == self.doc.text[b.mention.start : b.mention.end]:
            return None
        cast = self.people.cast
        if cast.named_between(last.close_at, spans[first].open_at):
            return None
        return b


TURN_TAKING: Rule[DialogueRun] = Rule(
    id="TURN_TAKING",
    family="dialogue",
    summary=(
        "In a run of quote paragraphs, two established speakers alternate; else the run's one other participant "
        "(a first-person narrator who speaks in the run counts, and a speaker called only 'the gardener'), else the person last named in narration (its sentence's subject first; "
        "a first-person narrator whose I in narration comes after every name; the one a he/she after every name "
        "means, when the last name is of the other gender) speaks; with no one named, the one other participant of the "
        "conversation that ended at most two paragraphs of narration before. A quote after a turn's bound quote, "
        "still unbound, goes with it. A he/she/they nobody resolved is not handed on to the turn two away."
    ),
    example='Clara looked up. "Perhaps."\n\n"You are late," Hollis said.\n\n"I was kept."\n\n"By whom?"',
    speaker="Clara",
    confidence=0.45,
    run=take_turns,
    weaker=(("the last person named in narration", 0.3),),
)


def vocative(people: Characters, quotes: list[int]) -> tuple[Mention, str] | None:
    """The character addressed by name in a paragraph's quotes, with the cast's name for them."""
    return people.addressed(quotes)


VOCATIVE: Rule[Callable[[Characters, list[int]], tuple[Mention, str] | None]] = Rule(
    id="VOCATIVE",
    family="dialogue",
    summary=(
        "The character addressed by name in one turn speaks the unattributed turn after it, or else the one before it; "
        "a turn still unattributed that addresses one of the conversation's two participants by name is the other's."
    ),
    example=(
        "Jane and Tom sat at the table. Jane was hungry; Tom was not.\n\n"
        '"Pass the salt, Jane," said Tom.\n\n"Here it is."\n\n"Thank you."'
    ),
    speaker="Jane",
    confidence=0.45,
    run=vocative,
    emitted_by=("TURN_TAKING",),
)


#: Rules whose turn is a guess the side's own evidence may overrule (:meth:`_RunTurns._agree_sides`).
_GUESSES = frozenset({"TURN_TAKING", "NARRATION_AFTER"})

#: The dialogue rules in the order they run (see :data:`quoteattr.rules.DIALOGUE`).
SEQUENCE: tuple[Rule[DialogueRun], ...] = (NARRATION_SUBJECT, TURN_TAKING, NARRATION_AFTER)

#: Ids the functions of SEQUENCE bind with besides their own.
EMITTED: tuple[Rule[Any], ...] = (VOCATIVE,)
