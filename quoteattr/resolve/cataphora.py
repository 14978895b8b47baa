"""Stage 5, fiction names: a ``he``/``she`` tag that comes before the text names anyone of its gender.

An excerpt or a chapter may open mid-scene (``"Is the ferry gone?" he
asked.`` ... ``Mr. Quillan set down his bag.``): the pronoun refers forward, to the
first character of its gender the narration names after it.  Only a
character known to be of that gender who speaks by name somewhere in the
text is taken, and only when narration names no one of that gender before
the pronoun: otherwise the tag stays as unresolved as it was.  A
conversation's one named participant of the pronoun's gender goes first
(``CONVERSATION_PARTICIPANT``); this is read only when it has none or several.
"""

from __future__ import annotations

from quoteattr.resolve.cast import CastRegistry

#: How far after the pronoun (in characters) its referent is looked for: as far
#: as the cast looks back for an antecedent.
_REACH = 6000


def first_named_after(cast: CastRegistry, position: int, gender: str, persons: frozenset[str]) -> str | None:
    """The first character of *gender* named in narration after *position*, when it is one of *persons* and none of that gender comes before.

    *persons* are the names known to speak.  The search runs past the
    pronoun's conversation: a mid-scene opening often names the man in the
    narration after its first exchange (a man who only comes in with a later
    scene is taken too, the rarer case on PDNC).  None when narration names a
    character of *gender* (a speaker or not) within reach before *position*,
    the pronoun then has an antecedent the cast did not take; and None when
    the first one after it never speaks by name: a character only talked
    about is as often the one the pronoun is not (tried: taking it, or a
    speaker of unknown gender, cost B3 F1 on the chapter excerpts).
    """
    if cast.resolve_pronoun(position, gender) is not None:
        return None
    for name in cast.names_between(position, position + _REACH):
        if cast.gender(name) == gender:
            return name if name in persons else None
    return None
