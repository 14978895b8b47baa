"""Naming the speakers of fiction: who a pronoun tag and an unnamed turn are (issue 17).

Every passage is invented for this file.  Each row gives a passage, the
quote to look at (by its text) and the speaker name it must get.
"""

from __future__ import annotations

import pytest
from quoted import the_quote

# "his sister": the only man known as one is Mr. Vetch, the boy Wilf has no
# known gender, and no woman is named; the sister is not the boy "his" means.
_SISTER = (
    "Mr. Vetch walked along the pier. He stopped beside a bench where a young woman sat with a small boy.\n\n"
    '"Where did you find that kite?" asked Mr. Vetch.\n\n"At the fair," answered Wilf.\n\n'
    '"It will blow away," said his sister.\n'
)

# "her husband" of Mrs. Fenwick is Mr. Fenwick, whatever the turns say (they
# would give the turn to Robin, of unknown gender).
_HUSBAND = (
    "Mrs. Fenwick sat by the window with Robin. Mr. Fenwick was out in the garden.\n\n"
    '"Shall we walk to the mill?" asked Robin.\n\n"It looks like rain," said Mrs. Fenwick.\n\n'
    '"Nonsense," said her husband, coming in with a basket.\n'
)

# Mary is named last in narration, and the tag's own quote addresses her:
# "she" is the other woman.
_ADDRESSED = (
    "Ann Vale came to the house at noon, and she brought tea. Mary was at the window. "
    "Mary was cold, and she said so. Mary Lisle had waited all day.\n\n"
    '"It is cold," said Mary Lisle.\n\n"It is," said Ann Vale.\n\n'
    "Ann Vale set the tray down. Mary Lisle looked up from her book.\n\n"
    '"Will you take some, Mary?" she asked.\n\n"Gladly."'
)

# The turns would give the "he" to the man two turns back, but its own quote
# calls that man by name: the man named last in narration speaks.
_NAMES_THE_TURN_BEFORE = (
    "Mr. Piet Kowal came in from the sleet, and he sat down by the stove.\n\n"
    '"A raw evening," said Mr. Kowal.\n\n'
    "Mr. Tobias Hale and Mrs. Orla Fenwick sat at the long table.\n\n"
    '"Sleet again," said Tobias Hale.\n\n"Frost by morning," said Orla Fenwick. Piet Kowal nodded.\n\n'
    '"Not sleet again, Tobias," he said.\n\n"It will pass."'
)

# The untagged turn beside Tom Reed's is the person last named in narration:
# the subject of that sentence, not its object.
_SUBJECT = (
    '"Good day," said Hal Dunn.\n\n"Mind the bank," said Mr. Cobb.\n\n'
    "They walked down to the river in the rain. Hal Dunn thanked Mr. Cobb.\n\n"
    '"Is it deep here?"\n\n"Deep enough," said Tom Reed.\n\n"Then we stop."\n\nThe rain went on.'
)

# Osgood Gale is the man last named, but the turn before addresses Tom: "he"
# answers it.
_ANSWERS_ADDRESSEE = (
    "Tom Reed and Osgood Gale walked up from the harbour. Tom was tired, and he said so. Tom Reed sat down, and he yawned. "
    "Tom Reed rubbed his eyes, and he smiled. Osgood was cold, and he said so too. Osgood Gale stopped at the gate, and he waited.\n\n"
    '"Is it far now?" asked Tom Reed.\n\n"Not far," said Osgood Gale.\n\n"Good."\n\n"Are you coming in, Tom?"\n\n'
    '"No," he said. "Not yet."\n\n"Then good night."'
)

# "He looked ... at Tom Reed": Tom is the object of a sentence whose own
# pronoun subject is someone else, so "he" is the man named before him.
_PRONOUN_SUBJECT = (
    '"A cold night," said Osgood Gale.\n\n'
    "Tom Reed and Osgood Gale sat by the fire. Tom was tired, and he said so. Tom Reed sat down, and he yawned. "
    "Osgood was cold, and he said so too. Osgood Gale stood up, and he walked about the room. "
    "He looked across it at Tom Reed for a while.\n\n"
    '"You look tired," he said at last.\n\n"I am," said Tom Reed.\n\n"Then go to bed."\n\n"Not yet."'
)

# "he said" after Tom Reed's own tag: the other man named in narration does not
# speak in this run, so Tom goes on speaking.
_GOES_ON = (
    '"Come in," said Hal Dunn.\n\n'
    "Hal Dunn stood at the door, and he watched the rain. Tom Reed sat at the table, and he sighed. "
    "Mrs. Vale sat by him, and she sewed.\n\n"
    '"I wish I were home," said Tom Reed.\n\n"It is not fair," he said. "Not fair at all."\n\n'
    '"Hush," said Mrs. Vale.\n\n"I will not."'
)

# "his companion" is not the man "his" means: the other person last named.
_POSSESSED = (
    "Tom Reed walked in the lane, and he was cold. Mrs. Ivy Dane walked with him, and she was not.\n\n"
    '"It will rain," said Tom Reed.\n\n"Soon?"\n\n"Very soon."\n\n'
    "They came to the stile.\n\n"
    '"Not before night," said his companion.\n\n"We shall see."'
)

# Mr. Hollis is written so three times, and Hollis alone more often: the titled
# form is his name.  Ida Rowe has a full name, which wins over any other form.
_SURNAME = (
    "Mr. Hollis came in at noon. Mr. Hollis sat down. Mr. Hollis waited. Hollis was tired; Hollis was cold. "
    "Hollis rang the bell, and Hollis rang it again. Ida Rowe came, and Ida Rowe nodded. Ida Rowe looked at him. "
    "Miss Rowe sat. Miss Rowe smiled. Miss Rowe waited. Rowe rose. Rowe spoke. Rowe sang. Rowe left.\n\n"
    '"You are late," said Hollis.\n\n"I know it," said Rowe.'
)

# Harwick is read "in Harwick", "at Harwick", "to Harwick": a town, though it
# ends a list in a quote as a name addressed would ("..., Harwick.").
_TOWN = (
    "Osgood Gale grew up in Harwick. The mill at Harwick was his father's, and half of Harwick worked in it. "
    "Osgood left Harwick at twenty, and he never went back to Harwick. Ann Vale met him in the city.\n\n"
    '"Where have you lived?" asked Ann Vale.\n\n"Oh, everywhere. Carrowby, Fenmouth, Harwick."\n\n'
    '"And which did you like best?"\n\n"None of them," said Osgood Gale.\n\n"Not even the first?"\n\n"Least of all."'
)

# "a Norwegian", "the Norwegian": a word that takes an article is a kind of
# person, not a name, and "No, Norwegian." addresses nobody.
_KIND = (
    "Ann Vale sat beside a Norwegian on the boat. The Norwegian spoke little, as a Norwegian will. "
    "Norwegian coffee came in tin cups. Ann Vale liked Norwegian bread better, and Norwegian fish best.\n\n"
    '"Are you Swedish?" asked Ann Vale.\n\n"No, Norwegian."\n\n"I am sorry."\n\n"It does not matter," said Ivo Berg.\n\n'
    '"Where are you going?"\n\n"Home."'
)

# "the girl" is not Mrs. Orme, the woman last named: a child's noun never names
# someone called by an adult's title; the girl is the other woman who speaks.
_GIRL = (
    '"I am back," said Nell Orme.\n\n'
    "Nell Orme hung her wet coat by the door, and she shivered. Mrs. Orme sat by the fire, and she did not look up.\n\n"
    '"You are late again," said Mrs. Orme.\n\n"The boat was slow."\n\n"Then take the road next time."\n\n'
    "The kettle sang. Mrs. Orme poured the tea.\n\n"
    '"I will," said the girl.\n'
)

# The girl here is the one who holds the title: a child's noun may name a Lady.
_LADY_CHILD = (
    '"I am back," said Lady Elspet.\n\n'
    "Lady Elspet was only nine, and she ran in from the stables in her muddy boots. Mrs. Pell, the cook, stood at the "
    "table.\n\n"
    '"You are late again," said Mrs. Pell.\n\n"My pony threw a shoe."\n\n"Then wash your hands."\n\n'
    "The bread was cooling. Mrs. Pell cut a slice.\n\n"
    '"I will," said the girl.\n'
)

# The alternation would give the girl's turn to Mrs. Orme: the turns never
# rename a child's noun to someone called by an adult's title.
_GIRL_TURNS = (
    "Nell Orme came in from the yard, and she sat down. Mrs. Orme stood at the stove, and she stirred the pot.\n\n"
    '"Supper is late," said Mrs. Orme.\n\n"I can wait," said Nell Orme.\n\n"Good."\n\n"Is it soup?"\n\n'
    '"It is," said the girl.\n'
)

# "the old boy" is a grown man's familiar name, no child: it may be Mr. Quarles.
_OLD_BOY = (
    "Mr. Quarles filled his pipe by the hearth, and he sighed. Hal Dunn watched the rain.\n\n"
    '"The roof leaks again," said Hal Dunn.\n\n"Let it," said Mr. Quarles.\n\n'
    "Hal Dunn set a pan under the drip. Mr. Quarles lit his pipe at last.\n\n"
    '"Bring me a blanket, then," said the old boy.\n'
)

# "the Grand Vizier" is written after its article more often than not, as a
# place or a kind of people is, but a tag binds it: a title that stands for
# one character's name, which keeps its article.
_ARTICLE_TITLE = (
    "The Grand Vizier came into the hall at noon. Orla Fenwick rose to meet the Grand Vizier, and she bowed. "
    "Everyone at court feared the Grand Vizier, and Grand Vizier was what even his wife called him.\n\n"
    '"You are late, Grand Vizier," said Orla Fenwick.\n\n'
    '"The roads were bad," said the Grand Vizier.\n\n'
    '"Then sit and rest."\n\n'
    '"I will stand," said the Grand Vizier.\n\n'
    "Orla looked at the Grand Vizier for a long time.\n"
)

# A title word the cast drops from a name ("Countess") is kept as the tag writes it.
_ARTICLE_TITLE_WORD = (
    "The Dowager Countess kept to her rooms at Morrow Hall. Tobias Hale carried up the letters to the Dowager "
    "Countess each day, and Dowager Countess was all the servants ever called her. He set the tray beside the "
    'Dowager Countess.\n\n"You may go," said the Dowager Countess.\n\n"As you wish," said Tobias Hale.\n\n'
    '"And shut the door."\n'
)

# A name that only modifies the tag's noun ("the Grey Fen ferryman") is a
# place the cast reads after "the": the ferryman speaks, not the fen.
_PLACE_BEFORE_NOUN = (
    "Orla Fenwick crossed the Grey Fen at dawn. On the Grey Fen the reeds stood high. Grey Fen eels were sold at "
    'Lund.\n\n"Fare, please," said the Grey Fen ferryman.\n\n"Here," said Orla Fenwick.\n\n"Mind the step."\n'
)

# A name a place noun ends is a place even when a tag binds it.
_PLACE_NOUN_TAG = (
    "Tobias Hale rode up to Kessock City. In Kessock City the lamps were out. Kessock City bells rang at six.\n\n"
    '"Go home," said the Kessock City, in every shut door and dark window.\n\n"I am home," said Tobias Hale.\n\n'
    '"Not here."\n'
)

# News read as a conversation: an organisation of two words written after
# "the" in a tag speaks under its article, as on the news path, and the turns
# go on alternating from it (the untagged answer to the senator is its).
_BOARD = (
    "Senator Ivo Marsh spoke to reporters at the Water Board on Monday. Water Board staff in Kessock said the "
    "pumping plan was a year late. Senator Marsh said it would cost more.\n\n"
    '"The plan is on schedule," said the Water Board.\n\n"We cannot wait another winter," said Senator Marsh.\n\n'
    '"We disagree."\n'
)

# A clause of its own after the tag (past a semicolon or a dash) is no part
# of the pronoun's sentence: the name in it may be the pronoun's own.
_CLAUSE_AFTER = (
    '"The kettle is on," said Wren Talbot.\n\n"Good," said Orla Fenwick.\n\n'
    "Wren Talbot stood at the door, and Orla Fenwick unlatched it.\n\n"
    '"Sit down," she said; Orla liked to give orders.\n'
)

# Orla is the woman last named, but the tag's own sentence names her after
# "she": a name after a pronoun subject in one sentence is someone else.
_NAMED_AFTER = (
    '"You are up early," said Wren Talbot.\n\n"So are you," said Orla Fenwick.\n\n'
    "Wren Talbot came down the stair with a candle, and she set it on the sill. "
    "Orla Fenwick stood by the cold hearth, and she rubbed her hands.\n\n"
    '"Is the ferry in yet?" she asked, turning to Orla.\n\n"Not for an hour," said Orla Fenwick.\n'
)

# "she" after Orla's own tag would be moved past her to Wren, the other woman
# of the run; the tag's sentence names Wren after it, so Orla goes on.
_GOES_ON_NAMED_AFTER = (
    '"You are early," said Wren Talbot.\n\n"The tide was kind," said Orla Fenwick.\n\n'
    '"It is cold in here," said Wren Talbot.\n\n"The lamp has gone out again," said Orla Fenwick.\n\n'
    '"And I have no matches left," she said, turning to Wren.\n\n"Take mine."\n'
)

NAMING = [
    pytest.param(_ARTICLE_TITLE, "The roads were bad,", "the Grand Vizier", id="a-tag-name-written-after-the-speaks"),
    pytest.param(_ARTICLE_TITLE_WORD, "You may go,", "the Dowager Countess", id="a-tag-name-keeps-its-title-word"),
    pytest.param(_ARTICLE_TITLE_WORD, "And shut the door.", "the Dowager Countess", id="turns-keep-the-title-word"),
    pytest.param(_BOARD, "The plan is on schedule,", "the Water Board", id="news-an-organisation-after-the-speaks"),
    pytest.param(_BOARD, "We disagree.", "the Water Board", id="news-the-turns-alternate-from-an-organisation"),
    pytest.param(_CLAUSE_AFTER, "Sit down,", "Orla Fenwick", id="a-name-past-a-semicolon-may-be-the-pronoun"),
    pytest.param(_CLAUSE_AFTER.replace("; Orla", " \u2014 Orla"), "Sit down,", "Orla Fenwick",
                 id="a-name-past-a-dash-may-be-the-pronoun"),
    pytest.param(_ARTICLE_TITLE, "Then sit and rest.", "Orla Fenwick", id="turns-alternate-with-a-name-written-after-the"),
    pytest.param(_NAMED_AFTER, "Is the ferry in yet?", "Wren Talbot", id="pronoun-tag-is-not-named-after-it-in-its-sentence"),
    pytest.param(_NAMED_AFTER.replace(", turning to Orla.", ". Orla turned."), "Is the ferry in yet?", "Orla Fenwick",
                 id="a-name-in-the-next-sentence-may-be-the-pronoun"),
    pytest.param(_GOES_ON_NAMED_AFTER, "And I have no matches left,", "Orla Fenwick",
                 id="turns-do-not-move-a-pronoun-to-the-name-after-it"),
    pytest.param(_LADY_CHILD, "I will,", "Lady Elspet", id="the-girl-may-be-a-lady"),
    pytest.param(_OLD_BOY, "Bring me a blanket, then,", "Mr. Quarles", id="the-old-boy-may-be-a-mr"),
    pytest.param(_GIRL_TURNS, "It is,", "Nell Orme", id="the-turns-do-not-make-the-girl-a-mrs"),
    pytest.param(_GIRL, "I will,", "Nell Orme", id="the-girl-is-not-the-woman-with-an-adults-title"),
    pytest.param(_GIRL.replace("Mrs. Orme", "Miss Orme"), "I will,", "Miss Orme", id="the-girl-may-be-a-miss"),
    pytest.param(_TOWN, "And which did you like best?", "Ann Vale", id="a-town-addressed-in-a-list-is-no-speaker"),
    pytest.param(_TOWN, "Not even the first?", "Ann Vale", id="a-town-takes-no-turn"),
    pytest.param(_KIND, "I am sorry.", "Ann Vale", id="a-nationality-is-no-addressee"),
    pytest.param(_KIND, "Where are you going?", "Ann Vale", id="a-nationality-takes-no-turn"),
    pytest.param(_SURNAME, "You are late,", "Mr. Hollis", id="bare-surname-named-by-its-titled-form"),
    pytest.param(_SURNAME, "I know it,", "Ida Rowe", id="a-full-name-wins-over-the-titled-form"),
    pytest.param(_SURNAME.replace("Mr. Hollis came in at noon. Mr. Hollis sat down. ", ""), "You are late,", "Hollis",
                 id="a-titled-form-written-once-is-not-the-name"),
    pytest.param(_POSSESSED, "Not before night,", "Mrs. Ivy Dane", id="his-companion-is-the-other-person"),
    pytest.param(_POSSESSED.replace("Tom Reed walked", "Ann Reed walked").replace("he was cold", "she was cold")
                 .replace("said Tom Reed", "said Ann Reed").replace("his companion", "her companion"),
                 "Not before night,", "Mrs. Ivy Dane", id="her-companion-is-the-other-person"),
    pytest.param(_SISTER, "It will blow away,", "his sister", id="his-sister-is-not-a-speaker-of-unknown-gender"),
    pytest.param(_HUSBAND, "Nonsense,", "Mr. Fenwick", id="her-husband-by-family-name-is-not-renamed-by-the-turns"),
    pytest.param(_GOES_ON, "It is not fair,", "Tom Reed", id="he-after-his-own-tag-goes-on-when-no-other-man-speaks"),
    pytest.param(_GOES_ON, "I will not.", "Tom Reed", id="turns-alternate-with-the-one-who-went-on"),
    pytest.param(_GOES_ON.replace('"Hush," said Mrs. Vale.', '"Hush," said Hal Dunn.'), "It is not fair,", "Hal Dunn",
                 id="he-after-a-man-tag-is-the-other-man-who-speaks-in-the-run"),
    pytest.param(_PRONOUN_SUBJECT, "You look tired,", "Osgood Gale", id="he-is-not-the-object-of-his-own-sentence"),
    pytest.param(_PRONOUN_SUBJECT.replace("He looked across it at Tom Reed", "The lamp shone on Tom Reed"),
                 "You look tired,", "Tom Reed", id="an-object-with-no-pronoun-subject-stays-the-antecedent"),
    pytest.param(_ANSWERS_ADDRESSEE, "No,", "Tom Reed", id="pronoun-tag-answering-a-vocative-is-the-addressee"),
    pytest.param(_ANSWERS_ADDRESSEE, "Not yet.", "Tom Reed", id="the-addressee-speaks-on-in-the-same-paragraph"),
    pytest.param(_ANSWERS_ADDRESSEE, "Then good night.", "Osgood Gale", id="turns-alternate-after-the-answer"),
    pytest.param(_ADDRESSED, "Will you take some, Mary?", "Ann Vale", id="pronoun-tag-is-not-its-addressee"),
    pytest.param(_ADDRESSED.replace("Will you take some, Mary?", "Will you take some?"), "Will you take some?",
                 "Mary Lisle", id="pronoun-tag-without-vocative-is-the-last-subject"),
    pytest.param(_ADDRESSED.replace('"Will you take some, Mary?" she asked', '"Will you," she asked, "take some, Mary?"'),
                 "Will you,", "Ann Vale", id="vocative-in-the-other-half-of-a-split-quote"),
    pytest.param(_ADDRESSED, "Gladly.", "Mary Lisle", id="the-addressee-answers"),
    pytest.param(_NAMES_THE_TURN_BEFORE, "Not sleet again, Tobias,", "Mr. Piet Kowal",
                 id="turns-give-no-pronoun-to-a-name-its-own-quote-says"),
    pytest.param(_NAMES_THE_TURN_BEFORE.replace("Not sleet again, Tobias", "Not sleet again"), "Not sleet again,",
                 "Mr. Tobias Hale", id="turns-give-the-pronoun-to-the-man-two-back"),
    pytest.param(_SUBJECT, "Is it deep here?", "Hal Dunn", id="last-named-person-is-the-sentence-subject"),
    pytest.param(_SUBJECT.replace("Hal Dunn thanked Mr. Cobb.", "Hal Dunn waited by Mr. Cobb."), "Is it deep here?",
                 "Hal Dunn", id="last-named-person-not-after-a-preposition"),
    pytest.param(_SUBJECT.replace("Hal Dunn thanked Mr. Cobb.", "Mr. Cobb thanked Hal Dunn."), "Is it deep here?",
                 "Mr. Cobb", id="last-named-person-subject-other-way-round"),
    pytest.param(_SUBJECT.replace("Hal Dunn thanked Mr. Cobb.", "Hal Dunn stopped. Mr. Cobb laughed."), "Is it deep here?",
                 "Mr. Cobb", id="last-named-person-of-the-last-sentence"),
]

NO_SPEAKER = [
    pytest.param(_PLACE_BEFORE_NOUN, "Fare, please,", id="a-place-before-the-tags-noun-is-no-speaker"),
    pytest.param(_PLACE_BEFORE_NOUN, "Mind the step.", id="a-place-before-the-tags-noun-takes-no-turn"),
    pytest.param(_PLACE_NOUN_TAG, "Go home,", id="a-tag-name-a-place-noun-ends-is-no-speaker"),
]


@pytest.mark.parametrize(("text", "quote"), NO_SPEAKER)
def test_no_speaker(text: str, quote: str) -> None:
    assert the_quote(text, quote).speaker is None


@pytest.mark.parametrize(("text", "quote", "speaker"), NAMING)
def test_speaker_names(text: str, quote: str, speaker: str) -> None:
    found = the_quote(text, quote).speaker
    assert found is not None
    assert found.name == speaker
