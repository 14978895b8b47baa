"""Stage 3b: speaker mentions (``quoteattr.mentions``), read with the English lexicon."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.document import Mention
from quoteattr.grammar import Grammar
from quoteattr.lang import Lexicon
from quoteattr.text.tokens import Token, tokenize

_MENTIONS = Grammar.of(Lexicon.english()).mentions
classify_phrase = _MENTIONS.classify_phrase
clause_subject = _MENTIONS.clause_subject
skip_dateline = _MENTIONS.skip_dateline
subject_after = _MENTIONS.subject_after
subject_before = _MENTIONS.subject_before


def _phrase(text: str) -> Mention | None:
    tokens = tokenize(text)
    return classify_phrase(tokens, 0, len(tokens) - 1)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Chilean President Ana Pires", "Ana Pires"),
        ("Sen. Bob Smith", "Bob Smith"),
        ("Mayor Jane Ortiz", "Jane Ortiz"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("Omar al-Hassan", "Omar al-Hassan"),
        ("Pires", "Pires"),
    ],
)
def test_names_drop_titles(phrase: str, name: str) -> None:
    m = _phrase(phrase)
    assert m is not None
    assert m.kind == "name"
    assert m.name == name


def test_honorific_kept_before_a_bare_surname() -> None:
    m = _phrase("Mr. Becker")
    assert m is not None
    assert (m.kind, m.name, m.gender) == ("name", "Mr. Becker", "m")
    f = _phrase("Mrs. Ruiz")
    assert f is not None and f.gender == "f"


@pytest.mark.parametrize(("word", "gender"), [("he", "m"), ("she", "f"), ("He", "m"), ("they", ""), ("I", "")])
def test_pronouns(word: str, gender: str) -> None:
    m = _phrase(word)
    assert m is not None
    assert (m.kind, m.gender, m.name) == ("pronoun", gender, word)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the former president", "description"),
        ("a spokeswoman", "description"),
        ("the minister", "description"),
        ("officials", "group"),
        ("police", "group"),
        ("the officials", "group"),
    ],
)
def test_descriptions_and_groups(phrase: str, kind: str) -> None:
    m = _phrase(phrase)
    assert m is not None
    assert m.kind == kind
    assert m.name == phrase


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        # One name word after a role noun is the person the noun describes ...
        ("the former mayor Okafor", "name", "Okafor"),
        ("her brother Tom", "name", "Tom"),
        ("his wife Mary", "name", "Mary"),
        # ... not after an adjective (often a nationality) or straight after the determiner.
        ("the young Dane", "description", "the young Dane"),
        ("the Herald", "description", "the Herald"),
    ],
)
def test_a_name_after_a_role_noun(phrase: str, kind: str, name: str) -> None:
    m = _phrase(phrase)
    assert m is not None
    assert (m.kind, m.name) == (kind, name)


def test_possessor_does_not_speak() -> None:
    # "Becker's spokeswoman" is the spokeswoman, a description.
    m = _phrase("Becker's spokeswoman")
    assert m is not None and m.kind == "description"
    assert _phrase("the president's") is None


@pytest.mark.parametrize("phrase", ["the", "and", ","])
def test_not_a_mention(phrase: str) -> None:
    assert _phrase(phrase) is None


def _cue_index(tokens: list[Token], word: str) -> int:
    return [t.text for t in tokens].index(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz said", "Ana Ruiz"),
        ("Ana Ruiz has also said", "Ana Ruiz"),
        ("Ana Ruiz later said", "Ana Ruiz"),
        ("Ana Ruiz, the mayor of the town, said", "Ana Ruiz"),
        ("the spokeswoman said", "the spokeswoman"),
        ("she said", "she"),
        # A day's name after "on" is a time phrase, not the subject.
        ("Anglers on Regatta Day said", "Anglers"),
        ("the stallholders on Black Friday said", "the stallholders"),
        ("Orla Day said", "Orla Day"),
    ],
)
def test_subject_before_cue(text: str, expected: str) -> None:
    tokens = tokenize(text)
    m = subject_before(tokens, _cue_index(tokens, "said"))
    assert m is not None
    assert text[m.start : m.end].endswith(expected.split()[-1])
    assert m.name == expected


def test_no_subject_before_a_named_day_after_a_prepositions_object() -> None:
    # "the quay" is where they rowed, not who spoke: no subject here, the caller reads further back.
    tokens = tokenize("Crews rowing out to the quay on Regatta Day said")
    assert subject_before(tokens, _cue_index(tokens, "said")) is None


def test_subject_before_respects_lower_bound() -> None:
    tokens = tokenize("Ana Ruiz said")
    assert subject_before(tokens, 2, lo=2) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Gov. Paul Hale on Monday", "Paul Hale"),
        ("said Ana Ruiz in a statement", "Ana Ruiz"),
        ("said Ana Ruiz, a spokeswoman", "Ana Ruiz"),
        # A role between an organisation and a name: the name speaks, not the organisation.
        ("said Harbour College professor Ana Ruiz", "Ana Ruiz"),
        ("said Democratic strategist Paul Hale on Monday", "Paul Hale"),
        ("said Gov. Paul Hale of Varrowshire, a Republican", "Paul Hale"),
        ("said officials", "officials"),
        ("said he", "he"),
    ],
)
def test_subject_after_cue(text: str, expected: str) -> None:
    tokens = tokenize(text)
    m = subject_after(tokens, 1)
    assert m is not None
    assert m.name == expected


@pytest.mark.parametrize("words", ["said to his son:", "said that the plan", "said of the plan"])
def test_subject_after_is_none_when_a_preposition_or_that_follows_the_cue(words: str) -> None:
    assert subject_after(tokenize(words), 1) is None


def test_subject_after_takes_a_capitalised_name_that_is_also_a_function_word() -> None:
    mention = subject_after(tokenize("said Per Lund."), 1)
    assert mention is not None and mention.name.endswith("Lund")


def test_subject_after_nothing() -> None:
    tokens = tokenize("said")
    assert subject_after(tokens, 1) is None


def test_mention_offsets_index_the_text() -> None:
    text = 'x "Yes," said Chilean President Ana Pires on Monday.'
    tokens = tokenize(text)
    m = subject_after(tokens, _cue_index(tokens, "said") + 1)
    assert m is not None
    assert text[m.start : m.end] in ("Chilean President Ana Pires", "Ana Pires")
    assert m.name == "Ana Pires"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # A person's role, then a bare name set off by commas: the name speaks.
        ("the mayor, Jane Roe, said", "Jane Roe"),
        ("the bank's chief executive, Tim Hale, said", "Tim Hale"),
        ("her lawyer, Ann B. Kerr, said", "Ann B. Kerr"),
        # Not a person's role: a place or a group takes other appositives.
        ("the town, Elmbrook, said", "the town"),
        ("the newspaper, The Ledger, said", "the newspaper"),
        # Not a bare name, or no name at all.
        ("the delegate, who backs Hale, said", "the delegate"),
        ("the mayor, a former teacher, said", "the mayor"),
        # A name before the appositive stays the subject.
        ("Jane Roe, the mayor, said", "Jane Roe"),
    ],
)
def test_subject_before_takes_a_name_in_apposition_to_a_role(sentence: str, subject: str) -> None:
    tokens = tokenize(sentence)
    mention = subject_before(tokens, len(tokens) - 1)
    assert mention is not None and mention.name == subject


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("said the mayor, Jane Roe.", "Jane Roe"),
        ("said the mayor, Jane Roe, in a statement", "Jane Roe"),
        ("said the mayor, adding that it was over", "the mayor"),
        ("said the town, Elmbrook.", "the town"),
        ("said Jane Roe, the mayor.", "Jane Roe"),
    ],
)
def test_subject_after_takes_a_name_in_apposition_to_a_role(words: str, subject: str) -> None:
    mention = subject_after(tokenize(words), 1)
    assert mention is not None and mention.name == subject


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        # A surname that is also a cue verb, after a title or a first name.
        ("said Mr. Bellow.", "Mr. Bellow"),
        ("said Dana Wonder, smiling.", "Dana Wonder"),
        ("said Mrs. Ida Holler.", "Ida Holler"),
        # A lowercase cue word still ends the subject.
        ("said Jane Roe shout.", "Jane Roe"),
    ],
)
def test_subject_after_keeps_a_surname_that_is_a_cue_word(words: str, subject: str) -> None:
    tokens = tokenize(words)
    mention = subject_after(tokens, 1)
    assert mention is not None and mention.name == subject


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        # An inverted report opens the clause: the subject follows the verb.
        ("said the two porters, nodding", "the two porters"),
        ("said he, nodding", "he"),
        # The object of a verb that takes a listener is no subject.
        ("told the two porters, nodding", None),
        # The usual order.
        ("The two porters said, nodding", "The two porters"),
    ],
)
def test_clause_subject_after_an_opening_verb_of_speech(clause: str, subject: str | None) -> None:
    tokens = tokenize(clause)
    mention = clause_subject(tokens, 0, len(tokens) - 2)
    assert (mention.name if mention is not None else None) == subject


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        # The modal "may" is no month: the clause's own subject stays.
        ("Some buyers may have hoped that, for a price, they would see her", "Some buyers"),
        # The month, capitalised, opens a time phrase that is skipped.
        ("In May, the two porters said that they would stay", "the two porters"),
        ("On Monday, the two porters said that they would stay", "the two porters"),
    ],
)
def test_clause_subject_reads_a_month_only_with_its_capital(clause: str, subject: str) -> None:
    tokens = tokenize(clause)
    mention = clause_subject(tokens, 0, len(tokens))
    assert mention is not None and mention.name == subject


@pytest.mark.parametrize(
    ("phrase", "mention", "name"),
    [
        # A function word that opened the sentence is not part of the mention ...
        ("When Mr. Hale", "Mr. Hale", "Mr. Hale"),
        ("From Ann Lee", "Ann Lee", "Ann Lee"),
        # ... an article is, though the name leaves it out.
        ("The Ledger", "The Ledger", "Ledger"),
    ],
)
def test_a_leading_function_word_is_outside_a_name_mention(phrase: str, mention: str, name: str) -> None:
    m = _phrase(phrase)
    assert m is not None
    assert (phrase[m.start : m.end], m.name) == (mention, name)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("BRISTOL — The council said", "The"),
        ("BRISTOL, May 2 (AP) — The council said", "The"),
        ("BRISTOL, Avon -- The council said", "The"),
        ("Bristol (AFP) – Mayor Ana Ruiz said", "Mayor"),
        # Not datelines: a name with a dash aside, a sentence with a dash.
        ("Ana Ruiz — who leads the council — said", "Ana"),
        ("The council — all nine members — said", "The"),
        ("Ana Ruiz — and the council — said", "Ana"),
        ("NATO — the alliance — said", "NATO"),
    ],
)
def test_skip_dateline(sentence: str, first: str) -> None:
    tokens = tokenize(sentence)
    assert tokens[skip_dateline(tokens, 0, len(tokens))].text == first


@given(st.lists(st.sampled_from(["he", "She", "they", "i", "jr", "al-", "Tom", "and", "x", "_", "-", "'", "’s", " ", ".", ",", "\u0301", "Ⓐ", "ǅ", "1"]), max_size=12))
def test_a_piece_without_the_hint_of_a_mention_holds_none(pieces: list[str]) -> None:
    # The cheap test may say "maybe" wrongly, never "no" wrongly.
    text = "".join(pieces)
    mentions = Grammar.of(Lexicon.english()).mentions
    if not mentions.may_hold_first_mention(text, 0, len(text)):
        tokens = tokenize(text)
        assert mentions.first_mention(tokens, 0, len(tokens)) is None
