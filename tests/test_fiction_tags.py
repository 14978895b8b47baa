"""Tagged quotes in fiction: the tag's own mention is the speaker (issue 17).

Every passage is invented for this file.  Each row gives a passage, the
quote to look at (by its text) and the text of the mention it must be bound
to (``None``: the quote must have no speaker).  The mention, not the
resolved name, is what a tag decides: ``"...," she said`` binds ``she``.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

from quoteattr import attribute_quotes


def _mention_of(text: str, quote: str) -> str | None:
    """The speaker mention text of the one quote of *text* whose text is *quote*."""
    speaker = the_quote(text, quote).speaker
    return speaker.text if speaker is not None else None


# -- sounds and gestures used as nouns are no cues -------------------------------

NOUN_SOUNDS = [
    pytest.param('"Well, Ann," he said, with a short cough, "I was wrong."', "I was wrong.", "he",
                 id="with-a-laugh-after-the-tag"),
    pytest.param('"Not yet," Ruth Bell answered, with a little sigh. "Soon."', "Soon.", "Ruth Bell",
                 id="with-a-sigh-before-the-next-sentence"),
    pytest.param('Tom Reed turned round and said, in a hoarse whisper: "Run."', "Run.", "Tom Reed",
                 id="in-a-whisper-before-a-colon"),
    pytest.param('"Look," cried Mr. Oakes, with a loud shout, "the boat!"', "the boat!", "Mr. Oakes",
                 id="with-a-shout-between-halves"),
    # The verb after its subject is still a cue, whatever word follows it.
    pytest.param('"No," they whisper to each other.', "No,", "they", id="whisper-verb-then-to"),
    pytest.param('"Never," they reply to him.', "Never,", "they", id="reply-verb-then-to"),
    pytest.param('"Hush," Ivy Lark whispered.', "Hush,", "Ivy Lark", id="whispered-past-form"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), NOUN_SOUNDS)
def test_sound_nouns_are_no_cues(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


# -- the second half of a split quote takes the tag between the halves ------------

SPLIT = [
    pytest.param('"Not yet," Ann Lee said, as Tom laughed, "but soon."', "but soon.", "Ann Lee", id="as-clause-after-tag"),
    pytest.param('"You work too hard," Ruth Vance added, as if Hal had challenged her, "and you know it."', "and you know it.",
                 "Ruth Vance", id="as-if-clause-with-a-cue"),
    pytest.param('"Good," said Mrs. Dane, in a tone of calm praise, such as made Ann smile; "very good."', "very good.",
                 "Mrs. Dane", id="long-adjunct-ending-in-semicolon"),
    pytest.param('"I had no idea," said Mr. Orme, looking back once more to say it, "that I talked so much!"',
                 "that I talked so much!", "Mr. Orme", id="to-say-it-names-nobody"),
    # A second speaker in the words between the halves: the tag is not theirs.
    pytest.param('"Not yet," Ann Lee said, and Tom Reed replied, "but soon."', "but soon.", "Tom Reed",
                 id="coordinated-second-speaker"),
    pytest.param('"It was bad," said Ida Moss, while Tom Reed said, "It was fine."', "It was fine.", "Tom Reed",
                 id="second-verb-of-saying"),
    pytest.param('"It was odd," Ida Moss said; and her sister answered: "Not at all."', "Not at all.", "her sister",
                 id="semicolon-opens-a-new-clause"),
    pytest.param('"Oh," Ida Moss murmured, while the old man, smiling, replied: "Soon."', "Soon.", "the old man",
                 id="colon-introduces-a-new-speech"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), SPLIT)
def test_split_quote_second_half(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


def test_a_phrase_quoted_after_a_tag_is_no_second_half() -> None:
    # News: the quote after 'who said ...' sits in the narration, not after a comma.
    text = '"It is a fraud," said Hal Webb, who said he had "serious doubts" about it.'
    rules = {q.text: q.rule for q in attribute_quotes(text)}
    assert rules["serious doubts"] != "SPLIT_QUOTE_TAG"


# -- a tag with any verb may end on a particle ------------------------------------

PARTICLES = [
    pytest.param('"Well," Ivo Marsh summed up slowly, "that is all."', "Well,", "Ivo Marsh", id="summed-up"),
    pytest.param('"Well," Ivo Marsh summed up slowly, "that is all."', "that is all.", "Ivo Marsh", id="summed-up-second-half"),
    pytest.param('"I only meant," she broke off, and looked away.', "I only meant,", "she", id="broke-off"),
    pytest.param('"Go on," blurted out Tom Reed.', "Go on,", "Tom Reed", id="particle-before-the-subject"),
    pytest.param('"I believe, sir," quoth Mrs. Vale, "you rang."', "you rang.", "Mrs. Vale", id="quoth-archaic-verb"),
    # A particle that a noun phrase follows is no part of a tag.
    pytest.param('"Rivers," picked up by Ann Fell, sold well.', "Rivers,", None, id="participle-phrase-is-no-tag"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), PARTICLES)
def test_tag_particles(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


# -- coordinated predicates: the subject of the nearest clause speaks ------------------

COORDINATED = [
    pytest.param('I thanked the porter and he raised his hat and said: "Safe home, sir."', "Safe home, sir.", "he",
                 id="pronoun-of-the-last-clause"),
    pytest.param('"Who was it?" he asked, frowning; and she turned to him, and answered: "Nobody."', "Nobody.", "she",
                 id="pronoun-after-semicolon-and"),
    pytest.param('Tom Webb looked at the fire, and Ann Lake rose and said, "Come."', "Come.", "Ann Lake",
                 id="name-after-comma-and"),
    pytest.param('Mrs. Roe put down her cup and said, "No."', "No.", "Mrs. Roe", id="one-clause"),
    # Not a clause of its own: an appositive, a compound subject, a place.
    pytest.param('Her husband, Bill Roe, sat down and said, "Fine."', "Fine.", "Her husband", id="appositive-name"),
    pytest.param('Ann Lake walked into the kitchen where she and Ida Vance were working, and said, "I am here."',
                 "I am here.", "Ann Lake", id="compound-subject"),
    pytest.param('The mayor visited Laredo, Texas and explained that "the wall" would rise.', "the wall", "The mayor",
                 id="place-after-comma"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), COORDINATED)
def test_coordinated_predicates(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


# -- "who" after a name or a person's description and a comma speaks as it -----------

RELATIVE = [
    pytest.param('This comforted Ann Lee, who remarked with sincerity, "We are safe."', "We are safe.", "Ann Lee",
                 id="who-remarked"),
    pytest.param('He turned to Mr. Tom Gorman, who answered "Yes."', "Yes.", "Tom Gorman", id="who-answered-no-comma"),
    pytest.param('It was Mary Vance, who, on seeing the date, exclaimed, "Dear me!"', "Dear me!", "Mary Vance",
                 id="who-with-an-adverbial"),
    # No name before the comma: "who" names nobody.
    pytest.param('The man who said "never" left.', "never", "who", id="who-without-a-name"),
    # A description of a person before the comma speaks as a name does.
    pytest.param('Ann Lee waved to the old doctor, who called out, "Not today!"', "Not today!", "the old doctor",
                 id="who-after-a-person-description"),
]


@pytest.mark.parametrize(("text", "quote", "name"), RELATIVE)
def test_relative_pronoun_takes_the_name_before_it(text: str, quote: str, name: str) -> None:
    speaker = the_quote(text, quote).speaker
    assert speaker is not None
    # The mention stays the word "who"; the name is its antecedent's.
    assert (speaker.text, speaker.name) == ("who", name)


@pytest.mark.parametrize("text", [
    'Ann Lee read the long report, which said, "Closed."',
    'Ann Lee walked down to the weir, who said, "Closed."',
])
def test_a_things_description_is_no_antecedent_of_who(text: str) -> None:
    # A description whose noun names no person (a report, a weir) is no antecedent of the relative pronoun.
    speaker = the_quote(text, "Closed.").speaker
    assert speaker is None or "the" not in speaker.name.split()


# -- "said the old man" answering the turn tagged with the name it would get ---------------

_YARD = "Mr. Tom Hale came into the yard. Mr. Tom Hale looked at the old cart by the gate.\n\n"
_ANSWER = '"Mine, sir," said the old man, taking up the reins.\n\n"Then move it," said Mr. Tom Hale.\n'
_TWO = "Mr. Tom Hale and Miss Ann Hale came into the yard.\n\n" + '"Good day," said Mr. Tom Hale.\n\n'

ANSWERING_DESCRIPTION = [
    # The turn before is tagged "Mr. Tom Hale": the man who answers is someone else.
    pytest.param(_YARD + '"Whose cart is this?" said Mr. Tom Hale.\n\n' + _ANSWER, "Mine, sir,", "the old man",
                 id="description-answering-its-named-candidate"),
    # Must not fire: the turn before is a pronoun, so nothing says who spoke it.
    pytest.param(_YARD + '"Whose cart is this?" he asked.\n\n' + _ANSWER, "Mine, sir,", "Mr. Tom Hale",
                 id="description-after-a-pronoun-turn"),
    # Must not fire: the turn before is someone else's, named.
    pytest.param(_TWO + '"Whose cart is this?" said Miss Ann Hale.\n\n"Mine," said the old man.\n', "Mine,", "Mr. Tom Hale",
                 id="description-answering-another-name"),
    # Must not fire: the named turn is two paragraphs back, with narration between.
    pytest.param(_YARD + '"Whose cart is this?" said Mr. Tom Hale.\n\nNobody moved for a while.\n\n' + _ANSWER,
                 "Mine, sir,", "Mr. Tom Hale", id="description-after-narration"),
]


@pytest.mark.parametrize(("text", "quote", "name"), ANSWERING_DESCRIPTION)
def test_description_answering_a_named_turn_is_not_that_name(text: str, quote: str, name: str) -> None:
    speaker = the_quote(text, quote).speaker
    assert speaker is not None
    assert (speaker.text, speaker.name) == ("the old man", name)


# -- "said the man" alone, answering a turn: someone the text has not named ---------

_QUAY = (
    "Tobias Tesk and Mrs. Orla Fenwick waited on the quay at Lund.\n\n"
    '"Cold tonight," said Tobias Tesk.\n\n"Bitter," said Mrs. Orla Fenwick.\n\n'
    "Tobias Tesk walked off along the quay to look for the harbour master.\n\n"
)
_ASKED = '"Is that the ferry?" asked Mrs. Orla Fenwick.\n\n'
_GONE = _QUAY.replace("Tobias Tesk walked", "Mrs. Orla Fenwick walked") + '"Is that the ferry?" asked Tobias Tesk.\n\n'
_ROPE = '"Two for the island?" said {}, and threw a rope up onto the steps.'

PLAIN_PERSON_NOUNS = [
    # A bare "the man" answering a turn is a newcomer (the boatman), not the man last named.
    pytest.param(_QUAY + _ASKED, "the man", "the man", id="the-man-alone"),
    pytest.param(_QUAY + _ASKED, "the gentleman", "the gentleman", id="the-gentleman-alone"),
    # Must not change: with a word of its own the noun is a character's epithet, read by gender.
    pytest.param(_QUAY + _ASKED, "the old man", "Tobias Tesk", id="the-old-man-by-gender"),
    # Must not change: after narration, not answering a turn, the cast's reading stands
    # (a news report's "the man" after the person it just named).
    pytest.param(_QUAY + _ASKED + "The boat knocked against the steps.\n\n", "the man", "Tobias Tesk",
                 id="the-man-after-narration"),
    # Must not change: the answer opens with narration, so it answers no turn.
    pytest.param(_QUAY + _ASKED + "The swell slapped at the steps. ", "the man", "Tobias Tesk",
                 id="the-man-in-a-paragraph-opening-with-narration"),
    # The woman last named has gone off: a bare "the lady" answering a turn is a newcomer too.
    pytest.param(_GONE, "the lady", "the lady", id="the-lady-alone"),
    pytest.param(_GONE, "the woman", "the woman", id="the-woman-alone"),
]


@pytest.mark.parametrize(("text", "tag", "name"), PLAIN_PERSON_NOUNS)
def test_a_plain_person_noun_alone_is_not_named_by_gender(text: str, tag: str, name: str) -> None:
    speaker = the_quote(text + _ROPE.format(tag), "Two for the island?").speaker
    assert speaker is not None
    assert (speaker.text, speaker.name) == (tag, name)


# -- ... unless the man or woman it would name has a turn in the unbroken run ---------

_SHED = (
    "Tobias Tesk and Mrs. Orla Fenwick sorted apples in the shed at Kowal.\n\n"
    '"These ones are bruised," said Tobias Tesk.\n\n"Put them in the cider pile," said Mrs. Orla Fenwick.\n\n'
)
_MILL = (
    "Tobias Tesk unbolted the mill door at Kowal. Mrs. Orla Fenwick stood outside.\n\n"
    '"Is the miller in?" said Mrs. Orla Fenwick.\n\n"He is out," said the gentleman, and held the door.\n\n'
    '"Then I will wait," said the lady.'
)

IN_THE_RUN = [
    # Both spoke in this run of quotes with no narration between: the man is Tesk.
    pytest.param(_SHED + '"How many baskets left?" asked Mrs. Orla Fenwick.\n\n"Three, maybe four," said the man.',
                 "Three, maybe four,", "Tobias Tesk", id="the-man-who-spoke-in-the-run"),
    pytest.param(_MILL, "Then I will wait,", "Mrs. Orla Fenwick", id="the-lady-who-spoke-in-the-run"),
]


@pytest.mark.parametrize(("text", "quote", "name"), IN_THE_RUN)
def test_a_plain_person_noun_is_named_by_gender_when_that_person_spoke_in_the_run(text: str, quote: str, name: str) -> None:
    speaker = the_quote(text, quote).speaker
    assert speaker is not None
    assert speaker.name == name


# -- a tag by its shape: an adverb between the name and an unlisted verb ------------

ADVERB_TAGS = [
    pytest.param('"I will come," Ann Lee brightly agreed.', "I will come,", "Ann Lee", id="name-adverb-verb"),
    pytest.param('"Not yet," Tom slowly pursued, "not yet."', "Not yet,", "Tom", id="first-name-adverb-verb-split"),
    pytest.param('"I will come," she slowly agreed.', "I will come,", "she", id="pronoun-adverb-verb"),
    pytest.param('"I will come," Ann Lee returned quietly.', "I will come,", "Ann Lee", id="name-verb-adverb"),
    pytest.param('"I will come," Emily agreed.', "I will come,", "Emily", id="a-name-ending-like-an-adverb"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), ADVERB_TAGS)
def test_a_tag_with_an_adverb_before_its_verb(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


# -- a tag with an unlisted verb: after ! or ?, and with a description ----------------

UNLISTED_VERB_TAGS = [
    # After "?" or "!" a name or a lowercase he/she and a past verb closed at once is a tag.
    pytest.param('"Why not wait?" Nell Price persisted.', "Why not wait?", "Nell Price", id="question-name-persisted"),
    pytest.param('"Must we go now?" she faltered, "so soon?"', "Must we go now?", "she", id="question-pronoun-faltered"),
    pytest.param('"Stop!" Owen Hart remonstrated.', "Stop!", "Owen Hart", id="exclamation-name-remonstrated"),
    # ... but narration goes on after the verb, or opens with a capital pronoun.
    pytest.param('"Why not wait?" Nell Price looked down.', "Why not wait?", None, id="question-then-narration"),
    pytest.param('"Why not wait?" She turned.', "Why not wait?", None, id="question-then-capital-pronoun"),
    # Verb first, the subject may be a description of a person.
    pytest.param('"I think so," returned her brother.', "I think so,", "her brother", id="returned-her-brother"),
    pytest.param('"Not today," pursued the old woman, "nor tomorrow."', "nor tomorrow.", "the old woman",
                 id="pursued-the-old-woman-split"),
    pytest.param('"Very well," crossed the street.', "Very well,", None, id="verb-with-an-object-is-no-tag"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), UNLISTED_VERB_TAGS)
def test_a_tag_with_an_unlisted_verb(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


# -- an adverb after an inverted subject is no part of it ------------------------------

TRAILING_ADVERBS = [
    pytest.param('"Come in," said the old man gently.', "Come in,", "the old man", id="adverb-then-stop"),
    pytest.param('"Come in," said the porter very politely, "and sit."', "and sit.", "the porter", id="very-adverb"),
    pytest.param('"Come in," said her aunt sharply to the boy.', "Come in,", "her aunt", id="adverb-then-preposition"),
    # A noun in -ly stays: after a possessive, or before a noun, it is no adverb.
    pytest.param('"We are grateful," said the victim\'s family.', "We are grateful,", "the victim's family",
                 id="possessive-then-family"),
    pytest.param('"Come in," said the other friendly man.', "Come in,", "the other friendly man", id="adjective-before-noun"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), TRAILING_ADVERBS)
def test_an_adverb_after_an_inverted_subject(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention


# -- "was her answer": the possessor speaks, adjectives and a person's possessive allowed ----

ANSWER_TAGS = [
    pytest.param('"It is late," was Nell Price\'s answer.', "It is late,", "Nell Price", id="name-answer"),
    pytest.param('"It is late," was his gloomy reply.', "It is late,", "his", id="adjective-before-reply"),
    pytest.param('"It is late," was her next remark.', "It is late,", "her", id="next-remark"),
    pytest.param('"It is late," was her husband\'s answer.', "It is late,", "her husband", id="a-persons-answer"),
    pytest.param('"Well met," was Owen Hart\'s cautious salutation.', "Well met,", "Owen Hart", id="salutation"),
    # Not a person's: the day, or no possessor at all.
    pytest.param('"It is late," was the day\'s answer.', "It is late,", None, id="no-person-possessor"),
    pytest.param('"It is late," was the reply.', "It is late,", None, id="no-possessor"),
]


@pytest.mark.parametrize(("text", "quote", "mention"), ANSWER_TAGS)
def test_an_answer_names_its_possessor(text: str, quote: str, mention: str | None) -> None:
    assert _mention_of(text, quote) == mention
