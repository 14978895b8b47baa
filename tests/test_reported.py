"""Reported speech (``indirect=True``): short passages written for these tests.

Each case gives a passage and every report it must yield, as
``(content, source mention, cue)``; ``None`` as the source means the text names
none.  The reports must be exactly these (no more).  The passages are invented:
names, places and sentences come from no evaluation document.

Conventions checked here (see docs/reported-speech.md): the content leaves out
a leading ``that`` and the sentence's final punctuation; a postposed cue's
content ends before its comma; a parenthetical cue's content is the whole
sentence, the cue inside it.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from quoteattr import Config, Lexicon, Quote, attribute_quotes
from quoteattr.attribute import Attributor
from quoteattr.rules.reported.records import LONGEST_CONTENT

Expected = tuple[str, "str | None", str]


class Case(NamedTuple):
    id: str
    text: str
    reports: list[Expected]


CASES = [
    # -- a reporting verb and its clause, in any tense --------------------------
    Case("said-bare", "Okafor said the bridge would cost about 14 million pounds.",
         [("the bridge would cost about 14 million pounds", "Okafor", "said")]),
    Case("said-that", "Okafor said that the bridge would open in May.",
         [("the bridge would open in May", "Okafor", "said")]),
    Case("says-present", "The harbour master says the storm moved more stone than ever.",
         [("the storm moved more stone than ever", "The harbour master", "says")]),
    Case("has-said", "Mayor Ines Halvorsen has said the ferry will keep running.",
         [("the ferry will keep running", "Mayor Ines Halvorsen", "said")]),
    Case("also-added", "Halvorsen also added that the budget was tight.",
         [("the budget was tight", "Halvorsen", "added")]),
    Case("time-before-that", "Okafor said on Tuesday that the talks had stalled.",
         [("the talks had stalled", "Okafor", "said")]),
    Case("time-no-that", "Okafor said Tuesday the talks had stalled.",
         [("the talks had stalled", "Okafor", "said")]),
    Case("statement-phrase", "The council said in a statement that the market would close early.",
         [("the market would close early", "The council", "said")]),
    Case("told-reporters", "Lund told reporters that the pier was closed for repairs.",
         [("the pier was closed for repairs", "Lund", "told")]),
    Case("told-him", "Lund told him the pier was closed.",
         [("the pier was closed", "Lund", "told")]),
    Case("told-listener-clause", "Lund told the harbour board he would resign.",
         [("he would resign", "Lund", "told")]),
    Case("told-listener-article", "Lund told reporters the ferry was late.",
         [("the ferry was late", "Lund", "told")]),
    Case("time-then-clitic", "Wenna Tredell has argued on the radio she's the wrong person to chair the weir board.",
         [("she's the wrong person to chair the weir board", "Wenna Tredell", "argued")]),
    Case("told-listener-clitic", "Brannock told the ferry crews they'd be paid on Friday.",
         [("they'd be paid on Friday", "Brannock", "told")]),
    # -- an infinitive of purpose after a named subject's clause speaks for it ------
    Case("purpose-after-phrase", "Tilde Marsk drove to the depot on the hill to complain about the late buses.",
         [("the late buses", "Tilde Marsk", "complain about")]),
    Case("purpose-after-time", "Tilde Marsk met the dock workers on Monday to discuss the new shift rota.",
         [("the new shift rota", "Tilde Marsk", "discuss")]),
    # a speech noun that ends the text has no word after it to read (it raised IndexError)
    Case("speech-noun-alone", "Warnings", []),
    Case("infinitive-of-noun", "Brannock has the power to question the clerks.", []),
    Case("infinitive-of-intention", "Tilde Marsk decided not to criticize the mill owners.", []),
    Case("infinitive-of-negated-noun", "Brannock made the decision not to criticize the mill owners.", []),
    Case("infinitive-of-adjective", "Brannock found it hard to describe the flood.", []),
    Case("infinitive-too", "The count in Carrow was too close to call.", []),
    Case("infinitive-for-subject", "A chance for Brannock to dispute the levy was lost.", []),
    Case("infinitive-enough", "Kowal waited long enough to criticize the board.", []),
    Case("infinitive-too-before-adverb", "Kowal stayed too briefly to discuss the rota.", []),
    Case("infinitive-for-subject-after-noun", "Kowal set aside an hour for the crews to discuss the rota.", []),
    # the name after a verb is its object and the infinitive's subject, who has not spoken yet
    Case("infinitive-of-object", "Tobias Hale paid Kowal to deny the story.", []),
    Case("purpose-after-time-name", "Orla Fenwick returned Friday to discuss the new shift rota.",
         [("the new shift rota", "Orla Fenwick", "discuss")]),
    # a cue verb with a common sense that is no speech reports only a clause or a topic
    Case("purpose-bare-sense", "Orla Fenwick went back to the quay to claim her luggage.", []),
    Case("purpose-bare-sense-clause", "Orla Fenwick rowed to Lund to claim that the toll was unfair.",
         [("the toll was unfair", "Orla Fenwick", "claim")]),
    Case("purpose-bare-sense-object-told-to-act", "Kowal went down to the quay to order the crew to row.",
         [("the crew to row", "Kowal", "order")]),
    # a thing is told nothing: its infinitive gives its use
    Case("purpose-bare-sense-thing-to-act", "Tobias Hale stepped out to call a cab to carry his crates up to the ferry.", []),
    Case("purpose-bare-sense-it-to-act", "Kowal walked up to the gate to order it to be locked.", []),
    Case("purpose-bare-sense-called-thing", "Kowal ran down the pier to call a cab to take him home.", []),
    # a person noun no lexicon lists is no thing: only the few things one calls are
    Case("purpose-bare-sense-unlisted-person-to-act", "Orla Fenwick stepped in to order a guard to open the gate.",
         [("a guard to open the gate", "Orla Fenwick", "order")]),
    Case("infinitive-after-intention-no-subject", "Orla Fenwick hopes to announce the rota soon.", []),
    # an intention before the cue: nothing has been said yet, whatever the subject or tense
    Case("infinitive-after-intention-past", "Orla Fenwick hoped to announce the rota soon.", []),
    Case("infinitive-after-intention-description", "The harbour master hopes to announce that the slipway will open.", []),
    Case("infinitive-after-intention-negated", "Tobias Hale decided not to criticize the ferrymen.", []),
    Case("infinitive-after-intention-clause", "Kowal plans to say the ferry will leave at noon.", []),
    Case("purpose-after-listener-long-subject", "Kowal rang the ward to ask about the blankets.",
         [("the blankets", "Kowal", "ask about")]),
    Case("told-listener-question", "Lund told the crowd why the ferry was late.",
         [("why the ferry was late", "Lund", "told")]),
    Case("denied", "The company denied that it had dumped waste in the river.",
         [("it had dumped waste in the river", "The company", "denied")]),
    Case("warned", "Doctors warned that the clinic could run out of vaccine.",
         [("the clinic could run out of vaccine", "Doctors", "warned")]),
    Case("insisted", "Brandt insisted the vote had been fair.",
         [("the vote had been fair", "Brandt", "insisted")]),
    Case("argued", "The union argued that wages had fallen behind prices.",
         [("wages had fallen behind prices", "The union", "argued")]),
    Case("announced", "The ministry announced that the port would reopen on Monday.",
         [("the port would reopen on Monday", "The ministry", "announced")]),
    Case("asked-whether", "Lund asked whether the ferry would run on Sunday.",
         [("whether the ferry would run on Sunday", "Lund", "asked")]),
    Case("asked-listener-if", "Okafor asked the mayor if the school would stay open.",
         [("if the school would stay open", "Okafor", "asked")]),
    Case("vowed-to", "The governor vowed to rebuild the sea wall.",
         [("to rebuild the sea wall", "The governor", "vowed")]),
    Case("urged-object", "Residents urged the council to repair the road.",
         [("the council to repair the road", "Residents", "urged")]),
    Case("criticized-object", "Halvorsen criticized the plan as too costly.",
         [("the plan as too costly", "Halvorsen", "criticized")]),
    Case("called-for", "The nurses called for a new hospital in the valley.",
         [("a new hospital in the valley", "The nurses", "called for")]),
    Case("refused-to-say", "Brandt refused to say whether he would run again.",
         [("whether he would run again", "Brandt", "say")]),
    Case("progressive", "The mayor is saying the flood barrier will hold.",
         [("the flood barrier will hold", "The mayor", "saying")]),
    # -- sources: pronouns, titles, roles, groups, organisations, none ------------
    Case("pronoun-source", "She said the harvest had been poor.",
         [("the harvest had been poor", "She", "said")]),
    Case("title-source", "Sen. Marta Vetch said the bill would pass.",
         [("the bill would pass", "Sen. Marta Vetch", "said")]),
    Case("role-source", "A spokeswoman for the airline said flights would resume.",
         [("flights would resume", "A spokeswoman for the airline", "said")]),
    Case("group-source", "Officials said the harbour would stay open.",
         [("the harbour would stay open", "Officials", "said")]),
    Case("organisation-source", "The Port Authority said the cranes were safe.",
         [("the cranes were safe", "The Port Authority", "said")]),
    Case("appositive-source", "Aino Virta, a nurse at the clinic, said the wards were full.",
         [("the wards were full", "Aino Virta", "said")]),
    Case("counting-source", "Two in three said the tax was unfair.",
         [("the tax was unfair", "Two in three", "said")]),
    Case("no-source-passive", "It was reported that the mayor had resigned.",
         [("the mayor had resigned", None, "reported")]),
    Case("passive-by", "Lund was asked by reporters whether the pier was safe.",
         [("whether the pier was safe", "reporters", "asked")]),
    Case("asked-opener", "Asked whether the pier was safe, Lund shrugged.",
         [("whether the pier was safe", None, "Asked")]),
    # -- according to X, before, after and around its content ---------------------
    Case("according-before", "According to the harbour master, storms moved more stone this year.",
         [("storms moved more stone this year", "the harbour master", "According to")]),
    Case("according-after", "Storms moved more stone this year, according to the harbour master.",
         [("Storms moved more stone this year", "the harbour master", "according to")]),
    Case("according-middle", "The storms, according to the harbour master, moved more stone.",
         [("The storms, according to the harbour master, moved more stone", "the harbour master", "according to")]),
    Case("according-after-opening-but",
         "But, according to Wenna Tredell, the weir will hold through the spring floods.",
         [("the weir will hold through the spring floods", "Wenna Tredell", "according to")]),
    Case("according-after-opening-subordinator-ends-at-main-clause",
         "If, according to the tide tables, the water rises tonight, the quay will flood.",
         [("the water rises tonight", "the tide tables", "according to")]),
    Case("according-to-if-clause-then-coordinated-subject",
         "If, according to Wenna Tredell, the barge reaches Pellham, Kowal and Hale will unload it.",
         [("the barge reaches Pellham", "Wenna Tredell", "according to")]),
    # A main clause may open on a list of names or on a name and its appositive:
    # its commas end the content, they are no list inside it.
    Case("according-to-if-clause-then-subject-list",
         "If, according to Wenna Tredell, the ferry reaches Lund, Kowal, Hale and Brandt will be happy.",
         [("the ferry reaches Lund", "Wenna Tredell", "according to")]),
    Case("according-to-if-clause-then-subject-appositive",
         "If, according to the tally, the ferry lost money, Kowal, the owner, will sell it.",
         [("the ferry lost money", "the tally", "according to")]),
    Case("according-after-opening-although-ends-at-main-clause",
         "Although, according to the tally, the dockers' slate won four seats, Bram Kowal kept his post.",
         [("the dockers' slate won four seats", "the tally", "according to")]),
    Case("according-after-subordinator",
         "The ferry turned back after, according to Orla Fenwick, the crew saw ice on the weir.",
         [("the crew saw ice on the weir", "Orla Fenwick", "according to")]),
    Case("according-after-relative",
         "The gangs have raided two depots, according to the Coastal Watch Trust, which tracks such thefts.",
         [("The gangs have raided two depots", "Coastal Watch Trust", "according to")]),
    Case("according-after-who",
         "The ferry will stop in May, according to a boatman, who works the night crossing.",
         [("The ferry will stop in May", "a boatman", "according to")]),
    Case("parenthetical-bare-plural",
         "In the end, Mr. Okafor said, dock workers nearly always vote for the mayor.",
         [("dock workers nearly always vote for the mayor", "Mr. Okafor", "said")]),
    Case("parenthetical-bare-mass",
         "For now, the warden says, seawater keeps the cellars cool.",
         [("seawater keeps the cellars cool", "the warden", "says")]),
    Case("but-same-subject",
         "Lund said the vote was fair, but required every ward to send a clerk.",
         [("the vote was fair, but required every ward to send a clerk", "Lund", "said")]),
    Case("but-new-subject",
         "Lund said the vote was fair, but the count was slow.",
         [("the vote was fair", "Lund", "said")]),
    Case("but-quantified-subject",
         "Lund said the vote was fair, but several wards counted twice.",
         [("the vote was fair", "Lund", "said")]),
    Case("parenthetical-then-because",
         "The pier is closing, the warden said, because the tides have risen.",
         [("The pier is closing, the warden said, because the tides have risen", "the warden", "said")]),
    Case("medium-interview-trailing",
         "Lund said the pier was safe in an interview with the Harbour Gazette.",
         [("the pier was safe", "Lund", "said")]),
    Case("medium-speech-trailing",
         "Orla Fenwick said the weir would hold in a speech to the rowing guild.",
         [("the weir would hold", "Orla Fenwick", "said")]),
    Case("medium-speech-with-name-trailing",
         "Tam Reddick said the toll was too high in his Kelby speech.",
         [("the toll was too high", "Tam Reddick", "said")]),
    # a bare "speech" is a topic, not where the words were said
    Case("medium-bare-speech-is-topic",
         "Orla Fenwick said she believed in free speech.",
         [("she believed in free speech", "Orla Fenwick", "said")]),
    Case("medium-twitter-object",
         "Okafor praised the lifeboat crew on Twitter before the vote.",
         [("the lifeboat crew", "Okafor", "praised")]),
    Case("medium-inside-clause",
         "Lund said the remarks in the statement were unfair.",
         [("the remarks in the statement were unfair", "Lund", "said")]),
    Case("medium-noun-modifies-noun",
         "Lund said the crew will focus on the interview schedule.",
         [("the crew will focus on the interview schedule", "Lund", "said")]),
    Case("medium-radio-ads-inside-clause",
         "Okafor said the guild would appear in radio ads during the fair.",
         [("the guild would appear in radio ads during the fair", "Okafor", "said")]),
    Case("medium-on-statement-is-object",
         "Lund said the clerks worked on the statement for a month.",
         [("the clerks worked on the statement for a month", "Lund", "said")]),
    Case("medium-on-bare-radio-is-object",
         "Okafor said the board would spend less on radio.",
         [("the board would spend less on radio", "Okafor", "said")]),
    # A long phrase before "that" after a name: a bare noun subject follows it.
    Case("long-phrase-that-bare-subject",
         "Orla Vell said in a long letter to the Tarrow Courier that fear is spreading.",
         [("fear is spreading", "Orla Vell", "said")]),
    # A listener verb's particle after its listener opens what was told, as after "asked".
    Case("listener-particle-of",
         "Tam Reddick reminded the crew of the stakes.",
         [("of the stakes", "Tam Reddick", "reminded")]),
    Case("listener-particle-about",
         "Orla Vell warned the ferrymen about the rotten pier.",
         [("about the rotten pier", "Orla Vell", "warned")]),
    # A subject read before the cue's verb group when the plain readings find none.
    Case("subject-before-verb-group-after-and",
         "The divers found nothing, and the P.H.A. has said it knew of no fault in the hull.",
         [("it knew of no fault in the hull", "the P.H.A.", "said")]),
    Case("subject-neither-before-modal",
         "Neither crew would say whether the pier is safe.",
         [("whether the pier is safe", "Neither crew", "say")]),
    Case("subject-before-be-and-ing", "Older sailors have been saying the pier is unsafe.",
         [("the pier is unsafe", "Older sailors", "saying")]),
    Case("never-time-subject-before-modal", "Only time will tell whether the new pier can hold.", []),
    # A participle that fills the object of a verb of class spend_verb: its subject speaks.
    Case("spend-time-participle",
         "Tam Reddick spent much of his speech attacking the wardens.",
         [("the wardens", "Tam Reddick", "attacking")]),
    Case("devote-to-participle",
         "The ferry union devoted the evening to praising the levy.",
         [("the levy", "The ferry union", "praising")]),
    Case("join-in-participle",
         "Orla Vell joined the wardens in urging the council to act.",
         [("the council to act", "Orla Vell", "urging")]),
    Case("focus-on-participle",
         "At the fair, Tam Reddick focused on praising the new ferry.",
         [("the new ferry", "Tam Reddick", "praising")]),
    Case("gerund-verb-begun", "The wardens have begun urging the council to act.",
         [("the council to act", "The wardens", "urging")]),
    Case("gerund-verb-avoided", "Orla Vell has avoided directly criticizing the harbour master.",
         [("the harbour master", "Orla Vell", "criticizing")]),
    # Any cue verb takes the subject read forward from the clause start when the plain
    # reading finds none, if it can speak; not a noun after a determiner.
    Case("long-subject-any-cue-verb", "Tarrow's harbour master criticized the wardens.",
         [("the wardens", "Tarrow's harbour master", "criticized")]),
    # Not the crews: the relative pronoun is the subject (the board's report).
    Case("never-long-subject-after-relative",
         "To settle it, the crews turned to the Harbour Board which reported a loss in May.",
         [("a loss in May", "which", "reported")]),
    Case("never-point-after-determiner",
         "At this point, the ferry crews can only wait for the tide to turn.", []),
    Case("never-spent-passive-participle", "Half of the guild's fund was spent on posters attacking the wardens.", []),
    Case("medium-at-briefing-inside-clause",
         "Lund said she had read the report at a briefing on Monday.",
         [("she had read the report at a briefing on Monday", "Lund", "said")]),
    # A present form right after the cue's comma is the predicate of the words before the cue.
    Case("parenthetical-after-subject-present-verb",
         "The levy, Okafor said, makes sense for the harbour.",
         [("The levy, Okafor said, makes sense for the harbour", "Okafor", "said")]),
    Case("parenthetical-adverb-then-present-verb",
         "Tam Reddick, Wenna Hale said, never forgives a slight.",
         [("Tam Reddick, Wenna Hale said, never forgives a slight", "Wenna Hale", "said")]),
    Case("parenthetical-present-verb-after-explained",
         "The nickname, Orla Vell explained, comes from an old ferry.",
         [("The nickname, Orla Vell explained, comes from an old ferry", "Orla Vell", "explained")]),
    Case("parenthetical-after-subject-plural-verb",
         "The tolls, Lund said, remain steep.", []),
    Case("parenthetical-adverb-then-clause",
         "In the end, Mr. Okafor said, however, the vote was lost.",
         [("In the end, Mr. Okafor said, however, the vote was lost", "Mr. Okafor", "said")]),
    Case("according-name", "According to Ilse Brandt, the vote was rigged.",
         [("the vote was rigged", "Ilse Brandt", "According to")]),
    # -- speech nouns --------------------------------------------------------------
    Case("noun-possessive", "Critics doubted the ministry's announcement that the port would reopen.",
         [("the port would reopen", "the ministry's", "announcement")]),
    Case("noun-his-claim", "Nobody believed his claim that the ledger was lost.",
         [("the ledger was lost", "his", "claim")]),
    Case("noun-by", "A statement by the council that the dam was sound calmed nobody.",
         [("the dam was sound", "the council", "statement")]),
    # -- postposed and inverted cues -------------------------------------------------
    Case("postposed", "The plan failed, officials said.",
         [("The plan failed", "officials", "said")]),
    Case("postposed-time", "The pier will reopen in June, the council said on Friday.",
         [("The pier will reopen in June", "the council", "said")]),
    Case("postposed-listener", "The ferry will not run this winter, Lund told reporters.",
         [("The ferry will not run this winter", "Lund", "told")]),
    Case("inverted", "The plan failed, said the minister.",
         [("The plan failed", "the minister", "said")]),
    # the name after an inverted source's role, and a relative clause on it, describe the source
    Case("inverted-role-then-name-relative",
         "The tide gauge is broken, said the ferry's relief pilot, Tobias Hale, who keeps the log.",
         [("The tide gauge is broken", "the ferry's relief pilot", "said")]),
    Case("inverted-role-then-name",
         "The tide gauge is broken, said the ferry's relief pilot, Tobias Hale.",
         [("The tide gauge is broken", "the ferry's relief pilot", "said")]),
    Case("inverted-role-then-name-predicate",
         "The slipway, said the clerk, Tobias Hale, was unsafe.",
         [("The slipway, said the clerk, Tobias Hale, was unsafe", "the clerk", "said")]),
    Case("inverted-appositive", "The plan failed, said Ada Pell, a minister.",
         [("The plan failed", "Ada Pell", "said")]),
    Case("postposed-long-source", "The wall held, city engineer Tomas Rieck said.",
         [("The wall held", "Tomas Rieck", "said")]),
    Case("parenthetical", "The plan, she said, would fail.",
         [("The plan, she said, would fail", "she", "said")]),
    Case("cue-form-before-a-role-noun", "Many protest nurses told us the vigil was called off.",
         [("the vigil was called off", "nurses", "told")]),
    Case("reporting-verb-before-a-role-noun-and-verb", "Roe said officials said the pier failed.",
         [("officials said the pier failed", "Roe", "said")]),
    Case("cue-form-as-verb-before-that", "Residents protest that the tolls are unfair.",
         [("the tolls are unfair", "Residents", "protest")]),
    Case("parenthetical-past", "The tolls, she insisted, rose only once.",
         [("The tolls, she insisted, rose only once", "she", "insisted")]),
    Case("parenthetical-irregular-past", "The figures, the clerk said, came from the census.",
         [("The figures, the clerk said, came from the census", "the clerk", "said")]),
    # one cue right after another: the second is a link of a chain, and both report the clause after it
    Case("parenthetical-second-link", "The ferry clerk said, Tobias Hale agreed, the timetable was wrong.",
         [("the timetable was wrong", "The ferry clerk", "said"), ("the timetable was wrong", "Tobias Hale", "agreed")]),
    # a description and a pair of names are links too: the first cue reads past them
    Case("parenthetical-second-link-description", "Kowal said, the lock keeper agreed, the sluice was jammed.",
         [("the sluice was jammed", "Kowal", "said"), ("the sluice was jammed", "the lock keeper", "agreed")]),
    Case("parenthetical-second-link-pair", "Ivo Dunmore said, Orla Fenwick and Tobias Hale recalled, the weir had cracked.",
         [("the weir had cracked", "Ivo Dunmore", "said"), ("the weir had cracked", "Tobias Hale", "recalled")]),
    Case("shared-that-clause-pair", "Ivo Dunmore said, and Orla Fenwick and Tobias Hale recalled, that the weir had cracked.",
         [("the weir had cracked", "Ivo Dunmore", "said"), ("the weir had cracked", "Tobias Hale", "recalled")]),
    Case("parenthetical-inverted", "The bridge, said Okafor, was never safe.",
         [("The bridge, said Okafor, was never safe", "Okafor", "said")]),
    Case("as-noted", "As Halvorsen noted, the budget is tight.",
         [("the budget is tight", "Halvorsen", "noted")]),
    # an adjunct of the cue before the comma: the "as" clause still ends there
    Case("as-noted-adjunct", "As the Kelby Courier reported on Monday, the toll bridge will shut for a month.",
         [("the toll bridge will shut for a month", "Kelby Courier", "reported")]),
    Case("as-noted-adverb-time", "But as Wenna Tredell noted only yesterday, the lock gates need new hinges.",
         [("the lock gates need new hinges", "Wenna Tredell", "noted")]),
    # words with a verb of their own are the cue's clause, not an adjunct
    Case("as-said-clause", "As Kowal said in March the weir would close, Lund sold his boat.",
         [("the weir would close", "Kowal", "said")]),
    # an adjunct that makes the cue an activity gives the "as" of while: nothing was said
    Case("never-as-argued-with", "As Lund argued with Hale in the hall, the crowd cheered.", []),
    Case("never-as-explained-at-length", "As Lund explained at length, the crowd grew restless.", []),
    # -- several reports in one sentence ---------------------------------------------
    # two cues between commas share the content after "that": each reports it
    Case("shared-that-clause", "Kowal said, and Tobias Hale agreed, that the weir would hold.",
         [("the weir would hold", "Kowal", "said"), ("the weir would hold", "Tobias Hale", "agreed")]),
    # a chain of three cues set off by commas: each reports the clause after "that"
    Case("shared-that-clause-three", "Orla Fenwick wrote, Bram Kowal argued, and the lock keeper swore, that the sluice was sound.",
         [("the sluice was sound", "Orla Fenwick", "wrote"), ("the sluice was sound", "Bram Kowal", "argued"),
          ("the sluice was sound", "the lock keeper", "swore")]),
    Case("shared-that-clause-two-no-coordinator", "Tobias Hale insisted, Orla Fenwick conceded, that the barges ran late.",
         [("the barges ran late", "Tobias Hale", "insisted"), ("the barges ran late", "Orla Fenwick", "conceded")]),
    # two tags set off inside a clause are no chain: the clause is not reported twice
    Case("never-chain-of-inserted-tags", "The weir will hold, Orla Fenwick wrote, Ivo Dunmore agreed, until the spring floods.",
         [("The weir will hold, Orla Fenwick wrote, Ivo Dunmore agreed, until the spring floods", "Orla Fenwick", "wrote")]),
    # a parenthetical cue after a clause of its own keeps the whole sentence
    Case("parenthetical-before-that", "It is no secret, Kowal said, that the weir leaks.",
         [("It is no secret, Kowal said, that the weir leaks", "Kowal", "said")]),
    Case("shared-that-clause-but", "Fenwick warned, but the mayor denied, that the lock gates had rusted.",
         [("the lock gates had rusted", "Fenwick", "warned"), ("the lock gates had rusted", "the mayor", "denied")]),
    Case("coordinated", "Roe said the pier was safe, and Lund said it was not.",
         [("the pier was safe", "Roe", "said"), ("it was not", "Lund", "said")]),
    Case("participle-saying", "The union wrote to its members on Friday, saying the strike would go ahead.",
         [("the strike would go ahead", "The union", "saying")]),
    # -- a participle right after a noun phrase (a reduced relative) speaks for it -------
    Case("sent-work-participle", "The ferry union issued a leaflet on Tuesday urging the council to mend the slipway.",
         [("the council to mend the slipway", "The ferry union", "urging")]),
    Case("sent-work-participle-particle", "Kowal put out a memo stressing that the nets were torn.",
         [("the nets were torn", "Kowal", "stressing")]),
    # with no light verb the work speaks for no source: who wrote it is not said
    Case("work-participle-no-light-verb", "Kowal found a letter urging the council to act.",
         [("the council to act", None, "urging")]),
    # who prints a work is not its author
    Case("published-work-no-sender", "The Harbour Gazette published a letter attacking the warden.",
         [("the warden", None, "attacking")]),
    Case("work-participle-after-verb-object", "Halloran's crew heard radio spots praising Dunmere's new ferry.",
         [("Dunmere's new ferry", None, "praising")]),
    # a work that opens the sentence: its content ends before the main verb
    Case("work-participle-subject", "A petition urging a ban on night trawling has drawn 900 names.",
         [("a ban on night trawling", None, "urging")]),
    # a work in a fronted phrase: its content ends at the phrase's comma
    Case("work-participle-fronted-phrase", "In a leaflet condemning the toll, Orla Vell asked for calm.",
         [("the toll", None, "condemning"), ("calm", "Orla Vell", "asked for")]),
    Case("never-work-participle-not-a-report", "A memo listing the berths was pinned to the door.", []),
    Case("sent-work-in-fronted-clause", "Before the dock union issued leaflets urging a boycott, the ferry left.",
         [("a boycott", "the dock union", "urging")]),
    Case("reduced-object-saying", "Kowal recorded the mayor saying that the ferry would be late.",
         [("the ferry would be late", "the mayor", "saying")]),
    # The object of a verb of contact or a listener verb heard the participle's words: the subject spoke.
    Case("never-reduced-after-contact-verb", "Brisk emailed Tamsin Orr asking whether the lock would open.", []),
    Case("never-reduced-kin-after-contact-verb", "Brisk phoned her sister saying the lock was shut.", []),
    # Inside a ", who ... ," clause the participle's content ends at the clause's comma.
    Case("reduced-inside-relative-clause", "Brisk, who had overheard Tamsin saying that the lock was jammed, rowed home.",
         [("the lock was jammed", "Tamsin", "saying")]),
    Case("never-reduced-sentence-subject", "Shoppers demanding refunds queued at the till.", []),
    Case("participle-adding", "Okafor said the bridge was late, adding that costs had doubled.",
         [("the bridge was late", "Okafor", "said"), ("costs had doubled", "Okafor", "adding")]),
    Case("second-predicate", "Roe insisted the pier was unsafe and closed it for a week.",
         [("the pier was unsafe", "Roe", "insisted")]),
    Case("second-predicate-adverb", "Lund denied the charges and quietly resigned from the board.",
         [("the charges", "Lund", "denied")]),
    # After a quote, a cue that names its listener first still reports the clause after the listener.
    Case("listener-cue-after-partial-quote",
         'With a nod to his "old friends," the innkeeper assured the drovers that the barn was dry.',
         [("the barn was dry", "the innkeeper", "assured")]),
    Case("listener-cue-after-quote-time-that", '"We sail at six," Brannock told the ferry crews that morning.', []),
    # A quote closed on "?" or "!" is tagged by the cue after it, as one closed on a comma is.
    Case("never-cue-after-question-quote",
         '“Will the ferry ever sail again?” Vell asked the wardens angrily at a meeting of the guild.', []),
    Case("never-cue-after-exclaimed-quote",
         '“The harbour is closed!” Tam Reddick declared, a line he uses at each meeting of the guild.', []),
    # A capitalised pronoun after it opens a new sentence: its cue reports its own clause.
    Case("cue-after-exclaimed-quote-new-sentence",
         'The crowd cheered. “We sail at dawn!” She told the crew that the tide was right.',
         [("the tide was right", "She", "told")]),
    # A relative "that" after the listener, its verb right after it, opens no report.
    Case("never-listener-relative-that-aux", '"Sit down," she told the dog that had followed her in.', []),
    Case("never-listener-relative-that-past", '"Run," he told the boy that stood by the gate.', []),
    Case("never-listener-relative-that-be", '"Stay here," he told the boy that was with him.', []),
    # A content never holds an unbalanced quotation mark: one that ends right before ',"' takes the marks.
    Case("content-takes-closing-mark",
         'Since Kowal insists the tariff is "a gift to the big trawlers," few skippers will vote for him.',
         [('the tariff is "a gift to the big trawlers,"', "Kowal", "insists")]),
    Case("content-takes-curly-closing-mark",
         "Since Kowal insists the tariff is \u201ca gift to the big trawlers,\u201d few skippers will vote for him.",
         [("the tariff is \u201ca gift to the big trawlers,\u201d", "Kowal", "insists")]),
    # Two cues never share one content: the first cue's report stays ("the meeting they had called": a relative clause).
    Case("one-content-one-report",
         "Nia Brack said at the meeting they had called that the ferry budget was short.",
         [("the ferry budget was short", "Nia Brack", "said")]),
    # A surname that is also a time word is the source, unless a number counts it.
    Case("surname-time-word",
         "At the boatyard we met Orla Day, who builds dinghies from larch. Weeks later Day wrote to us that the "
         "larch had split.",
         [("the larch had split", "Day", "wrote")]),
    Case("surname-time-word-after-opener",
         "The keeper of the upper lock is Piet Hours. Before dawn, Hours warned the bargemen that the gates were stuck.",
         [("the gates were stuck", "Hours", "warned")]),
    Case("surname-time-word-opens-sentence",
         "Ilse Weeks rows the mail boat. Weeks said the channel silts up in spring.",
         [("the channel silts up in spring", "Weeks", "said")]),
    # The name of a holiday is no given name: "Day" stays a time word.
    Case("never-holiday-name-makes-a-surname",
         "The village of Kessel keeps Harvest Day with a parade. Day said the pennants were torn.", []),
    Case("never-holiday-after-date-opener-makes-a-surname",
         "The boatyard shuts on Lantern Day. Later, Day said the pennants were torn.", []),
    Case("never-possessed-day-makes-a-surname",
         "Kessel keeps Sailors' Day quietly; Mariner's Day is louder. Day said the pennants were torn.", []),
    Case("never-counted-time-word-subject",
         "Mira Hours drew up the almanac. In it, 30 Hours explains when the frost should lift.", []),
    # A time word that opens the sentence is capitalised for that, even when someone bears it as a surname.
    Case("opening-time-word-is-no-surname",
         "Nell Morning keeps the quay. Morning brought rain to the quay; the wardens, soaked to the skin, mended the nets and denied every rumour.",
         []),
    # A day's name after "on" is when they spoke: the subject stands before it.
    Case("named-day-is-no-source", "Anglers on Regatta Day said the pike had moved upstream.",
         [("the pike had moved upstream", "Anglers", "said")]),
    # A relative "that" whose verb's object is the listener: the clause ends after its verb (and a degree word).
    Case("never-listener-relative-that-object",
         '"Keep the lamps lit," Maren told the sailors that she trusted most.', []),
    Case("never-listener-relative-that-object-bare", '"Row," Tobin told the lads that he had hired.', []),
    Case("listener-that-clause-after-pronoun-listener",
         '"Row," Tobin told them that he trusted the tide.',
         [("he trusted the tide", "Tobin", "told")]),
    # A fixed aside (parenthetical_phrases.txt) with a speech verb in it reports nothing.
    Case("never-aside-to-say-the-least", "The harvest was thin, to say the least, and the miller shut his doors.", []),
    Case("aside-then-report", "The tolls were high, to put it mildly, and Lund said the fares would rise.",
         [("the fares would rise", "Lund", "said")]),
    # A four-letter regular past (short_pasts.txt) is a finite verb: the joined clause has its own subject.
    Case("joined-clause-short-past",
         "The Orlin dockworkers met at noon, and the guild sued the port authority and said its fees were illegal.",
         [("its fees were illegal", "the guild", "said")]),
    Case("joined-pasts-stay", "Roe said the ferry was built and launched in the same year.",
         [("the ferry was built and launched in the same year", "Roe", "said")]),
    Case("two-appositives", "Dana Holt, 58, a nurse from Elmbrook, said the clinic was short of staff.",
         [("the clinic was short of staff", "Dana Holt", "said")]),
    Case("appositive-relative", "Ola Berg, 61, who farms near the coast, says the dunes are moving.",
         [("the dunes are moving", "Ola Berg", "says")]),
    Case("participle-adverb", "Roe raised doubts about the survey, falsely suggesting that it was rigged.",
         [("it was rigged", "Roe", "suggesting")]),
    # an adverb without -ly (class participle_adverb) between the comma and the participle
    Case("participle-later", "The skipper left the quay at dawn, later claiming the tide had turned early.",
         [("the tide had turned early", "The skipper", "claiming")]),
    Case("by-saying", "Roe ended the meeting by saying the pier would stay shut.",
         [("the pier would stay shut", "Roe", "saying")]),
    Case("nested-does-not-hide", "Lund, who says Roe is attacking him, said voters should back him.",
         [("Roe is attacking him", "who", "says"), ("voters should back him", "Lund", "said")]),
    Case("time-before-cue", "Lund, who in 2010 said the pier was unsafe, resigned.",
         [("the pier was unsafe", "who", "said")]),
    Case("time-words-before-cue", "Roe last week said the ferry would run.",
         [("the ferry would run", "Roe", "said")]),
    Case("and-new-clause", "Roe said the pier was safe, and the crowd cheered.",
         [("the pier was safe", "Roe", "said")]),
    Case("and-list-stays", "Roe said the plan would cut jobs, raise taxes, and hurt growth.",
         [("the plan would cut jobs, raise taxes, and hurt growth", "Roe", "said")]),
    # a serial comma before "and" and a capitalised word or an article closes a list item
    Case("and-list-last-item-stays", "Wenna Kowal blamed the flood on Lund, Hale, and the Kell rowers.",
         [("the flood on Lund, Hale, and the Kell rowers", "Wenna Kowal", "blamed")]),
    # an aside between the commas is no list item: the clause after "and" is a new one
    Case("and-after-aside-cuts", "Kowal said the gates would hold for a week, at most, and the crews believed her.",
         [("the gates would hold for a week, at most", "Kowal", "said")]),
    Case("noun-object-possessor", "Lund's harsh criticism of the council surprised nobody.",
         [("the council", "Lund's", "criticism of")]),
    Case("noun-object-criticism-on", "Tam Reddick heaped criticism on the harbour board.",
         [("the harbour board", "Tam Reddick", "criticism on")]),
    Case("noun-object-message-about", "Orla Vell delivered a message about patience and thrift.",
         [("patience and thrift", "Orla Vell", "message about")]),
    Case("noun-object-testimony-about", "Tam Reddick gave testimony about the broken crane.",
         [("the broken crane", "Tam Reddick", "testimony about")]),
    Case("noun-object-criticism-about", "Orla Vell kept up her criticism about the ferry fares.",
         [("the ferry fares", "her", "criticism about")]),
    Case("noun-object-verb", "Lund raised questions about the budget of the port.",
         [("the budget of the port", "Lund", "questions about")]),
    Case("noun-object-time", "Roe renewed her attacks on the mayor in a speech on Friday.",
         [("the mayor", "her", "attacks on")]),
    # "on" or "in" before a bare word goes on with the topic; before "the" or a time it ends it
    Case("noun-object-topic-preposition", "Roe renewed her attacks on the mayor's record on tolls.",
         [("the mayor's record on tolls", "her", "attacks on")]),
    Case("noun-object-topic-in", "Lund voiced fresh criticism of the cost of dredging in shallow water.",
         [("the cost of dredging in shallow water", "Lund", "criticism of")]),
    # a bare word of manner, venue or season after "on" or "in" ends the topic
    # a phrase of time of class object_adjunct after the whole phrase is when, not what
    Case("noun-object-following", "Tam Reddick fielded sharp criticism on the harbour tolls following two storms.",
         [("the harbour tolls", "Tam Reddick", "criticism on")]),
    # a headline in title case: the subject of a light verb up to three words before the noun
    Case("noun-object-title-case", "Harbour Master Makes Strong Statement About Ferry Tolls.",
         [("Ferry Tolls", "Harbour Master", "Statement About")]),
    Case("never-noun-object-title-case-no-light-verb", "Harbour Master Hears Questions About Ferry Tolls.", []),
    # a relative clause on the phrase's last noun goes with it, unless the noun's phrase is the subject
    Case("noun-object-relative", "Orla Vell kept up her criticism of a law that shields dredgers from fines.",
         [("a law that shields dredgers from fines", "her", "criticism of")]),
    Case("noun-object-relative-subject", "His attacks on skippers who fished late angered the guild.",
         [("skippers", "His", "attacks on")]),
    Case("noun-object-on-camera", "Roe voiced her criticism of the plan on camera.",
         [("the plan", "her", "criticism of")]),
    Case("noun-object-in-season", "Roe renewed her attacks on the cost of dredging in winter.",
         [("the cost of dredging", "her", "attacks on")]),
    # a time phrase, the means and adverbs before the verb are no part of what was attacked
    Case("noun-object-last-night", "Nobody in Dunmere forgot his attack on Tamsin Vey last week.",
         [("Tamsin Vey", "his", "attack on")]),
    Case("noun-object-by-gerund", "Kowal will soften her attacks on the warden by visiting the lock.",
         [("the warden", "her", "attacks on")]),
    # only a preposition of the means cuts before an -ing verb, and not inside an infinitive
    Case("noun-object-to-gerund-stays", "The ferry guild made fresh calls for a pause to dredging.",
         [("a pause to dredging", "The ferry guild", "calls for")]),
    Case("noun-object-by-gerund-of-infinitive-stays",
         "Kowal voiced criticism of the scheme to mend the quay by raising tolls.",
         [("the scheme to mend the quay by raising tolls", "Kowal", "criticism of")]),
    Case("noun-object-adverb", "Her attacks on Tobias Hale still might cost the guild its vote.",
         [("Tobias Hale", "Her", "attacks on")]),
    Case("contracted-be", "He’s claiming that the ferry is late.",
         [("the ferry is late", "He", "claiming")]),
    Case("negated-be", "Roe isn’t saying what she will do next.",
         [("what she will do next", "Roe", "saying")]),
    Case("contracted-has", "She's said the pier would reopen.",
         [("the pier would reopen", "She", "said")]),
    Case("coordinated-after-partial", 'Roe lamented the "sad" state of the pier and criticized the council.',
         [('the "sad" state of the pier', "Roe", "lamented"), ("the council", "Roe", "criticized")]),
    Case("coordinated-infinitive", "Roe mentioned the pier twice and seemed to blame the council for the delay.",
         [("the pier twice", "Roe", "mentioned"), ("the council for the delay", "Roe", "blame")]),
    Case("warned-of", "Lund warned of the cost of a new pier.",
         [("the cost of a new pier", "Lund", "warned of")]),
    Case("phrase-between-commas", "Roe said, for the first time, that she would run.",
         [("she would run", "Roe", "said")]),
    Case("nested", "Roe said Lund had claimed the pier was safe.",
         [("Lund had claimed the pier was safe", "Roe", "said")]),
    Case("nested-in-postposed", "Lund's claim that the pier was safe was wrong, the inspector said.",
         [("Lund's claim that the pier was safe was wrong", "the inspector", "said")]),
    Case("nested-verb-in-postposed", "The mayor promised to rebuild the pier by May, Roe said.",
         [("The mayor promised to rebuild the pier by May", "Roe", "said")]),
    Case("subordinate-when", "When Roe said the pier was safe, the crowd cheered.",
         [("the pier was safe", "Roe", "said")]),
    # a phrase that measures the time may stand before the subordinator of time
    Case("subordinate-after-measured-lead",
         "Three hours before Lund warned that the weir might crack, the barges were moored.",
         [("the weir might crack", "Lund", "warned")]),
    Case("subordinate-before-adverb-lead",
         "Shortly before Tobias Hale claimed the tally was wrong, the clerks locked the hall.",
         [("the tally was wrong", "Tobias Hale", "claimed")]),
    # the subject read may start several words after the subordinator
    Case("subordinate-far-from-subject",
         "When almost all of the rowers said the slipway was unsafe, the clerk closed it.",
         [("the slipway was unsafe", "the rowers", "said")]),
    # a relative clause set off by commas inside the fronted clause does not end it
    Case("subordinate-past-relative-clause",
         "After Tobias Hale said the slipway, which floods each spring, was safe, the rowers cheered.",
         [("the slipway, which floods each spring, was safe", "Tobias Hale", "said")]),
    Case("subordinate-past-relative-who",
         "Because Wenna Kowal told the guild that Tobias Hale, who keeps the boathouse, had left, the rowers went home.",
         [("Tobias Hale, who keeps the boathouse, had left", "Wenna Kowal", "told")]),
    # the relative clause's closing comma is the fronted clause's own when no verb follows it
    Case("subordinate-relative-closes-clause", "After Orla Fenwick praised Lund, who rows, the crowd cheered.",
         [("Lund", "Orla Fenwick", "praised")]),
    Case("opening-participle-past-relative-clause",
         "Noting that the ferry, which sails at noon, was often late, Kowal left.",
         [("the ferry, which sails at noon, was often late", "Kowal", "Noting")]),
    Case("when-asked-past-relative-clause",
         "When asked whether the ferry, which sails at noon, was late, Kowal shrugged.",
         [("whether the ferry, which sails at noon, was late", None, "asked")]),
    # a cue further on in a relative clause set off by commas: the clause's comma still ends it
    Case("relative-who-second-predicate",
         "Tobias Hale, who cheered Kowal at the regatta and said the oars were his, did not show up at the quay.",
         [("the oars were his", "Tobias Hale", "said")]),
    Case("relative-who-object-predicate", "The Kell rowers, who won the race and praised their coach, went home.",
         [("their coach", "The Kell rowers", "praised")]),
    # a sentential "which" is no such clause when no verb of a main predicate follows the comma
    Case("relative-which-sentential-list",
         "The pier closed, which is why Lund said the pier, the dock and the quay were unsafe.",
         [("the pier, the dock and the quay were unsafe", "Lund", "said")]),
    Case("relative-who", "The mayor, who said the pier was safe, resigned.",
         [("the pier was safe", "who", "said")]),
    Case("relative-which", "The rules, which critics said were unfair, still stand.",
         [("were unfair", "critics", "said")]),
    Case("however-boundary", "Half said they would vote, however the rest stayed home.",
         [("they would vote", "Half", "said")]),
    Case("while-boundary", "Okafor said taxes would rise, while the mayor stayed silent.",
         [("taxes would rise", "Okafor", "said")]),
    Case("semicolon-boundary", "Okafor said taxes would rise; the mayor stayed silent.",
         [("taxes would rise", "Okafor", "said")]),
    Case("long-listener-before-that", "Kowal told The Harbour and Ferry Gazette of Tarrow on Saturday that he voted for Hale.",
         [("he voted for Hale", "Kowal", "told")]),
    Case("long-listener-relative-that",
         # After a lowercase common noun, a far "that" opens a relative clause, not the content;
         # the listener is whom the warning went to, and the content starts at the particle.
         "Kowal warned the crew about the rusty barge in the harbour by the old mill that the flood had sunk.",
         [("about the rusty barge in the harbour by the old mill that the flood had sunk", "Kowal", "warned")]),
    Case("long-listener-relative-that-after-river",
         "Lund reminded the pilots of the winter the old ferry from Tarrow sank in the canal that the town had dredged.",
         [("of the winter the old ferry from Tarrow sank in the canal that the town had dredged",
           "Lund", "reminded")]),
    Case("even-though-boundary", "Tobias Hale insisted the ferry would sail, even though the harbour stayed frozen.",
         [("the ferry would sail", "Tobias Hale", "insisted")]),
    Case("even-as-boundary", "Orla Fenwick praised the new lock gates, even as the barge owners grumbled.",
         [("the new lock gates", "Orla Fenwick", "praised")]),
    Case("even-as-comparison-stays",
         # ", even as early as": a comparison inside the content, not a clause of its own.
         "Orla Fenwick said the new lock gates could open, even as soon as Thursday.",
         [("the new lock gates could open, even as soon as Thursday", "Orla Fenwick", "said")]),
    Case("even-as-phrase-stays",
         "Tobias Hale praised the higher ferry toll, even as a stopgap.",
         [("the higher ferry toll, even as a stopgap", "Tobias Hale", "praised")]),
    Case("appositive-boundary", "Okafor proposed closing the pier, a move that angered fishermen.",
         [("closing the pier", "Okafor", "proposed")]),
    Case("appositive-after-dash", "Tobias Hale said the ferry would skip Lund all winter — a blow to the island bakers.",
         [("the ferry would skip Lund all winter", "Tobias Hale", "said")]),
    Case("appositive-between-dashes-stays",
         "Tobias Hale said the ferry to the island — a barge that leaks in a swell — would stop all winter.",
         [("the ferry to the island — a barge that leaks in a swell — would stop all winter", "Tobias Hale", "said")]),
    Case("appositive-between-dashes-after-according-stays",
         "According to Kowal, the night barge to the island — an old tug that once hauled coal — still sails on Sundays.",
         [("the night barge to the island — an old tug that once hauled coal — still sails on Sundays",
           "Kowal", "According to")]),
    # A dash that names what the clause has just mentioned is part of what was said.
    Case("dash-naming-what-the-clause-mentions-stays",
         "Orla Fenwick said the crews needed one thing — a raise.",
         [("the crews needed one thing — a raise", "Orla Fenwick", "said")]),
    Case("dash-relative-clause-without-pronoun-ends",
         "Tobias Hale said the guild would vote on the levy — a plan he has long opposed.",
         [("the guild would vote on the levy", "Tobias Hale", "said")]),
    Case("object-appositive-after-name", "Kowal praised Tobias Hale, a retired lock keeper from the valley.",
         [("Tobias Hale", "Kowal", "praised")]),
    Case("object-appositive-short", "Orla Fenwick criticized the toll, an old grievance of the bargemen.",
         [("the toll", "Orla Fenwick", "criticized")]),
    Case("two-sentences", "Okafor said the pier was safe. Lund said it was not.",
         [("the pier was safe", "Okafor", "said"), ("it was not", "Lund", "said")]),
    Case("headline", "Mayor Says Pier Will Reopen In Spring",
         [("Pier Will Reopen In Spring", "Mayor", "Says")]),
    # -- never: beliefs and intentions ------------------------------------------------
    Case("never-believes", "Roe believes the plan will fail.", []),
    Case("never-hopes", "Lund hopes the ferry will run again.", []),
    Case("never-plans", "The council plans to close the pier.", []),
    Case("never-thinks", "Many people think the tax is unfair.", []),
    Case("never-evidence", "The figures suggest the plan failed.", []),
    # A named outlet after "the" can speak, so an evidence verb reports for it.
    Case("evidence-named-outlet",
         "In May, the Courier revealed that the pier was unsafe.",
         [("the pier was unsafe", "the Courier", "revealed")]),
    Case("never-evidence-lowercase-head", "In May, the figures revealed that the pier was unsafe.", []),
    # -- never: speech inside a quotation, content that is only a quotation ----------
    Case("never-inside-quote", '"I think she will win," he said.', []),
    Case("never-report-inside-quote", '"Lund said the pier was safe," Roe recalled.', []),
    Case("never-quote-only-after", '"We won the vote," Roe said.', []),
    Case("never-quote-only-colon", 'Roe said: "We won the vote."', []),
    Case("never-quote-only-comma", 'Roe said, "We won the vote."', []),
    Case("never-noun-after-preposition", "The panel rated 32% of Harbour Party claims as weak.", []),
    Case("never-noun-object-no-source", "The questions about the ban grew louder.", []),
    Case("never-listener-only", "Lund told the radio station on Friday.", []),
    Case("never-quote-only-postposed", '"The pier is safe," Roe said on Tuesday.', []),
    # -- never: cue words that are not reporting verbs here --------------------------
    Case("never-noun-report", "The report was long and dull.", []),
    Case("never-adjective", "The reported deal collapsed on Monday.", []),
    Case("never-name", "The United States sent aid to the island.", []),
    Case("never-so-called", "The so-called reform changed nothing.", []),
    Case("never-no-content", "Okafor said nothing.", []),
    # a relative clause with no comma describes the phrase that opens the sentence: that phrase speaks
    Case("relative-head-place-appositive",
         "The man who runs the ferry company from a shed beside the harbour wall of the county town, Kelby, said he would raise the fares.",
         [("he would raise the fares", "The man", "said")]),
    Case("relative-head-place", "The clerk who keeps the books at Brannock says the fund is empty.",
         [("the fund is empty", "The clerk", "says")]),
    # after a preposition the relative pronoun's clause has a subject of its own
    Case("relative-own-subject", "Tam Reddick chaired the inquiry at which Orla Vell argued that the sluice had failed.",
         [("the sluice had failed", "Orla Vell", "argued")]),
    # a bare apostrophe after a word in s makes it a possessor: the form after it is a noun
    Case("bare-apostrophe-name", "Tam Hollis’ claim that the weir was sound drew jeers.",
         [("the weir was sound", "Tam Hollis", "claim")]),
    Case("bare-apostrophe-plural", "The crofters' claim that the sluice leaked was heard in May.",
         [("the sluice leaked", "The crofters", "claim")]),
    Case("bare-apostrophe-adjective", "Orla Reddings’ stated aims were modest.", []),
    # a dash that closes an aside, then a name and a cue: the cue is postposed, as after a comma
    Case("dash-aside-postposed",
         "Orla Vell said the toll was fair -- as it had been for years -- Tam Reddick noted on Tuesday.",
         [("Orla Vell said the toll was fair -- as it had been for years", "Tam Reddick", "noted")]),
    Case("dash-aside-postposed-em",
         "Orla Vell said the toll was fair \u2014 as it had been for years \u2014 Tam Reddick noted.",
         [("Orla Vell said the toll was fair \u2014 as it had been for years", "Tam Reddick", "noted")]),
    # a phrase after the closing dash opens the sentence's own subject: no postposed cue
    Case("dash-aside-subject",
         "In the letter - sent to the clerk, Tam Reddick - the Kelby crofter asks for a new inquiry.",
         [("a new inquiry", "the Kelby crofter", "asks for")]),
    # a description before the source's name belongs to the source, not to the content
    Case("postposed-described-name", "The toll was fair, the weir board's spokesman, Tam Reddick, said.",
         [("The toll was fair", "Tam Reddick", "said")]),
    Case("postposed-described-name-time", "The ferry will run again, the harbour spokeswoman, Orla Vell, said on Friday.",
         [("The ferry will run again", "Orla Vell", "said")]),
    # an empty word and "about": the topic is the content, the words before it the cue
    Case("said-little-about", "Tam Reddick said little about the new weir at Brannock.",
         [("the new weir at Brannock", "Tam Reddick", "said little about")]),
    Case("said-nothing-about", "The warden has said nothing about the flooded cellars.",
         [("the flooded cellars", "The warden", "said nothing about")]),
    # "much of" opens a phrase of the content: "of" joins no empty word to a topic
    Case("said-much-of", "Tam Reddick said much of the weir was rebuilt in spring.",
         [("much of the weir was rebuilt in spring", "Tam Reddick", "said")]),
    Case("never-base-form-noun", "A swing state like Ohio matters to every campaign.", []),
    Case("never-naming", "They joined a group called Harbour Watch last year.", []),
    Case("never-naming-passive", "The pier has been called the town's front door.", []),
    Case("base-form-plural", "Aides to the mayor say the ferry will run.",
         [("the ferry will run", "the mayor", "say")]),
    Case("never-said-with", "Okafor said with a smile.", []),
    Case("never-wrote-to", "The union wrote to its members.", []),
    # a listener verb before a noun of what is told reports that phrase, no listener
    Case("told-a-joke", "At the fair Bram Kowal told a joke about the harbour master.",
         [("a joke about the harbour master", "Bram Kowal", "told")]),
    Case("told-the-tale-of", "Lund told the tale of the great storm.",
         [("the tale of the great storm", "Lund", "told")]),
    # the noun of what is told heads the first phrase: a second determiner means the
    # first phrase was the listener, never part of what was told
    Case("never-told-listener-then-story", "Lund told the crowd a story about the flood.", []),
    Case("never-told-listener-then-clause", "Lund told the jury the story was invented.", []),
    Case("never-told-possessive-listener-then-clause", "Hale told his wife the joke was old.", []),
    Case("never-told-listener-then-joke", "Lund told the board a joke.", []),
    # == forms added in the issue's second round ===================================
    # -- quantities and plural heads take a plural verb ------------------------------
    Case("third-say", "Nearly a third say the ferry is too slow.",
         [("the ferry is too slow", "a third", "say")]),
    Case("six-in-ten-say", "Six in 10 say the levy is fair.",
         [("the levy is fair", "Six in 10", "say")]),
    Case("percent-say", "Only 9 percent say they take the bus.",
         [("they take the bus", "Only 9 percent", "say")]),
    Case("those-surveyed-say", "By a wide margin, those surveyed say the pier should stay.",
         [("the pier should stay", "those surveyed", "say")]),
    Case("women-say", "Along the quay, the women say the nets are empty.",
         [("the nets are empty", "the women", "say")]),
    # -- speak and talk need their particle; speak has irregular forms --------------
    Case("spoke-about", "Lund spoke about the ferry timetable.",
         [("the ferry timetable", "Lund", "spoke about")]),
    Case("spoke-adverb-of", "Lund spoke briefly of the winter storms.",
         [("the winter storms", "Lund", "spoke briefly of")]),
    Case("spoke-out-against", "Lund spoke out against the harbour levy.",
         [("the harbour levy", "Lund", "spoke out against")]),
    Case("never-spoke-alone", "Lund spoke briefly before the vote.", []),
    Case("never-spoke-to", "Lund spoke to the crowd for an hour.", []),
    # write reports the topic after its particle, as speak and talk do
    Case("wrote-about", "Orla Fenwick wrote about the flooded quay.",
         [("the flooded quay", "Orla Fenwick", "wrote about")]),
    Case("writes-of", "Tobias Hale writes of rowing across the bay at dawn.",
         [("rowing across the bay at dawn", "Tobias Hale", "writes of")]),
    Case("remarked-upon", "Kowal remarked upon the crowded quay.",
         [("the crowded quay", "Kowal", "remarked upon")]),
    Case("commented-about", "Wenna Tredell commented about the late ferry.",
         [("the late ferry", "Wenna Tredell", "commented about")]),
    # "about" before a time measured back or a number is no particle: the clause is the content
    Case("wrote-about-time-ago-that", "Lund wrote about a year ago that the pier had failed.",
         [("the pier had failed", "Lund", "wrote")]),
    Case("commented-about-time-later-that", "Kowal commented about an hour later that the gates were shut.",
         [("the gates were shut", "Kowal", "commented")]),
    Case("wrote-about-the-day-stays", "Lund wrote about the day the pier failed.",
         [("the day the pier failed", "Lund", "wrote about")]),
    # -- a past like its base form --------------------------------------------------
    Case("forecast-past", "The harbour master forecast that the storms would return.",
         [("the storms would return", "The harbour master", "forecast")]),
    # -- speech nouns with that and no possessor ------------------------------------
    Case("light-verb-claim", "Okafor made the claim that the pier was unsafe.",
         [("the pier was unsafe", "Okafor", "claim")]),
    # after "a" and a modifier a cue's base form is a noun; its -s form may be the verb
    Case("light-verb-adjective-promise", "Okafor made a firm promise to rebuild the slipway.",
         [("to rebuild the slipway", "Okafor", "promise")]),
    Case("indefinite-subject-claims", "A firm claims that the slipway was unsafe.",
         [("the slipway was unsafe", "A firm", "claims")]),
    Case("claim-no-source", "Nobody believed the claim that the pier was unsafe.",
         [("the pier was unsafe", None, "claim")]),
    Case("light-verb-no-article", "Okafor issued warnings that the pier was unsafe.",
         [("the pier was unsafe", "Okafor", "warnings")]),
    Case("never-relative-that", "The warnings that they issued were ignored.", []),
    Case("never-statement-phrase", "The council said in a statement that the market would close.",
         [("the market would close", "The council", "said")]),
    # -- content extent ----------------------------------------------------------------
    Case("number-with-commas", "When Okafor announced 6,000 new berths, the crowd cheered.",
         [("6,000 new berths", "Okafor", "announced")]),
    Case("opening-phrase-after-that", "Lund said that after the vote, the council would meet.",
         [("after the vote, the council would meet", "Lund", "said")]),
    Case("phrase-set-in", "Okafor said the ferries, numbering about 40, were too old.",
         [("the ferries, numbering about 40, were too old", "Okafor", "said")]),
    Case("phrase-set-in-adverb", "Lund insisted that the levy, however small, was unfair.",
         [("the levy, however small, was unfair", "Lund", "insisted")]),
    Case("opening-comma-phrase", "Lund admitted that, given the storms, rebuilding would be slow.",
         [("given the storms, rebuilding would be slow", "Lund", "admitted")]),
    Case("and-that-second-clause",
         "Lund added that the crews had left the quay and that she and Mr. Roe had spoken about the levy.",
         [("the crews had left the quay and that she and Mr. Roe had spoken about the levy", "Lund", "added")]),
    Case("but-that", "Roe said the pier was safe, but that the ferry was not.",
         [("the pier was safe, but that the ferry was not", "Roe", "said")]),
    # -- subjects read past the verb group -------------------------------------------------
    Case("has-long-argued", "The mayor has long argued that the levy is unfair.",
         [("the levy is unfair", "The mayor", "argued")]),
    Case("meanwhile", "The mayor, meanwhile, called on the council to act.",
         [("the council to act", "The mayor", "called on")]),
    Case("this-past-week", "Okafor this past week announced a new timetable.",
         [("a new timetable", "Okafor", "announced")]),
    Case("in-the-past", "The fishermen have in the past said the quay was too short.",
         [("the quay was too short", "The fishermen", "said")]),
    Case("negated-auxiliary", "Lund wouldn't say how the vote went.",
         [("how the vote went", "Lund", "say")]),
    Case("indefinite-called-for", "A few councillors have called for a new pier.",
         [("a new pier", "A few councillors", "called for")]),
    Case("called-day-for", "Okafor called Wednesday for a new vote on the levy.",
         [("a new vote on the levy", "Okafor", "called Wednesday for")]),
    Case("called-upon", "Lund called upon the council to rebuild the quay.",
         [("the council to rebuild the quay", "Lund", "called upon")]),
    Case("currency-content", "Lund calls for $2 million in repairs.",
         [("$2 million in repairs", "Lund", "calls for")]),
    Case("noun-object-after-article", "Okafor launched a sharp attack on the levy.",
         [("the levy", "Okafor", "attack on")]),
    Case("noun-object-question", "The Gazette raised questions about whether Lund had left the quay.",
         [("whether Lund had left the quay", "The Gazette", "questions about")]),
    Case("infinitive-after-clause", "She waved the storm figures to claim the pier was unsafe.",
         [("the pier was unsafe", "She", "claim")]),
    # -- inverted cues ---------------------------------------------------------------------
    Case("inverted-role-name", "The levy will rise, said harbour manager Ines Roe.",
         [("The levy will rise", "Ines Roe", "said")]),
    Case("inverted-relative-tail", "The levy will rise, said Ana Lund, who chairs the board.",
         [("The levy will rise", "Ana Lund", "said")]),
    Case("inverted-after-appositive-reading",
         "The plan lacks support in the council, whose members it angered, said Ana Lund, a planner.",
         [("The plan lacks support in the council, whose members it angered", "Ana Lund", "said")]),
    Case("inverted-long-appositive",
         "The vote will be tight, said Dan Lund, director of a ferry company and an analyst in the harbour town.",
         [("The vote will be tight", "Dan Lund", "said")]),
    Case("inverted-appositive-then-relative",
         "Tariffs will not bring the yards back, said Ana Roe, a professor at the college, who studies ports.",
         [("Tariffs will not bring the yards back", "Ana Roe", "said")]),
    Case("inverted-appositive-then-predicate",
         "Any reading of the vote, said Ana Roe, an expert on ports, would show the same.",
         [("Any reading of the vote, said Ana Roe, an expert on ports, would show the same", "Ana Roe", "said")]),
    Case("parenthetical-then-preposition", "The vote would be helped, Lund said, by the new ferry timetable.",
         [("The vote would be helped, Lund said, by the new ferry timetable", "Lund", "said")]),
    Case("inverted-parenthetical-stays", "The plan, said Roe, would fail within the year after the vote.",
         [("The plan, said Roe, would fail within the year after the vote", "Roe", "said")]),
    Case("appositive-subject-stays",
         "Hugh Hill, a doctor at the clinic, said Ann Lund, the nurse, had left.",
         [("Ann Lund, the nurse, had left", "Hugh Hill", "said")]),
    # -- passives with as and an agent -------------------------------------------------
    Case("as-reported-by", "As reported by the Harbour Gazette, the ferry will stop in May.",
         [("the ferry will stop in May", "Harbour Gazette", "reported")]),
    Case("as-first-reported-by", "The ferry will stop in May, as first reported by the Gazette.",
         [("The ferry will stop in May", "the Gazette", "reported")]),
    # -- what was asked, not whom --------------------------------------------------------
    Case("asked-them-to", "Okafor asked them to wait for the next ferry.",
         [("to wait for the next ferry", "Okafor", "asked")]),
    Case("asking-them-not-to", "Okafor wrote to the crews, asking them not to strike.",
         [("not to strike", "Okafor", "asking")]),
    # a listener alone is no question: whom was asked, not what
    Case("never-asked-listener-only", "Anyone doubting the tide tables can ask the lock keeper.", []),
    Case("never-asked-name-only", "Before the vote, Orla Fenwick asked Tobias Hale.", []),
    Case("never-asks-group-only", '"Who took the spare oars?" Kowal asks the deckhands.', []),
    # a question noun with its topic reports; alone it names the asking (test_reported_senses.py)
    Case("asked-thing-object", "Tobias Hale asked a question about the lock fees.",
         [("a question about the lock fees", "Tobias Hale", "asked")]),
    Case("asked-about-person", "Fenwick was asked about the lock keeper.",
         [("the lock keeper", None, "asked")]),
    Case("asked-listener-relative-then-infinitive",
         "Orla Fenwick asked Tobias Hale, who chairs the lock trust, to explain the fees.",
         [("Tobias Hale, who chairs the lock trust, to explain the fees", "Orla Fenwick", "asked")]),
    # the listener before "about" or "for" is whom the question goes to: what was asked starts there
    Case("asked-listener-about", "Orla Fenwick asked the lock keeper about the winter closures.",
         [("about the winter closures", "Orla Fenwick", "asked")]),
    Case("asked-listener-for", "The ferry crews asked the harbour trust for a second slipway.",
         [("for a second slipway", "The ferry crews", "asked")]),
    Case("asked-phrase-about", "Asked during the autumn fair about the tolls, Tobias Hale laughed.",
         [("about the tolls", None, "Asked")]),
    # an adverb or a time phrase may stand between a cue and a clause with a pronoun subject
    Case("said-adverb-pronoun", "The lock keepers insist repeatedly they will not work nights.",
         [("they will not work nights", "The lock keepers", "insist")]),
    Case("said-for-time-pronoun", "Tobias Hale has insisted for years he can mend the sluice.",
         [("he can mend the sluice", "Tobias Hale", "insisted")]),
    Case("never-said-place-pronoun", "Kowal said in the boathouse she was cold.", []),
    # "to" and a listener may stand between a clause verb and a question it reports
    Case("explained-to-listener-why", "Tobias Hale explained to the lock trust why the basin silted up.",
         [("why the basin silted up", "Tobias Hale", "explained")]),
    Case("described-to-plural-how", "Kowal described to the ferry crews how the gates would open.",
         [("how the gates would open", "Kowal", "described")]),
    Case("explained-to-pronoun-whether", "Orla Fenwick explained to them whether the tolls would rise.",
         [("whether the tolls would rise", "Orla Fenwick", "explained")]),
    # not after a phrase with a preposition in it, nor after an infinitive's "to"
    Case("never-to-phrase-how", "The delay added to the worry over how the gates would open.", []),
    Case("vowed-to-explain-how", "Kowal vowed to explain how the gates would open.",
         [("to explain how the gates would open", "Kowal", "vowed")]),
    # after a phrase "for" belongs to its noun: nothing is asked for there
    Case("asked-of-phrase-for", "The question was asked of every rival for the harbour seat.", []),
    # after the cue's own particle the whole phrase was asked for, a later "about" included
    Case("asked-for-then-about", "Hale asked for the minutes of the hearing about the tolls.",
         [("the minutes of the hearing about the tolls", "Hale", "asked for")]),
    # "question" takes what it doubts as its object, even when the clause ends there
    Case("questioned-thing-object", "Fenwick questioned the depth of the channel.",
         [("the depth of the channel", "Fenwick", "questioned")]),
    # the object of a participle inside the subject is no source: the phrase before the participle is
    Case("source-before-participle", "Skippers crossing the bar told the harbour board they would wait.",
         [("they would wait", "Skippers", "told")]),
    Case("source-before-participle-aux", "Anyone doubting the tide tables can say so to the lock keeper.",
         [("so", "Anyone", "say")]),
    Case("appositives-with-abbreviation",
         "Sen. Hugh Roe, D-N.M., a first-term member, said the levy was too high.",
         [("the levy was too high", "Sen. Hugh Roe", "said")]),
    Case("thats-according-to", "That's according to the harbour master.",
         [("That's", "the harbour master", "according to")]),
    Case("but-according-to", "But according to friends of the mayor, the ferry will stop in May.",
         [("the ferry will stop in May", "friends of the mayor", "according to")]),
    # -- a long phrase between the cue and that ----------------------------------------
    Case("long-phrase-before-that",
         "Lund said in an interview with the Harbour Gazette last week that she would stay.",
         [("she would stay", "Lund", "said")]),
    Case("long-phrase-with-possessive-before-that",
         "Lund wrote in the newsletter of the harbour workers' association that the islands need a ferry.",
         [("the islands need a ferry", "Lund", "wrote")]),
    Case("never-relative-that-after-long-phrase",
         "Okafor wrote in the newsletter of the harbour workers' association that serves the islands.",
         []),
    # -- a subordinate clause after a coordinator ---------------------------------------
    Case("but-as-noted", "But as Okafor noted, the ferries will need new engines.",
         [("the ferries will need new engines", "Okafor", "noted")]),
    Case("and-when-said", "And when Lund said she would resign, the board met at once.",
         [("she would resign", "Lund", "said")]),
    Case("yet-opens-postposed-content", "Yet the harbour stayed open all winter, the pilots said.",
         [("Yet the harbour stayed open all winter", "the pilots", "said")]),
    Case("but-opens-postposed-content", "But the harbour stayed open all winter, the pilots said.",
         [("But the harbour stayed open all winter", "the pilots", "said")]),
    Case("yet-before-opening-adverbial", "Yet in the spring, the pilots said the harbour was open.",
         [("the harbour was open", "the pilots", "said")]),
    # -- a comma between the cue and its clause ----------------------------------------
    Case("said-comma-clause", "In the end, Okafor said, the crews always vote for the levy.",
         [("the crews always vote for the levy", "Okafor", "said")]),
    # a pair of sources opens the sentence as one source does
    Case("pair-comma-clause", "Orla Fenwick and Tobias Hale recalled, the weir had cracked twice.",
         [("the weir had cracked twice", "Tobias Hale", "recalled")]),
    # a condition after the comma opens what was said, with the cue right before it
    Case("said-comma-condition", "Tove Lindqvist said, unless the council objects, the ferry office will reopen.",
         [("unless the council objects, the ferry office will reopen", "Tove Lindqvist", "said")]),
    Case("said-comma-condition-nested-cue", "Tove Lindqvist said, unless the council objects, she will urge Bram Kowal to reopen the ferry office.",
         [("unless the council objects, she will urge Bram Kowal to reopen the ferry office", "Tove Lindqvist", "said")]),
    # an "as" or "if" phrase after the cue's own comma opens the cue's content, as after "that"
    Case("said-comma-as-phrase-then-cue", "Orla Fenwick said, as the lamps went out, the keepers claimed the oil was gone.",
         [("as the lamps went out, the keepers claimed the oil was gone", "Orla Fenwick", "said")]),
    # an infinitive after another comma (not the cue's own) is the content of its own report
    Case("according-infinitive-then-cue", "According to Kowal, to win the vote, Lund said the toll must go.",
         [("to win the vote", "Kowal", "According to"), ("the toll must go", "Lund", "said")]),
    # an aside on the saying after the cue's comma is no fronted clause of the content
    Case("never-said-comma-though", "Lund said, though, the pier was safe.", []),
    Case("never-said-comma-after-a-pause", "Lund said, after a pause, the pier was safe.", []),
    Case("never-said-comma-as-usual", "Lund said, as usual, the pier was safe.", []),
    Case("said-comma-participle-clause", "Kowal said, once repaired, the lamp would burn again.",
         [("once repaired, the lamp would burn again", "Kowal", "said")]),
    Case("said-comma-pronoun-clause", "Kowal said, if she wins, the ferry will wait.",
         [("if she wins, the ferry will wait", "Kowal", "said")]),
    # no verb after the relative clause's closing comma: that comma closes the fronted clause
    Case("fronted-object-relative-then-main-clause", "After Lund praised the dam, which had rusted, the clerk wept, and the crowd left.",
         [("the dam", "Lund", "praised")]),
    # "not" between an intention verb and its infinitive cue: still nothing said
    Case("never-infinitive-after-intention-not-comment", "Lund decided not to comment on the toll.", []),
    Case("never-infinitive-after-intention-not-announce", "Lund hopes not to announce that the ferry is late.", []),
    Case("never-comma-condition-after-subordinate", "When Lund testified, if asked, the board met again.", []),
    # the subject after words with no mark (an outlet's possessive) opens a main clause too
    Case("possessive-outlet-comma-clause", "Harbour Weekly's Ann Roe reported, the pier was unsafe.",
         [("the pier was unsafe", "Ann Roe", "reported")]),
    Case("never-comma-clause-after-relative-pronoun", "The fees which Lund disputes, the board kept.", []),
    Case("never-comma-clause-after-subordinate", "After Lund testified, the board met again.", []),
    # "argue" reports the phrase after "for" or "against", as "called for" does
    Case("argued-for", "Tobias Hale publicly argued for a second ferry to Lund.",
         [("a second ferry to Lund", "Tobias Hale", "argued for")]),
    Case("argued-against", "Orla Fenwick argued against the new harbour tax.",
         [("the new harbour tax", "Orla Fenwick", "argued against")]),
    # "for" before a time phrase is no particle: the plain verb reports the clause after it
    Case("argued-for-duration-that", "Lund argued for an hour that the pier was safe.",
         [("the pier was safe", "Lund", "argued")]),
    Case("argued-for-first-time-that", "Lund argued for the first time that the toll was unfair.",
         [("the toll was unfair", "Lund", "argued")]),
    Case("never-argued-for-a-while", "Lund argued for a while, then left.", []),
    Case("argued-for-day-of-thing", "Lund argued for a day of rest for the crews.",
         [("a day of rest for the crews", "Lund", "argued for")]),
    # ", then" joins a second predicate to the clause's subject, as "and" does
    Case("then-second-predicate", "Brisk Tamsin counted the oars, then admitted that two were gone.",
         [("two were gone", "Brisk Tamsin", "admitted")]),
    Case("then-second-predicate-said", "Brisk Tamsin unlocked the boathouse, then said the skiff was missing.",
         [("the skiff was missing", "Brisk Tamsin", "said")]),
    # a verb and "to" before an -ing cue: its subject speaks, as in "kept saying"
    Case("taken-to-gerund", "Tove Lindqvist has taken to saying the ferry office is doomed.",
         [("the ferry office is doomed", "Tove Lindqvist", "saying")]),
    Case("turned-to-gerund", "Bram Kowal turned to claiming the lamp oil was watered down.",
         [("the lamp oil was watered down", "Bram Kowal", "claiming")]),
    Case("never-comma-clause-noun-form", "Lund won by six points, the council said nothing.", []),
    Case("never-time-then-place", "The pier is closed, Lund said Tuesday in Bergen.",
         [("The pier is closed", "Lund", "said")]),
    Case("never-time-then-place-alone", "Lund spoke, and Okafor said Monday in an interview with the Gazette.",
         []),
    # -- an adverbial clause right after the cue is not what was said -------------------
    Case("never-wrote-while", "The columns Lund wrote while a student at the college were found.", []),
    Case("never-said-as", "The vote is open, Okafor said as he opened the session.",
         [("The vote is open", "Okafor", "said")]),
    Case("never-reported-until", "The gifts were not reported until the audit in May.", []),
    Case("adjunct-phrase-then-that", "Lund admitted as part of the deal that he had lied.",
         [("he had lied", "Lund", "admitted")]),
    Case("that-then-adjunct", "Okafor said that while the pier was old, it was safe.",
         [("while the pier was old, it was safe", "Okafor", "said")]),
    # -- cue forms that report a clause only after that ----------------------------------
    Case("never-maintains-object", "Okafor maintains a wide lead among the fishermen.", []),
    Case("maintained-that", "Okafor maintained that the levy was fair.",
         [("the levy was fair", "Okafor", "maintained")]),
    Case("never-states-noun", "Back then, Rust Belt states Maine and Oregon backed the levy.", []),
    Case("never-state-title", "It includes Vermont state Senate candidate Ana Roe.", []),
    Case("never-points-noun", "Lund's support rose four points since the last poll in March.", []),
    Case("never-added-object", "Since May, the harbour has added 300 new berths.", []),
    Case("never-sworn-adjective", "Their fathers had been sworn enemies for years.", []),
    Case("sworn-that", "Lund has sworn that the pier is safe.",
         [("the pier is safe", "Lund", "sworn")]),
    Case("added-that", "Lund added that the berths were full.",
         [("the berths were full", "Lund", "added")]),
    Case("points-out", "Lund points out that the ferry is late.",
         [("the ferry is late", "Lund", "points out")]),
    # -- cue forms that report a clause or an infinitive, never a plain object ----------
    Case("pledged-to", "Okafor pledged to rebuild the pier by May.",
         [("to rebuild the pier by May", "Okafor", "pledged")]),
    Case("pledged-that", "Okafor pledged that the pier would reopen.",
         [("the pier would reopen", "Okafor", "pledged")]),
    Case("never-pledged-adjective", "The totals include pledged members and guests.", []),
    Case("never-pledged-object", "Two of the members have pledged their votes to Roe.", []),
    # -- a preposition before a quantity is an adverb and may open the content ----------
    Case("said-about-number", "The harbour office said about 40 berths were empty.",
         [("about 40 berths were empty", "The harbour office", "said")]),
    Case("said-over-amount", "Lund said over $3 million was missing.",
         [("over $3 million was missing", "Lund", "said")]),
    Case("never-said-about-phrase", "Lund said about as much.", []),
    Case("reported-at-least", "The Gazette reported at least six boats sank.",
         [("at least six boats sank", "The Gazette", "reported")]),
    # -- a speech noun and its preposition with no source named ---------------------------
    Case("calls-for-no-source", "Calls for a new pier grew louder after the storm.",
         [("a new pier", None, "Calls for")]),
    Case("never-attacks-on-no-source", "Attacks on the ferry rose in May.", []),
    # -- mention of, after a determiner and the verb whose object it is ------------------
    Case("made-no-mention-of", "But Lund made no mention of the storm.",
         [("the storm", "Lund", "mention of")]),
    Case("avoided-all-mention-of", "Okafor avoided all mention of the levy.",
         [("the levy", "Okafor", "mention of")]),
    Case("never-mention-of-no-source", "The mention of the storm upset the crew.", []),
    # -- an infinitive cue after be and an adjective speaks for the subject of be ---------
    Case("quick-to-point-out", "Lund was quick to point out that the pier was safe.",
         [("the pier was safe", "Lund", "point out")]),
    Case("all-eager-to-talk", "The crew members are all eager to talk about the storm.",
         [("the storm", "The crew members", "talk about")]),
    Case("never-ready-to-go", "Lund was ready to go home.", []),
    # -- the object of a control verb speaks in the infinitive after it -----------------
    Case("control-prompted-object", "The gale prompted Harbour Master Ilse Marrow to warn that the quay was unsafe.",
         [("the quay was unsafe", "Harbour Master Ilse Marrow", "warn")]),
    Case("control-forced-object", "The inquiry forced Vell to admit that the nets were torn.",
         [("the nets were torn", "Vell", "admit")]),
    Case("control-led-group", "The verdict led the dockers to question whether the levy was fair.",
         [("whether the levy was fair", "the dockers", "question")]),
    # A lone word that counts people is the object too.
    Case("control-led-counting-word", "The drought led most to question whether the reservoir would last.",
         [("whether the reservoir would last", "most", "question")]),
    Case("control-led-pronoun-noun-form", "The drought led them to question whether the reservoir would last.",
         [("whether the reservoir would last", "them", "question")]),
    # A control verb that is only tried, wanted or possible has not made its object speak: the reading
    # falls back to the subject's.
    Case("control-after-try-to", "Brisk tried to force Tamsin to admit that the sluice was rusted.",
         [("the sluice was rusted", "Brisk", "admit")]),
    Case("control-after-modal", "Brisk could force Tamsin to admit that the sluice was rusted.",
         [("the sluice was rusted", "Brisk", "admit")]),
    Case("control-not-purpose-infinitive", "She used the meeting to praise the new ferry.",
         [("the new ferry", "She", "praise")]),
    # -- a passive object cue before of/for/as reports its whole clause, cue inside ----------
    Case("passive-accused-of", "The skipper was accused of selling the nets.",
         [("The skipper was accused of selling the nets", None, "accused")]),
    Case("passive-criticized-for-after-adverb", "The harbour board has long been criticized for the delays.",
         [("The harbour board has long been criticized for the delays", None, "criticized")]),
    # "as" may open a content of its own after other verbs; after a passive object cue it is the link
    Case("passive-condemned-as", "The levy was roundly condemned as unfair.",
         [("The levy was roundly condemned as unfair", None, "condemned")]),
    Case("passive-described-as-being", "The new toll is now being described as a burden on boatmen.",
         [("The new toll is now being described as a burden on boatmen", None, "described")]),
    # an "as" of comparison or one that opens a clause of its own is no link and no content
    Case("never-passive-as-soon-as", "The toll chart was criticized as soon as the printers delivered it.", []),
    Case("never-passive-as-clause", "The plan was criticized as Hale had feared.", []),
    Case("passive-accused-of-subordinate-clause", "Kowal left the guild after its treasurer was accused of hiding the ledger.",
         [("its treasurer was accused of hiding the ledger", None, "accused")]),
    # The subject runs over "of" after its head noun, and over "and" when the verb is plural.
    Case("passive-accused-of-subject-with-of", "The keeper of the lighthouse was accused of dimming the lamp.",
         [("The keeper of the lighthouse was accused of dimming the lamp", None, "accused")]),
    Case("passive-accused-of-coordinated-subject", "Brisk and Tamsin were accused of dimming the lamp.",
         [("Brisk and Tamsin were accused of dimming the lamp", None, "accused")]),
    Case("passive-accused-of-coordinated-clause", "Brisk rowed ashore and Tamsin was accused of dimming the lamp.",
         [("Tamsin was accused of dimming the lamp", None, "accused")]),
    # -- a passive whose subject is what was reported ------------------------------------
    Case("subject-first-reported-by", "The merger was first reported by the Gazette.",
         [("The merger", "the Gazette", "reported")]),
    Case("which-was-reported-by", "Lund sent a note to Roe, which was first reported by the Gazette.",
         [("which", "the Gazette", "reported")]),
    Case("set-in-first-reported-by", "Lund's remarks, first reported by the Gazette, hinted at regret.",
         [("Lund's remarks, first reported by the Gazette, hinted at regret", "the Gazette", "reported")]),
    Case("first-reported-that", "It was first reported that the mayor had resigned.",
         [("the mayor had resigned", None, "reported")]),
    Case("subject-announced-by", "The closure was announced by the council on Friday.",
         [("The closure", "the council", "announced")]),
    Case("never-subject-reported-clause-after", "The storm was reported by the crew to be severe.", []),
    # -- a participle after the word that opens the sentence speaks for the main subject ---
    Case("after-talking-about", "After talking about the storm, Okafor walked to the pier.",
         [("the storm", "Okafor", "talking about")]),
    Case("in-describing", "In describing the mayor, Lund chose kind words.",
         [("the mayor", "Lund", "describing")]),
    Case("never-opening-participle-no-comma", "After talking about the storm Okafor left.", []),
    Case("opening-participle", "Noting that the pier was closed, Roe said the boats would wait.",
         [("the pier was closed", "Roe", "Noting"), ("the boats would wait", "Roe", "said")]),
    Case("opening-participle-instead-of", "Instead of praising the wardens, Kowal thanked the ferrymen.",
         [("the wardens", "Kowal", "praising")]),
    Case("opening-participle-after-opener", "Last spring, before denying that the kiln had cracked, Kowal sold it.",
         [("the kiln had cracked", "Kowal", "denying")]),
    Case("opening-participle-in-addition-to", "In addition to denying the charge, Kowal demanded an apology.",
         [("the charge", "Kowal", "denying"), ("an apology", "Kowal", "demanded")]),
    Case("opening-participle-description", "Calling for calm, the mayor closed the pier.",
         [("calm", "the mayor", "Calling for")]),
    Case("after-saying-description", "After saying the pier was safe, the mayor closed it.",
         [("the pier was safe", "the mayor", "saying")]),
    Case("never-opening-participle-bare-no-comma", "Noting the hour Roe left.", []),
    Case("never-opening-speaking-to", "Speaking to reporters, Roe left the pier.", []),
    # -- a second reporting participle ends the first one's content and reports too ------
    Case("participle-but-participle", "Lund spoke at the pier, praising the crew but insisting that the ferry was late.",
         [("the crew", "Lund", "praising"), ("the ferry was late", "Lund", "insisting")]),
    Case("participle-or-participle", "Roe wrote to the board, praising the crew or warning that the pier was unsafe.",
         [("the crew", "Roe", "praising"), ("the pier was unsafe", "Roe", "warning")]),
    Case("participle-and-plain-participle", "Lund spoke, saying the levy was fair and making a joke.",
         [("the levy was fair and making a joke", "Lund", "saying")]),
    # -- a comma and a reporting verb in the regular past end a participle's content -----
    Case("participle-then-past-cue", "Lund, citing data from the port, described the delay as a disgrace.",
         [("data from the port", "Lund", "citing"), ("the delay as a disgrace", "Lund", "described")]),
    # -- criticism is a speech noun -----------------------------------------------------
    Case("criticism-from-that", "The school board came under criticism from parents that the buses run late.",
         [("the buses run late", "parents", "criticism")]),
    # -- speech-noun frames: a plural possessor, a time phrase, "was that", a colon --------
    Case("noun-plural-possessor", "Ships backed the pilots' statement that their warning was binding.",
         [("their warning was binding", "the pilots", "statement")]),
    Case("noun-plural-possessor-curly", "Few heeded the inspectors’ warnings that the pier would fail.",
         [("the pier would fail", "the inspectors", "warnings")]),
    Case("noun-time-before-that", "Nobody believed Roe's assertion on Monday that the pier was unsafe.",
         [("the pier was unsafe", "Roe's", "assertion")]),
    Case("noun-weekday-before-that", "Nobody trusted Lund's announcement Friday that the ferry would stop.",
         [("the ferry would stop", "Lund's", "announcement")]),
    Case("noun-was-that", "Roe's argument was that the ferry should run at night.",
         [("the ferry should run at night", "Roe's", "argument")]),
    Case("noun-colon", "Their argument: only a new council can fix the pier.",
         [("only a new council can fix the pier", "Their", "argument")]),
    # the form of be may follow an auxiliary and adverbs
    Case("noun-has-long-been-that", "Her message has long been that the slipway needs a new keel.",
         [("the slipway needs a new keel", "Her", "message")]),
    Case("noun-long-has-been-that", "Tam Reddick's argument long has been that the tolls are too high.",
         [("the tolls are too high", "Tam Reddick's", "argument")]),
    Case("never-noun-has-been-that-bad", "Her message has been that bad.", []),
    Case("noun-acknowledgment", "Orla Vell was candid about it in her acknowledgment that the kiln had cracked.",
         [("the kiln had cracked", "her", "acknowledgment")]),
    # -- a speech noun's content ends at a dash, or at the comma of a fronted phrase -------
    Case("noun-fronted-phrase", "Despite his claims that the pier was safe, the council closed it.",
         [("the pier was safe", "his", "claims")]),
    # the capitalised preposition that opens the sentence is no part of the possessor's name
    Case("noun-fronted-phrase-named-possessor",
         "Despite Wenna Kowal's claim that the slipway was sound, the rowers stayed ashore.",
         [("the slipway was sound", "Wenna Kowal's", "claim")]),
    Case("noun-fronted-subordinator-named-possessor",
         "Since Lund's warning that the weir would flood, the mill has stood empty.",
         [("the weir would flood", "Lund's", "warning")]),
    Case("noun-fronted-phrase-past-relative-clause",
         "Despite her claim that the quay, which the guild mended, would hold, the rowers stayed ashore.",
         [("the quay, which the guild mended, would hold", "her", "claim")]),
    Case("noun-dash-aside", "Nobody forgot his suggestion that the pier was safe — a view few shared.",
         [("the pier was safe", "his", "suggestion")]),
    # -- a light verb, a speech noun and an -ing verb: what the -ing verb takes ----------
    Case("noun-statement-saying", "The council issued a statement saying the pier was safe.",
         [("the pier was safe", "The council", "statement")]),
    Case("noun-statements-condemning", "Both mayors issued statements condemning the raid.",
         [("the raid", "Both mayors", "statements")]),
    Case("noun-put-out-statement", "The board put out a brief statement explaining the delay.",
         [("the delay", "The board", "statement")]),
    Case("never-noun-participle-no-light-verb", "The report covering May was late.", []),
    # who reads a statement out need not have written it: the statement speaks, for no source
    Case("noun-participle-read-no-source", "Lund read a statement explaining the delay.",
         [("the delay", None, "explaining")]),
    # -- "X drew criticism from Y": Y criticised X ---------------------------------------
    Case("noun-criticism-from-subject", "The new levy has drawn harsh criticism from the sailors.",
         [("The new levy", "the sailors", "criticism")]),
    Case("noun-criticism-facing", "By then, the ferry plan was facing criticism from Okafor.",
         [("the ferry plan", "Okafor", "criticism")]),
    Case("noun-criticism-subject-with-relative",
         "Roe's deal with Lund, which would close the pier, sparked criticism from the sailors.",
         [("Roe's deal with Lund, which would close the pier", "the sailors", "criticism")]),
    Case("never-noun-criticism-pronoun", "He has faced criticism from the sailors.", []),
    # with no source named, what drew criticism all the same (session 20; see test_reported_recall.py)
    Case("noun-criticism-no-source", "The new levy has drawn harsh criticism.",
         [("The new levy", None, "criticism")]),
    Case("never-drew-crowd-from", "The fair drew a crowd from the port.", []),
    # with no source, "for" and why: the whole clause, as PolNeAR annotates it
    Case("noun-criticism-for-clause", "Tove Lindqvist received fierce criticism for the broken crane.",
         [("Tove Lindqvist received fierce criticism for the broken crane", None, "criticism")]),
    Case("noun-criticism-for-after-subordinate", "While Bram Kowal drew criticism for the tolls, he kept his seat.",
         [("Bram Kowal drew criticism for the tolls", None, "criticism")]),
    Case("never-noun-criticism-for-thing", "The new crane drew criticism for its noise.", []),
    # "come under" is a two-word target verb
    Case("noun-came-under-criticism-from", "The Dunmere ferry came under criticism from the pilots.",
         [("The Dunmere ferry", "the pilots", "criticism")]),
    Case("noun-came-under-criticism-for", "Tam Reddick came under fierce criticism for the broken crane.",
         [("Tam Reddick came under fierce criticism for the broken crane", None, "criticism")]),
    Case("never-noun-came-under-no-criticism", "The Dunmere ferry came under fire from the pilots.", []),
    Case("noun-endured-criticism-for", "Orla Vell has endured criticism for closing the slipway.",
         [("Orla Vell has endured criticism for closing the slipway", None, "criticism")]),
    # the clause starts at the subject: a main clause or subordinator before it is not what was criticised
    Case("noun-criticism-for-after-said-that", "Kowal said that Lund faced criticism for slow repairs.",
         [("Lund faced criticism for slow repairs", "Kowal", "said")]),
    Case("noun-criticism-for-after-thinks", "Kowal thinks Lund faced criticism for slow repairs.",
         [("Lund faced criticism for slow repairs", None, "criticism")]),
    Case("noun-criticism-for-after-subordinator", "Lund resigned after he faced criticism for slow repairs.",
         [("he faced criticism for slow repairs", None, "criticism")]),
    # "for" and a time phrase says how long, not why; ", and" and a subject open a clause of its own
    Case("never-noun-criticism-for-duration", "Lund faced criticism for weeks before he resigned.", []),
    Case("noun-criticism-for-then-and-clause", "In May, Lund faced criticism for slow repairs, and Kowal resigned.",
         [("Lund faced criticism for slow repairs", None, "criticism")]),
    Case("noun-criticism-for-head-of", "The aide of the mayor received criticism for the tolls.",
         [("The aide of the mayor received criticism for the tolls", None, "criticism")]),
    # -- nouns that report only through a colon or "was that" ---------------------------
    Case("frame-noun-answer-was-that", "Roe's answer was that the levy was too high.",
         [("the levy was too high", "Roe's", "answer")]),
    Case("frame-noun-message-colon", "Their message: the pier must close before winter.",
         [("the pier must close before winter", "Their", "message")]),
    Case("never-frame-noun-relative", "The council sent a message that resonated with voters.", []),
    # -- a bare speech noun that is no verb form, before that: no source -----------------
    Case("noun-bare-allegations", "The mayor faced questions, including allegations that he sold the pier.",
         [("he sold the pier", None, "allegations")]),
    Case("noun-bare-modified", "Wild accusations that the mayor was ill spread quickly.",
         [("the mayor was ill spread quickly", None, "accusations")]),
    Case("never-bare-noun-in-statement", "Roe said in a statement that the pier was safe.",
         [("the pier was safe", "Roe", "said")]),
    Case("never-bare-noun-relative", "Allegations that he faced were dropped.", []),
    # "that" right before an auxiliary or a form of be is the subject of a relative clause
    Case("never-noun-subject-relative-be", "Tam Reddick made the claim that was printed in the Gazette.", []),
    Case("never-noun-subject-relative-modal",
         "The harbour board is preparing a report that could touch on the ferry tolls.", []),
    # a past form that no noun follows is the verb of a relative clause on the noun
    Case("never-noun-relative-past", "Roe made a claim that surfaced in a lost letter.", []),
    Case("never-noun-relative-past-name", "Vell made statements that damaged Tam Reddick's name.", []),
    Case("noun-that-past-modifier", "The claim that armed men stormed the pier was false.",
         [("armed men stormed the pier", None, "claim")]),
    # -- a speech noun in subject position: its content ends before the main verb --------
    Case("noun-subject-main-verb", "Roe's claim that the pier has long been unsafe surprised nobody.",
         [("the pier has long been unsafe", "Roe's", "claim")]),
    Case("noun-subject-adjective-past", "The claim that the embattled mayor resigned was false.",
         [("the embattled mayor resigned", None, "claim")]),
    Case("noun-subject-coordinated-clause", "Roe's claim that the plan failed and voters left is wrong.",
         [("the plan failed and voters left is wrong", "Roe's", "claim")]),
    Case("never-noun-was-that-adverb", "His remarks were that bad.", []),
    Case("never-noun-report-card", "Her report card was good.", []),
    Case("never-noun-statement-piece", "The statement piece sold well at the fair.", []),
    Case("never-evidence-noun-colon", "The poll's finding: voters were tired of the levy.", []),
    Case("never-noun-colon-list", "His remarks: brief.", []),
    Case("never-noun-time-no-that", "Roe's statement on Monday was brief.", []),
    # -- a possessor and one modifier before a cue form make it a noun -------------------
    Case("noun-possessor-modifier-promise", "Her earlier promise to mend the kiln was forgotten.",
         [("to mend the kiln", "Her", "promise")]),
    Case("noun-possessor-modifier-claim", "The wardens shrugged off Kowal's second claim that the kiln was cracked.",
         [("the kiln was cracked", "Kowal's", "claim")]),
    Case("possessor-role-still-a-verb", "Vell's lawyer claims that the nets were never torn.",
         [("the nets were never torn", "Vell's lawyer", "claims")]),
    Case("possessor-person-noun-still-a-verb", "Tobias Hale's landlady claims the chimney was swept in May.",
         [("the chimney was swept in May", "Tobias Hale's landlady", "claims")]),
    Case("possessor-person-noun-after-openers", "On Monday Bram Kowal's landlady claims the well ran dry.",
         [("the well ran dry", "Bram Kowal's landlady", "claims")]),
    Case("possessor-person-noun-after-adverb", "Then Lund's landlady claims the well ran dry.",
         [("the well ran dry", "Lund's landlady", "claims")]),
    Case("noun-in-verb-medium-phrase", "Kowal insisted in her second statement that the kiln was sound.",
         [("the kiln was sound", "Kowal", "insisted")]),
    # -- a speech noun whose content is an infinitive -------------------------------------
    Case("noun-promise-to", "Voters liked Roe's promise to build a sea wall.",
         [("to build a sea wall", "Roe's", "promise")]),
    Case("noun-promise-to-light-verb", "Roe made a promise to repair the pier.",
         [("to repair the pier", "Roe", "promise")]),
    Case("noun-vow-to-before-verb", "Her vow to go after the smugglers won praise.",
         [("to go after the smugglers", "Her", "vow")]),
    Case("never-noun-to-listener", "His promise to voters was broken.", []),
    Case("never-noun-to-phrase", "His calls to the harbour went unanswered.", []),
    # -- a noun-like cue form right before an auxiliary is a noun -------------------------
    Case("never-noun-report-before-auxiliary", "The weapons report will influence the vote.", []),
    # -- a naming verb whose object stands alone is a call -------------------------------
    Case("never-called-name-adverb", "Okafor called Ana Lund shortly after the vote.", []),
    Case("never-called-pronoun-time", "Lund called her on Friday.", []),
    Case("called-name-complement", "Lund called Roe a liar.",
         [("Roe a liar", "Lund", "called")]),
    Case("called-on-to", "Lund called on Roe to resign.",
         [("Roe to resign", "Lund", "called on")]),
    # -- a particle that makes another verb: call off -----------------------------------
    Case("never-called-off", "Two firms called off the merger after the vote.", []),
    # -- a lone adverb or listener after the cue is no content --------------------------
    Case("never-lone-adverb", "On the levy, Okafor responded anonymously.", []),
    # -- a manner adverb and a phrase that close the clause are no content -------------
    Case("never-manner-adverb-phrase", "Orla Fenwick shouted cheerfully across the shingle.", []),
    Case("never-manner-adverb-to-pronoun", "Kowal said softly to them.", []),
    # -- a second perfect predicate of the cue's subject ends the content ----------------
    Case("perfect-second-predicate-ends-content",
         "Orla Fenwick has urged the guild to mend the weir and has quietly warned its members.",
         [("the guild to mend the weir", "Orla Fenwick", "urged")]),
    Case("perfect-auxiliary-of-the-content-stays",
         # The content's subject has the same auxiliary: the second one may be its own.
         "Brandt has said the ferry fare has risen and has doubled since the thaw.",
         [("the ferry fare has risen and has doubled since the thaw", "Brandt", "said")]),
    Case("perfect-other-auxiliary-stays",
         "Kowal has said the ferries were late and have missed the tide.",
         [("the ferries were late and have missed the tide", "Kowal", "said")]),
    # -- the terms a source spoke on end the content, however long what follows --------
    # after a postposed cue the terms are how the source spoke, not more of the content
    Case("terms-after-postposed-cue",
         "The weir gates had rusted through, she added, on condition of anonymity, as the guild keeps its books private.",
         [("The weir gates had rusted through", "she", "added")]),
    Case("terms-after-postposed-cue-at-end",
         "The ferry rota was a mess, a boatman added, on condition of anonymity.",
         [("The ferry rota was a mess", "a boatman", "added")]),
    Case("terms-end-the-content",
         "A lock keeper said the sluice gates would be replaced in spring, on condition of anonymity, "
         "as the board had not cleared him.",
         [("the sluice gates would be replaced in spring", "A lock keeper", "said")]),
    Case("terms-after-speaking-end-the-content",
         "Two pilots said the channel was silting up, speaking on condition of anonymity.",
         [("the channel was silting up", "Two pilots", "said")]),
    Case("terms-before-a-reason-end-the-content",
         "A ferryman said the repairs were late on condition of anonymity since his skipper dislikes gossip.",
         [("the repairs were late", "A ferryman", "said")]),
    Case("terms-of-the-content-stay",
         # No comma and no clause of the writer's after them: the content's own condition.
         "Kowal said the witnesses would testify only on condition of anonymity.",
         [("the witnesses would testify only on condition of anonymity", "Kowal", "said")]),
    Case("terms-other-condition-stays",
         "Kowal said the tolls would fall on condition of a new bridge being built.",
         [("the tolls would fall on condition of a new bridge being built", "Kowal", "said")]),
    # -- an adverb that opens the clause is no part of a long subject -------------------
    Case("long-subject-keeps-an-adjective-opener",
         # Before a bare noun the opener may be the subject's adjective.
         "Later generations of Pellham's ropemakers said the old knots were best.",
         [("the old knots were best", "Later generations of Pellham's ropemakers", "said")]),
    Case("long-subject-after-then", "Then Tobias Tesk's elderly landlady says the rent is due.",
         [("the rent is due", "Tobias Tesk's elderly landlady", "says")]),
    # -- a speech noun with its own possessor in the phrase before a cue's that ---------
    Case("lead-noun-where-the-cue-spoke",
         # After a medium preposition the noun is where the cue's subject spoke.
         "Bram Kowal said in Orla Fenwick's report that the sluice leaked.",
         [("the sluice leaked", "Bram Kowal", "said")]),
    Case("lead-noun-owns-its-that",
         "Bram Kowal said in reply to Orla Fenwick's claim that the sluice leaked that the gates were sound.",
         [("the sluice leaked", "Orla Fenwick's", "claim"), ("the gates were sound", "Bram Kowal", "said")]),
    Case("lead-noun-owns-the-only-that",
         "Bram Kowal wrote in reply to Orla Fenwick's claim that the sluice leaked.",
         [("the sluice leaked", "Orla Fenwick's", "claim")]),
    Case("never-manner-adverb-to-plural", "Orla Fenwick remarked dryly to passengers.", []),
    Case("manner-adverb-infinitive-ends-in-s", "Lund vowed calmly to address the toll.",
         [("calmly to address the toll", "Lund", "vowed")]),
    Case("never-manner-adverb-phrase-pronoun", "Then she said gently to the whole bench, and sat.", []),
    Case("never-manner-adverb-phrase-adjunct", "Tobias Hale said warmly at the gangway as the skiff cast off.", []),
    Case("manner-adverb-phrase-then-clause", "Kowal said softly to Lund the tiller was cracked.",
         [("softly to Lund the tiller was cracked", "Kowal", "said")]),
    Case("manner-adverb-phrase-then-bare-clause", "Kowal said calmly on the radio the docks flood every spring.",
         [("calmly on the radio the docks flood every spring", "Kowal", "said")]),
    Case("manner-adverb-topic", "Lund commented freely about the old ferry.",
         [("the old ferry", "Lund", "commented freely about")]),
    Case("manner-adverb-infinitive", "Lund vowed calmly to repaint the skiff.",
         [("calmly to repaint the skiff", "Lund", "vowed")]),
    Case("never-lone-listener", "\"Why?\" the harbour master asked him.", []),
    Case("listener-then-amount", "Lund told them $2 million was missing.",
         [("$2 million was missing", "Lund", "told")]),
    # -- a cue that introduces a direct quote reports none of the words before it --------
    Case("never-subject-before-quote-cue",
         'The Harbour Gazette\'s long report on the pier, Lund said, "was a fine piece of work."', []),
    Case("never-adjunct-before-quote-cue",
         'Rather than wait for the council, the ferry crews, Lund said, "will sail on Monday."', []),
    Case("content-ends-before-quote-cue",
         'So when Okafor signaled last week that the levy would rise, Lund said, "we were floored."',
         [("the levy would rise", "Okafor", "signaled")]),
    Case("content-ends-before-coordinated-quote-cue",
         'Roe called on Lund to resign and said, "He has failed the town."',
         [("Lund to resign", "Roe", "called on")]),
    Case("content-ends-before-but-added-quote-cue",
         'Okafor said the ferry was late but added, "It will sail on Monday."',
         [("the ferry was late", "Okafor", "said")]),
    Case("content-ends-before-other-subject-quote-cue",
         'A sailor asked for a photo and Lund said, "As long as it is quick."',
         [("a photo", "A sailor", "asked for")]),
    Case("never-according-to-after-quote-cue",
         '"The pier is old. It is safe now," the mayor said, according to a transcript.', []),
    # -- a pronoun of quantity alone as the subject -------------------------------------
    Case("lone-subject-coordinated", "Roe said the pier was safe and others said it was not.",
         [("the pier was safe", "Roe", "said"), ("it was not", "others", "said")]),
    Case("lone-subject-opens-sentence", "Both vowed to rebuild the pier by May.",
         [("to rebuild the pier by May", "Both", "vowed")]),
    Case("lone-subject-after-but", "The levy passed, but many would point out the pier is unsafe.",
         [("the pier is unsafe", "many", "point out")]),
    Case("lone-subject-noun-cue-clause", "But some note that the pier is unsafe.",
         [("the pier is unsafe", "some", "note")]),
    Case("never-lone-subject-before-noun", "One worry that keeps returning is the height of the river.", []),
    # -- "which" after a comma is a subject; a relative pronoun has no content before it ---
    Case("which-subject", "The council, which says the pier is unsafe, wants it closed.",
         [("the pier is unsafe", "which", "says")]),
    Case("which-subject-verb-group", "The council, which has long argued that the pier is unsafe, wants it closed.",
         [("the pier is unsafe", "which", "argued")]),
    # A bare relative pronoun after a noun phrase is its clause's subject; after a verb, "that" is no subject.
    Case("bare-that-subject", "The clerk posted a notice that blamed the harbour board for the delay.",
         [("the harbour board for the delay", "that", "blamed")]),
    Case("bare-which-subject", "The ferry guild sent round a leaflet which criticized the new toll.",
         [("the new toll", "which", "criticized")]),
    Case("never-that-after-verb", "The wardens knew that blamed skippers would leave.", []),
    # A counting phrase that opens its clause speaks with any cue verb, not a number.
    Case("counting-subject-after-clause", "While no warden seems willing to act, few are calling for a new pier.",
         [("a new pier", "few", "calling for")]),
    Case("never-counting-number", "The guild raised its toll forecast by 0.2 percentage points to 3.1 percent.", []),
    # -- postposed cues: what ends the phrase after the cue ------------------------
    Case("postposed-headline", "Pier Will Close In May, Harbour Master Says.",
         [("Pier Will Close In May", "Harbour Master", "Says")]),
    Case("postposed-dash-after-time", "The pier will close soon, Roe said on Friday -- a blow to the town.",
         [("The pier will close soon", "Roe", "said")]),
    # A dash after a listener, not after a time phrase: no postposed report of the clause before.
    Case("never-dash-after-listener", "The pier is safe, and she has often told the crew -- jokingly -- that it is not.",
         []),
    Case("postposed-then-adding", "The pier is safe, Roe said, adding that the ferry will run.",
         [("The pier is safe", "Roe", "said"), ("the ferry will run", "Roe", "adding")]),
    Case("postposed-time-then-adding", "The pier is safe, Roe said Friday, adding that the ferry will run.",
         [("The pier is safe", "Roe", "said"), ("the ferry will run", "Roe", "adding")]),
    # -- a subject before an aside or a relative clause ----------------------------
    Case("subject-aside-phrase", "Bakers, for example, argue that prices rose.",
         [("prices rose", "Bakers", "argue")]),
    Case("subject-aside-adverb", "Ferry owners, however, say the pier is safe.",
         [("the pier is safe", "Ferry owners", "say")]),
    Case("subject-relative-money", "The executives, who made $30 million last year, say the firm will save money.",
         [("the firm will save money", "The executives", "say")]),
    # -- according to a document by someone: the agent is the source ----------------
    Case("according-agent-by", "Turnout was high, according to a tally by the Gazette.",
         [("Turnout was high", "the Gazette", "according to")]),
    Case("according-agent-from", "According to an analysis from the harbour master, the dunes are moving.",
         [("the dunes are moving", "the harbour master", "According to")]),
    Case("according-person-from", "Turnout was high, according to officials from the ministry.",
         [("Turnout was high", "officials", "according to")]),
    Case("subject-passive-echoed", "Lund's doubts were echoed by the harbour master.",
         [("Lund's doubts", "the harbour master", "echoed")]),
    Case("subject-passive-claimed", "Both fires were claimed by a small group.",
         [("Both fires", "a small group", "claimed")]),
    Case("opening-participle-then-infinitive", "Railing against the levy, Roe vows to cut the harbour fees.",
         [("to cut the harbour fees", "Roe", "vows")]),
    Case("according-long-source-inside", "The upshot, according to officials who met the mayor on Friday, is that the pier will close.",
         [("The upshot, according to officials who met the mayor on Friday, is that the pier will close",
           "officials", "according to")]),
    Case("according-source-then-phrase", "The upshot, according to the harbour master in a letter, is that the pier will close.",
         [("The upshot, according to the harbour master in a letter, is that the pier will close",
           "the harbour master", "according to")]),
    Case("according-source-then-conjunction", "The pier will close, according to a tally by the council, but the ferry will run.",
         [("The pier will close", "the council", "according to")]),
    Case("particle-complained-of", "Roe complained of the noise from the quay.",
         [("the noise from the quay", "Roe", "complained of")]),
    Case("particle-boasted-of", "The mayor boasted of his skill in cutting the price.",
         [("his skill in cutting the price", "The mayor", "boasted of")]),
    # -- never: an adverbial clause after a time phrase ------------------------------
    Case("never-adjunct-after-time", "Brede said Sunday as the bell rang.", []),
    Case("never-which-evidence", "The survey, which suggests the pier is unsafe, was published.", []),
    Case("never-relative-postposed", "Roe lost the vote to Lund, who insisted on a recount.", []),
    # -- a report in a relative clause stays, even inside another report's content ------
    Case("relative-report-inside-content", "Roe cited the old rules, which she said had harmed the port.",
         # The relative clause is a report of its own, so the object ends before it.
         [("the old rules", "Roe", "cited"), ("had harmed the port", "she", "said")]),
    Case("complement-report-inside-content", "Officials said Roe had claimed the pier was safe.",
         [("Roe had claimed the pier was safe", "Officials", "said")]),
    # -- a phrase set off by commas or dashes between a cue and its "that" ---------------
    Case("dash-insertion-that", "Roe said — on the radio, as it happens — that the pier was closed.",
         [("the pier was closed", "Roe", "said")]),
    Case("lead-with-relative-then-that", "Roe said on the radio, where she is a host, that the pier was closed.",
         [("the pier was closed", "Roe", "said")]),
    Case("never-marked-lead-relative-that", "Roe said on Tuesday, at a hall that was full, nothing new.", []),
    # -- a predicate read as a long subject gives way to its own subject ------------------
    Case("predicate-phrase-subject", "Ana Lund, hoping to win, tweeted on Friday to say she had never lied.",
         [("she had never lied", "Ana Lund", "say")]),
    Case("participle-phrase-subject", "The critics denounced him, rushing to the radio to say the levy was unfair.",
         [("him", "The critics", "denounced"), ("the levy was unfair", "The critics", "say")]),
    # -- the subject of the verb a noun-object cue follows, past determiners and adjectives
    Case("noun-object-adjective", "Okafor made a surprising call for a halt to the levy.",
         [("a halt to the levy", "Okafor", "call for")]),
    Case("noun-object-have", "Lund had no such praise for the ferry crew.",
         [("the ferry crew", "Lund", "praise for")]),
    Case("never-noun-object-bare-in-may", "Attacks on the port rose in May.", []),
    # -- right after a quote, a cue with its own "that" clause reports -------------------
    Case("after-title-quote-that", "On the \u201cMorning Show,\u201d Lund admitted that the pier was unsafe.",
         [("the pier was unsafe", "Lund", "admitted")]),
    Case("never-quote-cue-that-night", '"We won," Roe said that night.', []),
    # a capitalised title set in the sentence (after a word, closed on its comma) is no
    # quote that the cue after it tags: an object or a bare clause reports too
    Case("after-title-quote-object",
         "Between two songs from \u201cSalt Roads,\u201d Wenna Tredell praised the new lock gates.",
         [("the new lock gates", "Wenna Tredell", "praised")]),
    Case("after-title-quote-bare-clause",
         "In a chat on \u201cDock Talk,\u201d Orla Fenwick insisted the weir was sound.",
         [("the weir was sound", "Orla Fenwick", "insisted")]),
    # the cue right after such a title, its subject before the title, reads on too
    Case("cue-right-after-title-quote",
         "Tam Reddick, the host of \u201cHarbour Hour,\u201d said in a talk with the Gazette that the fees were too high.",
         [("the fees were too high", "Tam Reddick", "said")]),
    # a closing '' is no word before a cue: a capitalised cue after it opens the sentence
    Case("according-after-closing-double-apostrophe",
         "The clerk called the ledger ''lost.'' According to Orla Vell, the ferry sails at noon.",
         [("the ledger ''lost.''", "The clerk", "called"), ("the ferry sails at noon", "Orla Vell", "According to")]),
    Case("after-quote-pronoun-clause", "The crew were \u201cold friends,\u201d Lund claimed they had never met.",
         [("they had never met", "Lund", "claimed")]),
    Case("never-quote-cue-object-pronoun", '"We won," Roe told them.', []),
    # -- "about" may follow talk or speak after a listener or an adverb phrase -----------
    Case("spoke-to-listener-about", "Roe spoke to reporters about the pier.",
         [("the pier", "Roe", "spoke to reporters about")]),
    Case("talked-at-length-about", "Lund talked at length about the levy.",
         [("the levy", "Lund", "talked at length about")]),
    Case("never-spoke-on-condition-of", "Roe spoke on the condition of anonymity.", []),
    Case("never-spoke-for-about-minutes", "Roe spoke for about 30 minutes.", []),
    # -- a hyphenated quantity after an approximator opens the content -------------------
    Case("approximator-hyphenated-quantity", "Lindqvist predicted about one-fifth of the ballots will be cast early.",
         [("about one-fifth of the ballots will be cast early", "Lindqvist", "predicted")]),
    # -- "answer" reports a clause only after "that" ----------------------------------------
    Case("answered-that", "Lund answered that the pier was closed.",
         [("the pier was closed", "Lund", "answered")]),
    Case("never-answered-a-question", "Lund answered a question on the levy.", []),
    # -- "this" after a cue opens the content unless a time word follows ------------------
    Case("said-this-content", "Lund said this was a rough patch for the port.",
         [("this was a rough patch for the port", "Lund", "said")]),
    Case("say-this-plan", "Others say this levy would fail.",
         [("this levy would fail", "Others", "say")]),
    Case("said-this-week-time", "Lund said this week the ferry was late.",
         [("the ferry was late", "Lund", "said")]),
    # -- right after a cue, a wh-word opens what was said (after a source, it describes it) --
    Case("wh-word-after-cue", "The ferry was late, but Lund did not say who had ordered the delay.",
         [("who had ordered the delay", "Lund", "say")]),
    Case("relative-after-inverted-source", "The ferry was late, said Lund, who runs the pier.",
         [("The ferry was late", "Lund", "said")]),
    # -- verbs that repeat or retell what was said --------------------------------------
    Case("echoed-object", "Okafor echoed the mayor's criticism of the levy.",
         [("the mayor's criticism of the levy", "Okafor", "echoed")]),
    Case("recounted-that", "Lund recounted that the ferry had sunk twice.",
         [("the ferry had sunk twice", "Lund", "recounted")]),
    Case("recounted-postposed", "The pier was unsafe, Lund recounted.",
         [("The pier was unsafe", "Lund", "recounted")]),
    Case("restated-object", "The harbour board restated its position on the levy.",
         [("its position on the levy", "The harbour board", "restated")]),
    # -- after a verb that takes an object, "that" and one word is a determiner ----------
    Case("object-that-determiner", "Okafor rejected that idea.",
         [("that idea", "Okafor", "rejected")]),
    Case("object-that-determiner-phrase", "Okafor dismissed that offer on Friday.",
         [("that offer on Friday", "Okafor", "dismissed")]),
    Case("object-that-clause", "Okafor criticized that voters stayed home.",
         [("voters stayed home", "Okafor", "criticized")]),
    # -- where a parenthetical or postposed content starts ------------------------------
    Case("parenthetical-after-dash",
         "Lund booked the hall for Friday -- and the permit, her aides said, was hard to get.",
         [("and the permit, her aides said, was hard to get", "her aides", "said")]),
    Case("parenthetical-after-semicolon",
         "The ferry is late again; the new engine, Okafor said, would fail again.",
         [("the new engine, Okafor said, would fail again", "Okafor", "said")]),
    Case("parenthetical-paired-dashes",
         "The new levy -- the third this year -- would fall, Roe said, on the poorest.",
         [("The new levy -- the third this year -- would fall, Roe said, on the poorest", "Roe", "said")]),
    Case("postposed-after-dateline", "HALIFAX -- The ferry will not sail this week, officials said.",
         [("The ferry will not sail this week", "officials", "said")]),
    Case("postposed-keeps-dash-phrase", "The pier is safe again -- a relief for the town, Roe said.",
         [("The pier is safe again -- a relief for the town", "Roe", "said")]),
    Case("postposed-after-headline-semicolon",
         "Storm closes the port; Ferries will sail on Monday, harbour master says.",
         [("Ferries will sail on Monday", "harbour master", "says")]),
    Case("postposed-after-opening-adverbial", "In the end, the ferry was late by an hour, Lund said.",
         [("In the end, the ferry was late by an hour", "Lund", "said")]),
    Case("postposed-opening-adverbials-only", "On Tuesday, in Halifax, Roe said the ferry was late.",
         [("the ferry was late", "Roe", "said")]),
    # -- a gerund cue after a verb that takes it: the verb's subject speaks ------
    Case("gerund-after-kept", "The harbour master kept saying the pier was safe.",
         [("the pier was safe", "The harbour master", "saying")]),
    Case("gerund-after-began", "Then Okafor began calling for a recount of the ballots.",
         [("a recount of the ballots", "Okafor", "calling for")]),
    Case("gerund-after-aspect-in-content",
         "Lund said he left when Okafor began attacking the ferry board.",
         [("he left when Okafor began attacking the ferry board", "Lund", "said")]),
    # -- the subject read past "since", an intensive pronoun, an aside in dashes -
    Case("since-in-verb-group", "Halvorsen has since stressed that no files were lost.",
         [("no files were lost", "Halvorsen", "stressed")]),
    Case("intensive-pronoun", "Halvorsen herself also signaled that the ferry would keep running.",
         [("the ferry would keep running", "Halvorsen", "signaled")]),
    Case("dash-aside-double-hyphen",
         "The harbour master -- who had been at sea all week -- said the pier was closed.",
         [("the pier was closed", "The harbour master", "said")]),
    Case("stance-three-words", "Okafor spoke out in favor of the new quota.",
         [("the new quota", "Okafor", "spoke out in favor of")]),
    Case("stance-after-adverb", "Halvorsen spoke out sharply against the ferry fares.",
         [("the ferry fares", "Halvorsen", "spoke out sharply against")]),
    Case("dash-aside-em-dash",
         "Several fishermen — including Okafor — have long argued that the quota is too low.",
         [("the quota is too low", "Several fishermen", "argued")]),
    # -- a sentence's opening subject, kept far from its verb by what describes it --
    Case("head-before-relative-that",
         "But ferry workers that backed the strike say they expect the council to give way.",
         [("they expect the council to give way", "ferry workers", "say")]),
    Case("head-before-like", "Bakers like Mabry say the flour tax will close small shops.",
         [("the flour tax will close small shops", "Bakers", "say")]),
    Case("head-before-like-and-who-clause",
         "Bakers like Mabry, who opened a second oven in May, say the tax is unfair.",
         [("the tax is unfair", "Bakers", "say")]),
    Case("head-before-whose-clause",
         "The trawler owners whose boats sat idle in March, say they felt ignored by the board.",
         [("they felt ignored by the board", "The trawler owners", "say")]),
    Case("head-no-clause-after", "Bakers like Mabry say nothing about the flour.", []),
    # -- an adverb read by its ending between an auxiliary and a base form -------
    Case("modal-only-say", "Linnet would only say that the parts were still on order.",
         [("the parts were still on order", "Linnet", "say")]),
    Case("modal-merely-say", "Halvorsen will merely say the ferry is safe.",
         [("the ferry is safe", "Halvorsen", "say")]),
    # -- a medium phrase, then a pronoun that opens the content (no that) -------
    Case("medium-phrase-pronoun",
         "The harbour board said in a statement on Friday night they had closed the pier.",
         [("they had closed the pier", "The harbour board", "said")]),
    Case("medium-radio-pronoun", "Okafor said on the radio she would stand again.",
         [("she would stand again", "Okafor", "said")]),
    Case("other-phrase-pronoun-relative", "Lund insisted on a judge they can tolerate.", []),
    # -- a cue right after a quote reports when a clause of its own follows ------
    Case("after-quote-subject-auxiliary",
         'At the end of her "garden tour," Nessa said the roses could wait until autumn.',
         [("the roses could wait until autumn", "Nessa", "said")]),
    Case("after-quote-fronted-passive",
         'Asked about the "quay question", the warden said the gates would stay shut.',
         [('the "quay question"', None, "Asked"), ("the gates would stay shut", "the warden", "said")]),
    Case("after-quote-appositive-that",
         'Pettigrew, whose choir sings only "old hymns," insisted that the organ was out of tune.',
         [("the organ was out of tune", "Pettigrew", "insisted")]),
    Case("after-quote-participle-that",
         'Vell thanked the hosts of "Dock Talk," adding that the ferries would run again.',
         [("the ferries would run again", "Vell", "adding")]),
    Case("after-quote-participle-infinitive",
         'Captain Brann spoke briefly at the launch of the new trawler "Gull," promising to sail her round the cape by '
         'June.',
         [("to sail her round the cape by June", "Captain Brann", "promising")]),
    Case("after-quote-relative-then-main-verb",
         'The gardener, who named the rose "Midnight," said it would bloom twice this year.',
         [("it would bloom twice this year", "The gardener", "said")]),
    Case("never-after-quote-time-phrase", '"The tide is late," Vell said the next morning.', []),
    Case("never-after-quote-inverted-source", '"We sail at noon," said the skipper, who was tired.', []),
    Case("never-after-quote-when", '"Come in," he said when he had finished the letter.', []),
    Case("never-after-quote-once", '"Wait," she said once he had gone.', []),
    Case("never-after-quote-where", '"Sit," he said where she could see him.', []),
    Case("inverted-name-after-subject-that-cannot-speak",
         "Every barn in the valley flooded, and then the river froze, said Mrs. Ambry, with a shiver.",
         [("Every barn in the valley flooded, and then the river froze, said Mrs. Ambry, with a shiver",
           "Mrs. Ambry", "said")]),
    Case("never-hard-to-say", "It is hard to say how long the bridge will last.", []),
    Case("never-fair-to-say", "It's fair to say that the harbour vote was close.", []),
    # -- a word that stands for the whole answer -----------------------------------
    Case("proform-so-time", "Roe said so after the vote.",
         [("so", "Roe", "said")]),
    Case("proform-yes-while",
         "Old Pim said yes because nobody else would row.",
         [("yes", "Old Pim", "said")]),
    Case("proform-so-many-goes-on", "Lund said so many boats came that the quay was full.",
         [("so many boats came that the quay was full", "Lund", "said")]),
    Case("proform-lone-that", "After the regatta, Kowal had said that.",
         [("that", "Kowal", "said")]),
    Case("proform-lone-that-comma-word", "Wenna Tredell denied that, again.",
         [("that", "Wenna Tredell", "denied")]),
    Case("that-comma-phrase-opens-clause", "Lund said that, after the thaw, the ferry would run.",
         [("after the thaw, the ferry would run", "Lund", "said")]),
    # -- a perfect participle that opens the sentence ------------------------------
    Case("having-said-opening", "Having said that the levy was unfair, Marren voted for it anyway.",
         [("the levy was unfair", "Marren", "said")]),
    # -- a postposed according to after a colon or semicolon -----------------------
    Case("according-after-colon",
         "Few boats were lost: the new breakwater held, according to the coastguard.",
         [("the new breakwater held", "the coastguard", "according to")]),
    Case("according-clock-time-colon", "At 10:30 the pier closed, according to Lund.",
         [("At 10:30 the pier closed", "Lund", "according to")]),
    # -- a speech noun and its preposition after "to" are a verb -----------------
    Case("to-call-for-subject", "The mayor went on the radio to call for calm.",
         [("calm", "The mayor", "call for")]),
    Case("to-call-for-pronoun", "They met the mayor on Friday to call for a pay rise.",
         [("a pay rise", "They", "call for")]),
    # -- a negation before a listener's infinitive is what was said --------------
    Case("listener-not-to", "The nurse warned the patients not to leave their beds before noon.",
         [("not to leave their beds before noon", "The nurse", "warned")]),
    Case("listener-never-to", "Okafor warned the crews never to sail past the reef.",
         [("never to sail past the reef", "Okafor", "warned")]),
    # -- an adverb and a reporting participle after a comma open the subject's next report
    Case("adverb-participle-ends-object",
         "Orla Fenwick complained about the noise, even suggesting the crane was broken.",
         [("the noise", "Orla Fenwick", "complained about"), ("the crane was broken", "Orla Fenwick", "suggesting")]),
    Case("adverb-participle-ends-clause",
         "Tam Reddick said the pier was safe, repeatedly insisting that the crane was new.",
         [("the pier was safe", "Tam Reddick", "said"), ("the crane was new", "Tam Reddick", "insisting")]),
    # a participle that reports nothing goes on with the content
    Case("adverb-other-participle-stays",
         "Tam Reddick said the pier was safe, often using the crane.",
         [("the pier was safe, often using the crane", "Tam Reddick", "said")]),
    # -- a question word further on ends a long listener ---------------------------
    Case("listener-long-then-question",
         "Orla Fenwick is telling guests at the Kelby Rowing Club’s annual gala how she saved the pier.",
         [("how she saved the pier", "Orla Fenwick", "telling")]),
    Case("listener-long-then-why",
         "Tam Reddick told the new clerks of the Upper Kelby Harbour and Ferry Board why the toll rose.",
         [("why the toll rose", "Tam Reddick", "told")]),
    # -- a place set off by commas is not the source -------------------------------
    Case("place-opener-then-subject",
         "In Pellham, Varrowshire, 58-year-old Pella Varn praised the mill, and explained that the town would suffer.",
         [("the mill", "Pella Varn", "praised"),
          ("the town would suffer", "Pella Varn", "explained")]),
    Case("place-after-comma-participle",
         # A guard: the code before the place rules (84013b4) reads this one right too.
         "Up at the lighthouse on Selk, Orrany, Tam Keel scribbled in the log, noting that the lamp had failed twice.",
         [("the lamp had failed twice", "Tam Keel", "noting")]),
    Case("place-of-home-infinitive",
         "Quen Harrow of Lisk, Vardale, wrote to the council last week to say the bridge was unsafe.",
         [("the bridge was unsafe", "Quen Harrow", "say")]),
    Case("place-of-home-participle",
         "Wenna Poll of Fennick, who sells cod by the quay, grumbled all morning, warning that prices would rise.",
         [("prices would rise", "Wenna Poll", "warning")]),
    # -- an infinitive after a comma: its subject is the clause's, never "to" -------
    Case("infinitive-after-aside",
         "When the tide turned, the ferryman walked past the keeper, Sela Dunn, to insist at the office that his pass "
         "was valid.",
         [("his pass was valid", "the ferryman", "insist")]),
    Case("infinitive-after-passive-aside",
         "The porter was made, by the guests, to admit that the trunk had been open.",
         [("the trunk had been open", "The porter", "admit")]),
    Case("place-time-opener-keeps-appositive-subject",
         # A guard: the code before the place rules (84013b4) reads this one right too.
         "All through the wet summer, Mila Grane, keeper of the orchard at Cobb End, reminded her pickers that the "
         "plums would rot.",
         [("the plums would rot", "Mila Grane", "reminded")]),
    # -- a relative clause about a name that closes a content is the writer's -------
    Case("relative-after-name-ends-content",
         "Tamsin Vey said the looms had come from Quillon Weavers, which also dyes wool for the spring fair.",
         [("the looms had come from Quillon Weavers", "Tamsin Vey", "said")]),
    Case("relative-who-after-name-ends-content",
         "The warden told the crews that the keys had gone to Hollis Brannock, who keeps the boathouse.",
         [("the keys had gone to Hollis Brannock", "The warden", "told")]),
    Case("relative-after-lowercase-noun-stays",
         "Tamsin Vey said the mill would close the old sluice, which floods every spring.",
         [("the mill would close the old sluice, which floods every spring", "Tamsin Vey", "said")]),
    Case("relative-inside-subject-stays",
         "Tamsin Vey said that Hollis Brannock, who keeps the boathouse, would row the judges across.",
         [("Hollis Brannock, who keeps the boathouse, would row the judges across", "Tamsin Vey", "said")]),
    Case("relative-after-object-name",
         "Tamsin Vey praised Hollis Brannock, who rowed the judges across.",
         [("Hollis Brannock", "Tamsin Vey", "praised")]),
    Case("when-after-clause-cue-is-no-content",
         "Bram Kowal protested when the barge blocked the lock below the mill.",
         []),
    Case("when-after-negated-cue-is-content",
         "Orla Fenwick would not say when the ferry to Lund would sail again.",
         [("when the ferry to Lund would sail again", "Orla Fenwick", "say")]),
    Case("when-after-refused-to-say-is-content",
         "Bram Kowal refused to say when the barges would move again.",
         [("when the barges would move again", "Bram Kowal", "say")]),
    Case("when-after-negated-cue-and-time-is-content",
         "Bram Kowal would not say on Monday when the barges would move again.",
         [("when the barges would move again", "Bram Kowal", "say")]),
    Case("when-clause-before-a-clause-is-content",
         "Bram Kowal said when he ran the mill the wheel never stopped.",
         [("when he ran the mill the wheel never stopped", "Bram Kowal", "said")]),
    Case("but-there-ends-content",
         "Tobias Tesk said the ferry would sail on time, but there is little trust in the timetable at Lund.",
         [("the ferry would sail on time", "Tobias Tesk", "said")]),
    Case("appositive-ends-content",
         "Tamsin Vey said the mill would cut three hundred jobs, a blow the valley had feared for years.",
         [("the mill would cut three hundred jobs", "Tamsin Vey", "said")]),
    Case("appositive-after-name-stays",
         "Tamsin Vey said the post would go to Hollis Brannock, a boatwright from the lower valley.",
         [("the post would go to Hollis Brannock, a boatwright from the lower valley", "Tamsin Vey", "said")]),
    Case("appositive-inside-subject-stays",
         "Tamsin Vey said the old mill, a ruin for years, would open again.",
         [("the old mill, a ruin for years, would open again", "Tamsin Vey", "said")]),
    # -- an object content ends before a phrase of time, a dash or a bracket ----------
    Case("object-ends-before-during",
         "Orla Quenby praised the bakers during the harvest supper.",
         [("the bakers", "Orla Quenby", "praised")]),
    # where people were named (an occasion after a determiner) is no part of the object
    Case("object-ends-before-occasion",
         "Orla Quenby praised the night nurses at a harvest rally in Dunmere on Sunday.",
         [("the night nurses", "Orla Quenby", "praised")]),
    # a noun for people no speaker table lists (class people_noun) counts as people too
    Case("object-ends-before-occasion-after-group",
         "Tobias Hale praised the crew at a harvest dinner in Kesby.",
         [("the crew", "Tobias Hale", "praised")]),
    Case("object-ends-before-occasion-after-plural-group",
         "Wenna Kowal praised the volunteers at the lantern debate in Lund.",
         [("the volunteers", "Wenna Kowal", "praised")]),
    # after a thing or an event the occasion is often the thing's own
    Case("object-keeps-occasion-after-event",
         "Orla Quenby condemned the chaos at the rally in Lund.",
         [("the chaos at the rally in Lund", "Orla Quenby", "condemned")]),
    Case("object-keeps-occasion-after-thing",
         "Orla Quenby criticized the jokes in his speech.",
         [("the jokes in his speech", "Orla Quenby", "criticized")]),
    # an occasion noun that modifies the head names no occasion; a comma ends the phrase read
    Case("object-keeps-occasion-modifier",
         "Orla Quenby praised the mayor at the debate room.",
         [("the mayor at the debate room", "Orla Quenby", "praised")]),
    Case("object-keeps-occasion-after-comma",
         "Orla Quenby criticized the mayor in Lund, the debate host and the clerk.",
         [("the mayor in Lund, the debate host and the clerk", "Orla Quenby", "criticized")]),
    Case("object-keeps-bare-occasion-noun",
         "Tobias Hale criticized the curbs on open debate in the guild.",
         [("the curbs on open debate in the guild", "Tobias Hale", "criticized")]),
    Case("object-keeps-occasion-of-inner-gerund",
         "Kowal accused the warden of shoving a clerk at the spring fundraiser.",
         [("the warden of shoving a clerk at the spring fundraiser", "Kowal", "accused")]),
    Case("object-ends-before-after-clause",
         "The harbour master condemned the raid on the granary after the guards had fled.",
         [("the raid on the granary", "The harbour master", "condemned")]),
    Case("object-ends-at-dash",
         "Orla Quenby praised the volunteers -- a rare word of thanks from her.",
         [("the volunteers", "Orla Quenby", "praised")]),
    Case("object-keeps-its-own-phrase",
         "Orla Quenby criticized the toll on the northern bridge.",
         [("the toll on the northern bridge", "Orla Quenby", "criticized")]),
    Case("clause-content-keeps-time-phrase",
         "Orla Quenby said the toll would rise after the floods.",
         [("the toll would rise after the floods", "Orla Quenby", "said")]),
    # -- what follows a postposed according to's source: the source's or the content's --
    Case("according-to-source-appositive",
         "The lighthouse keeper slept through two storms, according to Mona Reel, a cousin of his from Kettlewick.",
         [("The lighthouse keeper slept through two storms", "Mona Reel", "according to")]),
    Case("according-to-source-then-participle",
         "The choir sang for three hours, according to the vicar, leaving the organist with sore hands.",
         [("The choir sang for three hours", "the vicar", "according to")]),
    Case("according-to-source-then-even-as",
         "Kowal's orchard gave a fine crop, according to the almanac, even as the frost ruined the hops.",
         [("Kowal's orchard gave a fine crop", "the almanac", "according to")]),
    Case("according-to-set-in-clause-goes-on",
         "In the second week, according to her diary, the goats broke through the fence.",
         [("In the second week, according to her diary, the goats broke through the fence", "her diary",
           "according to")]),
    Case("object-infinitive-time-phrase-is-the-cue's",
         "Orla Quenby urged the guild to hold a vote after the meeting ended.",
         [("the guild to hold a vote", "Orla Quenby", "urged")]),
    # -- a relative clause or appositive that closes before the predicate stays -------
    Case("relative-after-subject-name-then-adverb-stays",
         "Roe said Lund, who chairs the board, never lied.",
         [("Lund, who chairs the board, never lied", "Roe", "said")]),
    Case("relative-after-subject-phrase-then-adverb-stays",
         "Roe said the ferry owner Lund, who chairs the board, never lied.",
         [("the ferry owner Lund, who chairs the board, never lied", "Roe", "said")]),
    Case("relative-after-name-only-subject-stays",
         "Roe said that Lund, who chairs the board, in fact owed the parish nothing.",
         [("Lund, who chairs the board, in fact owed the parish nothing", "Roe", "said")]),
    Case("relative-in-object-then-infinitive-stays",
         # An object verb: the name alone would be the content without the infinitive marker read as going on.
         "Tamsin Vey urged Hollis Brannock, who keeps the boathouse, to row the judges across.",
         [("Hollis Brannock, who keeps the boathouse, to row the judges across", "Tamsin Vey", "urged")]),
    Case("renaming-appositive-then-adverb-stays",
         "Roe said the new mayor of the town, a former sailor, never lied.",
         [("the new mayor of the town, a former sailor, never lied", "Roe", "said")]),
    Case("renaming-appositive-then-unknown-verb-stays",
         "Roe said the new mayor of the town, a former sailor, wept.",
         [("the new mayor of the town, a former sailor, wept", "Roe", "said")]),
    Case("relative-then-adverb-then-phrase-word-stays",
         # After "never", a word that could open a phrase of its own ("once") still goes on.
         "Roe said the ferry owner Lund, who chairs the board, never once lied.",
         [("the ferry owner Lund, who chairs the board, never once lied", "Roe", "said")]),
    Case("appositive-after-aside-adverb-stays",
         "Lund said the boat would need new sails and, probably, a fresh coat of tar.",
         [("the boat would need new sails and, probably, a fresh coat of tar", "Lund", "said")]),
    # -- an article after a fronted clause or phrase, or in a list, is no appositive --
    Case("appositive-after-fronted-if-stays",
         "Roe said that if the toll rose, a strike would follow.",
         [("if the toll rose, a strike would follow", "Roe", "said")]),
    Case("appositive-after-fronted-when-stays",
         "Roe said that when the river floods, a ferry runs in place of the bridge.",
         [("when the river floods, a ferry runs in place of the bridge", "Roe", "said")]),
    Case("appositive-after-fronted-preposition-stays",
         "Roe said that in the spring of that year, a storm had wrecked the pier.",
         [("in the spring of that year, a storm had wrecked the pier", "Roe", "said")]),
    Case("appositive-after-fronted-after-stays",
         "Roe said that after Lund left the board, a new chair was chosen.",
         [("after Lund left the board, a new chair was chosen", "Roe", "said")]),
    Case("appositive-after-fronted-following-stays",
         "Roe said that following the vote on the tolls, a new chair was chosen.",
         [("following the vote on the tolls, a new chair was chosen", "Roe", "said")]),
    Case("appositive-after-fronted-clause-main-clause-ends",
         "Roe said that if the toll rose, a strike would follow, a prospect the bakers dreaded.",
         [("if the toll rose, a strike would follow", "Roe", "said")]),
    Case("appositive-after-number-with-comma-ends",
         "Roe said the dairy would shed 1,200 cows, a loss the county had not seen in decades.",
         [("the dairy would shed 1,200 cows", "Roe", "said")]),
    Case("appositive-list-coordinated-article-stays",
         "Roe said the crew would need rope, a spare sail and an anchor.",
         [("the crew would need rope, a spare sail and an anchor", "Roe", "said")]),
    Case("appositive-list-after-item-stays",
         "Roe said the boat needed new sails, fresh tar, a new mast and pumps.",
         [("the boat needed new sails, fresh tar, a new mast and pumps", "Roe", "said")]),
    # -- an object content ends only after the whole object phrase --------------------
    Case("object-time-phrase-after-participle-stays",
         "Orla Quenby praised the bridge repaired after the spring floods.",
         [("the bridge repaired after the spring floods", "Orla Quenby", "praised")]),
    Case("object-time-phrase-in-contact-clause-stays",
         "Orla Quenby praised the songs the choir sang during the harvest feast.",
         [("the songs the choir sang during the harvest feast", "Orla Quenby", "praised")]),
    Case("object-time-phrase-in-relative-stays",
         "Orla Quenby praised the crews who worked during the storm.",
         [("the crews who worked during the storm", "Orla Quenby", "praised")]),
    Case("object-adjective-participle-still-ends",
         "Orla Quenby praised the widely admired choir during the feast.",
         [("the widely admired choir", "Orla Quenby", "praised")]),
    Case("object-closed-bracket-inside-stays",
         "Orla Quenby urged Hollis Brannock (the elder) to row the judges across.",
         [("Hollis Brannock (the elder) to row the judges across", "Orla Quenby", "urged")]),
    Case("object-closed-dash-pair-inside-stays",
         "Orla Quenby urged the ferrymen -- the Kowal brothers above all -- to stay ashore.",
         [("the ferrymen -- the Kowal brothers above all -- to stay ashore", "Orla Quenby", "urged")]),
    Case("object-verb-with-that-clause-stays",
         "Orla Quenby urged that the ferrymen stay ashore during the storm.",
         [("the ferrymen stay ashore during the storm", "Orla Quenby", "urged")]),
    Case("object-time-phrase-after-closed-dash-ends",
         "Orla Quenby praised the bakers -- a rare word -- during the supper.",
         [("the bakers -- a rare word", "Orla Quenby", "praised")]),
    Case("object-time-phrase-in-present-relative-stays",
         "Orla Quenby praised the crews who work during storms.",
         [("the crews who work during storms", "Orla Quenby", "praised")]),
    Case("object-infinitive-inner-participle-time-is-the-cue's",
         "Orla Quenby urged the guild to have the toll lowered before the fair.",
         [("the guild to have the toll lowered", "Orla Quenby", "urged")]),
    Case("object-relative-when-after-time-noun-stays",
         "Orla Quenby criticized the day when the ferry sank.",
         [("the day when the ferry sank", "Orla Quenby", "criticized")]),
    Case("object-when-after-bare-time-phrase-ends",
         "Orla Quenby criticized the pier last week when the ferry sank.",
         [("the pier last week", "Orla Quenby", "criticized")]),
    Case("object-when-after-plain-noun-ends",
         "Orla Quenby praised the crews when the ferry sank.",
         [("the crews", "Orla Quenby", "praised")]),
    Case("object-question-word-content-stays",
         "Orla Quenby criticized how Lund rows during a storm.",
         [("how Lund rows during a storm", "Orla Quenby", "criticized")]),
    # -- a postposed according to's tail ends the content only at the sentence end ---
    Case("according-to-mid-sentence-including-runs-on",
         "Two of the boats, according to the harbour board, including the old ferry, ran aground in the fog.",
         [("Two of the boats, according to the harbour board, including the old ferry, ran aground in the fog",
           "the harbour board", "according to")]),
    Case("according-to-mid-sentence-appositive-runs-on",
         "The old ferry, according to Mona Reel, a pilot on the river, ran aground twice.",
         [("The old ferry, according to Mona Reel, a pilot on the river, ran aground twice", "Mona Reel",
           "according to")]),
    Case("according-to-mid-sentence-participle-runs-on",
         "The two towns, according to the board, counting the harbour fees, paid the most.",
         [("The two towns, according to the board, counting the harbour fees, paid the most", "the board",
           "according to")]),
    Case("according-to-source-then-while-ends",
         "The toll rose, according to the board, while the fees fell.",
         [("The toll rose", "the board", "according to")]),
    Case("according-to-source-then-but-ends",
         # A boundary word after the source at the sentence end: what follows is the writer's.
         "The toll rose, according to the board, but the fees fell.",
         [("The toll rose", "the board", "according to")]),
    # -- a short -ing word that opens a participle clause ------------------------
    Case("short-participle-going-on-to",
         "Ferrand thanked the lock keepers, going on to insist that the gates would hold.",
         [("the gates would hold", "Ferrand", "insist")]),
    Case("short-participle-going-forward-stays",
         # "going" ends a content only before "on": "going forward" is the content's own adverbial.
         "Tobias Hale said the lock board would gather each week, going forward.",
         [("the lock board would gather each week, going forward", "Tobias Hale", "said")]),
    # -- a poll's report is its finding: the share and what it said ---------------
    Case("survey-finding-decimal-share",
         "In a harbour survey, 7.25 percent of ferrymen said the ramps were too steep.",
         [("7.25 percent of ferrymen said the ramps were too steep", "a harbour survey", "said")]),
    Case("survey-finding-opens-with-share",
         "In a lockside survey, 40 percent of bargemen said the gates leaked.",
         [("40 percent of bargemen said the gates leaked", "a lockside survey", "said")]),
    Case("survey-finding-after-while",
         "In a lockside poll taken in March, a third of bargemen said the gates leaked, "
         "while 60 percent said they held.",
         [("a third of bargemen said the gates leaked", "a lockside poll taken in March", "said"),
          ("60 percent said they held", "a lockside poll taken in March", "said")]),
    Case("survey-none-named-share-speaks",
         "A third of bargemen said the gates leaked.",
         [("the gates leaked", "A third of bargemen", "said")]),
    # -- a quote the content opens runs on past the content's sentence -------------
    Case("content-runs-on-into-quote",
         'Ferrand said the lock gates were "older than the town. They will hold another winter." '
         "The barges waited.",
         [('the lock gates were "older than the town. They will hold another winter."', "Ferrand", "said")]),
    Case("content-quote-closed-in-sentence",
         'Ferrand said the gates were "older than the town" and the barges waited.',
         [('the gates were "older than the town" and the barges waited', "Ferrand", "said")]),
    Case("content-stops-before-quote-with-its-own-tag",
         # The quote closes on a comma before its own tag: it is Fenwick's, not the rest of Hale's report.
         'Tobias Hale said the barge was "stuck again. We have pushed it all morning," Orla Fenwick told the lock keeper.',
         [('the barge was "stuck again', "Tobias Hale", "said")]),
    Case("content-stops-before-quote-with-its-own-pronoun-tag",
         # A lowercase tag pronoun and a verb after the comma are the quote's own tag too.
         'Orla Fenwick said the weir was "cracked again. The water came through at dawn," she told the bargemen.',
         [('the weir was "cracked again', "Orla Fenwick", "said")]),
    Case("content-runs-on-into-quote-closed-on-comma",
         # Closed on a comma but with no tag of its own after it: the mixed quote is still the report's.
         'Tobias Hale said the tolls were "too steep. Far too steep," adding that the barges would stop.',
         [('the tolls were "too steep. Far too steep,"', "Tobias Hale", "said")]),
    Case("content-stops-before-unclosed-quote",
         'Ferrand said the lock gates were "older than the town. They will hold.\n\nThe barges waited.',
         [('the lock gates were "older than the town', "Ferrand", "said")]),
    Case("content-runs-on-into-quote-after-colon-with-no-cue",
         # No cue word before the colon: the quote is the rest of Vell's mixed quote, not one of its own.
         'Orla Vell said the ferry was a relic: "It leaks. It rolls in a swell."',
         [('the ferry was a relic: "It leaks. It rolls in a swell."', "Orla Vell", "said")]),
    Case("content-stops-before-quote-after-colon-of-a-cue",
         # "added:" tags the quote: the content of "said" stops inside it, as before.
         'Orla Vell said the ferry was old, and added: "It leaks. It rolls in a swell."',
         [('the ferry was old, and added: "It leaks', "Orla Vell", "said")]),
    Case("postposed-content-runs-back-to-quote-opening",
         # The sentence splitter starts the content inside the quote; it runs back to the quote's opening.
         '"The tide was high. The pier held" through the night, Tam Reddick said.',
         [('"The tide was high. The pier held" through the night', "Tam Reddick", "said")]),
    # -- a relative clause with a source of its own ends the content before it ----
    Case("object-ends-before-relative-report",
         "Wenna Kowal criticized the toll, which she said was unfair to the barge crews.",
         [("the toll", "Wenna Kowal", "criticized"), ("was unfair to the barge crews", "she", "said")]),
    Case("object-ends-before-preposition-and-relative-report",
         "Tam Reddick mentioned the meeting in which Orla Vell said the sluice had cracked.",
         [("the meeting", "Tam Reddick", "mentioned"), ("the sluice had cracked", "Orla Vell", "said")]),
    Case("relative-report-set-inside-content-keeps-it",
         # The relative clause closes at its comma and the clause goes on with its verb.
         "Kowal said that the board's notice, which the wardens have claimed was meant to lure voters to the quay,"
         " was a slight on the crews.",
         [("the board's notice, which the wardens have claimed was meant to lure voters to the quay, was a slight on the crews",
           "Kowal", "said"),
          ("was meant to lure voters to the quay", "the wardens", "claimed")]),
    Case("relative-clause-without-source-stays-in-content",
         "Wenna Kowal criticized the toll, which rose twice in the spring.",
         [("the toll, which rose twice in the spring", "Wenna Kowal", "criticized")]),
    Case("participle-between-commas-ends-before-past-cue-and-that",
         # ", reported that": the subject's own cue, not a second "that" clause of the participle.
         "The Harbour Gazette, citing letters from the quay, reported that the ferry is late.",
         [("letters from the quay", "The Harbour Gazette", "citing"),
          ("the ferry is late", "The Harbour Gazette", "reported")]),
    # -- a postposed cue whose object sums up the clause before its comma -------
    Case("postposed-summary-object",
         "Two of her brothers row for the harbour club, a fact Orla Vell often mentions at the quay.",
         [("a fact", "Orla Vell", "mentions")]),
    Case("postposed-summary-something",
         "That would need a second ferry, something they are not proposing.",
         [("something", "they", "proposing")]),
    Case("postposed-summary-not-a-person-noun",
         "The ferry will run on Sunday, a harbour pilot Tam Reddick said.",
         [("The ferry will run on Sunday", "Tam Reddick", "said")]),
]


def _reports(quotes: list[Quote]) -> list[Expected]:
    return [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else "")
        for q in quotes
        if q.kind == "indirect"
    ]


def test_a_clause_between_commas_ends_a_chain_of_cues() -> None:
    # "the bridge was sound" is no link of a chain (a source and its cue), so the
    # "that" after it is not the first cue's: the comma after "recalled" ends the read
    text = "Ivo Dunmore said, Marn Kowal recalled, the bridge was sound, that the ford was deep."
    said = [q for q in attribute_quotes(text, indirect=True) if q.cue is not None and q.cue.text == "said"]
    assert said and all(q.text != "the ford was deep" for q in said)


def test_an_infinitive_of_purpose_takes_no_word_of_a_longer_subject() -> None:
    # "Lund" is read as a name of its own before "call centre boss"; it is no clause's subject
    text = "Lund call centre boss Hale stood on a crate to attack the levy."
    reports = [q for q in attribute_quotes(text, indirect=True) if q.kind == "indirect"]
    assert all(q.speaker is None or q.speaker.text != "Lund" for q in reports)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_passage(case: Case) -> None:
    quotes = attribute_quotes(case.text, indirect=True)
    assert sorted(_reports(quotes), key=str) == sorted(case.reports, key=str)
    for q in quotes:
        assert case.text[q.start : q.end] == q.text
        if q.kind == "indirect":
            assert q.rule is not None and q.rule.startswith("REPORT_")
            assert q.cue is not None and 0.0 < q.confidence <= 1.0


def test_enough_passages() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)


# -- rules and options ------------------------------------------------------------

RULE_EXAMPLES = {
    "REPORT_VERB": "Okafor said the bridge would cost more.",
    "REPORT_ACCORDING_TO": "According to the harbour master, storms moved more stone.",
    "REPORT_POSTPOSED": "The plan failed, officials said.",
    "REPORT_PARENTHETICAL": "The plan, she said, would fail.",
    "REPORT_PARTICIPLE": "The union wrote to its members, saying the strike would go ahead.",
    "REPORT_PASSIVE": "It was reported that the mayor had resigned.",
    "REPORT_NOUN": "Nobody believed his claim that the ledger was lost.",
}


@pytest.mark.parametrize("rule", sorted(RULE_EXAMPLES))
def test_each_rule_fires_on_its_example(rule: str) -> None:
    rules = [q.rule for q in attribute_quotes(RULE_EXAMPLES[rule], indirect=True) if q.kind == "indirect"]
    assert rules == [rule]


def test_without_the_option_nothing_changes() -> None:
    text = 'Okafor said the bridge would cost more. "We will pay," she added.'
    assert [q.kind for q in attribute_quotes(text)] == ["direct"]
    assert attribute_quotes(text) == attribute_quotes(text, indirect=False)


def test_without_the_option_no_passage_gives_a_report() -> None:
    for case in CASES:
        assert all(q.kind != "indirect" for q in attribute_quotes(case.text))


def test_option_on_config_and_attributor_agree() -> None:
    text = "Okafor said the bridge would cost more."
    by_function = attribute_quotes(text, indirect=True)
    assert Attributor(Config(indirect=True)).attribute(text) == by_function
    assert attribute_quotes(text, Config(indirect=True)) == by_function
    # An explicit keyword wins over the config.
    assert attribute_quotes(text, Config(indirect=True), indirect=False) == []


def test_indirect_must_be_a_bool() -> None:
    with pytest.raises(TypeError):
        attribute_quotes("Roe said yes.", indirect="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Config(indirect=1)  # type: ignore[arg-type]


def test_reports_and_quotes_sorted_by_offset() -> None:
    text = '"The pier is safe," Roe said. Lund said it was not. "Nonsense," Roe replied.'
    quotes = attribute_quotes(text, indirect=True)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert [q.kind for q in quotes] == ["direct", "indirect", "direct"]


def test_source_is_resolved_like_a_speaker() -> None:
    text = "Mayor Ines Halvorsen opened the bridge. Halvorsen said the tolls would end."
    [report] = [q for q in attribute_quotes(text, indirect=True) if q.kind == "indirect"]
    assert report.speaker is not None
    assert (report.speaker.text, report.speaker.name) == ("Halvorsen", "Ines Halvorsen")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The harbour board, which says the pier is unsafe, wants it closed.", "harbour board"),
        ("Mayor Ines Halvorsen, which argued that tolls would end, lost.", "Ines Halvorsen"),
    ],
)
def test_relative_which_source_is_named_after_its_antecedent(text: str, name: str) -> None:
    [report] = [q for q in attribute_quotes(text, indirect=True) if q.kind == "indirect"]
    assert report.speaker is not None and report.speaker.text == "which"
    assert name in report.speaker.name and "which" not in report.speaker.name


def test_bare_relative_source_is_named_after_the_phrase_before_it() -> None:
    [report] = [q for q in attribute_quotes("The clerk posted a notice that blamed the harbour board.", indirect=True) if q.kind == "indirect"]
    assert report.speaker is not None and report.speaker.text == "that"
    assert report.speaker.name == "a notice"


def test_partial_quote_in_a_bare_relative_report_keeps_its_clause_speaker() -> None:
    # The advert's clause is a report of a thing; the quote in it is the advertiser's words.
    text = 'Tam Reddick ran an advert that called the toll "a racket for landlords."'
    found = attribute_quotes(text, indirect=True)
    [report] = [q for q in found if q.kind == "indirect"]
    [partial] = [q for q in found if q.kind != "indirect"]
    assert report.speaker is not None and report.speaker.text == "that"
    assert partial.speaker is not None and partial.speaker.name == "Tam Reddick"


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        ("The skipper, who says the quay is unsafe, wants it shut.", "the quay is unsafe", "The skipper"),
        ('Kowal, who first called the levy a "fair deal," says it must go.', "fair deal,", "Kowal"),
    ],
)
def test_relative_who_source_is_named_after_its_antecedent(text: str, quote: str, name: str) -> None:
    # "who" is a pronoun mention: its name is the phrase before its comma, as "which"'s is, and a
    # partial quote inside its report is that phrase's too.
    [found] = [q for q in attribute_quotes(text, indirect=True) if q.text == quote]
    assert found.speaker is not None and found.speaker.text == "who"
    assert found.speaker.name == name


def test_a_time_word_subject_searches_the_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether "Day" is a surname ("Orla Day") depends on the whole document; asked once per
    # cue, the search made a long document quadratic.  Once per word and document now.
    import re

    searches: list[str] = []
    finditer = re.finditer

    def counted(pattern: str, string: str, flags: int = 0) -> object:
        if "Day" in str(pattern):
            searches.append(str(pattern))
        return finditer(pattern, string, flags)

    monkeypatch.setattr(re, "finditer", counted)
    text = "Day said the fares would rise. " * 200
    attribute_quotes(text, indirect=True)
    assert len(searches) == 1
    attribute_quotes(text + "Hours said so. ", indirect=True)
    assert len(searches) == 2  # a new document, searched again


def test_a_time_word_subject_keeps_no_document_alive() -> None:
    # The answers per word belong to one reading: a module-wide memo held the last document
    # (and made two threads reading different documents evict each other's answers).
    import sys

    text = "".join(["Orla Day rows the ferry. ", "Day said the fares would rise."])
    held = sys.getrefcount(text)
    attribute_quotes(text, indirect=True)
    assert sys.getrefcount(text) == held


def test_partial_quote_takes_the_report_source() -> None:
    text = 'Two in three said the plan was "a mistake" from the start.'
    assert [q.speaker for q in attribute_quotes(text)] == [None]
    quotes = attribute_quotes(text, indirect=True)
    report, partial = quotes
    assert report.kind == "indirect" and report.start <= partial.start and partial.end <= report.end
    assert partial.kind == "direct" and partial.rule == "PARTIAL_IN_REPORT"
    assert partial.speaker == report.speaker and partial.cue == report.cue


def test_partial_quote_past_the_sentence_takes_the_report_source() -> None:
    text = 'Ferrand said the lock gates were "older than the town. They will hold another winter."'
    report, partial = attribute_quotes(text, indirect=True)
    assert report.end >= partial.end and partial.rule == "PARTIAL_IN_REPORT"
    assert partial.speaker is not None and partial.speaker.text == "Ferrand"


def test_content_runs_on_into_a_quote_after_a_colon_with_no_cue_before_it() -> None:
    # the quote after "a relic:" has no tag of its own: it takes the report's source
    text = 'Orla Vell said the ferry was a relic: "It leaks. It rolls in a swell."'
    report, direct = attribute_quotes(text, indirect=True)
    assert report.end >= direct.end and direct.rule == "PARTIAL_IN_REPORT"
    assert direct.speaker is not None and direct.speaker.text == "Orla Vell"


def test_content_does_not_run_on_into_a_quote_after_the_colon_of_a_cue() -> None:
    text = 'Ferrand said the gates were old, and added: "They are older than the town. They will hold."'
    report, direct = attribute_quotes(text, indirect=True)
    assert report.end < direct.end and direct.rule != "PARTIAL_IN_REPORT"
    assert direct.cue is not None and direct.cue.text == "added"


def test_partial_quote_bound_next_to_its_cue_is_kept() -> None:
    text = 'Roe said the plan, "a mistake," Lund called it, had failed.'
    [direct] = [q for q in attribute_quotes(text, indirect=True) if q.kind == "direct"]
    assert direct.rule == "QUOTE_SPEAKER_CUE"
    assert direct.speaker is not None and direct.speaker.text == "Lund"


def test_to_dict_of_a_report() -> None:
    [report] = attribute_quotes("Okafor said the bridge would cost more.", indirect=True)
    d = report.to_dict()
    assert d["kind"] == "indirect" and d["text"] == "the bridge would cost more"
    assert d["speaker"]["name"] == "Okafor" and d["cue"] == {"text": "said", "start": 7, "end": 11}


def test_readme_shows_the_real_output_on_the_sample_article() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme.split("prints (real output on the same article):", 1)[1].split("```", 2)[1]
    article = (root / "examples" / "sample_article.txt").read_text(encoding="utf-8")
    lines = [
        f"{q.kind} | {q.text} — {q.speaker.name if q.speaker else None} {q.cue.text if q.cue else None}"
        for q in attribute_quotes(article, indirect=True)
    ]
    assert block.strip().splitlines() == lines
    # The three reports the article holds, and Marsh's around his partial quote.
    assert sum(1 for q in attribute_quotes(article, indirect=True) if q.kind == "indirect") == 4


def test_a_sentence_without_end_is_read_in_bounded_windows() -> None:
    # No sentence end for 40,000 characters, a cue every few words.  A content
    # runs to the sentence end before any cut, so only the cues within
    # LONGEST_CONTENT of it report (then cut at the next clause), and the
    # output stays small; the work per cue is bounded by the windows.
    unit = "and then the mayor said the plan would fail and she told them that the wall would hold "
    text = unit * (40_000 // len(unit))
    reports = [q for q in attribute_quotes(text, indirect=True) if q.kind == "indirect"]
    assert reports and all(q.end - q.start <= LONGEST_CONTENT for q in reports)
    assert reports[0].start > len(text) - LONGEST_CONTENT
    clauses = "; ".join(["Roe said the wall would hold"] * 2_000) + "."
    reports = [q for q in attribute_quotes(clauses, indirect=True) if q.kind == "indirect"]
    assert reports and reports[-1].start > len(clauses) - 40
    assert all(q.text == "the wall would hold" for q in reports)
    assert all(q.start > len(clauses) - LONGEST_CONTENT for q in reports)


def test_a_content_longer_than_the_bound_is_not_reported() -> None:
    clause = "the wall would hold and " * (LONGEST_CONTENT // 24 + 2)
    assert [q.kind for q in attribute_quotes(f"Roe said {clause}no more.", indirect=True)] == []
    assert [q.kind for q in attribute_quotes("Roe said the wall would hold.", indirect=True)] == ["indirect"]


def test_the_words_around_the_terms_of_anonymity_are_lexicon_data() -> None:
    # "strictly" is no adverb of the terms in the package; added as one, it and the terms leave the content.
    text = "Tobias Hale said the lock gates had rusted through, strictly on condition of anonymity."
    lexicon = Lexicon.english().extend(report_words={"strictly": "terms_adverb"})
    contents = [[q.text for q in attribute_quotes(text, Config(indirect=True, lexicon=lex))] for lex in (Lexicon.english(), lexicon)]
    assert contents == [["the lock gates had rusted through, strictly on condition of anonymity"], ["the lock gates had rusted through"]]
