"""Fiction dialogue: cast names, pronouns, vocatives and turn-taking.

Every passage here is written for these tests; none comes from a novel.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Config, Quote, attribute_quotes
from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.names import RUN_PARTICLES
from quoteattr.resolve import cast as cast_module
from quoteattr.resolve.cast import CastRegistry as _Cast
from quoteattr.text.tokens import count_words

_CAST_RUN_RE = Grammar.of(Lexicon.english()).names.cast_run_pattern


def CastRegistry(text: str, quotes: list[tuple[int, int]]) -> _Cast:  # noqa: N802 - reads as the class it makes
    """The cast of *text*, with the English lexicon."""
    return _Cast(text, quotes, Lexicon.english())

_ON = Config(dialogue="on")


def _speakers(text: str) -> list[str | None]:
    """The speaker name of every quote in *text*, in dialogue mode."""
    return [q.speaker.name if q.speaker else None for q in attribute_quotes(text, _ON)]


def _rules(text: str) -> list[str | None]:
    """The binding rule of every quote in *text*, in dialogue mode."""
    quotes: list[Quote] = attribute_quotes(text, _ON)
    return [q.rule for q in quotes]


# -- the cast ------------------------------------------------------------------


def test_cast_uses_the_most_frequent_form_of_a_name() -> None:
    text = (
        "Harriet Vole lived in the mill. Harriet liked the river. Harriet swam daily.\n\n"
        "Later Harriet went home. Harriet slept.\n"
    )
    cast = CastRegistry(text, [])
    assert cast.canonical("Harriet Vole") == "Harriet"
    assert cast.canonical("Harriet") == "Harriet"


def test_cast_drops_sentence_initial_common_words() -> None:
    text = (
        "Certainly Tobias was late. Tobias ran. It was certainly cold, and Tobias was "
        "certainly tired. Tobias sat."
    )
    cast = CastRegistry(text, [])
    assert cast.canonical("Certainly Tobias") == "Tobias"


def test_cast_reads_a_name_ending_in_a_place_noun_as_a_place() -> None:
    # "City" is no surname (place_nouns.txt): named twice, never after "in", the town is still no character.
    text = (
        "Tobias hated the ferry to Larkmoor City. Larkmoor City smelled of tar and fish.\n\n"
        '"Which pier?" the clerk asked him.\n\n"Larkmoor City, the north pier."\n'
    )
    cast = CastRegistry(text, [])
    assert cast.names_no_person("Larkmoor City", "Larkmoor City")
    assert not cast.names_no_person("Tobias", "Tobias")


@pytest.mark.parametrize("surname", ["Lake", "Street", "Bay", "Station"])
def test_a_surname_that_is_also_a_place_noun_keeps_its_quotes(surname: str) -> None:
    # Lake, Street, Bay and Station are common surnames: only nouns no one bears (City, County) name a place.
    text = (
        f"Wren {surname} pulled the sled up to the cabin door. Wren {surname} knocked the snow off her boots.\n\n"
        f'"The stove is out again," said Wren {surname}.\n\n'
        f'"Then light it," said Oskar.\n\n'
        f'"You light it," Wren {surname} said.\n'
    )
    speakers = [q.speaker.name if q.speaker else None for q in attribute_quotes(text)]
    assert speakers == [f"Wren {surname}", "Oskar", f"Wren {surname}"]


def test_cast_keeps_husband_and_wife_apart() -> None:
    text = (
        "Mr. Pell came in. Mrs. Pell followed him. Mr. Pell sat down and Mrs. Pell stood. "
        "Mr. Pell laughed."
    )
    cast = CastRegistry(text, [])
    assert cast.canonical("Mr. Pell") == "Mr. Pell"
    assert cast.canonical("Mrs. Pell") == "Mrs. Pell"


def test_a_speaker_pronoun_refers_to_a_character_known_to_speak() -> None:
    # Pronouns after "Bristol" give the town a gender; it still never speaks.
    text = (
        'Tom Hale walked in. "Hi," said Tom Hale. Later the town of Bristol slept. '
        "Bristol, he thought, was cold. Bristol was his home and he loved it. "
    )
    quote = (text.index('"Hi'), text.index(" said"))
    cast = CastRegistry(text, [quote])
    assert cast.resolve_pronoun(len(text), "m", frozenset({"Tom Hale"})) == "Tom Hale"
    # With no speaker known, the last name of the right gender is all there is.
    assert cast.resolve_pronoun(len(text), "m") == "Bristol"


def test_cast_joins_a_bare_surname_to_the_titled_form() -> None:
    text = "Mr. Vetch arrived. Mr. Vetch bowed. Mr. Vetch smiled. Vetch left. Mr. Vetch returned."
    assert CastRegistry(text, []).canonical("Vetch") == "Mr. Vetch"


def test_pronoun_resolves_to_the_last_character_of_its_gender_in_narration() -> None:
    text = (
        "Mr. Grove walked in. He was tired, and he sat down.\n\n"
        "Mrs. Lark looked at him. She smiled, and she poured the tea.\n\n"
        '"Do not say Tom Fennel," said Mrs. Lark.\n\n'
        "Then he spoke."
    )
    quote_open = text.index('"')
    quote_close = text.index('"', quote_open + 1) + 1
    cast = CastRegistry(text, [(quote_open, quote_close)])
    assert cast.resolve_pronoun(text.index("Then he") + 5, "m") == "Mr. Grove"
    assert cast.resolve_pronoun(text.index("Then he") + 5, "f") == "Mrs. Lark"


# -- dialogue sieves -------------------------------------------------------------


_CONVERSATION = (
    "Mrs. Lark and Mr. Grove sat by the fire. Mrs. Lark poured the tea and she smiled. "
    "Mr. Grove said nothing, for he was tired.\n\n"
    '"Will you stay for supper?" said Mrs. Lark.\n\n'
    '"I cannot," said Mr. Grove.\n\n'
    '"Not even for soup?"\n\n'
    '"Not even for soup."\n\n'
    '"Then you are a hard man."\n\n'
    "Mrs. Lark looked at the clock.\n\n"
    '"Is it so late?"\n'
)


def test_turn_taking_alternates_two_established_speakers() -> None:
    names = _speakers(_CONVERSATION)
    assert names[:5] == ["Mrs. Lark", "Mr. Grove", "Mrs. Lark", "Mr. Grove", "Mrs. Lark"]
    assert _rules(_CONVERSATION)[2:5] == ["TURN_TAKING"] * 3


def test_a_narration_paragraph_ends_the_conversation() -> None:
    # Alternation would give Mr. Grove; after narration the run restarts with
    # the person the narration last named.
    assert _speakers(_CONVERSATION)[5] == "Mrs. Lark"


def test_a_lone_speaker_answers_the_person_named_in_narration() -> None:
    text = (
        "Dora found Mr. Grove in the garden. Mr. Grove was digging, and he did not look up.\n\n"
        '"Are you busy?" said Dora.\n\n'
        '"Always."\n'
    )
    assert _speakers(text) == ["Dora", "Mr. Grove"]


def test_turn_taking_fills_backwards_from_later_cues() -> None:
    text = (
        "Mrs. Lark and Mr. Grove sat down. Mrs. Lark smiled; she was happy.\n\n"
        '"Are you cold?"\n\n'
        '"A little."\n\n'
        '"Take my shawl," said Mrs. Lark.\n\n'
        '"Thank you," said Mr. Grove.\n'
    )
    assert _speakers(text) == ["Mrs. Lark", "Mr. Grove", "Mrs. Lark", "Mr. Grove"]


def test_vocative_names_the_next_speaker_not_this_one() -> None:
    text = (
        "Mrs. Lark, Mr. Grove and Dora sat at the table. Dora was quiet, and she ate. "
        "Dora smiled at Mrs. Lark.\n\n"
        '"The bread is good," said Mr. Grove.\n\n'
        '"Pass me the butter, Dora."\n\n'
        '"Here it is."\n'
    )
    names = _speakers(text)
    assert names[0] == "Mr. Grove"
    assert names[1] != "Dora"
    assert names[2] == "Dora"
    assert _rules(text)[2] == "VOCATIVE"


def test_narration_subject_speaks_a_quote_without_a_cue() -> None:
    text = "Mrs. Lark sat down. Mrs. Lark sighed.\n\nThe fire was low when Mr. Grove came in. \"That is too much.\"\n"
    assert _speakers(text) == ["Mr. Grove"]
    assert _rules(text) == ["NARRATION_SUBJECT"]


def test_narration_after_the_quote_speaks_before_the_last_person_named() -> None:
    # The narration after a turn is weaker evidence than the turns, but nearer
    # than the person last named in the paragraphs before.
    text = "Mrs. Lark sat down. Mrs. Lark sighed.\n\n\"That is too much.\" Mr. Grove frowned.\n"
    assert _speakers(text) == ["Mr. Grove"]
    assert _rules(text) == ["NARRATION_AFTER"]


def test_the_subject_of_the_sentence_before_speaks_a_quote_without_a_cue() -> None:
    text = "Mrs. Lark sat down. Mrs. Lark sighed.\n\nMr. Grove frowned. \"That is too much.\"\n"
    assert _speakers(text) == ["Mr. Grove"]
    assert _rules(text) == ["PREVIOUS_SENTENCE_SUBJECT"]


def test_he_said_resolves_to_the_named_character() -> None:
    text = (
        "Mr. Grove opened the door. Mr. Grove was wet, and he shook his coat.\n\n"
        '"It is raining," he said.\n'
    )
    quote = attribute_quotes(text, _ON)[0]
    assert quote.speaker is not None
    assert quote.speaker.text == "he"
    assert quote.speaker.name == "Mr. Grove"


def test_a_title_description_resolves_to_the_character_with_that_title() -> None:
    text = (
        "Colonel Ashby rode up to the gate. Colonel Ashby was tired, and he dismounted.\n\n"
        '"We ride at dawn," said the colonel.\n'
    )
    assert _speakers(text) == ["Colonel Ashby"]


def test_her_mother_is_not_the_woman_her_points_to() -> None:
    text = (
        "Mrs. Lark sat sewing. Mrs. Lark was old, and she sewed slowly. Dora came in; "
        "she was wet through. Dora sat down, and she sighed.\n\n"
        '"You will catch cold," said her mother.\n'
    )
    assert _speakers(text) == ["Mrs. Lark"]


def test_a_first_name_takes_the_full_name_the_novel_gives() -> None:
    text = (
        "Tobias Wren was a clerk. Tobias liked tea. Everyone knew Tobias Wren. "
        "Tobias sang. Tobias Wren sang badly. Tobias slept."
    )
    assert CastRegistry(text, []).canonical("Tobias") == "Tobias Wren"


def test_a_first_person_narrator_is_named_by_the_vocatives_it_answers() -> None:
    turns = [
        ('"Come in, Nell," said Mr. Grove.', '"Thank you," I said.'),
        ('"Sit down, Nell," said Mr. Grove.', '"I would rather stand," I said.'),
        ('"Are you tired, Nell?" said Mr. Grove.', '"Not at all," I said.'),
        ('"Tea, Nell?" said Mr. Grove.', '"Please," I said.'),
        ('"Good night, Nell," said Mr. Grove.', '"Good night," I said.'),
    ]
    text = "Mr. Grove met me at the door; he was kind.\n\n" + "\n\nThe clock ticked.\n\n".join(
        a + "\n\n" + b for a, b in turns
    )
    names = _speakers(text)
    assert names[1::2] == ["Nell"] * 5
    assert names[0::2] == ["Mr. Grove"] * 5


def test_a_capitalised_word_after_a_determiner_is_not_a_character() -> None:
    text = (
        "Mr. Grove met the Tarvish at the gate. The Tarvish bowed and he smiled. "
        "Mr. Grove bowed to the Tarvish, and he left."
    )
    cast = CastRegistry(text, [])
    assert cast.canonical("Tarvish") is None
    assert cast.resolve_pronoun(len(text) - 5, "m") == "Mr. Grove"


def test_an_object_pronoun_after_a_name_does_not_vote_for_its_gender() -> None:
    # "Dora looked at him" says nothing about Dora; "she" after her name does.
    text = (
        "Dora looked at him. Dora greeted him. Dora thanked him. Dora smiled, and she sat. "
        "Dora sighed, and she slept."
    )
    assert CastRegistry(text, []).gender("Dora") == "f"


def test_a_surname_takes_the_one_full_name_ending_with_it() -> None:
    text = (
        "Rufus Kemble came early. Kemble sat. Rufus Kemble ate. Kemble slept. "
        "Rufus Kemble woke, and Kemble left. Kemble came back."
    )
    assert CastRegistry(text, []).canonical("Kemble") == "Rufus Kemble"


def test_a_chapter_heading_is_not_a_character() -> None:
    text = "Chapter XII\n\nDora came in. Chapter IV was dull, she said. Chapter XIII\n\nDora left."
    assert CastRegistry(text, []).canonical("Chapter") is None


def test_an_unresolved_pronoun_goes_to_the_one_participant_of_its_gender() -> None:
    # A long speech leaves no woman named in narration near "she", and the
    # turn two back is a man's: only the conversation's participants tell.
    speech = "We shall dine at eight, and then we shall walk by the river. " * 110
    text = (
        "Dora came in, and she sat down. Dora smiled, and she spoke.\n\n"
        '"Good evening," said Dora.\n\n'
        f'"{speech}" said Mr. Grove.\n\n'
        '"Shall we go?" said Mr. Grove.\n\n'
        '"Not yet," she said.\n'
    )
    assert _speakers(text)[-1] == "Dora"


@pytest.mark.parametrize("run", ["Mrs. Hale", "Capt. Marsh", "Sgt. Cuff", "Sen. Blake", "Maj. Dobbin"])
def test_every_title_abbreviation_opens_a_cast_run(run: str) -> None:
    # The dotted titles come from abbreviations.tsv, not from a list of their own.
    m = _CAST_RUN_RE.match(run + " came.")
    assert m is not None and m.group() == run


@given(st.lists(st.sampled_from(["Ab", "de", "van", "der", "la", "x", "Mr.", "J.", " ", "  ", "\n", ".", ","]), max_size=30))
def test_the_cast_run_takes_particles_possessively_without_changing_a_match(words: list[str]) -> None:
    # The particles before a name word are matched possessively (linear on
    # "Ab de de de ... x"); the same pattern with backtracking finds the same runs.
    text = " ".join(words)
    bound = "){0," + str(RUN_PARTICLES) + "}"
    backtracking = regex.compile(_CAST_RUN_RE.pattern.replace(bound + "+", bound))
    assert backtracking.pattern != _CAST_RUN_RE.pattern
    assert [m.span() for m in _CAST_RUN_RE.finditer(text)] == [m.span() for m in backtracking.finditer(text)]


@given(
    st.lists(st.lists(st.sampled_from(["Ann", "Bo", "Lee", "Roe", "Cy", "Dee", "Eve", "Fay", "Gus"]), min_size=1, max_size=8), min_size=1, max_size=20),
    st.sets(st.sampled_from(["ann", "bo", "lee", "roe", "cy"]), min_size=1, max_size=3),
)
def test_the_forms_holding_some_words_are_found_by_index(names: list[list[str]], words: set[str]) -> None:
    # Forms are found by their rarest word, or by their rarest pair of words (up to six words) and word (longer).
    text = " ".join(f"{' '.join(name)} came." for name in names)
    cast = CastRegistry(text, [])
    forms = list(cast._counts)
    expected = [f for f in forms if words <= {w.lower() for w in f.words}]
    assert list(cast._containing(words)) == expected
    # The same through the index of word pairs, which long word lists use.
    short, cast_module._SHORT_LIST = cast_module._SHORT_LIST, 0
    try:
        assert list(CastRegistry(text, [])._containing(words)) == expected
    finally:
        cast_module._SHORT_LIST = short


def test_lowercase_particles_stay_inside_a_name() -> None:
    text = "Mr. van der Berg came. Mr. van der Berg sat. Mr. van der Berg left."
    assert CastRegistry(text, []).canonical("Mr. van der Berg") == "Mr. van der Berg"


def test_a_name_mostly_read_after_at_or_in_is_a_place() -> None:
    text = (
        "Mr. Grove lived at Thornbury. In Thornbury he was happy. Thornbury was quiet, "
        "and he liked it. Thornbury was old, and he loved it. Mr. Grove walked in Thornbury, "
        "and he sang."
    )
    cast = CastRegistry(text, [])
    assert cast.resolve_pronoun(len(text) - 5, "m") == "Mr. Grove"


def test_said_the_other_is_the_partner_of_the_previous_speaker() -> None:
    text = (
        "Mr. Grove and Mr. Tarn stood at the gate; he was cold.\n\n"
        '"It will rain," said Mr. Tarn.\n\n'
        '"It will not," said Mr. Grove.\n\n'
        '"It will," said Mr. Tarn.\n\n'
        '"Never," said the other.\n'
    )
    quote = attribute_quotes(text, _ON)[-1]
    assert quote.speaker is not None
    assert quote.speaker.text == "the other"
    assert quote.speaker.name == "Mr. Grove"


def test_a_title_alone_is_the_character_last_called_so() -> None:
    text = (
        "Mademoiselle Roux played the piano. Mademoiselle Roux was old, and she played well.\n\n"
        '"Again," said Mademoiselle.\n'
    )
    assert _speakers(text) == ["Mademoiselle Roux"]


def test_a_cue_pronoun_follows_the_alternation_when_its_gender_fits() -> None:
    text = (
        "Mr. Tarn and Mr. Grove met at the inn.\n\n"
        '"Rain," said Mr. Tarn.\n\n'
        '"Sun," said Mr. Grove, and Mr. Dunn laughed.\n\n'
        '"Rain," he said.\n'
    )
    assert _speakers(text) == ["Mr. Tarn", "Mr. Grove", "Mr. Tarn"]


def test_resolve_names_off_keeps_mentions_in_dialogue() -> None:
    # Config(resolve_names=False) must hold in dialogue mode too: the speaker's
    # name is the mention as written, not the cast name.
    from quoteattr import Attributor, Config

    text = (
        "Mr. Tom Hollis came in. Clara Vance looked up.\n\n"
        '"You are late," said Hollis.\n\n'
        '"I was kept," said Clara.'
    )
    on = Attributor(Config(dialogue="on")).attribute(text)
    off = Attributor(Config(dialogue="on", resolve_names=False)).attribute(text)
    assert [q.speaker.name for q in on if q.speaker] == ["Mr. Tom Hollis", "Clara Vance"]
    assert [q.speaker.name for q in off if q.speaker] == ["Hollis", "Clara"]


# -- the last-named person ----------------------------------------------------------


def test_recent_person_skips_the_excluded_speaker_named_again_and_again() -> None:
    text = "Mr. Pell came in. " + "Mrs. Ruddle nodded. " * 3 + "Mrs. Ruddle sat. " * 40 + "Then it rained."
    cast = CastRegistry(text, [])
    end = len(text)
    assert cast.recent_person(end, frozenset()) == "Mrs. Ruddle"
    # Excluding her reaches back, past all her mentions, to the man named before.
    assert cast.recent_person(end, frozenset(), frozenset({"Mrs. Ruddle"})) == "Mr. Pell"
    # Reach is bounded: from far enough away nobody is found.
    far = text + " " * 7000
    assert cast.recent_person(len(far), frozenset()) is None


def test_recent_person_passes_over_names_that_are_not_people() -> None:
    text = "Mr. Pell came in. They crossed Ashby Bridge and Ashby Bridge and Ashby Bridge. Later."
    cast = CastRegistry(text, [])
    assert cast.recent_person(len(text), frozenset()) == "Mr. Pell"
    # A name counts as a person when it is known to speak, even without a gender.
    assert cast.recent_person(len(text), frozenset({"Ashby Bridge"})) == "Ashby Bridge"


def test_word_counts_do_not_depend_on_the_chunks_they_are_read_in() -> None:
    words = ["Tom", "ran", "home", "and", "Ann", "followed", "Tom"]
    text = " ".join(words[i % len(words)] for i in range(40_000))
    counts = count_words(text)
    assert counts["Tom"] == sum(1 for i in range(40_000) if words[i % len(words)] == "Tom")
    assert sum(counts.values()) == 40_000


def test_a_speaker_called_by_a_description_is_the_runs_other_participant() -> None:
    # "the gardener" is never named; the untagged answers to Mr. Tarn are his,
    # not the last speaker named before the run (no mode switch needed).
    text = (
        '"Back by noon," said Tom Hale, and he drove off to town with the cart.\n\n'
        "Mr. Tarn sat alone at his desk until the gardener came in.\n\n"
        '"Is the gate mended?" asked Mr. Tarn.\n\n'
        '"Not yet, sir," said the gardener.\n\n'
        '"Why not?" said Mr. Tarn.\n\n'
        '"The wood is wet, sir."\n\n'
        '"Then wait for the sun," said Mr. Tarn.\n\n'
        '"I will, sir."\n'
    )
    quotes = attribute_quotes(text)
    speakers = [q.speaker.name if q.speaker else None for q in quotes]
    assert speakers[4] == "the gardener"
    assert [q.rule for q in quotes][4] == "TURN_TAKING"



_FILLER = "The rain went on over the hills, and the river rose in the valley below the farm.\n\n" * 14


def test_one_exchange_leaves_a_far_run_to_continuation() -> None:
    # A single exchange does not make a report dialogue: far from it, a
    # paragraph that opens with a quote still continues the last speaker.
    text = (
        '"Where?" said Ann Lee.\n\n"Home," said Tom Hale.\n\n' + _FILLER
        + '"The bridge is down," said Ann Lee, the county engineer.\n\n'
        + '"It will take a year to rebuild."\n'
    )
    quotes = attribute_quotes(text)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Ann Lee"
    assert quotes[-1].rule == "CONTINUATION"


def test_a_conversation_goes_on_across_a_paragraph_of_narration() -> None:
    # Narration that names no one parts two runs: the answer in the second run
    # goes to the other participant of the first, not to nobody.
    text = (
        '"Who are you?" said Ann Lee.\n\n"A traveller," said the stranger.\n\n"From where?"\n\n"The north."\n\n'
        "The fire crackled and the wind shook the shutters.\n\n"
        '"Why have you come?" said Ann Lee.\n\n"To rest."\n'
    )
    last = attribute_quotes(text)[-1]
    assert last.speaker is not None and last.speaker.name == "the stranger"
    assert last.rule == "TURN_TAKING"


def test_a_conversation_far_back_does_not_go_on() -> None:
    # Many paragraphs of narration end the conversation: its people are not the new run's.
    text = (
        '"Who are you?" said Ann Lee.\n\n"A traveller," said the stranger.\n\n"From where?"\n\n"The north."\n\n'
        + "The fire crackled and the wind shook the shutters.\n\n" * 4
        + '"Why have you come?" said Ann Lee.\n\n"To rest."\n'
    )
    last = attribute_quotes(text)[-1]
    assert last.speaker is None or last.speaker.name != "the stranger"


@pytest.mark.parametrize(
    "narration",
    ["Below the line of trees was a mill.", "Having crossed the ford, the cart slowed.", "Across the valley, smoke rose from Harrow."],
)
def test_narration_names_no_speaker_with_a_word_no_quote_is_tagged_with(narration: str) -> None:
    # A capitalised word opening the narration (a preposition, a participle, a
    # place) is no speaker: the turns give the answer to the other participant.
    text = (
        '"Is it far?" said Ann Lee.\n\n"Not far," said Tom Hale.\n\n"How far?" said Ann Lee.\n\n'
        f'{narration} "Past the hill."\n'
    )
    last = attribute_quotes(text)[-1]
    assert last.speaker is not None and last.speaker.name == "Tom Hale"
    assert last.rule == "TURN_TAKING"



def test_the_rest_of_a_turn_goes_with_its_bound_quote() -> None:
    # The quote resumed after a comma opens no sentence, so no narration rule
    # binds it; it is the rest of the turn whose first quote the narration bound.
    text = (
        '"Is it far?" said Ann Lee.\n\n"Not far," said Tom Hale.\n\n"How far?" said Ann Lee.\n\n'
        '"Past the hill and then" he glanced up at the sky, "the long road by the river."\n'
    )
    quotes = attribute_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in quotes[-2:]] == ["Tom Hale", "Tom Hale"]
    assert quotes[-1].rule == "TURN_TAKING"


def test_cast_drops_a_common_word_capitalised_only_at_sentence_starts() -> None:
    # "Shame" opens three sentences and is written in lowercase once: it is
    # capitalised more often than not, yet never in mid-sentence, as a name is.
    text = (
        "Shame kept her quiet. Shame made her blush. Shame is a poor guest. She felt no shame later. "
        "Then she saw Bram Tull, and Bram smiled."
    )
    cast = CastRegistry(text, [])
    assert cast.canonical("Shame") is None
    assert cast.is_common_word("Shame")
    assert not cast.is_common_word("Bram")


def test_a_pronoun_contraction_is_no_name_word() -> None:
    # "I’m" is capitalised wherever it stands, mid-sentence too, and never in
    # lowercase, as a name is; but it is a pronoun and its clitic.
    text = (
        "Orla Fenwick shrugged. “They call me odd, and I’m odd, I’m Welsh, I’m slow,” Orla said. "
        "Tobias Hale laughed. “I’ll row,” Tobias said, and I’ll hear of it."
    )
    cast = CastRegistry(text, [])
    assert not cast.is_name_word("I’m")
    assert not cast.is_name_word("I’ll")
    assert cast.is_name_word("Orla")


def test_a_sentence_opening_common_word_is_no_speaker() -> None:
    # "Shame said nothing": the tag's subject is a common word the text writes
    # in lowercase and never capitalises mid-sentence, so it names nobody and
    # the turn goes to the conversation (the other person of the exchange).
    text = (
        "Wenna Pole stood at the gate with Ivo Marsh, and she felt no shame at all. "
        "Shame was for other people. Shame was for liars.\n\n"
        '"Where were you?" asked Ivo Marsh.\n\n"Out," said Wenna Pole.\n\n'
        '"You were at the fair," Shame said nothing to her; she only laughed.'
    )
    assert _speakers(text) == ["Ivo Marsh", "Wenna Pole", "Ivo Marsh"]


def test_mid_sentence_capitals_are_read_across_blanks_and_one_line_break() -> None:
    # The cast's "written mid-sentence" test: a capitalised word after a
    # lowercase one, across spaces, tabs and one line break of any style
    # (the blank runs are possessive, so a long run is read once).
    text = "she met\r\n  Ivo and,\rAnn and; \tEve.\n\nMax" + " " * 50 + "ran"
    assert cast_module._MID_SENTENCE_CAPITAL_RE.findall(text) == ["Ivo", "Ann", "Eve"]


def test_a_guessed_turn_takes_the_name_its_side_is_addressed_by() -> None:
    # The turns beside the odd ones address Tobias, so that side is his: its
    # last turn, filled from narration on its own, is not left to a guess.
    body = [
        '"Is the wheel turning?" asked Orla.',
        '"Not today."',
        '"Why not?"',
        '"The stream is low."',
        '"Then we wait, Tobias."',
        '"Wait for what?"',
        '"For rain."',
        '"Will it come soon, Mr. Kowal?"',
        '"Soon."',
    ]
    text = (
        "Orla Fenwick and Tobias Hale walked to the mill at Lund. Tobias was tired, and Orla was cold. "
        "Mr. Kowal stood at the door, and Mr. Kowal watched them.\n\n" + "\n\n".join(body) + "\n"
    )
    names = _speakers(text)
    assert names[1::2][:3] == ["Tobias"] * 3
    assert names[7] == "Tobias"
    assert _rules(text)[7] == "TURN_TAKING"
