"""Which runs of quoted paragraphs read as conversations (quoteattr.conversation): invented passages."""

from __future__ import annotations

import pytest

from quoteattr import Config, attribute_quotes
from quoteattr.conversation import conversations
from quoteattr.document import Document
from quoteattr.grammar import Grammar
from quoteattr.quotes import find_quotes
from quoteattr.rules import bind_locally
from quoteattr.text.segment import paragraph_spans

#: A question to a man by name, tagged with a "she", answered under his name: a "she" and a bare
#: name show no second voice, only the name addressed does.
ADDRESSED = (
    "The ferry to Lund was late again.\n\n"
    '"It will come before dark," said Orla Fenwick, and she sat down on the wet bench by the rail.\n\n'
    "The wind rose off the water while they waited.\n\n"
    '"Will you wait here with me, Tobias?" she asked, pulling her coat closer.\n\n'
    '"Only until the lamps are lit," said Tobias.\n\n'
    '"Then I shall keep the bench warm for the two of us."'
)


def _conversations(text: str) -> int:
    """How many runs of *text* read as conversations, judged with the local bindings."""
    config = Config()
    paragraphs = paragraph_spans(text)
    doc = Document(text, paragraphs, find_quotes(text, paragraphs), config)
    bindings = bind_locally(doc, Grammar.of(config.lexicon), lambda name: False)
    return len(conversations(doc, bindings))


def test_the_one_addressed_by_name_answering_is_an_exchange() -> None:
    # The exchange, and the run of Orla's first words near it.
    assert _conversations(ADDRESSED) == 2
    speakers = [q.speaker.name if q.speaker else None for q in attribute_quotes(ADDRESSED)]
    # Inside the conversation the untagged last turn goes back to the woman who asked.
    assert speakers == ["Orla Fenwick", "Orla Fenwick", "Tobias", "Orla Fenwick"]


def test_a_name_addressed_answered_by_someone_else_is_no_exchange() -> None:
    # Tobias is named in the question, but Kowal answers: one speaker's name and a "she" are
    # still one voice as far as the tags show, so nothing here reads as a conversation.
    text = ADDRESSED.replace("said Tobias", "said Kowal")
    assert _conversations(text) == 0


def test_a_speaker_naming_themselves_is_no_exchange() -> None:
    # A report quoting one man twice, the second time with his own name in his words.
    text = (
        "The council met on Tuesday.\n\n"
        '"We will open the bridge in spring," said Hale.\n\n'
        '"There is one name on that plan, Hale," said Hale.'
    )
    assert _conversations(text) == 0


#: Two long untagged turns after a tagged one; the first calls its listener "sir".
TITLED = (
    "Captain Brask climbed to the wheelhouse as the fog thinned over the harbour at Kowal.\n\n"
    '"The tide turns within the hour, and the channel will not wait for us," said Brask.\n\n'
    '"The men are not yet aboard, sir, and two of the lamps are out."\n\n'
    '"Then go down and fetch them yourself before the light goes."'
)


def test_an_untagged_turn_addressing_someone_by_a_title_is_an_exchange() -> None:
    assert _conversations(TITLED) == 1
    speakers = [q.speaker.name if q.speaker else None for q in attribute_quotes(TITLED)]
    # Read as one man's words continued, the turn that calls him "sir" was his own.
    assert speakers[0] == "Captain Brask"
    assert speakers[1] != "Captain Brask"


def test_untagged_paragraphs_that_address_no_one_continue_one_speaker() -> None:
    text = TITLED.replace(", sir,", "")
    assert _conversations(text) == 0
    assert {q.speaker.name if q.speaker else None for q in attribute_quotes(text)} == {"Brask"}


def test_a_title_abbreviation_is_no_address() -> None:
    # "Mr" before a name is no title spoken alone: the quote speaks about Mr. Hale, not to anyone.
    text = TITLED.replace(", sir,", ", Mr. Hale says,")
    assert _conversations(text) == 0


#: News: an untagged paragraph that carries on the words of the speaker tagged just before it, with
#: a title or a kin noun inside (a quoted letter, an exclamation, a list of relatives).
CARRIED_ON = {
    "kin nouns in a list": (
        "LUND — The last family on the point is leaving.\n\n"
        '"We have fished here for a hundred years," said Orla Fenwick, 61.\n\n'
        '"My grandmother, mother, father and two uncles all worked these boats, and now there is nobody '
        'to take them out."\n\nThe house will be sold in May.'
    ),
    "kin nouns in two paragraphs": (
        "LUND — The bakery on Mill Street closed on Friday after ninety years.\n\n"
        '"Nobody wants to get up at four any more," said Ivo Brand, who ran it for thirty years.\n\n'
        '"I learned the trade from my aunt, father, and grandfather, and none of them took a day off."\n\n'
        '"The ovens will go to a museum in the spring, which is something at least."\n\nThe shop is for sale.'
    ),
    "an exclamation": (
        "LUND — The storm hit the harbour at dawn.\n\n"
        '"The water came over the wall in minutes," said Tobias Hale, who runs the chandlery.\n\n'
        '"I looked out and thought, oh, Lord, there goes the shop and everything in it."\n\n'
        "Damage is put at two million."
    ),
    "a letter quoted": (
        "LUND — Orla Fenwick remembered her son on Monday.\n\n"
        '"He wrote every week," Fenwick said.\n\n'
        '"His last letter began, Mother, the sea is calm, and I am well."\n\nThe boat sank in March.'
    ),
}


@pytest.mark.parametrize("name", sorted(CARRIED_ON))
def test_a_title_in_one_speakers_carried_on_words_is_no_exchange(name: str) -> None:
    text = CARRIED_ON[name]
    assert _conversations(text) == 0
    speakers = [q.speaker.name if q.speaker else None for q in attribute_quotes(text)]
    assert set(speakers[1:]) == {speakers[0]} and speakers[0] is not None


#: News: a name addressed in a speech to a crowd, and one addressed inside words the quote reports.
NAMED_IN_NEWS = {
    "a speech to a crowd": (
        "LUND — Orla Fenwick opened her campaign on Saturday with an attack on the mayor.\n\n"
        '"We will not forget the ferry, Hale, not in May and not after," she told a crowd at the quay.\n\n'
        '"I never asked for her vote and I do not need it now," Hale said in a statement on Sunday.\n\n'
        '"The ferry will run all year, as it has done since my father was a boy on the island."\n\n'
        "The election is in May."
    ),
    "words the quote reports": (
        "LUND — Tobias Hale recalled his first day in office.\n\n"
        '"The old mayor shook my hand and told me, You will need luck, Kowal," he said.\n\n'
        '"I was never so frightened in my life, not even at sea in a winter storm," Kowal said '
        "when asked about it, laughing.\n\n"
        '"He was a hard man to follow, and the town never let me forget it."\n\nKowal retires in May.'
    ),
}


@pytest.mark.parametrize("name", sorted(NAMED_IN_NEWS))
def test_a_name_addressed_in_news_is_no_exchange(name: str) -> None:
    text = NAMED_IN_NEWS[name]
    assert _conversations(text) == 0
    speakers = [q.speaker.name if q.speaker else None for q in attribute_quotes(text)]
    # The paragraph after the answer carries on the answer's speaker.
    assert speakers[2] == speakers[1] is not None
