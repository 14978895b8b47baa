"""Stage 5, fiction names: the record of every step that names a speaker against a novel's cast.

Each :class:`~quoteattr.resolve.step.Step` here is an id a speaker carries as
``Speaker.resolution``; :mod:`quoteattr.resolve.fiction` applies them.
"""

from __future__ import annotations

from quoteattr.resolve.step import Step

CAST_NAME = Step(
    id="CAST_NAME",
    family="fiction",
    summary=(
        "A name is the character's usual name: the form the novel uses most (Hollis -> Mr. Hollis); "
        "a full name it writes three times, else a bare surname's titled form written so three times, goes first."
    ),
    example='Mr. Hollis bowed. Mr. Hollis sat. Mr. Hollis waited.\n\n"Sir," said Hollis.',
    mention="Hollis",
    name="Mr. Hollis",
)
CAST_TITLE = Step(
    id="CAST_TITLE",
    family="fiction",
    summary="A title alone (Colonel, Mademoiselle) is the character last so called in narration.",
    example='Mademoiselle Vinet came in. Mademoiselle Vinet sat down.\n\n"Yes," said Mademoiselle.',
    mention="Mademoiselle",
    name="Mademoiselle Vinet",
)
CAST_ARTICLE = Step(
    id="CAST_ARTICLE",
    family="fiction",
    summary=(
        "A name the cast does not hold, written mostly after 'the' (the Hooded Man), keeps its article; so does a "
        "tag's name of two words or more right after 'the' that the cast reads as no person (said the Grand Vizier), "
        "with its words as written, unless a place noun ends it or a lowercase word follows it (said the Grey Fen ferryman)."
    ),
    example=(
        'The Hooded Man sat. Everyone feared the Hooded Man. The Hooded Man laughed.\n\n'
        '"Go," said the Hooded Man.'
    ),
    mention="Hooded Man",
    name="the Hooded Man",
)
CAST_PRONOUN = Step(
    id="CAST_PRONOUN",
    family="fiction",
    summary=(
        "He or she is the character of that gender, known to speak, last named in narration; "
        "an object (after a preposition or a verb) gives way to its sentence's subject (Ann looked at Eve. \"...,\" she said: Ann), "
        "or after that sentence's own he/she to the name before it; "
        "never the character its own quote addresses by name, nor the first one its own sentence names after it "
        "(\"...,\" she said, looking at Ann: not Ann)."
    ),
    example='Mr. Tarn came in.\n\n"Rain," said Mr. Tarn.\n\nMr. Tarn sat down; he was tired.\n\n"Sun," he said.',
    mention="he",
    name="Mr. Tarn",
)
CAST_SUBJECT_DESCRIPTION = Step(
    id="CAST_SUBJECT_DESCRIPTION",
    family="fiction",
    summary=(
        "A he/she no name resolves whose paragraph, or the narration paragraph before it, opens a clause on a description, "
        "no name after it: the character a title there stands for (the Colonel), else the description (the visitor)."
    ),
    example='Colonel Brandt rode in at dusk.\n\nThe Colonel bent over the chart. "Three fathoms," said he.',
    mention="he",
    name="Colonel Brandt",
)
CAST_CATAPHORA = Step(
    id="CAST_CATAPHORA",
    family="fiction",
    summary=(
        "A he/she in a conversation before narration names anyone of its gender (a chapter or excerpt that opens mid-scene), "
        "with no one named participant of that gender, is the first character of that gender named after it, "
        "when that character speaks by name."
    ),
    example=(
        '"Is the ferry gone?" he asked.\n\nMr. Quillan set down his bag. '
        '"Gone an hour," said Mr. Kowal.\n\n"Then we walk," said Mr. Quillan.'
    ),
    mention="he",
    name="Mr. Quillan",
)
CAST_DESCRIPTION = Step(
    id="CAST_DESCRIPTION",
    family="fiction",
    summary=(
        "'the <title>' (and 'her ladyship': lang/en/address_titles.tsv) is the character last named in narration "
        "with that title, else the one most often so called."
    ),
    example='Colonel Marsh came in.\n\n"Sit down," said the Colonel.',
    mention="the Colonel",
    name="Colonel Marsh",
)
CAST_APPOSITION = Step(
    id="CAST_APPOSITION",
    family="fiction",
    summary=(
        "'the <description>' of no gender noun that no title names is the one character the narration sets it beside between commas "
        "('Mr. Vey, the harbourmaster,' or 'the harbourmaster, Mr. Vey,'), outside quotes and lists."
    ),
    example=(
        "Mr. Orrin Vey, the harbourmaster, came down the quay. Tobias Hale waited there.\n\n"
        '"Late again," said Tobias Hale.\n\n"The tide," said the harbourmaster.'
    ),
    mention="the harbourmaster",
    name="Mr. Orrin Vey",
)
CAST_GENDER_NOUN = Step(
    id="CAST_GENDER_NOUN",
    family="fiction",
    summary=(
        "'the girl', 'her father' resolve like a pronoun of the noun's gender ('her father' skips the woman 'her' is, and takes only a man known to be one: a speaker of unknown gender is as often the one 'her' means); "
        "a child's noun ('the girl', 'the boy') skips a name under an adult's title (Mrs. Lane); "
        "'said the old man' answering a turn tagged with that name keeps its own words; "
        "'the man', 'the lady' with no other word, in a quote-led paragraph right after a quote, are left to the turns "
        "(mostly someone not yet named) unless the man or woman of that gender has a turn tagged by name since the last narration."
    ),
    example='Miss Ann Lee came in. Miss Ann Lee sat down.\n\n"Hello," said the girl.',
    mention="the girl",
    name="Miss Ann Lee",
)
CAST_KIN = Step(
    id="CAST_KIN",
    family="fiction",
    summary="'his wife', 'her father' of a character with a family name: the character so titled with that name (the turns never rename it).",
    example='Mr. Lane came in with Mrs. Lane.\n\n"Rain," said Mr. Lane.\n\n"Sun," said his wife.',
    mention="his wife",
    name="Mrs. Lane",
)
CAST_POSSESSED = Step(
    id="CAST_POSSESSED",
    family="fiction",
    summary=(
        "'his visitor', 'her companion' (a noun for a person of no gender or kinship: a role or lang/en/party_nouns.txt): "
        "the person last named in narration who is not the one the pronoun means."
    ),
    example='Mr. Lane sat by the fire. Mrs. Reed came in.\n\n"Rain," said Mr. Lane.\n\n"Sun," said his visitor.',
    mention="his visitor",
    name="Mrs. Reed",
)
CAST_OWNER = Step(
    id="CAST_OWNER",
    family="fiction",
    summary=(
        "'his voice', 'her lips', 'his pipe' (a noun for no person): the character the possessive means, "
        "resolved as a pronoun of its gender."
    ),
    example=(
        '"Rain," said Mr. Lane.\n\n"Sun," said Mrs. Reed.\n\nMr. Lane sat by the fire.\n\n'
        '"Snow," said his voice from the chair.'
    ),
    mention="his voice",
    name="Mr. Lane",
)
CONVERSATION_PARTICIPANT = Step(
    id="CONVERSATION_PARTICIPANT",
    family="fiction",
    summary="A he/she left unresolved is the conversation's only named participant of that gender.",
    example='"Rain," he said.\n\n"Sun," said Mrs. Dale.\n\n"Snow," said Mr. Tarn.',
    mention="he",
    name="Mr. Tarn",
)
TURN_PRONOUN = Step(
    id="TURN_PRONOUN",
    family="fiction",
    summary=(
        "A he/she answering a turn that addresses a character of its gender (or of no known gender) by name is that character; "
        "a he/she answering a speaker of the same gender whose tag names them, or resolved to the speaker the next turn's tag names, "
        "is not that speaker: the turns name it, if they name another speaker of the run; "
        "a he/she two turns from a speaker named by a tag, of that gender, is that speaker; "
        "never when the narration of the pronoun's own paragraph names the character it resolved to (Lee turned. \"...\" he said), "
        "and never to a character the pronoun's own quotes name (\"Not again, Tom,\" he said) "
        "or the first one its own sentence names after it (\"...,\" he said, turning to Tom)."
    ),
    example=(
        "Mr. Tarn and Mr. Grove met at the inn.\n\n"
        '"Rain," said Mr. Tarn.\n\n'
        '"Sun," said Mr. Grove, and Mr. Dunn laughed.\n\n'
        '"Rain," he said.\n'
    ),
    mention="he",
    name="Mr. Tarn",
)
NARRATOR = Step(
    id="NARRATOR",
    family="fiction",
    summary=(
        "A first-person narrator (I said) is called by the name the other turns of their conversations address "
        "(twice or more, a majority, never a tagged speaker), else by the name they give themselves (My name is ...)."
    ),
    example="Jane came in and sat down by the fire.\n\n" + "\n\n".join(['"Good morning, Tom," said Jane.', '"Good morning," I said.'] * 5),
    mention="I",
    name="Tom",
)
OTHER_PARTICIPANT = Step(
    id="OTHER_PARTICIPANT",
    family="fiction",
    summary=(
        "'said the other' names nobody, and a lowercase description ('said the painter', 'said the old man') "
        "only describes: the turns of the conversation decide who speaks (a description only by the alternation "
        "of named turns, with a name that is no pronoun and fits the noun's gender and age; else the cast's name stays)."
    ),
    example=(
        "Mr. Tarn and Mr. Grove met at the inn.\n\n"
        '"Rain," said Mr. Tarn.\n\n"Sun," said Mr. Grove.\n\n"Rain again," said Mr. Tarn.\n\n"Sun again," said the other.'
    ),
    mention="the other",
    name="Mr. Grove",
)

#: The fiction steps, in the order a dialogue document meets them.
STEPS = (
    CAST_NAME,
    CAST_TITLE,
    CAST_ARTICLE,
    CAST_PRONOUN,
    CAST_SUBJECT_DESCRIPTION,
    CAST_DESCRIPTION,
    CAST_APPOSITION,
    CAST_GENDER_NOUN,
    CAST_KIN,
    CAST_POSSESSED,
    CAST_OWNER,
    CONVERSATION_PARTICIPANT,
    CAST_CATAPHORA,
    TURN_PRONOUN,
    NARRATOR,
    OTHER_PARTICIPANT,
)
