"""Stage 2: dash dialogue (``quoteattr.dashes``) and single-quote texts (rules D1-D6 and Q7 of ``docs/quotes.md``).

Every passage was written for these tests; the expected spans were written by
reading the English, not by running the library.
"""

from __future__ import annotations

import pytest

from quoteattr import Config, attribute_quotes
from quoteattr.dashes import find_dash_speech
from quoteattr.quotes import find_quotes
from quoteattr.text.segment import paragraph_spans


def _texts(text: str, single_quotes: str = "auto", dash_dialogue: str = "auto") -> list[str]:
    found = find_quotes(text, single_quotes=single_quotes, dash_dialogue=dash_dialogue)
    return [text[q.start : q.end] for q in found]


#: Dash-led paragraphs that are speech: (id, passage, spoken parts).
DASH_SPEECH = [
    ("comma-tag-dash-resume", "— I know, he said. — But not today.", ["I know,", "But not today."]),
    ("spaced-dashes-round-tag", "— I know — he said — but not today.", ["I know", "but not today."]),
    ("unspaced-dashes-and-period", "—I know —she said—. But not today.", ["I know", "But not today."]),
    (
        "typewriter-dash-joyce-resume",
        "--Back to barracks! he said sternly. A joke, of course.",
        ["Back to barracks!", "A joke, of course."],
    ),
    ("inverted-tag", "— Will it rain tonight? asked the ferryman.", ["Will it rain tonight?"]),
    ("horizontal-bar", "\u2015 Who is there? asked the boy.", ["Who is there?"]),
    ("vocative-then-titled-name", "— Sit down, Rosa, Mr. Hale said quietly.", ["Sit down, Rosa,"]),
    (
        "tag-extended-then-dash",
        "— I know, she said, folding the letter. — But not today.",
        ["I know,", "But not today."],
    ),
    ("tag-extended-no-dash", "— I know, she said, and folded the letter twice.", ["I know,"]),
    ("tag-extended-by-an-adverb", "— Yes, he said, slowly.", ["Yes,"]),
    ("tag-inside-one-sentence", "— Well, he said, the tide is turning.", ["Well,", "the tide is turning."]),
    ("inverted-tag-inside-one-sentence", "— Do you know, said Rosa, what I think?", ["Do you know,", "what I think?"]),
    ("narration-after-plain-tag", "— Fine, he said. He turned and left the room.", ["Fine,"]),
    ("range-inside-speech", "— It ran from 1990 — 2000, she said.", ["It ran from 1990 — 2000,"]),
    ("aside-inside-speech", "— I went — you know — to the shop, she said.", ["I went — you know — to the shop,"]),
    ("second-tag-after-resume", "— Come here, he said. Sit down. Now listen, he added.", ["Come here,", "Sit down. Now listen,"]),
    ("present-tense-tag-closing", "— Yes, he says.", ["Yes,"]),
    ("transitive-tag-with-listener", "— Go home, she told him. — Now.", ["Go home,", "Now."]),
    ("tag-to-a-titled-listener", "— Yes, he said to Mr. Hale. — Tomorrow.", ["Yes,", "Tomorrow."]),
    ("nested-marks-stay-inside", "— He called it \u201ca joke\u201d, she said.", ["He called it \u201ca joke\u201d,"]),
    (
        "marks-in-the-tag-narration",
        "— No, she said, and pointed at the sign that read \u201cClosed\u201d.",
        ["No,", "Closed"],
    ),
    (
        "untagged-conversation",
        "Ana looked up from her book.\n\n— Are you going out?\n\n— Yes. Don't wait for me.",
        ["Are you going out?", "Yes. Don't wait for me."],
    ),
    (
        "reported-clause-is-speech-in-a-conversation",
        "— Where is Tom? she asked.\n\n— Well, he said the bridge was closed.",
        ["Where is Tom?", "Well, he said the bridge was closed."],
    ),
    (
        "present-tense-report-inside-speech",
        "— The boat leaks, he says, and nobody will fix it.\n\n— Then we walk, said Rosa.",
        ["The boat leaks, he says, and nobody will fix it.", "Then we walk,"],
    ),
    (
        "interrupted-turn",
        "— But I thought\u2014\n\n— You thought wrong, said Rosa.",
        ["But I thought\u2014", "You thought wrong,"],
    ),
    (
        "verb-of-saying-before-the-colon",
        "The guide added in a low voice:\n\n— Keep to the path.\n\n— And if we get lost?",
        ["Keep to the path.", "And if we get lost?"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DASH_SPEECH], ids=[c[0] for c in DASH_SPEECH])
def test_dash_speech(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


#: Dashes that are not dialogue, in news and narration: (id, passage, quotes found).
NOT_DASH_SPEECH = [
    ("dateline", "WASHINGTON — The Senate voted on Tuesday to extend the program.", []),
    (
        "list-after-colon",
        "The plan has three parts:\n\n— New buses for the east side.\n\n— Lower fares for students.\n\n"
        "— A bridge over the canal.",
        [],
    ),
    (
        "list-after-colon-that-sounds-spoken",
        "Our readers wanted to know:\n\n— Why did the bridge close?\n\n— When will it reopen?",
        [],
    ),
    ("bullets-without-colon", "Highlights\n\n— Revenue rose 4 percent.\n\n— Costs fell in every region.", []),
    ("lone-dash-paragraph", "The year began badly.\n\n— A storm, then a flood.\n\nBy June it was over.", []),
    ("lowercase-aside", "— and then there were none.\n\n— or so it seemed.", []),
    ("aside-in-narration", 'The mayor \u2014 a patient woman \u2014 said: "Wait."', ["Wait."]),
    (
        "stray-dash-among-marked-quotes",
        '"Come in," she said.\n\n\u2014 A pause.\n\n"Thank you," he said.',
        ["Come in,", "Thank you,"],
    ),
    ("signature-after-quote", '"Every house will be rebuilt."\n\n\u2014 Mayor Jane Roe', ["Every house will be rebuilt."]),
    (
        "two-signatures",
        '"We start on Monday."\n\n\u2014 Jane Roe\n\n"We finish in May."\n\n\u2014 Tom Poe, engineer',
        ["We start on Monday.", "We finish in May."],
    ),
    ("typewriter-epigraph", '"All is well."\n\n--A. Writer, in a letter', ["All is well."]),
    ("hyphen-bullets", "- Fewer cars, he said\n- More trains, she said", []),
    ("en-dash-headings", "\u2013 Old habits \u2013\n\nThe vote was close.\n\n\u2013 We are alive \u2013", []),
    ("email-signature", "Thanks for the report.\n\n-- \nJane", []),
    ("rule-line", "The end of part one.\n\n---\n\nPart two begins here.", []),
    ("dash-before-a-quotation-mark", "\u2014 \u201cYes,\u201d she said.", ["Yes,"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NOT_DASH_SPEECH], ids=[c[0] for c in NOT_DASH_SPEECH])
def test_dashes_that_are_not_dialogue(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_span_fields_of_dash_speech() -> None:
    text = "— I know — he said. — But not today."
    first, second = find_quotes(text)
    assert (first.open_at, first.start) == (0, 2)
    assert text[first.start : first.end] == "I know"
    assert text[first.end : first.close_at] == " —"  # the dash before the tag closes the speech
    assert second.open_at == text.rindex("—")
    assert second.close_at == second.end == len(text)
    assert all(not q.unclosed and not q.continues and q.paragraph == 0 for q in (first, second))


def test_resumed_speech_without_a_dash_has_no_mark() -> None:
    text = "— Fine, he said. Sit down."
    second = find_quotes(text)[1]
    assert second.open_at == second.start == text.index("Sit")


def test_modes() -> None:
    lone = "The year began badly.\n\n— A storm, then a flood."
    assert _texts(lone) == []
    assert _texts(lone, dash_dialogue="always") == ["A storm, then a flood."]
    assert _texts("— I know, he said.", dash_dialogue="never") == []
    # "always" still leaves a dash before quotation marks to the marks.
    assert _texts("— \u201cYes,\u201d she said.", dash_dialogue="always") == ["Yes,"]


def test_find_dash_speech_needs_paragraphs_of_the_text() -> None:
    text = "Narration first.\n\n— Is it far? he asked."
    speech = find_dash_speech(text, paragraph_spans(text))
    assert [(text[s.start : s.end], s.paragraph) for s in speech] == [("Is it far?", 1)]
    assert find_dash_speech(text, paragraph_spans(text), "never") == []


def test_a_conversation_spans_narration_paragraphs() -> None:
    # Two turns with two paragraphs of narration between them are one conversation;
    # three paragraphs apart they are not, and a lone untagged turn is no evidence.
    near = "— Are you cold?\n\nShe shook her head.\n\nThe fire was low.\n\n— Not at all."
    far = "— Are you cold?\n\nShe shook her head.\n\nThe fire was low.\n\nIt was late.\n\n— Not at all."
    assert _texts(near) == ["Are you cold?", "Not at all."]
    assert _texts(far) == []


def test_tagged_turn_carries_untagged_neighbours() -> None:
    # A list-like turn with no speech words still counts when a tagged turn is near.
    text = "— Bread and milk, she said.\n\n— Nothing else.\n\n— Eggs."
    assert _texts(text) == ["Bread and milk,", "Nothing else.", "Eggs."]


#: Single-quote texts and the news style they must not swallow: (id, passage, quotes found).
SINGLE_QUOTES = [
    (
        "british-with-a-title",
        "\u2018Have you read it?\u2019 she asked.\n\n\u2018Not yet,\u2019 said Tom.\n\n"
        "He put \u201cThe Pilgrim\u2019s Progress\u201d back on the shelf.",
        ["Have you read it?", "Not yet,", "The Pilgrim\u2019s Progress"],
    ),
    (
        "british-with-a-nested-double",
        "\u2018He called it \u201ca joke\u201d,\u2019 she said.",
        ["He called it \u201ca joke\u201d,"],
    ),
    (
        "straight-single-marks",
        "'Come in,' she said.\n\n'Thank you,' he said, and read the \"Notice\" on the door.",
        ["Come in,", "Thank you,", "Notice"],
    ),
    (
        "british-title-in-a-speech-paragraph",
        "\u2018I read it in \u201cThe Times\u201d,\u2019 said Rosa. \u2018Page four.\u2019\n\n"
        "\u2018Then it must be true,\u2019 said Tom.",
        ["I read it in \u201cThe Times\u201d,", "Page four.", "Then it must be true,"],
    ),
    (
        "news-nests-single-in-double",
        "\u201cHe said \u2018no\u2019 twice,\u201d she said.\n\n\u201cWe heard \u2018maybe\u2019,\u201d he said.",
        ["He said \u2018no\u2019 twice,", "We heard \u2018maybe\u2019,"],
    ),
    (
        "news-with-single-quoted-headings",
        "'A long road.'\n\nThe council met on Monday. \"We are done,\" said Ana Ruiz.\n\n'No easy answers.'\n\n"
        "\"It will take years,\" Ruiz said.\n\n\"Nobody knows,\" she added.",
        ["We are done,", "It will take years,", "Nobody knows,"],
    ),
    ("elision-is-no-evidence", "\u2019Tis late. He read \u201cThe Times\u201d.", ["The Times"]),
    (
        "one-single-led-paragraph-against-two-titles",
        "\u2018Yes,\u2019 she said.\n\nHe read \u201cThe Times\u201d and \u201cThe Sun\u201d.",
        ["The Times", "The Sun"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SINGLE_QUOTES], ids=[c[0] for c in SINGLE_QUOTES])
def test_single_quote_evidence(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_single_quote_overrides_still_force_a_style() -> None:
    text = "\u2018Not yet,\u2019 said Tom.\n\n\u2018Soon,\u2019 said Rosa. He read \u201cThe Times\u201d."
    assert _texts(text) == ["Not yet,", "Soon,", "The Times"]
    assert _texts(text, single_quotes="never") == ["The Times"]
    assert _texts(text, single_quotes="always") == ["Not yet,", "Soon,"]


# -- attribution of dash dialogue (the binding stage reads the tags) ----------


def test_tag_between_two_parts_binds_both() -> None:
    quotes = attribute_quotes("— I know, he said. — But not today.")
    assert [q.text for q in quotes] == ["I know,", "But not today."]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["he", "he"]
    assert quotes[0].cue is not None and quotes[0].cue.text == "said"


def test_inverted_tag_names_the_speaker() -> None:
    (quote,) = attribute_quotes("— Will it rain tonight? asked Tom Hale.")
    assert quote.speaker is not None and quote.speaker.name == "Tom Hale"


def test_signature_after_a_quote_still_attributes() -> None:
    (quote,) = attribute_quotes('"Every house will be rebuilt."\n\n\u2014 Mayor Jane Roe')
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_next_dash_turn_is_not_a_signature() -> None:
    # Without the hook in attribute.py, "Not far." would take the name that opens the next turn.
    text = "Tom came in.\n\n— Is it far? he asked.\n\n— Not far.\n\n— Rosa Diaz told me it was far."
    quotes = attribute_quotes(text)
    assert [q.text for q in quotes] == ["Is it far?", "Not far.", "Rosa Diaz told me it was far."]
    not_far = quotes[1]
    assert not_far.speaker is None or not_far.speaker.text != "Rosa Diaz"


def test_config_option_reaches_the_quote_finder() -> None:
    lone = "The storm passed.\n\n— Yes, it did."
    assert attribute_quotes(lone) == []
    assert [q.text for q in attribute_quotes(lone, Config(dash_dialogue="always"))] == ["Yes, it did."]
    assert attribute_quotes("— I know, he said.", Config(dash_dialogue="never")) == []
