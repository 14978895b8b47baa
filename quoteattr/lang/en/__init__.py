"""Stage 0, language data in English: the English word lists, and the inflection rules their verbs need.

Every ``*.txt`` and ``*.tsv`` file in this folder is one field of
:class:`~quoteattr.lang.Lexicon` (the file's stem is the field's name);
``docs/lexicons.md`` describes each.  The code of the package holds no English
word: what a rule needs to know about English it reads from here.

>>> regular_forms("state")
('state', 'states', 'stated', 'stating')
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def regular_forms(lemma: str) -> tuple[str, ...]:
    """Derive the regular inflections of an English verb: base, ``-s``, ``-ed``, ``-ing``.

    Only the regular rules are applied; irregular verbs list their forms in
    ``cue_verbs.tsv``.

    >>> regular_forms("reply")
    ('reply', 'replies', 'replied', 'replying')
    >>> regular_forms("tie")
    ('tie', 'ties', 'tied', 'tying')
    """
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return (lemma, third, past, ing)


def is_gerund(form: str) -> bool:
    """True for an ``-ing`` form; in a phrasal verb the first word carries the tense.

    >>> is_gerund("calling out"), is_gerund("called out")
    (True, False)
    """
    return form.split()[0].endswith("ing")
