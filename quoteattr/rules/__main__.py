"""Stage 4, on the command line: print the rule documentation.

``python -m quoteattr.rules --markdown > docs/rules.md`` writes the page of
every binding rule and name-resolution step; without ``--markdown`` one line
per rule is printed (id, family, confidence, summary).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from quoteattr.rules import RULES
from quoteattr.rules.table import markdown


def main(argv: Sequence[str] | None = None) -> int:
    """Print the rules; ``--markdown`` prints ``docs/rules.md``."""
    parser = argparse.ArgumentParser(prog="python -m quoteattr.rules", description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print docs/rules.md")
    args = parser.parse_args(argv)
    if args.markdown:
        sys.stdout.write(markdown())
    else:
        for rule in RULES.values():
            sys.stdout.write(f"{rule.id}\t{rule.family}\t{rule.confidence:g}\t{rule.summary}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
