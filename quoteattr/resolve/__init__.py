"""Stage 5: resolve a bound mention (``he``, ``Pires``, ``the former mayor``) to one speaker's name.

* :mod:`~quoteattr.resolve.news`: the names of an article (``Pires`` is ``Ana Pires``);
* :mod:`~quoteattr.resolve.cast` and :mod:`~quoteattr.resolve.fiction`: the
  characters of a novel or chapter, and the names of its dialogue;
* :mod:`~quoteattr.resolve.gender`: the one rule for what the text says of a
  name's gender, which both read.

Every step that chooses a name has an id (:data:`STEPS`), which the speaker
carries as ``Speaker.resolution``.
"""

from __future__ import annotations

from collections.abc import Mapping

from quoteattr.resolve import fiction_steps, news
from quoteattr.resolve.step import Step

#: Every name-resolution step by id, news steps first.
STEPS: Mapping[str, Step] = {step.id: step for step in (*news.STEPS, *fiction_steps.STEPS)}

__all__ = ["STEPS", "Step"]
