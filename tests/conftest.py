"""Shared pytest configuration: Hypothesis profiles.

``ci`` (the default) runs 1000 examples per property test; ``long`` runs
20000 (``python -m pytest --hypothesis-profile=long``).  Neither has a
deadline: timing belongs to ``benchmarks/``, never to a unit test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Quoted-text strategies build strings from many small parts; generating them
# can be slower than Hypothesis' default budget without being a problem.
_SLOW_GENERATION_OK = [HealthCheck.too_slow]

settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=_SLOW_GENERATION_OK
)
settings.register_profile(
    "long", max_examples=20000, deadline=None, suppress_health_check=_SLOW_GENERATION_OK
)
# ``--hypothesis-profile`` is applied after this file and overrides the default.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
