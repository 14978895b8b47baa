"""Reported speech (``indirect=True``): cue forms read in a sense that reports
nothing (``quoteattr/rules/reported/senses.py``) and other readings that are
wrong as English: a noun before its verb, having, a change measured, a price,
a time phrase with no content, an imperative, a counted noun, a passive in
another sense, a comparison, evidence that cannot speak.  Invented passages,
as in ``test_reported.py``: each gives every report it must yield, as
``(content, source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    "text",
    [
        # A cue form that is also a noun, before an auxiliary or a form of be.
        "Ferry questions will surely dominate the Kelby vote.",
        "The Kelby charges are likely to rise in May.",
        "Harbour reports show that the toll rose.",
        # Having, not saying.
        "Orla Vell boasts a wide lead among the net menders of Tarrow.",
        "The rowing club boasted 900 members before the flood.",
        # A change measured.
        "Herring catches in Tarrow declined 40 percent over the winter.",
        # A price.
        "The Kelby boat club charged a $900 fee for every mooring.",
        "A firm Tam Reddick owns has charged the guild nearly $3,000 for rope.",
        # Only a time phrase after the cue.
        "The crews planned a walkout, as the Tarrow Gazette reported three weeks later.",
        "The toll rose by a penny, the Harbour Courier reported ten days ago.",
        # An imperative: its first word is no subject.
        "Not every sailor likes the new ferry. Just ask former skipper Tam Reddick.",
        "Share and comment below.",
        # A counted noun after a number.
        "The tally reached 600 rowers, with an error bound of 4.5 points.",
        # A passive in another sense, or with a time phrase alone after it.
        "The crews rowed home once the harbour talks were concluded.",
        "The warden was blunt, and her reply was pointed.",
        "The regatta rules were stated three times.",
        # Counselling: no infinitive or clause after the object.
        "The Kelby firm advises big shipping guilds on mergers.",
        # A listener and an adverbial clause: nothing told.
        "Vell told the wardens as she left the quay.",
        # An idiom of the cue (class idiom_object).
        "The old ferry called to mind the storms of the past.",
        "I will row for this town we call home.",
        # A medium alone says where, not what.
        "Orla Vell commented on Twitter.",
        "Tam Reddick was fined after he posted comments on Facebook in May.",
        # A comparison after the cue.
        "Mending the old weir was more quickly said than done.",
        # An evidence participle whose subject cannot speak.
        "The lull in the harbour race has a cost, suggesting a shift among the crews.",
        # A verb that reports only a clause with a subject, before a word that opens none.
        "The Kelby guild responded warmly by lowering the mooring fee.",
        "The wardens may respond more firmly next spring.",
        "Tam Reddick observed voting at the Tarrow pier in May.",
        "The skipper replied swiftly and firmly to the wardens.",
        "The ferry board will respond if the tide rises again.",
        "Tam Reddick spent May observing training at the quay.",
        # A word of place or direction after the cue: where, not what.
        "Dozens of rowers protested outside the Kelby harbour hall on Friday.",
        "Tam Reddick stood at the rail, pointing toward the old quay.",
        # Only a name after a writing verb or a listener verb: who, not what.
        "The ferry is safe, Orla Vell wrote Tam Reddick.",
        "The ferry was late, or so writes Mr. Reddick.",
        '"The guild must grow," chairman Tam Reddick told The Tarrow Courier in an interview at the quay.',
        # An asking verb whose object is only the question it puts: the asking, not what was asked.
        "Tam Reddick asked him a question.",
        "The wardens asked tough questions of the harbour master during the hearing.",
        "The rowers got asked a few questions upon landing at the quay.",
        # A cue form in -ed after a preposition, "own" or a number that is no year: an adjective.
        "The port came under repeated attack by the wardens.",
        "The guild drew up its own recommended roster for the regatta.",
        "The board named 25 recommended rowers on Friday.",
    ],
)
def test_no_report(text: str) -> None:
    assert reports_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same words where the cue reports.
        ("Orla Vell boasted that the pier was the longest in the valley.",
         [("the pier was the longest in the valley", "Orla Vell", "boasted")]),
        ("Tam Reddick charged that the $40 toll was unfair.",
         [("the $40 toll was unfair", "Tam Reddick", "charged")]),
        ("Orla Vell declined to discuss the toll.",
         [("to discuss the toll", "Orla Vell", "declined")]),
        ("The skippers say they will sail at dawn.",
         [("they will sail at dawn", "The skippers", "say")]),
        ("Orla Vell advised the crews to wait for the tide.",
         [("to wait for the tide", "Orla Vell", "advised")]),
        ("Orla Vell commented on the toll.",
         [("the toll", "Orla Vell", "commented on")]),
        # An "as" clause joined on by a coordinator: its main clause, not the whole sentence.
        ("The tide was high, and as Roe noted, the pier flooded.",
         [("the pier flooded", "Roe", "noted")]),
        # "first" is an adverb: alone after the cue it is no content.
        ("Tam Reddick responded first, mocking the new toll.",
         [("the new toll", "Tam Reddick", "mocking")]),
        # A plural first word is a subject, no imperative.
        ("Women say the quay is unsafe.",
         [("the quay is unsafe", "Women", "say")]),
        # After a pronoun a cue form before "will" is a verb (a relative gap).
        ("The berths, which she estimates will cost 900 pounds, are rotten.",
         [("will cost 900 pounds", "she", "estimates")]),
        # A time phrase with a clause after it.
        ("Tam Reddick said years later the pier was safe.",
         [("the pier was safe", "Tam Reddick", "said")]),
        # A number before a cue word with a comma between: a subject's age.
        ("Back when he was nine, he says his family left Kelby.",
         [("his family left Kelby", "he", "says")]),
        # A coordinated imperative after an auxiliary is a verb group with a subject.
        ("Vell will rest today and mention the toll on Friday.",
         [("the toll on Friday", "Vell", "mention")]),
        # A clause with its own subject after such a verb reports.
        ("Orla Vell responded the mooring fee was fair.",
         [("the mooring fee was fair", "Orla Vell", "responded")]),
        # A capitalised word of place names a place; a comma soon after a word of place ends a fronted phrase.
        ("The wardens condemned North Kelby's new mooring toll.",
         [("North Kelby's new mooring toll", "The wardens", "condemned")]),
        ("Orla Vell said outside the harbour hall, the crews were angry.",
         [("outside the harbour hall, the crews were angry", "Orla Vell", "said")]),
        # A quotation mark after the name may open a title: the report runs on.
        ("Vell told the Courier's \"Harbour Hour\" that the quay was unsafe.",
         [("the Courier's \"Harbour Hour\" that the quay was unsafe", "Vell", "told")]),
        # A topic, a colon or a demonstrative after the asked noun keeps the report.
        ("Vell asked a question about the tolls.",
         [("a question about the tolls", "Vell", "asked")]),
        ("Vell asked this question.",
         [("this question", "Vell", "asked")]),
        # A year may close the subject's phrase: the cue after it is a verb.
        ("Orla Vell in 2010 claimed the pier was safe.",
         [("the pier was safe", "Orla Vell", "claimed")]),
        ("Tam Reddick spoke at length, suggesting the pier was unsafe.",
         [("the pier was unsafe", "Tam Reddick", "suggesting")]),
    ],
)
def test_report_kept(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)
