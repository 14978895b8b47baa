"""Stage 4, dialogue: a turn the alternation leaves empty, named by the one it addresses.

Between two people, a turn that calls one of them by name is the other's,
even when that other spoke the turn before: a speaker who goes on over two
paragraphs (``"The ferry is late," said Tobias.`` / ``"And I tell you,
Orla, it was late yesterday too."``) breaks the alternation, and the name
addressed is then the one evidence left.
"""

from __future__ import annotations

from collections.abc import Set


def the_other_one(participants: Set[str], addressed: str | None) -> str | None:
    """The one participant besides *addressed*, when *addressed* is one of exactly two *participants*.

    >>> the_other_one({"Orla", "Tobias"}, "Orla")
    'Tobias'
    >>> the_other_one({"Orla", "Tobias", "Wren"}, "Orla") is None  # three people: the turn may be either other
    True
    """
    if addressed is None or addressed not in participants or len(participants) != 2:
        return None
    return next(name for name in participants if name != addressed)
