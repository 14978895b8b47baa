"""Rule ``PREVIOUS_PARAGRAPH_CUE``: a paragraph that is one quote, with no cue,
after a paragraph of one sentence that reports a speaker
(:mod:`quoteattr.rules.reported.leadpara`), with and without ``indirect=True``.

Every passage is written for these tests (no evaluation document).  Each
guard of the rule has a row here that fails when the guard is taken out.
"""

from __future__ import annotations

import pytest

from quoteattr import Config, Quote, attribute_quotes


def _quote(text: str, quoted: str, indirect: bool, config: Config | None = None) -> Quote:
    """The direct quote of *text* whose words are *quoted*."""
    quotes = attribute_quotes(text, config, indirect=indirect)
    return next(q for q in quotes if q.kind == "direct" and text[q.start : q.end] == quoted)


BOUND = [
    # A one-sentence paragraph with a verb of saying, then the speaker's words.
    (
        "The orchard cooperative met on Thursday.\n\n"
        "Marta Kowal said the cider press would be mended before the harvest.\n\n"
        '"We cannot lose another autumn of apples."',
        "We cannot lose another autumn of apples.",
        "Marta Kowal",
    ),
    # A verb that only reports (praised) names the speaker too.
    (
        "Jonas Pell praised the students who repainted the library over the winter.\n\n"
        '"Most of them gave up their holidays for it."',
        "Most of them gave up their holidays for it.",
        "Jonas Pell",
    ),
]


@pytest.mark.parametrize("indirect", [False, True], ids=["plain", "indirect"])
@pytest.mark.parametrize(("text", "quoted", "speaker"), BOUND, ids=["said", "praised"])
def test_the_previous_paragraph_names_the_speaker(text: str, quoted: str, speaker: str, indirect: bool) -> None:
    q = _quote(text, quoted, indirect)
    assert q.rule == "PREVIOUS_PARAGRAPH_CUE"
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("indirect", [False, True], ids=["plain", "indirect"])
def test_according_to_in_the_previous_paragraph_binds_as_according_to(indirect: bool) -> None:
    # The cue is read as PREVIOUS_SENTENCE_CUE reads it: 'according to' keeps its own id.
    text = (
        "According to Marta Kowal, the cider press will be mended in August.\n\n"
        '"We cannot lose another autumn of apples."'
    )
    q = _quote(text, "We cannot lose another autumn of apples.", indirect)
    assert q.rule == "ACCORDING_TO"
    assert q.speaker is not None and q.speaker.name == "Marta Kowal"


UNBOUND = [
    # A paragraph of several sentences: narration, not a lead-in (the cue is in its last sentence).
    (
        "The rooks circled over the orchard. Jonas Pell said the cellar would close.\n\n"
        '"The frost will not wait for anyone."',
        "The frost will not wait for anyone.",
    ),
    # No cue in the previous paragraph.
    (
        "The cart was late again on Tuesday.\n\n"
        '"The frost will not wait for anyone."',
        "The frost will not wait for anyone.",
    ),
    # Narration after the quote in its paragraph: not a paragraph that is one quote.
    (
        "Jonas Pell said the cellar would close.\n\n"
        '"The frost will not wait for anyone." The rooks left the orchard.',
        "The frost will not wait for anyone.",
    ),
    # A heading (no sentence terminal) is no lead-in.
    (
        "Pell says cellar will close\n\n"
        '"The frost will not wait for anyone."',
        "The frost will not wait for anyone.",
    ),
    # A transcript's label opens the quote: its speaker is inside it.
    (
        "Jonas Pell said the cellar would close.\n\n"
        '"Host Pia Lund: So what happens to the orchard now?"',
        "Host Pia Lund: So what happens to the orchard now?",
    ),
    # Another quotation mark inside the quote: a speaker may stand inside it.
    (
        "Jonas Pell said the cellar would close.\n\n"
        '\u201cThe sign on the door has read "closed" since the first frost.\u201d',
        'The sign on the door has read "closed" since the first frost.',
    ),
    # A question's cue: the next paragraph is the answer, by the one asked.
    (
        "The inspectors asked Hanna Ruud whether the cellar was safe.\n\n"
        '"Nobody has been down there since the flood."',
        "Nobody has been down there since the flood.",
    ),
    (
        "The council pressed Ivo Marsh about the leaking barn roof.\n\n"
        '"Every estimate we had was too low."',
        "Every estimate we had was too low.",
    ),
    (
        "Two auditors questioned Ivo Marsh about the missing ledgers.\n\n"
        '"The ledgers burned with the old shed."',
        "The ledgers burned with the old shed.",
    ),
]


@pytest.mark.parametrize("indirect", [False, True], ids=["plain", "indirect"])
@pytest.mark.parametrize(
    ("text", "quoted"),
    UNBOUND,
    ids=[
        "long-paragraph", "no-cue", "not-whole-paragraph", "heading",
        "transcript-label", "inner-mark", "asked", "pressed", "questioned",
    ],
)
def test_no_speaker_from_a_paragraph_that_is_no_lead_in(text: str, quoted: str, indirect: bool) -> None:
    q = _quote(text, quoted, indirect)
    assert q.rule != "PREVIOUS_PARAGRAPH_CUE"
    assert q.speaker is None


@pytest.mark.parametrize("indirect", [False, True], ids=["plain", "indirect"])
def test_a_tag_in_the_quotes_paragraph_wins(indirect: bool) -> None:
    text = 'Jonas Pell said the cellar would close.\n\n"The frost will not wait," Pia Lund said.'
    q = _quote(text, "The frost will not wait,", indirect)
    assert q.rule != "PREVIOUS_PARAGRAPH_CUE"
    assert q.speaker is not None and q.speaker.name == "Pia Lund"


def test_not_in_a_document_read_as_dialogue() -> None:
    # An exchange makes the document dialogue; the later lead-in and quote are
    # far from it (no conversation, so no turn rule binds the quote).
    lane = "".join(f"The lane ran on past field number {k} and the hedge beside it.\n\n" for k in range(14))
    lead = 'Tom said the mill road lay under water.\n\n"Then the sacks go on our backs this year."'
    quoted = "Then the sacks go on our backs this year."
    alone = _quote(lane + lead, quoted, False)
    assert alone.rule == "PREVIOUS_PARAGRAPH_CUE"
    q = _quote('"Where is the cart?" asked Mara.\n\n"Gone," said Tom.\n\n' + lane + lead, quoted, False)
    assert q.rule is None and q.speaker is None


CONTINUED = [
    # A tag after the previous quote is no new sentence, after a question mark too.
    '"The apples are in," Marta Kowal said.\n\n"Every crate is in the barn before the frost."',
    '"Are the apples in?" Marta Kowal asked.\n\n"Every crate is in the barn before the frost."',
    # A sentence with a cue after the previous quote need not name the next speaker.
    '"The press is oiled," Marta Kowal said. The neighbours have warned of an early frost all week.\n\n'
    '"Every crate is in the barn before the frost."',
]


@pytest.mark.parametrize("indirect", [False, True], ids=["plain", "indirect"])
@pytest.mark.parametrize("text", CONTINUED, ids=["tag", "question-tag", "cue-sentence-after-the-quote"])
def test_a_quote_in_the_previous_paragraph_keeps_the_continued_speaker(text: str, indirect: bool) -> None:
    q = _quote(text, "Every crate is in the barn before the frost.", indirect, Config(dialogue="off"))
    assert q.rule == "CONTINUATION"
    assert q.speaker is not None and q.speaker.name == "Marta Kowal"
