"""The optional compiled build: mypyc compiles the engine's hot modules into the wheel.

Off by default: a wheel (and so ``pip install .``) is pure Python unless the
environment variable ``QUOTEATTR_COMPILE`` is ``1``.  Then this hook asks the
build front end for mypy, setuptools and attrs (the hook's ``dependencies``,
installed in the isolated build environment), compiles the modules listed as
``modules`` in ``[tool.hatch.build.targets.wheel.hooks.custom]`` of
``pyproject.toml`` from a copy of the package, and adds the extension modules
to a platform wheel beside the unchanged ``.py`` files (Python imports the
extension first).  The source tree is never written to.

A failed compilation (no C compiler, a mypyc error, no mypy) is not an error:
the hook prints one line saying so on standard error and the wheel is the
pure-Python one.  ``quoteattr --version`` tells which build was installed.
"""

from __future__ import annotations

import importlib.machinery
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The environment variable that asks for the compiled build, and the value that does.
COMPILE_VARIABLE = "QUOTEATTR_COMPILE"

#: What the compilation needs in the build environment.  mypy is pinned so that
#: a release's wheels are built by the compiler the test suite ran against;
#: attrs gives mypy the types of the package's attrs classes.
BUILD_REQUIREMENTS = ["mypy==2.4.1", "setuptools>=61", "attrs>=22.2"]

#: The compilation runs in a child process, so a crash of the compiler or a
#: hang cannot take the build down with it (the pure wheel is built instead).
COMPILE_TIMEOUT_SECONDS = 1800

_SETUP_SCRIPT = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

modules = sys.argv[1:]
sys.argv[1:] = ["build_ext", "--inplace", "--parallel", str(max(1, min(4, __import__("os").cpu_count() or 1)))]
setup(name="quoteattr-compiled", ext_modules=mypycify(modules, opt_level="3"))
"""


def compile_requested() -> bool:
    """True when the environment asks for the compiled build."""
    return os.environ.get(COMPILE_VARIABLE, "").strip() == "1"


class CompiledBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Compiles the hot modules with mypyc when ``QUOTEATTR_COMPILE=1``; otherwise does nothing."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """mypy and what compiling with it needs, only when the compiled build is asked for."""
        return list(BUILD_REQUIREMENTS) if compile_requested() else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile into a scratch directory and add the extension modules to the wheel."""
        self._scratch: str | None = None
        if self.target_name != "wheel" or version == "editable" or not compile_requested():
            return
        modules = [str(module) for module in self.config.get("modules", [])]
        scratch = tempfile.mkdtemp(prefix="quoteattr-mypyc-")
        self._scratch = scratch
        try:
            built = _compile(Path(self.root), Path(scratch), modules)
        except _CompileFailed as failure:
            print(
                f"quoteattr: the compiled build failed ({failure}); installing pure Python instead",
                file=sys.stderr,
            )
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(scratch).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        print(f"quoteattr: compiled {len(modules)} modules with mypyc", file=sys.stderr)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the scratch directory once the wheel is written."""
        if getattr(self, "_scratch", None):
            shutil.rmtree(self._scratch or "", ignore_errors=True)


class _CompileFailed(Exception):
    """The compilation did not produce the extension modules; the message says why, in a few words."""


def _compile(root: Path, scratch: Path, modules: list[str]) -> list[Path]:
    """Compile *modules* (paths relative to *root*) in *scratch*; the extension files built."""
    if not modules:
        raise _CompileFailed("no modules are listed to compile")
    try:
        import mypyc  # noqa: F401
    except ImportError:
        raise _CompileFailed("mypy is not installed in the build environment") from None
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")[:1] or ["cc"]
    if shutil.which(compiler[0]) is None:
        raise _CompileFailed(f"no C compiler: {compiler[0]} not found")
    shutil.copytree(
        root / "quoteattr",
        scratch / "quoteattr",
        ignore=shutil.ignore_patterns("__pycache__", *(f"*{s}" for s in importlib.machinery.EXTENSION_SUFFIXES)),
    )
    # mypyc type-checks with the project's mypy settings (strict, and regex untyped).
    shutil.copy2(root / "pyproject.toml", scratch / "pyproject.toml")
    (scratch / "_compile.py").write_text(_SETUP_SCRIPT, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "_compile.py", *modules],
            cwd=scratch,
            capture_output=True,
            text=True,
            timeout=COMPILE_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise _CompileFailed(str(error).splitlines()[0]) from None
    if done.returncode != 0:
        (scratch / "compile.log").write_text(done.stdout + done.stderr, encoding="utf-8")
        raise _CompileFailed(_reason(done.stdout + done.stderr))
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    built = [
        path
        for path in sorted(scratch.rglob("*"))
        if path.name.endswith(suffixes) and "build" not in path.relative_to(scratch).parts
    ]
    expected = {Path(module).with_suffix("").as_posix() for module in modules}
    found = {path.relative_to(scratch).as_posix().split(".")[0] for path in built}
    missing = sorted(expected - found)
    if missing:
        raise _CompileFailed(f"no extension module was built for {', '.join(missing)}")
    return built


def _reason(output: str) -> str:
    """The line of the compiler's *output* most likely to say what went wrong."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for marker in ("error:", "Error:", "command 'gcc' failed", "failed with exit"):
        for line in lines:
            if marker in line:
                return line[:200]
    return lines[-1][:200] if lines else "the compiler printed nothing"
