"""Stage 5, antecedent tables: the latest earlier name that fits, found without walking back.

A pronoun refers to the latest person named before it whose gender fits,
perhaps skipping a name or two (the addressee of a dialogue turn).  Both the
news registry (:mod:`quoteattr.resolve.news`) and the fiction cast
(:mod:`quoteattr.resolve.cast`) ask this on every quote; walking back over
the names in reach made each ask cost as many steps as there were names of
the other gender (or excluded ones) before the answer.  An
:class:`Antecedents` table answers it in a few steps, built once per test.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence

#: How many names a table keeps for each entry: the latest entries of that
#: many different names, so that up to one fewer may be excluded in one step.
DISTINCT_NAMES = 4


class Antecedents:
    """The names of a document in text order, and which of them may be an antecedent.

    For every entry *k*, ``latest[k]`` is the latest entry at or before it
    that fits (-1 if none), and ``distinct[k]``, for an entry that fits, holds
    *k* and the latest fitting entries of up to :data:`DISTINCT_NAMES` - 1
    other names before it, latest first.

    >>> table = Antecedents([0, 10, 20], ["Ann", "Tom", "Ann"], [True, True, True])
    >>> table.find(25, 100), table.find(25, 100, {"Ann"}), table.find(25, 10)
    ('Ann', 'Tom', 'Ann')
    """

    __slots__ = ("starts", "names", "latest", "distinct")

    def __init__(self, starts: Sequence[int], names: Sequence[str], fits: Sequence[bool]) -> None:
        self.starts = starts
        self.names = names
        self.latest: list[int] = []
        self.distinct: list[tuple[int, ...]] = []
        last = -1
        for k, name in enumerate(names):
            if fits[k]:
                before = self.distinct[last] if last >= 0 else ()
                self.distinct.append((k, *[i for i in before if names[i] != name][: DISTINCT_NAMES - 1]))
                last = k
            else:
                self.distinct.append(())
            self.latest.append(last)

    def find(self, position: int, reach: int, exclude: Collection[str] = ()) -> str | None:
        """The name of the latest fitting entry that starts before *position*, at most *reach* before it, not in *exclude*."""
        starts, names = self.starts, self.names
        k = bisect.bisect_left(starts, position) - 1
        j = self.latest[k] if k >= 0 else -1
        if j < 0:
            return None
        limit = position - reach
        candidates = self.distinct[j]
        for i in candidates:
            if starts[i] < limit:
                return None
            if names[i] not in exclude:
                return names[i]
        if len(candidates) < DISTINCT_NAMES:
            return None  # no other name fits before them
        # More names excluded than the table keeps: walk on.
        k = candidates[-1] - 1
        while k >= 0:
            k = self.latest[k]
            if k < 0 or starts[k] < limit:
                return None
            if names[k] not in exclude:
                return names[k]
            k -= 1
        return None
