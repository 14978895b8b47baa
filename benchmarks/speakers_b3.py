"""Speaker identity as a clustering of quotes: B3 precision, recall and F1.

Usage::

    python benchmarks/speakers_b3.py [--dialogue auto|on|off] [GOLD.jsonl ...]

Counting sources needs every quote of one person under one id.  This script
measures that as a clustering (issue 18):

* **items**: the gold quotes with a gold speaker that a predicted quote
  matches, by the shared scorer's rule (overlap at least half the longer span,
  one-to-one, greedy by overlap; :func:`quoteattr.evaluate.match_quotes`);
* **gold cluster** of an item: its gold speaker's name.  Literary gold (with
  ``aliases``) gives the character's name; news gold gives only the mention,
  so the cluster is its last word, as the scorer's news name rule compares
  names (``Mr. Okafor`` and ``Ruth Okafor`` are one person);
* **predicted cluster**: ``speaker.entity`` as :func:`quoteattr.attribute_quotes`
  gives it (:mod:`quoteattr.identity`), else ``speaker.name``; a quote
  predicted without a speaker is a cluster of its own.

Clusters never cross documents.  B3 precision of an item is the share of its
predicted cluster that is in its gold cluster, recall the share of its gold
cluster in its predicted cluster; both are averaged over all items of the
corpus, and F1 is their harmonic mean.  The row ``names only`` clusters by
``speaker.name`` without entities, to show what grouping adds.

On PolNeAR the headline is ``named``: only quotes whose gold speaker mention
is a name (capitalised words, not a pronoun, not a description or group), and
there precision is the figure to watch: two people merged is the error that
falsifies a count of sources.

Without arguments the shared files are used when ``../shared/eval/`` sits
next to the repository; otherwise the script says so and exits 0.
``--dialogue`` sets :attr:`quoteattr.Config.dialogue` (a chapter-sized
excerpt often has too few dialogue paragraphs for ``auto`` to switch on).
``--breakdown`` adds, per file and over all its quotes, the points of B3
precision and recall each kind of error costs (:func:`losses`): a quote
without a speaker, the identity step (right names under two ids, two
people's names under one), attribution (a quote given to the wrong name),
and the B3 figures a perfect identity step would reach on the same
attributions (:func:`perfect_identity`): the ceiling of identity work.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quoteattr import Config, Quote, attribute_quotes  # noqa: E402
from quoteattr.aliases import is_resolved  # noqa: E402
from quoteattr.evaluate import (  # noqa: E402
    GoldDoc,
    QuoteRef,
    SpeakerRef,
    load_gold,
    match_quotes,
    normalise_name,
)
from quoteattr.lang import Lexicon  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
DEFAULT_FILES = ("pdnc-excerpts.jsonl", "polnear-dev.jsonl")

#: One clustered item: (gold cluster, predicted cluster), both scoped to a document.
Item = tuple[Hashable, Hashable]


def b3(items: Sequence[Item]) -> tuple[float, float, float]:
    """B3 precision, recall and F1 (0-100) of items given as (gold cluster, predicted cluster).

    >>> [round(x, 2) for x in b3([("a", 1), ("a", 1), ("b", 1)])]
    [55.56, 100.0, 71.43]
    """
    if not items:
        return 0.0, 0.0, 0.0
    gold_size = Counter(g for g, _ in items)
    pred_size = Counter(p for _, p in items)
    both = Counter(items)
    precision = sum(both[item] / pred_size[item[1]] for item in items) / len(items)
    recall = sum(both[item] / gold_size[item[0]] for item in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


#: One item for :func:`losses`: (gold cluster, predicted cluster, the name the predicted quote was resolved to or None).
Named = tuple[Hashable, Hashable, Hashable | None]


def losses(items: Sequence[Named]) -> dict[str, float]:
    """The points of B3 precision and recall (0-100) each kind of error costs, summing to 100 - P and 100 - R.

    Counted by pairs of items: a pair of one gold cluster under two predicted
    clusters costs recall, a pair of two gold clusters under one predicted
    cluster costs precision (each pair weighs what it costs in B3).  The
    cause of a pair:

    * ``no speaker``: a quote of the pair has no speaker (recall only);
    * ``identity``: the two names differ and each is mostly (by its items)
      the gold person of its own item: right names under two ids, or two
      people's names under one.  An unresolved mention (``he``) is a name of
      its own (see :func:`named_items`), so a quote bound to a ``he`` that
      resolution left unnamed counts here too;
    * ``attribution``: the rest, a quote given to the wrong name (a merge of
      two gold people under one name is always this).

    >>> {k: round(v, 1) for k, v in sorted(losses([("a", 1, "Ann"), ("a", 2, "Nan"), ("b", 1, "Ann")]).items())}
    {'precision: attribution': 33.3, 'recall: identity': 33.3}
    """
    gold_size = Counter(g for g, _, _ in items)
    pred_size = Counter(p for _, p, _ in items)
    groups = Counter(items)
    by_name: dict[Hashable, Counter[Hashable]] = {}
    for (g, _, name), n in groups.items():
        if name is not None:
            by_name.setdefault(name, Counter())[g] += n
    owner = {name: golds.most_common(1)[0][0] for name, golds in by_name.items()}
    # Pairs are summed per group from totals (linear in the groups, not one loop
    # over every pair of groups): for a group, the items of its gold cluster
    # outside its predicted cluster (recall) and those of its predicted cluster
    # outside its gold cluster (precision), split by cause.
    cell = Counter((g, p) for g, p, _ in items)
    unnamed: Counter[Hashable] = Counter()  # items without a speaker, by gold, predicted and (gold, predicted)
    owned: Counter[Hashable] = Counter()  # items whose name's owner is their own gold, by the same keys
    same_name: Counter[Hashable] = Counter()  # items by (gold, name) and (gold, predicted, name)
    for (g, p, name), n in groups.items():
        if name is None:
            for key in (("g", g), ("p", p), ("gp", g, p)):
                unnamed[key] += n
            continue
        same_name[("gn", g, name)] += n
        same_name[("gpn", g, p, name)] += n
        if owner[name] == g:
            for key in (("g", g), ("p", p), ("gp", g, p)):
                owned[key] += n
    cost: dict[str, float] = {}

    def add(side: str, cause: str, value: float) -> None:
        if value:
            cost[f"{side}: {cause}"] = cost.get(f"{side}: {cause}", 0.0) + value

    for (g1, p1, n1), k1 in groups.items():
        for side, size, apart, own, cluster in (
            ("recall", gold_size[g1], gold_size[g1] - cell[(g1, p1)], ("g", g1), ("gp", g1, p1)),
            ("precision", pred_size[p1], pred_size[p1] - cell[(g1, p1)], ("p", p1), ("gp", g1, p1)),
        ):
            if not apart:
                continue
            weight = k1 / size
            if n1 is None:
                add(side, "no speaker", weight * apart)
                continue
            no_speaker = unnamed[own] - unnamed[cluster]
            identity = 0
            if owner[n1] == g1:
                identity = owned[own] - owned[cluster]
                if side == "recall":  # the same name in the same gold cluster is no identity error
                    identity -= same_name[("gn", g1, n1)] - same_name[("gpn", g1, p1, n1)]
            add(side, "no speaker", weight * no_speaker)
            add(side, "identity", weight * identity)
            add(side, "attribution", weight * (apart - no_speaker - identity))
    return {key: 100 * value / len(items) for key, value in cost.items()}


def perfect_identity(items: Sequence[Named]) -> tuple[float, float, float]:
    """B3 precision, recall and F1 (0-100) were the identity step perfect on today's attributions.

    Every predicted id is merged into the gold person most of its items
    belong to (the first of a tie), so ids of one person become one and
    nothing else changes: a quote given to the wrong name stays with that
    name's person, and a quote without a speaker stays alone.  The gap
    between this and :func:`b3` is what the identity step can still win;
    the rest is attribution (the ceiling issue 18's target is judged against).

    >>> [round(x, 1) for x in perfect_identity([("a", 1, "Ann"), ("a", 2, "Nan"), ("b", 1, "Ann")])]
    [55.6, 100.0, 71.4]
    """
    majority: dict[Hashable, Counter[Hashable]] = {}
    for g, p, name in items:
        if name is not None:
            majority.setdefault(p, Counter())[g] += 1
    merged = [
        (g, p if name is None else ("person", majority[p].most_common(1)[0][0])) for g, p, name in items
    ]
    return b3(merged)


def is_name(mention: str) -> bool:
    """True for a gold mention that is a name: capitalised words (particles allowed), no article.

    >>> [is_name(m) for m in ("Sen. Ana Ruiz", "de Vries", "the mayor", "he", "Ruiz's aide")]
    [True, False, False, False, False]
    """
    lexicon = Lexicon.english()
    words = mention.replace("\u2019", "'").split()
    first = words[0].lower() if words else ""
    if not words or first in lexicon.pronouns or first in lexicon.definite_articles | lexicon.indefinite_articles:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in lexicon.name_particles for w in words)


def gold_cluster(speaker: SpeakerRef) -> str:
    """The gold cluster of a quote: the character's name (literary), else the last word of the name."""
    if speaker.aliases is not None:
        return normalise_name(speaker.name or speaker.text)
    words = normalise_name(speaker.name or speaker.text).split()
    return words[-1] if words else ""


def entity_cluster(quote: Quote) -> str | None:
    """The predicted cluster: ``speaker.entity``, else ``speaker.name``; ``None`` without a speaker."""
    if quote.speaker is None:
        return None
    return quote.speaker.entity or quote.speaker.name


def name_cluster(quote: Quote) -> str | None:
    """The cluster by resolved name alone, ignoring entities (the comparison row)."""
    return quote.speaker.name if quote.speaker is not None else None


def items_for(
    doc: GoldDoc,
    quotes: Sequence[Quote],
    cluster: Callable[[Quote], str | None],
    keep: Callable[[SpeakerRef], bool] = lambda speaker: True,
    pairs: Mapping[int, int] | None = None,
) -> list[Item]:
    """The clustered items of one document: matched gold quotes whose speaker *keep* accepts.

    *pairs* is :func:`matches` of the document and its quotes when already
    computed (matching a novel's thousands of quotes takes a while).
    """
    if pairs is None:
        pairs = matches(doc, quotes)
    items: list[Item] = []
    for p, g in sorted(pairs.items()):
        speaker = doc.quotes[g].speaker
        if speaker is None or not keep(speaker):
            continue
        key = cluster(quotes[p])
        # A quote without a speaker is alone in its cluster.
        predicted_cluster: Hashable = (doc.id, key) if key is not None else (doc.id, "no speaker", p)
        items.append(((doc.id, gold_cluster(speaker)), predicted_cluster))
    return items


def named_items(doc: GoldDoc, quotes: Sequence[Quote], pairs: Mapping[int, int]) -> list[Named]:
    """The items of one document for :func:`losses`: clusters by entity, with each quote's resolved name."""
    named: list[Named] = []
    for (gold, predicted), (p, _) in zip(  # noqa: B905 - one item per kept pair, in order
        items_for(doc, quotes, entity_cluster, pairs=pairs),
        [(p, g) for p, g in sorted(pairs.items()) if doc.quotes[g].speaker is not None],
    ):
        speaker = quotes[p].speaker
        # An unresolved mention (``he``) names nobody: its name is its own place.
        name = None if speaker is None else (doc.id, speaker.name if is_resolved(speaker) else speaker.start)
        named.append((gold, predicted, name))
    return named


def matches(doc: GoldDoc, quotes: Sequence[Quote]) -> dict[int, int]:
    """The scorer's one-to-one matching of *quotes* to the gold quotes of *doc*: ``{quote index: gold index}``."""
    return match_quotes(doc.quotes, [QuoteRef(q.start, q.end, None) for q in quotes])


def report(path: Path, config: Config | None = None) -> list[str]:
    """Markdown rows for one gold file: all speakers, and the named speakers of news gold."""
    docs = load_gold(str(path))
    predictions = [attribute_quotes(doc.text, config) for doc in docs]
    paired = [matches(doc, quotes) for doc, quotes in zip(docs, predictions)]  # noqa: B905
    subsets: list[tuple[str, Callable[[SpeakerRef], bool]]] = [
        ("all speakers", lambda s: True),
        # News gold only: literary gold (with aliases) names every speaker.
        ("named", lambda s: s.aliases is None and is_name(s.text)),
    ]
    rows: list[str] = []
    for subset, keep in subsets:
        for label, cluster in (
            ("entities", entity_cluster),
            ("names only", name_cluster),
        ):
            items = [
                item
                for doc, quotes, pairs in zip(docs, predictions, paired)  # noqa: B905
                for item in items_for(doc, quotes, cluster, keep, pairs)
            ]
            if not items:
                continue
            precision, recall, f1 = b3(items)
            rows.append(
                f"| {path.name} | {subset} | {label} | {len(items)} | {precision:.1f} | {recall:.1f} | {f1:.1f} |"
            )
    return rows


def main(argv: Sequence[str]) -> int:
    """Print the B3 table for the files given, else for the shared files when present."""
    parser = argparse.ArgumentParser(description="Speaker identity as a B3 clustering of quotes.")
    parser.add_argument("files", nargs="*", metavar="GOLD.jsonl")
    parser.add_argument("--dialogue", choices=("auto", "on", "off"), default="auto")
    parser.add_argument(
        "--breakdown", action="store_true", help="also print what each kind of error costs (see losses())"
    )
    args = parser.parse_args(argv)
    config = Config(dialogue=args.dialogue)
    paths = [Path(a) for a in args.files] or [SHARED / name for name in DEFAULT_FILES if (SHARED / name).exists()]
    if not paths:
        print(f"no gold files: {SHARED} is not present (pass GOLD.jsonl files to score others)")
        return 0
    print(f"dialogue={args.dialogue}\n")
    print("| data | quotes | clustering | items | B3 P | B3 R | B3 F1 |")
    print("|---|---|---|---:|---:|---:|---:|")
    for path in paths:
        for row in report(path, config):
            print(row, flush=True)
    if args.breakdown:
        print("\n| data | B3 points lost to | points |\n|---|---|---:|")
        for path in paths:
            docs = load_gold(str(path))
            named: list[Named] = []
            for doc in docs:
                quotes = attribute_quotes(doc.text, config)
                named.extend(named_items(doc, quotes, matches(doc, quotes)))
            for key, value in sorted(losses(named).items()):
                print(f"| {path.name} | {key} | {value:.2f} |", flush=True)
            ceiling = " / ".join(f"{x:.1f}" for x in perfect_identity(named))
            print(f"| {path.name} | (B3 P / R / F1 with a perfect identity step) | {ceiling} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
