"""The ``quoteattr`` command with faults on call, for ``tests/test_faults.py``.

Run it as a script: ``python tests/fault_engine.py ARGS...`` behaves as
``quoteattr ARGS...`` except that

* a document containing ``SPIN`` burns CPU until the file named by
  ``FAULT_RELEASE`` exists (or two minutes pass), after appending its worker's
  pid to the file named by ``FAULT_PIDS``, so that a test can find, kill or
  time out the worker that holds it;
* with ``FAULT_FORKS=N``, starting a worker process after the first N fails
  as it does at the process limit (``EAGAIN``).

The patch is made when this module is imported, so it reaches the workers
under every start method: forked workers inherit it, and spawned ones import
this file again as their ``__mp_main__``.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from itertools import count
from multiprocessing.process import BaseProcess

from quoteattr.attribute import Attributor
from quoteattr.model import Quote

_real_attribute = Attributor.attribute
_real_start = BaseProcess.start
_starts = count()

#: The longest a spinning document spins when no one releases it.
SPIN_SECONDS = 120.0


def _attribute(attributor: Attributor, text: str) -> list[Quote]:
    if "SPIN" in text:
        with open(os.environ["FAULT_PIDS"], "a", encoding="ascii") as fh:
            fh.write(f"{os.getpid()}\n")
        release = os.environ.get("FAULT_RELEASE", "")
        deadline = time.monotonic() + SPIN_SECONDS
        while not (release and os.path.exists(release)) and time.monotonic() < deadline:
            pass
    return _real_attribute(attributor, text)


def _start(process: BaseProcess) -> None:
    allowed = os.environ.get("FAULT_FORKS")
    if allowed is not None and next(_starts) >= int(allowed):
        raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
    _real_start(process)


setattr(Attributor, "attribute", _attribute)  # noqa: B010 - a patch mypy should not check
setattr(BaseProcess, "start", _start)  # noqa: B010

if __name__ == "__main__":
    from quoteattr.cli import main

    sys.exit(main())
