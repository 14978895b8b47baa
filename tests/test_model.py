"""Value objects (``quoteattr.model``): validation, immutability and ``to_dict``."""

from __future__ import annotations

import attrs
import pytest

from quoteattr.model import Cue, Quote, Span, Speaker


@pytest.mark.parametrize("cls", [Span, Cue])
def test_valid_span_like(cls: type) -> None:
    obj = cls(3, 8, "hello")
    assert (obj.start, obj.end, obj.text) == (3, 8, "hello")
    assert obj.to_dict() == {"text": "hello", "start": 3, "end": 8}


@pytest.mark.parametrize("cls", [Span, Cue, Quote])
@pytest.mark.parametrize(
    ("start", "end", "text", "error"),
    [
        (-1, 2, "abc", ValueError),  # negative start
        (5, 4, "", ValueError),  # end before start
        (0, 3, "ab", ValueError),  # text shorter than the span
        (0, 1, "ab", ValueError),  # text longer than the span
        (0.0, 2, "ab", TypeError),  # float offset
        (True, 2, "a", TypeError),  # bool is not an offset
        ("0", 2, "ab", TypeError),  # str offset
    ],
)
def test_offsets_are_validated(cls: type, start: object, end: object, text: str, error: type) -> None:
    with pytest.raises(error):
        cls(start, end, text)


def test_speaker_validates_offsets() -> None:
    with pytest.raises(ValueError):
        Speaker(name="Ana Ruiz", start=0, end=3, text="Ana Ruiz")
    sp = Speaker(name="Ana Ruiz", start=10, end=13, text="Ana", kind="name")
    assert sp.to_dict() == {
        "name": "Ana Ruiz", "text": "Ana", "start": 10, "end": 13, "kind": "name", "entity": None, "gender": None,
    }


def test_speaker_entity_and_gender() -> None:
    sp = Speaker("Ana Ruiz", 10, 13, "she", "pronoun", entity="Ana Ruiz#2", gender="female")
    assert (sp.to_dict()["entity"], sp.to_dict()["gender"]) == ("Ana Ruiz#2", "female")


@pytest.mark.parametrize("gender", ["f", "Female", "woman", "unknown", ""])
def test_speaker_gender_is_validated(gender: str) -> None:
    with pytest.raises(ValueError, match="gender"):
        Speaker("Ana Ruiz", 10, 13, "she", "pronoun", gender=gender)


@pytest.mark.parametrize("kind", ["robot", "Name", "", "quote"])
def test_speaker_kind_is_validated(kind: str) -> None:
    # The tables, the speakers table and identity branch on these four kinds.
    with pytest.raises(ValueError, match="kind must be one of 'name', 'pronoun', 'description', 'group'"):
        Speaker("Ana Ruiz", 10, 13, "Ana", kind)


@pytest.mark.parametrize("kind", ["reported", "Direct", ""])
def test_quote_kind_is_validated(kind: str) -> None:
    with pytest.raises(ValueError, match="kind must be 'direct' or 'indirect'"):
        Quote(0, 2, "Hi", kind=kind)


@pytest.mark.parametrize("confidence", [-0.01, 1.01, 2.0])
def test_confidence_must_be_in_unit_interval(confidence: float) -> None:
    with pytest.raises(ValueError):
        Quote(0, 2, "Hi", confidence=confidence)


def test_quote_defaults_and_dict() -> None:
    q = Quote(1, 3, "Hi")
    assert (q.speaker, q.cue, q.kind, q.confidence, q.rule, q.unclosed) == (None, None, "direct", 0.0, None, False)
    assert q.to_dict() == {
        "text": "Hi", "start": 1, "end": 3, "speaker": None, "cue": None,
        "kind": "direct", "confidence": 0.0, "rule": None, "unclosed": False,
    }


def test_quote_dict_nests_speaker_and_cue() -> None:
    sp = Speaker("Ana Ruiz", 6, 9, "she", "pronoun")
    cue = Cue(10, 14, "said")
    q = Quote(1, 4, "Yes", speaker=sp, cue=cue, confidence=0.9, rule="QUOTE_SPEAKER_CUE")
    d = q.to_dict()
    assert d["speaker"] == sp.to_dict()
    assert d["cue"] == {"text": "said", "start": 10, "end": 14}
    assert (d["confidence"], d["rule"]) == (0.9, "QUOTE_SPEAKER_CUE")


@pytest.mark.parametrize(
    "obj",
    [Span(0, 1, "a"), Cue(0, 1, "a"), Speaker("A", 0, 1, "A"), Quote(0, 1, "a")],
)
def test_frozen(obj: object) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        obj.start = 5  # type: ignore[attr-defined]


def test_equality_and_hash_by_value() -> None:
    assert Quote(0, 1, "a") == Quote(0, 1, "a")
    assert hash(Cue(0, 1, "a")) == hash(Cue(0, 1, "a"))
    assert Quote(0, 1, "a") != Quote(0, 1, "a", rule="X")


def test_evolve_revalidates() -> None:
    q = Quote(0, 2, "Hi")
    with pytest.raises(ValueError):
        attrs.evolve(q, end=5)


def test_the_engine_builds_quotes_as_the_checked_constructor_does() -> None:
    # results._make_quote sets the slots without the validators: it must
    # know every field of Quote (else it falls back to the checked constructor).
    from quoteattr import results

    assert tuple(f.name for f in attrs.fields(Quote)) == results._QUOTE_FIELDS
    speaker = Speaker("Ann Lee", 9, 12, "Lee")
    cue = Cue(13, 17, "said")
    made = results._make_quote(1, 4, "Yes", speaker, cue, 0.9, "QUOTE_CUE_SPEAKER", True, "direct", None)
    checked = Quote(1, 4, "Yes", speaker, cue, "direct", 0.9, "QUOTE_CUE_SPEAKER", True)
    assert made == checked and made.to_dict() == checked.to_dict() and hash(made) == hash(checked)
    assert type(made) is Quote
    # Reports are built the same way, with their kind.
    report = results._make_quote(1, 4, "Yes", speaker, cue, 0.8, "REPORT_VERB", False, "indirect", None)
    assert report == Quote(1, 4, "Yes", speaker, cue, "indirect", 0.8, "REPORT_VERB", False)
    assert report.kind == "indirect"
    # A report in pieces keeps them, as the checked constructor does.
    pieced = results._make_quote(0, 27, "Rain, Orla Vell said, falls", None, cue, 0.75, "REPORT_PARENTHETICAL",
                                 False, "indirect", ((0, 4), (22, 27)))
    assert pieced == Quote(0, 27, "Rain, Orla Vell said, falls", None, cue, "indirect", 0.75,
                           "REPORT_PARENTHETICAL", False, ((0, 4), (22, 27)))
    assert pieced.to_dict()["spans"] == [[0, 4], [22, 27]]
