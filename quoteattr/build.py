"""Public face, the build that runs: pure Python, or compiled with mypyc.

The package is the same source either way.  A wheel built with
``QUOTEATTR_COMPILE=1`` carries the engine's hot modules compiled with mypyc
beside their ``.py`` files, and Python imports the compiled ones; any other
install runs the ``.py`` files.  This module reads what was actually
imported, so it tells the truth whatever the install claims.

>>> build_name() in (COMPILED, PURE)
True
"""

from __future__ import annotations

import importlib.machinery
import sys

import quoteattr.attribute  # noqa: F401  (the engine, so that its modules are loaded)

#: :func:`build_name` of a build whose engine modules were compiled with mypyc.
COMPILED = "compiled, mypyc"

#: :func:`build_name` of the pure-Python build.
PURE = "pure Python"

__all__ = ["COMPILED", "PURE", "build_name", "compiled_modules"]


def compiled_modules() -> tuple[str, ...]:
    """The names of the loaded ``quoteattr`` modules that run compiled, sorted (empty when pure).

    >>> all(name.startswith("quoteattr.") for name in compiled_modules())
    True
    """
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    names = []
    for name, module in list(sys.modules.items()):
        if name == "quoteattr" or name.startswith("quoteattr."):
            path = getattr(module, "__file__", None) or ""
            if path.endswith(suffixes):
                names.append(name)
    return tuple(sorted(names))


def build_name() -> str:
    """``"compiled, mypyc"`` when the engine runs compiled, else ``"pure Python"``.

    ``quoteattr --version`` prints it after the version number.
    """
    return COMPILED if compiled_modules() else PURE
