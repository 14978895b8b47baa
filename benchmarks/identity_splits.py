"""Where speaker identity splits one gold person: the parts, their mention forms, and what each pattern costs.

Usage::

    python benchmarks/identity_splits.py [--list] [--dialogue auto|on|off] [GOLD.jsonl ...]

:mod:`speakers_b3` counts the B3 recall an identity split costs (a person's
rightly attributed quotes under several predicted ids).  This script shows
which splits they are.  It takes the items of ``speakers_b3.named_items``
and keeps, per document and gold person, the quotes whose resolved name (an
unresolved mention: its own place) is mostly that person's, the
``identity`` side of :func:`speakers_b3.losses`.  Each predicted id among
them is a *part*; every pair of parts of one person costs recall, and the
pair is put under a pattern by what its two parts are (:func:`part_kind`):

* ``alias``: a name the gold lists for the person (literary gold has
  ``aliases``; news gold the mention and name), further told apart by its
  form (:func:`name_form`: ``Single``, ``Title Name``, ``First Last``,
  ``the X``): ``alias: Single + Title Name`` is a first name beside a titled
  surname, the split a name rule could join;
* ``unresolved pronoun he`` (``she``, ``they``, ``who``, ``I``, ``other``),
  ``unresolved description``, ``unresolved group``: a mention resolution
  left without a name;
* ``wrong name``: another person's name that mostly stands for this one
  here (an attribution error that looks like a split).

The table gives the points of B3 recall each pattern costs (all patterns sum
to the ``recall: identity`` row of ``speakers_b3.py --breakdown``) with its
largest instances; ``--list`` also prints every split person with the
mentions of each part.  Without files the shared excerpts are read when
``../shared/eval/`` sits next to the repository.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for where in (ROOT, ROOT / "benchmarks"):
    if str(where) not in sys.path:
        sys.path.insert(0, str(where))

from speakers_b3 import gold_cluster, matches  # noqa: E402

from quoteattr import Config, Lexicon, Speaker, attribute_quotes  # noqa: E402
from quoteattr.aliases import is_resolved  # noqa: E402
from quoteattr.evaluate import SpeakerRef, load_gold, normalise_name  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"

#: One item: (gold cluster, predicted cluster, resolved name or None, the predicted speaker, the gold speaker).
Item = tuple[Hashable, Hashable, Hashable | None, Speaker | None, SpeakerRef]


def name_form(name: str, lexicon: Lexicon) -> str:
    """The shape of a name: ``Single``, ``Title Name``, ``Title First Last``, ``First Last`` or ``the X``.

    >>> [name_form(n, Lexicon.english()) for n in ("Ada", "Mrs. Hale", "Ada Hale", "the Colonel", "Dr. Ada Hale")]
    ['Single', 'Title Name', 'First Last', 'the X', 'Title First Last']
    """
    words = name.split()
    first = words[0].lower() if words else ""
    if first in lexicon.definite_articles | lexicon.indefinite_articles:
        return "the X"
    titles = {t.casefold().rstrip(".") for t in lexicon.titles | lexicon.fiction_titles}
    if len(words) > 1 and first.rstrip(".") in titles:
        return "Title Name" if len(words) == 2 else "Title First Last"
    return "Single" if len(words) == 1 else "First Last"


def part_kind(speaker: Speaker, gold: SpeakerRef, lexicon: Lexicon) -> str:
    """What one part of a split person is (see the module docstring)."""
    if not is_resolved(speaker):
        if speaker.kind != "pronoun":
            return f"unresolved {speaker.kind}"
        word = speaker.text.lower()
        return f"unresolved pronoun {word if word in ('he', 'she', 'they', 'who', 'i') else 'other'}"
    known = {normalise_name(a) for a in gold.aliases or ()} | {normalise_name(gold.name or gold.text)}
    if gold.aliases is None:
        # News gold: the scorer's rule, the last word of the name.
        known |= {w.split()[-1] for w in known if w}
        last = normalise_name(speaker.name).split()[-1:]
        return "alias" if last and last[0] in known else "wrong name"
    return "alias" if normalise_name(speaker.name) in known else "wrong name"


def items_of(path: Path, config: Config) -> list[Item]:
    """The matched gold quotes with a gold speaker, as :data:`Item`, over one gold file."""
    items: list[Item] = []
    for doc in load_gold(str(path)):
        quotes = attribute_quotes(doc.text, config)
        for p, g in sorted(matches(doc, quotes).items()):
            gold = doc.quotes[g].speaker
            if gold is None:
                continue
            speaker = quotes[p].speaker
            cluster = (doc.id, gold_cluster(gold))
            if speaker is None:
                items.append((cluster, (doc.id, "no speaker", p), None, None, gold))
                continue
            name = (doc.id, speaker.name if is_resolved(speaker) else speaker.start)
            items.append((cluster, (doc.id, speaker.entity or speaker.name), name, speaker, gold))
    return items


def splits(items: Sequence[Item]) -> dict[Hashable, dict[Hashable, list[Item]]]:
    """Per gold person, its parts: predicted id -> the items whose name is mostly that person's (two parts or more)."""
    by_name: dict[Hashable, Counter[Hashable]] = {}
    for gold, _, name, _, _ in items:
        if name is not None:
            by_name.setdefault(name, Counter())[gold] += 1
    owner = {name: golds.most_common(1)[0][0] for name, golds in by_name.items()}
    people: dict[Hashable, dict[Hashable, list[Item]]] = {}
    for item in items:
        gold, predicted, name = item[0], item[1], item[2]
        if name is not None and owner[name] == gold:
            people.setdefault(gold, {}).setdefault(predicted, []).append(item)
    return {gold: parts for gold, parts in people.items() if len(parts) > 1}


def describe(part: Sequence[Item], lexicon: Lexicon) -> str:
    """The pattern word of one part: its kind, and for an alias the form of its most common name."""
    speaker, gold = part[0][3], part[0][4]
    assert speaker is not None  # parts hold named items only
    kind = part_kind(speaker, gold, lexicon)
    if kind != "alias":
        return kind
    names = Counter(item[3].name for item in part if item[3] is not None)
    return f"alias {name_form(names.most_common(1)[0][0], lexicon)}"


def pattern(a: str, b: str) -> str:
    """The pattern of a pair of parts: ``alias: Single + Title Name``, ``alias + unresolved pronoun he``, ..."""
    if a.startswith("alias ") and b.startswith("alias "):
        return "alias: " + " + ".join(sorted((a[6:], b[6:])))
    return " + ".join(sorted(w.split(" ")[0] if w.startswith("alias ") else w for w in (a, b)))


def _shown(cluster: Hashable, at: int) -> str:
    """One part of a document-scoped cluster key ``(document id, label, ...)``, for printing."""
    return str(cluster[at]) if isinstance(cluster, tuple) else str(cluster)


def report(path: Path, config: Config, listing: bool) -> list[str]:
    """The lines for one gold file: the listing when asked, then the cost of each pattern."""
    lexicon = config.lexicon
    items = items_of(path, config)
    gold_size = Counter(item[0] for item in items)
    cost: dict[str, float] = {}
    instances: dict[str, dict[str, float]] = {}
    lines: list[str] = []
    for gold, parts in splits(items).items():
        kinds = {predicted: describe(part, lexicon) for predicted, part in parts.items()}
        if listing:
            lines.append(f"{_shown(gold, 0)}: {_shown(gold, 1)} ({gold_size[gold]} quotes)")
            for predicted, part in sorted(parts.items(), key=lambda kv: -len(kv[1])):
                forms = Counter(
                    f"{s.text!r} [{s.kind}] -> {s.name}" for s in (item[3] for item in part) if s is not None
                )
                shown = "; ".join(f"{form} x{n}" for form, n in forms.most_common(5))
                lines.append(f"    {len(part):4d} {_shown(predicted, 1)}  {kinds[predicted]}: {shown}")
        ordered = sorted(parts, key=str)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                # Both directions of the pair, as B3 recall counts them.
                lost = 2 * len(parts[a]) * len(parts[b]) / gold_size[gold]
                key = pattern(kinds[a], kinds[b])
                cost[key] = cost.get(key, 0.0) + lost
                where = f"{_shown(gold, 0)}: {_shown(gold, 1)} as {_shown(a, 1)} + {_shown(b, 1)}"
                found = instances.setdefault(key, {})
                found[where] = found.get(where, 0.0) + lost
    lines.append(f"\n| {path.name}: pattern | recall points | largest |\n|---|---:|---|")
    for key, lost in sorted(cost.items(), key=lambda kv: -kv[1]):
        largest = sorted(instances[key].items(), key=lambda kv: -kv[1])[:2]
        top = ", ".join(f"{where} ({100 * v / len(items):.2f})" for where, v in largest)
        lines.append(f"| {key} | {100 * lost / len(items):.2f} | {top} |")
    lines.append(f"| total | {100 * sum(cost.values()) / len(items):.2f} | |")
    return lines


def main(argv: Sequence[str]) -> int:
    """Print the split table for the files given, else for the shared excerpts when present."""
    parser = argparse.ArgumentParser(description="Where speaker identity splits one gold person, by pattern.")
    parser.add_argument("files", nargs="*", metavar="GOLD.jsonl")
    parser.add_argument("--dialogue", choices=("auto", "on", "off"), default="auto")
    parser.add_argument("--list", action="store_true", help="also list every split person and its parts")
    args = parser.parse_args(argv)
    paths = [Path(a) for a in args.files] or [p for p in (SHARED / "pdnc-excerpts.jsonl",) if p.exists()]
    if not paths:
        print(f"no gold files: {SHARED} is not present (pass GOLD.jsonl files to read others)")
        return 0
    config = Config(dialogue=args.dialogue)
    for path in paths:
        for line in report(path, config, args.list):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
