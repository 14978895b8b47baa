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
* **predicted cluster**: ``speaker.entity`` after
  :func:`quoteattr.identity.assign_entities`, else ``speaker.name``; a quote
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
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quoteattr import Config, Quote, attribute_quotes  # noqa: E402
from quoteattr.evaluate import (  # noqa: E402
    GoldDoc,
    QuoteRef,
    SpeakerRef,
    load_gold,
    match_quotes,
    normalise_name,
)
from quoteattr.identity import assign_entities  # noqa: E402
from quoteattr.lang import Lexicon  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
DEFAULT_FILES = ("pdnc-excerpts.jsonl", "polnear-dev.jsonl")

#: One clustered item: (gold cluster, predicted cluster), both scoped to a document.
Item = tuple[Hashable, Hashable]


def b3(items: Sequence[Item]) -> tuple[float, float, float]:
    """B3 precision, recall and F1 (0-100) of items given as (gold cluster, predicted cluster).

    >>> b3([("a", 1), ("a", 1), ("b", 1)])
    (55.55555555555556, 100.0, 71.42857142857143)
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
) -> list[Item]:
    """The clustered items of one document: matched gold quotes whose speaker *keep* accepts."""
    predicted = [QuoteRef(q.start, q.end, None) for q in quotes]
    items: list[Item] = []
    for p, g in sorted(match_quotes(doc.quotes, predicted).items()):
        speaker = doc.quotes[g].speaker
        if speaker is None or not keep(speaker):
            continue
        key = cluster(quotes[p])
        # A quote without a speaker is alone in its cluster.
        predicted_cluster: Hashable = (doc.id, key) if key is not None else (doc.id, "no speaker", p)
        items.append(((doc.id, gold_cluster(speaker)), predicted_cluster))
    return items


def report(path: Path, config: Config | None = None) -> list[str]:
    """Markdown rows for one gold file: all speakers, and the named speakers of news gold."""
    docs = load_gold(str(path))
    predictions = [attribute_quotes(doc.text, config) for doc in docs]
    with_entities = [assign_entities(quotes) for quotes in predictions]
    subsets: list[tuple[str, Callable[[SpeakerRef], bool]]] = [
        ("all speakers", lambda s: True),
        # News gold only: literary gold (with aliases) names every speaker.
        ("named", lambda s: s.aliases is None and is_name(s.text)),
    ]
    rows: list[str] = []
    for subset, keep in subsets:
        for label, cluster, quotes_of in (
            ("entities", entity_cluster, with_entities),
            ("names only", name_cluster, predictions),
        ):
            items = [item for doc, quotes in zip(docs, quotes_of) for item in items_for(doc, quotes, cluster, keep)]  # noqa: B905
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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
