"""Stage 4, dialogue rules: a description that tags several turns and stays unnamed in one keeps one identity.

A novel brings in a speaker it has not named by a description and then tags
each of their turns with it (``said the gentleman`` ... ``said the
gentleman``).  The cast names such a tag like a pronoun of its noun's
gender, and the turns name it by the alternation around it, tag by tag: so
one tag stays the description and the next takes the name of whoever the
cast or the turns reach, one speaker split among several.  When the text
leaves the same description its own speaker in a tag nearby, the repeated
tag is the evidence that it is one person no rule has named.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable

from quoteattr.document import Binding

#: How far apart (in characters) two tags of one description still tag one person.
_REACH = 3000


def description_key(b: Binding) -> str:
    """The description's words as a tag writes them, case and line breaks aside (``the\\ngentleman`` is ``the gentleman``)."""
    return " ".join(b.mention.name.lower().split())


def one_identity(state: list[Binding | None], described: Callable[[Binding], bool]) -> dict[int, Binding]:
    """The *described* tags in *state* that a rule named, put back as their own speaker when the same description stays unnamed nearby."""
    unnamed: dict[str, list[int]] = defaultdict(list)
    for b in state:
        if b is not None and b.resolution is None and described(b):
            unnamed[description_key(b)].append(b.mention.start)
    for starts in unnamed.values():
        starts.sort()
    kept: dict[int, Binding] = {}
    for k, b in enumerate(state):
        if b is None or b.resolution is None or not described(b):
            continue
        starts = unnamed.get(description_key(b), [])
        i = bisect.bisect_left(starts, b.mention.start - _REACH)
        if i < len(starts) and starts[i] <= b.mention.start + _REACH:
            kept[k] = b.named(b.mention.name, None)
    return kept
