"""Reported speech (``indirect=True``): who speaks when a verb's object stands
before the cue (object control, a reduced relative participle), a possessor
before a cue, and the agent of a passive.  Invented passages, as in
``test_reported.py``: each gives every report it must yield, as ``(content,
source mention, cue)``.
"""

from __future__ import annotations

import pytest
from reports import Expected, reports_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb that makes its object act: the object speaks.
        ("The flood persuaded Orla Fenwick to admit that the kiln had cracked.",
         [("the kiln had cracked", "Orla Fenwick", "admit")]),
        ("The audit caused the nurses to concede that the ward was short of beds.",
         [("the ward was short of beds", "the nurses", "concede")]),
    ],
)
def test_control_verb_object(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "listener"),
    [
        ("The council pushed Orla Fenwick to admit that the kiln had cracked.", "Orla Fenwick"),
        ("The wardens expected Tobias Hale to argue that the kiln was sound.", "Tobias Hale"),
        ("The guild begged the nurses to concede that the ward was short of beds.", "the nurses"),
    ],
)
def test_request_verb_object_is_no_source(text: str, listener: str) -> None:
    # A request's object has not spoken yet (not a verb of class control_verb).
    assert all(source != listener for _, source, _ in reports_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name, a person's role or a counting phrase speaks in the participle after it.
        ("Kowal played clips of Tobias Hale boasting that the kiln was sound.",
         [("the kiln was sound", "Tobias Hale", "boasting")]),
        ("The wardens shared a clip of the mayor calling the kiln a relic.",
         [("the kiln a relic", "the mayor", "calling")]),
        ("The ballot showed 40 percent of farmers saying the weir should go.",
         [("the weir should go", "40 percent of farmers", "saying")]),
        # A medium or a publication is where the words were, not who said them.
        ("Kowal aired a video of the network claiming the kiln had cracked.", []),
        ("The wardens shared a clip of the magazine calling the kiln a relic.", []),
    ],
)
def test_reduced_relative_source(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun for a person after the possessor: the whole phrase speaks, a verb follows.
        ("Their landlord claims the roof is sound.", [("the roof is sound", "Their landlord", "claims")]),
        ("Her tutor claims that the essay was copied.", [("the essay was copied", "Her tutor", "claims")]),
        # A modifier that is no person: the cue form is a noun, the possessor its speaker.
        ("Her earlier promise to mend the kiln was forgotten.", [("to mend the kiln", "Her", "promise")]),
    ],
)
def test_possessor_and_one_word_before_a_cue(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The by-agent of a passive is its source, before the preposition or at the clause's end.
        ("The skipper was accused by the nurses of selling the nets.",
         [("The skipper was accused by the nurses of selling the nets", "the nurses", "accused")]),
        ("Kowal was blamed by Tobias Hale for the flood.",
         [("Kowal was blamed by Tobias Hale for the flood", "Tobias Hale", "blamed")]),
        ("The skipper was accused of selling the nets by the nurses.",
         [("The skipper was accused of selling the nets", "the nurses", "accused")]),
        ("Kowal was told by the mayor that the ferry would be late.",
         [("the ferry would be late", "the mayor", "told")]),
        # A "by" phrase that cannot speak is no agent; with no agent there is no source.
        ("The skipper was accused of selling the nets by mail.",
         [("The skipper was accused of selling the nets by mail", None, "accused")]),
        ("The skipper was accused of selling the nets.",
         [("The skipper was accused of selling the nets", None, "accused")]),
    ],
)
def test_passive_agent_is_the_source(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An object verb's noun phrase ends before an appositive with "the".
        ("Wenna Tredell praised the new ferry timetable, the one the guild drafted in spring.",
         [("the new ferry timetable", "Wenna Tredell", "praised")]),
        ("Ansel Dray criticized Bram Kowal, the harbour treasurer.",
         [("Bram Kowal", "Ansel Dray", "criticized")]),
        # A series of "the" phrases is one content, not a phrase and its appositive.
        ("Wenna Tredell criticized the noise, the dust and the late barges.",
         [("the noise, the dust and the late barges", "Wenna Tredell", "criticized")]),
        ("Ansel Dray discussed the toll, the weir, the lock gates.",
         [("the toll, the weir, the lock gates", "Ansel Dray", "discussed")]),
    ],
)
def test_object_content_ends_before_appositive_with_the(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a written work is about is what was said; the work is what was made.
        ("Orla Fenwick wrote a column on the harbour levy.",
         [("the harbour levy", "Orla Fenwick", "wrote")]),
        ("Bram Kowal wrote a memo to the sluice crew on the new lock rota.",
         [("the new lock rota", "Bram Kowal", "wrote")]),
        ("Tobias Tesk wrote a short, handwritten letter about the ferry timetable.",
         [("the ferry timetable", "Tobias Tesk", "wrote")]),
        ("Orla Fenwick wrote an essay on Tuesday against the new weir.",
         [("the new weir", "Orla Fenwick", "wrote")]),
        # A topic new to the reader comes with "a" and may end at the full stop.
        ("Orla Fenwick wrote a column on a new tax.",
         [("a new tax", "Orla Fenwick", "wrote")]),
        # "about" is the topic, not an "on" phrase before it.
        ("Wenna Tredell wrote a profile on the guild website about the weir.",
         [("the weir", "Wenna Tredell", "wrote")]),
        # A participle after the work says what it said: the content is left as it was.
        ("Tobias Tesk wrote a long letter warning that the weir would fail.",
         [("a long letter warning that the weir would fail", "Tobias Tesk", "wrote")]),
        # ... and so does one after its topic.
        ("Wenna Tredell wrote a letter about the sluice asking the crew to oil it.",
         [("a letter about the sluice asking the crew to oil it", "Wenna Tredell", "wrote")]),
        # No work: the object is the content.
        ("Orla Fenwick wrote that the levy was unfair.",
         [("the levy was unfair", "Orla Fenwick", "wrote")]),
    ],
)
def test_written_work_reports_its_topic(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on" for whom, where or on what it was written: no topic, the work stays.
        ("Wenna Tredell wrote a letter on behalf of the rowing club.",
         [("a letter on behalf of the rowing club", "Wenna Tredell", "wrote")]),
        ("Wenna Tredell wrote a letter on her behalf.",
         [("a letter on her behalf", "Wenna Tredell", "wrote")]),
        ("Bram Kowal wrote a memo in the boathouse on a scrap of sailcloth.",
         [("a memo in the boathouse on a scrap of sailcloth", "Bram Kowal", "wrote")]),
        # A bare pronoun names nothing the work does not.
        ("Bram Kowal wrote a long letter about it.",
         [("a long letter about it", "Bram Kowal", "wrote")]),
    ],
)
def test_written_work_with_no_topic_stays_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause's content ends before an appositive with "the" that describes the name ending it.
        ("Orla Fenwick said she would not vote for Tobias Hale, the acting harbour master.",
         [("she would not vote for Tobias Hale", "Orla Fenwick", "said")]),
        # Not after a common noun: the phrase may go on with the clause's own words.
        ("Orla Fenwick said the guild would sell the old ferry, the one with the red hull.",
         [("the guild would sell the old ferry, the one with the red hull", "Orla Fenwick", "said")]),
        # Not where the clause goes on after it: the name and its appositive are the subject.
        ("Orla Fenwick said Tobias Hale, the acting harbour master, had resigned.",
         [("Tobias Hale, the acting harbour master, had resigned", "Orla Fenwick", "said")]),
        # Not a series of "the" phrases after a name.
        ("Orla Fenwick said the levy hurt Kesby, the mill, the weir and the school.",
         [("the levy hurt Kesby, the mill, the weir and the school", "Orla Fenwick", "said")]),
    ],
)
def test_clause_content_ends_before_appositive_with_the_after_a_name(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An infinitive content is a verb and its object: an appositive with "a"
        # after a name or a noun there describes the object and ends the content.
        ("Orla Vell vowed to mend the Kell Weir, a dam the guild built in spring.",
         [("to mend the Kell Weir", "Orla Vell", "vowed")]),
        ("Tam Reddick pledged to close the north slipway, a ramp that floods each winter.",
         [("to close the north slipway", "Tam Reddick", "pledged")]),
        # Not where the clause goes on after it.
        ("Orla Vell urged the wardens to let Bram Kowal, a boatwright, row the judges across.",
         [("the wardens to let Bram Kowal, a boatwright, row the judges across", "Orla Vell", "urged")]),
        # After a clause the appositive after a name stays, as before.
        ("Tam Reddick said he would row with Bram Kowal, a boatwright from Tarrow.",
         [("he would row with Bram Kowal, a boatwright from Tarrow", "Tam Reddick", "said")]),
    ],
)
def test_infinitive_content_ends_before_appositive(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the latter" or "the former" and an article point back to a thing named:
        # the writer's gloss ends the content, after a common noun too.
        ("Orla Vell said the guild had closed the ferries and the barges, the latter a word the clerks use for any flat boat.",
         [("the guild had closed the ferries and the barges", "Orla Vell", "said")]),
        ("Most of the closures, Orla Vell said, hit the ferries and the barges, the latter a word the clerks use for any flat boat.",
         [("Most of the closures, Orla Vell said, hit the ferries and the barges", "Orla Vell", "said")]),
        # Before a noun it is an adjective: the phrase stays.
        ("Most of the fees, Orla Vell said, went to Tam Reddick, the former harbour master.",
         [("Most of the fees, Orla Vell said, went to Tam Reddick, the former harbour master", "Orla Vell", "said")]),
    ],
)
def test_back_reference_appositive_ends_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma, a plural speech noun and a relative word: the writer sums up what was said.
        ("Orla Vell said the pier was safe, claims that the survey did not bear out.",
         [("the pier was safe", "Orla Vell", "said")]),
        ("Tam Reddick said the ferry would run all winter, remarks that were aired on the harbour radio.",
         [("the ferry would run all winter", "Tam Reddick", "said")]),
        # Not where the clause goes on after it, nor a speech noun inside the clause.
        ("Orla Vell said the clerks had filed statements that the pier was safe.",
         [("the clerks had filed statements that the pier was safe", "Orla Vell", "said")]),
    ],
)
def test_speech_noun_summary_ends_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An appositive headed by a noun that sums up the clause ends it, after a name too.
        ("Orla Vell said the guild would ban rowing on the Kell, a plan the mayor has since changed.",
         [("the guild would ban rowing on the Kell", "Orla Vell", "said")]),
        ("Orla Vell called for Tam Reddick to quit the boathouse, a step the old rower has shrugged off.",
         [("Tam Reddick to quit the boathouse", "Orla Vell", "called for")]),
        # A description of the name stays, as before.
        ("Orla Vell said she had voted for Tam Reddick, a boatwright.",
         [("she had voted for Tam Reddick, a boatwright", "Orla Vell", "said")]),
    ],
)
def test_summary_appositive_after_a_name_ends_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dash no second dash closes, before a word of concession: the writer's clause.
        ("Orla Vell said the weir would hold -- though the crews doubt it.",
         [("the weir would hold", "Orla Vell", "said")]),
        ("Tam Reddick vowed to run the ferry all winter \u2014 even as the ice closed the bay.",
         [("to run the ferry all winter", "Tam Reddick", "vowed")]),
        # "as" opens the writer's comment, not a comparison of degree.
        ("Tam Reddick said the toll would stay low -- as was the case last spring.",
         [("the toll would stay low", "Tam Reddick", "said")]),
        ("Orla Vell said the ferry would carry more carts -- as many as the barge.",
         [("the ferry would carry more carts -- as many as the barge", "Orla Vell", "said")]),
        # A closed pair is an aside inside the content.
        ("Orla Vell said the new -- though small -- weir would hold.",
         [("the new -- though small -- weir would hold", "Orla Vell", "said")]),
        # Another word after the dash goes on with the content.
        ("Orla Vell said the weir would hold -- at least until spring.",
         [("the weir would hold -- at least until spring", "Orla Vell", "said")]),
    ],
)
def test_dash_before_concession_ends_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


# A passive cue that ends its clause with no agent reports its subject, with no
# source (``passives.unsourced_subject``).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject is what was reported; nobody is named as the source.
        ("The cost of the Brackwater barge was never disclosed.",
         [("The cost of the Brackwater barge", None, "disclosed")]),
        ("Two new kilns were announced on Tuesday.", [("Two new kilns", None, "announced")]),
        ("The levy had been quietly dropped, and the rise had been previously reported.",
         [("the rise", None, "reported")]),
        # Before a comma that closes a subordinate clause.
        ("When the Pellow case was argued, Orla Vell sat at the back.",
         [("the Pellow case", None, "argued")]),
        ("In each ward where the query was asked, the clerks said no.",
         [("no", "the clerks", "said"), ("the query", None, "asked")]),
        # A relative word stands for its head; after a preposition the phrase is kept.
        ("Tam Reddick kept the letters that were denied.", [("that", None, "denied")]),
        ("A vote was held, the results of which were announced.",
         [("the results of which", None, "announced")]),
    ],
)
def test_passive_subject_without_a_source(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The old barge, or the Heron as it was called, sank in May.",  # a name given
        "Tam Reddick was asked, but he shrugged.",  # the one asked, not the question
        "The mill stood where, it is said, a kiln once burned.",  # hearsay
        "The fees were not to be disclosed.",  # the passive of an infinitive
        "The levy was disclosed in full in the report.",  # the clause goes on
    ],
)
def test_no_subject_report(text: str) -> None:
    assert [q for q in reports_of(text) if q[2] in ("called", "asked", "said", "disclosed")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside of three words or more in parentheses that closes the content is the
        # writer's remark: the content ends before it.
        ("Orla Vell said the weir would hold (the crews doubt it).",
         [("the weir would hold", "Orla Vell", "said")]),
        # A short one stays (an initialism, a party, a word or two).
        ("Orla Vell said the toll would rise (again).",
         [("the toll would rise (again)", "Orla Vell", "said")]),
        # An aside inside the content, with words after it, stays.
        ("Orla Vell said the weir (the old one by the mill) would hold.",
         [("the weir (the old one by the mill) would hold", "Orla Vell", "said")]),
    ],
)
def test_closing_aside_ends_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue inside parentheses speaks for nothing outside them: a parenthetical or
        # postposed cue's content stays within the pair.
        ("Tam Reddick tells the crowd she may be sued over the old pier (the state of which, many rowers say, shows the guild at its worst).",
         [("she may be sued over the old pier", "Tam Reddick", "tells"),
          ("the state of which, many rowers say, shows the guild at its worst", "many rowers", "say")]),
        ("The weir held (the tallest in the valley, Lund said) through the storm.",
         [("the tallest in the valley", "Lund", "said")]),
        # A cue outside the pair keeps the whole clause.
        ("The weir (the tallest in the valley) held through the storm, Lund said.",
         [("The weir (the tallest in the valley) held through the storm", "Lund", "said")]),
    ],
)
def test_cue_in_brackets_keeps_its_content_inside(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "but" and a verb: a second predicate of the cue's subject, not of the object.
        ("Orla Fenwick blamed the flood on the wardens but later paid the fine.",
         [("the flood on the wardens", "Orla Fenwick", "blamed")]),
        ("Tam Reddick praised the ferry crews but has been quiet since the thaw.",
         [("the ferry crews", "Tam Reddick", "praised")]),
        # "as", a subject and a verb: a clause of time.
        ("Orla Fenwick condemned the raid on the granary as Brannock fired on the quay.",
         [("the raid on the granary", "Orla Fenwick", "condemned")]),
        ("Tam Reddick praised the lock keepers as they were closing the sluice.",
         [("the lock keepers", "Tam Reddick", "praised")]),
        # "but" before a subject, "as" before an article, after an -ing verb or
        # before a comma: the object's own words go on.
        ("Orla Fenwick blamed the flood on the wardens but the crews paid the fine.",
         [("the flood on the wardens but the crews paid the fine", "Orla Fenwick", "blamed")]),
        ("Tam Reddick cited the toll as a reason to sail at dawn.",
         [("the toll as a reason to sail at dawn", "Tam Reddick", "cited")]),
        ("Orla Fenwick accused the mill of dumping dye as it drained the pond.",
         [("the mill of dumping dye as it drained the pond", "Orla Fenwick", "accused")]),
        ("Tam Reddick praised the sluice he built but never finished.",
         [("the sluice he built but never finished", "Tam Reddick", "praised")]),
    ],
)
def test_object_content_ends_before_a_clause_of_its_own(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who carried the words is no part of them.
        ("Orla Fenwick denied the harbour charges through her lawyer.",
         [("the harbour charges", "Orla Fenwick", "denied")]),
        ("Tam Reddick said the ferry would sail through a spokeswoman on Monday.",
         [("the ferry would sail", "Tam Reddick", "said")]),
        # After a past form the phrase is the content's own; more words after it go on.
        ("Orla Fenwick said the grain money flowed through her lawyer.",
         [("the grain money flowed through her lawyer", "Orla Fenwick", "said")]),
        ("Tam Reddick said the levy went through his lawyer to the guild.",
         [("the levy went through his lawyer to the guild", "Tam Reddick", "said")]),
    ],
)
def test_messenger_phrase_ends_the_content(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short content with no verb: "and"/"but" with an auxiliary or "be" is the
        # cue subject's second predicate.
        ("Orla Fenwick claimed self-defence and was cleared of the charge.",
         [("self-defence", "Orla Fenwick", "claimed")]),
        ("Tam Reddick declined the post and has quietly gone back to the mill.",
         [("the post", "Tam Reddick", "declined")]),
        ("Orla Fenwick signaled a wish to sail but has been kept ashore.",
         [("a wish to sail", "Orla Fenwick", "signaled")]),
        # A clause (a subject pronoun first), a longer phrase or a past form after
        # the coordinator: the content goes on.
        ("Tam Reddick said he fears the flood and is leaving.",
         [("he fears the flood and is leaving", "Tam Reddick", "said")]),
        ("Orla Fenwick signaled a wish to mend the weir but has been kept ashore.",
         [("a wish to mend the weir but has been kept ashore", "Orla Fenwick", "signaled")]),
        ("Tam Reddick cites the closures and related losses at the mill.",
         [("the closures and related losses at the mill", "Tam Reddick", "cites")]),
    ],
)
def test_short_phrase_ends_before_a_second_predicate(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past form after an article, a number or an adverb modifies the noun after it.
        ("Her call to ban the unlicensed skiffs on Lake Morrow drew cheers.",
         [("to ban the unlicensed skiffs on Lake Morrow", "Her", "call")]),
        ("His call to fine 300 unregistered barges angered the Kell boatmen.",
         [("to fine 300 unregistered barges", "His", "call")]),
        ("Vell renewed her attacks on the newly appointed warden of the weir.",
         [("the newly appointed warden of the weir", "her", "attacks on")]),
        # Elsewhere a past form is the sentence's own verb.
        ("His promise to mend the pier pleased the guild.",
         [("to mend the pier", "His", "promise")]),
    ],
)
def test_past_form_modifying_a_noun_stays_in_the_phrase(text: str, expected: list[Expected]) -> None:
    assert reports_of(text) == sorted(expected)
