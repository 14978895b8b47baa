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
from array import array
from collections.abc import Collection, Sequence


class Antecedents:
    """The names of a document in text order, and which of them may be an antecedent.

    For every entry *k*, ``latest[k]`` is the latest entry at or before it
    that fits (-1 if none).  For an entry that fits, ``others`` holds the
    latest fitting entries of *excluded* other names before it, latest first
    (-1 where there are fewer), so an ask that excludes up to *excluded* names
    takes at most *excluded* + 1 steps.  Both are compact arrays: a table
    costs 4 bytes per entry and per excluded name.

    >>> table = Antecedents([0, 10, 20], ["Ann", "Tom", "Ann"], [True, True, True], excluded=1)
    >>> table.find(25, 100), table.find(25, 100, {"Ann"}), table.find(25, 10)
    ('Ann', 'Tom', 'Ann')
    """

    __slots__ = ("starts", "names", "excluded", "latest", "others")

    def __init__(self, starts: Sequence[int], names: Sequence[str], fits: Sequence[bool], excluded: int = 1) -> None:
        self.starts = starts
        self.names = names
        self.excluded = excluded
        self.latest = array("i")
        self.others = array("i", [-1]) * (excluded * len(names))
        others, width = self.others, excluded
        last = -1
        for k, name in enumerate(names):
            if fits[k]:
                if last >= 0:
                    # The names before *last*, with *last* itself first, less this entry's name.
                    row = [last] + [i for i in others[last * width : (last + 1) * width] if i >= 0]
                    kept = [i for i in row if names[i] != name][:width]
                    others[k * width : k * width + len(kept)] = array("i", kept)
                last = k
            self.latest.append(last)

    def find(self, position: int, reach: int, exclude: Collection[str] = ()) -> str | None:
        """The name of the latest fitting entry that starts before *position*, at most *reach* before it, not in *exclude*."""
        starts, names = self.starts, self.names
        k = bisect.bisect_left(starts, position) - 1
        j = self.latest[k] if k >= 0 else -1
        if j < 0 or starts[j] < position - reach:
            return None
        if names[j] not in exclude:
            return names[j]
        limit = position - reach
        width = self.excluded
        for i in self.others[j * width : (j + 1) * width]:
            if i < 0 or starts[i] < limit:
                return None
            if names[i] not in exclude:
                return names[i]
        # More names excluded than the table keeps: walk on.
        k = self.others[(j + 1) * width - 1] - 1
        while k >= 0:
            k = self.latest[k]
            if k < 0 or starts[k] < limit:
                return None
            if names[k] not in exclude:
                return names[k]
            k -= 1
        return None
