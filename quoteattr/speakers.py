"""Front end, who is quoted how much: one row per speaker over one or many documents.

Within a document, quotes are grouped by ``speaker.entity`` (so ``Mr.
Okafor``, ``Okafor`` and ``she`` count once); across documents, entities are
grouped by their canonical name, compared without regard to case, middle
initials (``Ada J. Roe`` is ``Ada Roe``, :func:`~quoteattr.labels.name_key`)
or a usual short given name (``Len Roe`` is ``Leonard Roe``).  Speakers
that were never resolved to a name keep their words as their name: an
unresolved pronoun is a row ``he`` of kind ``pronoun``, counted apart from
every named person unless its entity joined one's (:mod:`quoteattr.unnamed`),
and quotes without a speaker are one row whose speaker is ``None``.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from quoteattr.identity import assign_entities, entity_label
from quoteattr.labels import name_key
from quoteattr.lang import Lexicon
from quoteattr.model import Quote, Speaker
from quoteattr.tables import TextSink, encodes_utf8

__all__ = ["SPEAKER_COLUMNS", "SpeakerRow", "format_speaker_table", "speaker_table", "write_speaker_table"]

#: Plain-text headings of the columns that are not self-explanatory.
_HEADINGS = {"words": "words quoted", "speaker": "speaker"}

#: What the plain-text table prints for a missing value.
_NONE = "-"


@attrs.frozen
class SpeakerRow:
    """One speaker of a corpus and how much they are quoted.

    ``speaker`` is the canonical name (``None`` for the quotes that have no
    speaker); ``kind`` is ``name`` for a speaker resolved to a name, else the
    mention kind (``pronoun``, ``description``, ``group``), ``None`` with no
    speaker.  ``gender`` is the gender the documents agree on (``None`` when
    none says, or they disagree).  ``quotes`` and ``words`` count the direct
    quotes and their words (whitespace-separated), ``reports`` the reported
    speech items (``kind == "indirect"``), ``documents`` the documents the
    speaker is quoted in.
    """

    speaker: str | None
    kind: str | None
    gender: str | None
    quotes: int
    words: int
    reports: int
    documents: int

    def to_dict(self) -> dict[str, Any]:
        """The row as a dict with the keys of :data:`SPEAKER_COLUMNS`, in that order."""
        return {name: getattr(self, name) for name in SPEAKER_COLUMNS}


#: The columns of a speakers table, in order (``to_dict`` keys, CSV header): the fields of a row.
SPEAKER_COLUMNS: tuple[str, ...] = tuple(field.name for field in attrs.fields(SpeakerRow))

#: The columns that hold counts (right-aligned in the plain-text table).
_COUNTS = frozenset(field.name for field in attrs.fields(SpeakerRow) if field.type in (int, "int"))


@attrs.define
class _Tally:
    """A row while documents are added."""

    kind: str | None
    spellings: Counter[str] = attrs.field(factory=Counter)
    genders: set[str] = attrs.field(factory=set)
    quotes: int = 0
    words: int = 0
    reports: int = 0
    documents: set[int] = attrs.field(factory=set)

    def row(self) -> SpeakerRow:
        """The finished row: the commonest spelling, and a gender only when the documents agree."""
        return SpeakerRow(
            speaker=self.spellings.most_common(1)[0][0] if self.kind is not None else None,
            kind=self.kind,
            gender=next(iter(self.genders)) if len(self.genders) == 1 else None,
            quotes=self.quotes,
            words=self.words,
            reports=self.reports,
            documents=len(self.documents),
        )


def speaker_table(
    documents: Iterable[tuple[str | None, Sequence[Quote]]], lexicon: Lexicon | None = None
) -> list[SpeakerRow]:
    """Count quotes, words and documents per speaker over *documents*.

    Args:
        documents: ``(doc_id, quotes)`` pairs, one per document (the id is not
            read; each pair is one document).  Quotes from
            :func:`quoteattr.attribute_quotes` carry their speakers' ``entity``;
            a document with a speaker that has none (quotes built by hand) is
            grouped with :func:`~quoteattr.identity.assign_entities` first.
        lexicon: what that grouping reads (the ``Config.lexicon`` the quotes
            were found with; English by default).

    Returns:
        Rows of named speakers (and descriptions and groups) first, most
        quoted first, then unresolved pronouns, then the row of quotes
        without a speaker.

    >>> from quoteattr import attribute_quotes
    >>> text = '"We start now," said Mira Osei. "Then we vote," Osei said. "No," said Arlo Finch.'
    >>> for row in speaker_table([("a1", attribute_quotes(text))]):
    ...     print(row.speaker, row.quotes, row.words, row.documents)
    Mira Osei 2 6 1
    Arlo Finch 1 1 1
    """
    nicknames = (lexicon or Lexicon.english()).nicknames
    seen: list[tuple[int, str | None, str, str, Quote]] = []
    for number, (_, quotes) in enumerate(documents):
        quotes = assign_entities(quotes, lexicon)
        named = _named_entities(quotes)
        for quote in quotes:
            kind, label = _row_of(quote.speaker, named)
            seen.append((number, kind, label, _row_key(label, nicknames), quote))
    folds = _initial_folds({key for _, _, _, key, _ in seen})
    tallies: dict[tuple[str | None, str], _Tally] = {}
    spelled: set[tuple[int, str | None, str]] = set()
    for number, kind, label, key, quote in seen:
        tally = tallies.get((kind, folds.get(key, key)))
        if tally is None:
            tally = tallies[(kind, folds.get(key, key))] = _Tally(kind)
        # The name shown is the spelling most documents use (first seen on a tie).
        if (number, kind, label) not in spelled:
            spelled.add((number, kind, label))
            tally.spellings[label] += 1
        if quote.speaker is not None and quote.speaker.gender:
            tally.genders.add(quote.speaker.gender)
        if quote.kind == "indirect":
            tally.reports += 1
        else:
            tally.quotes += 1
            tally.words += len(quote.text.split())
        tally.documents.add(number)
    return sorted((tally.row() for tally in tallies.values()), key=_order)


def _row_key(label: str, nicknames: Mapping[str, frozenset[str]]) -> str:
    """What rows are grouped by: the name casefolded, a usual short given name read as its full form.

    ``Len Roe`` in one file and ``Leonard Roe`` in another are one row
    (:attr:`~quoteattr.lang.Lexicon.nicknames`: a short form of one full form only).
    """
    key = label.casefold()
    first, _, rest = key.partition(" ")
    if rest:
        full = nicknames.get(first)
        if full is not None and len(full) == 1:
            return f"{next(iter(full))} {rest}"
    return key


def _initial_folds(keys: Iterable[str]) -> dict[str, str]:
    """Row key without middle initials -> the one key with them that reads alike (``ada roe``: ``ada j. roe``).

    Middle initials tell people apart (``Ada J. Roe``, ``Ada K. Roe``, a
    father and son ``John A. Hale``, ``John B. Hale``): a name without them
    joins the initialed one only when the table has a single such name.  A
    document that keeps ``Ada Roe`` apart from ``Ada J. Roe`` is not asked:
    that is more often a grouping miss (a pronoun bound elsewhere) than two
    people.
    """
    variants: dict[str, set[str]] = {}
    for key in keys:
        if name_key(key) != key:
            variants.setdefault(name_key(key), set()).add(key)
    folds: dict[str, str] = {}
    for key, named in variants.items():
        if len({k.replace(".", "") for k in named}) == 1:  # ``Ada J Roe`` is ``Ada J. Roe``
            folds.update(dict.fromkeys((key, *named), min(named)))
    return folds


def _is_named(speaker: Speaker) -> bool:
    """True when resolution named *speaker*: a name, or a mention given a name other than its own words."""
    return speaker.kind == "name" or speaker.name.casefold() != speaker.text.casefold()


def _named_entities(quotes: Sequence[Quote]) -> set[str]:
    """The entities of one document that some named mention belongs to."""
    return {q.speaker.entity for q in quotes if q.speaker is not None and q.speaker.entity and _is_named(q.speaker)}


def _row_of(speaker: Speaker | None, named: set[str]) -> tuple[str | None, str]:
    """The (kind, canonical name) of the row a quote's speaker counts under.

    A mention counts as named when resolution named it, or when its entity
    is one that a named mention of the document belongs to (*named*: an
    unresolved ``he`` the turns joined to ``Ada Hale``, :mod:`quoteattr.unnamed`).
    """
    if speaker is None:
        return None, ""
    label = entity_label(speaker.entity) if speaker.entity else speaker.name
    own = speaker.text.casefold()
    joined = speaker.kind in ("pronoun", "description") and speaker.entity in named and label.casefold() != own
    resolved = _is_named(speaker) or joined
    return ("name" if resolved else speaker.kind), label


def _order(row: SpeakerRow) -> tuple[int, int, int, int, str]:
    """Named rows first, then unresolved pronouns, then no speaker; most quoted first."""
    rank = 2 if row.kind is None else 1 if row.kind == "pronoun" else 0
    return rank, -(row.quotes + row.reports), -row.words, -row.documents, (row.speaker or "").casefold()


def format_speaker_table(rows: Sequence[SpeakerRow]) -> str:
    """The rows as an aligned plain-text table, with a total line.

    The ``reports`` column is shown only when some row has reported speech.

    >>> print(format_speaker_table([SpeakerRow("Mira Osei", "name", "female", 2, 6, 0, 1)]))
    speaker    kind  gender  quotes  words quoted  documents
    Mira Osei  name  female       2             6          1
    1 speaker, 2 quotes, 6 words quoted
    """
    columns = [c for c in SPEAKER_COLUMNS if c != "reports" or any(r.reports for r in rows)]
    cells = [[_HEADINGS.get(c, c) for c in columns]]
    for row in rows:
        values = row.to_dict()
        shown = "(no speaker)" if row.kind is None else values["speaker"]
        cells.append([str(shown) if c == "speaker" else _NONE if values[c] is None else str(values[c]) for c in columns])
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    lines = [
        "  ".join(
            cell.rjust(width) if columns[i] in _COUNTS else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(line, widths))  # noqa: B905 - same length
        ).rstrip()
        for line in cells
    ]
    named = [r for r in rows if r.kind not in (None, "pronoun")]
    quotes, words = sum(r.quotes for r in rows), sum(r.words for r in rows)
    total = ", ".join(
        (count_noun(len(named), "speaker"), count_noun(quotes, "quote"), count_noun(words, "word"))
    ) + " quoted"
    if "reports" in columns:
        total += f", {count_noun(sum(r.reports for r in rows), 'report')}"
    unresolved = sum(r.quotes + r.reports for r in rows if r.kind == "pronoun")
    missing = sum(r.quotes + r.reports for r in rows if r.kind is None)
    if unresolved:
        total += f"; {unresolved} by an unresolved pronoun"
    if missing:
        total += f"; {missing} without a speaker"
    return "\n".join([*lines, total])


def count_noun(number: int, noun: str) -> str:
    """``1 quote``, ``2 quotes``, ``1,200 quotes``: a summary line that reads as English."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def write_speaker_table(
    rows: Sequence[SpeakerRow], out: TextSink, fmt: str = "text", ensure_ascii: bool | None = None
) -> None:
    """Write *rows* to *out* as ``text`` (aligned), ``json`` (an array of objects) or ``csv``.

    JSON and CSV always carry every column of :data:`SPEAKER_COLUMNS`;
    missing values are ``null`` and empty cells.  JSON keeps non-ASCII
    letters as they are on a UTF-8 stream and escapes them (``\\u00e9``) on
    any other; *ensure_ascii* True or False decides instead.

    Raises:
        ValueError: for another *fmt*, before anything is written.
    """
    if fmt == "text":
        out.write(format_speaker_table(rows) + "\n")
    elif fmt == "json":
        if ensure_ascii is None:
            ensure_ascii = not encodes_utf8(out)
        json.dump([row.to_dict() for row in rows], out, indent=2, ensure_ascii=ensure_ascii)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=SPEAKER_COLUMNS)  # CRLF, as tables.write_table
        writer.writeheader()
        writer.writerows(row.to_dict() for row in rows)
    else:
        raise ValueError(f"unknown speakers table format {fmt!r}: expected 'text', 'json' or 'csv'")
